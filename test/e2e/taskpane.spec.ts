import { expect, seriousAccessibilityProblems, test } from "./offline";

test("task pane: outside Outlook it says so, and works out FOIA 20 working days from Fri 6 Mar 2026 as Wed 8 Apr 2026, skipping St Patrick's Day (NI)", async ({
  page,
  network,
}, testInfo) => {
  await page.goto("taskpane.html");

  // Office.js "loaded" as an empty script, so there is no Office global: preview mode at once.
  await expect(page.getByText("Preview mode: not running inside Outlook")).toBeVisible();
  // How long the page took, from navigation start to showing preview mode (a figure, not a test).
  testInfo.annotations.push({
    type: "navigation-to-preview-ms",
    description: await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType(
        "navigation",
      ) as PerformanceNavigationTiming[];
      const loaded = Math.round(navigation?.domContentLoadedEventEnd ?? 0);
      return `DOMContentLoaded ${loaded} ms; preview shown by ${Math.round(performance.now())} ms`;
    }),
  });
  await expect(page.getByRole("main")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/FOI Desk/);

  await page.getByLabel("Date received").fill("2026-03-06");
  await page.getByLabel("Regime").selectOption({ value: "foi" });

  const result = page.getByRole("region", { name: "Statutory due date" });
  await expect(result.getByTestId("due-date")).toHaveText("Due Wed 8 Apr 2026");
  await expect(result).toContainText("Freedom of Information Act 2000 (FOIA s10(1))");
  await expect(result.getByRole("listitem").filter({ hasText: "St Patrick" })).toContainText(
    "Tue 17 Mar 2026",
  );
  await expect(result).toContainText(/St Patrick/);

  // A person can correct a mistake: an empty date is explained, not a crash.
  await page.getByLabel("Date received").fill("");
  await expect(page.getByRole("alert")).toHaveText("Enter the date the request was received.");
  await page.getByLabel("Date received").fill("2026-03-06");
  await expect(result.getByTestId("due-date")).toHaveText("Due Wed 8 Apr 2026");

  expect(await seriousAccessibilityProblems(page)).toEqual([]);
  expect(network.officeJsRequests, "the page references Office.js from the CDN").toBe(1);
  expect(network.blocked, "requests that tried to leave the machine").toEqual([]);
  expect(network.errors, "console errors").toEqual([]);
});
