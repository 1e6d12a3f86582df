import { expect, seriousAccessibilityProblems, test } from "./offline";

test("Teams tab: outside Teams it says so, lists every regime, and on Tue 17 Mar 2026 (St Patrick's Day) says FOIA counts no working day but FOISA does", async ({
  page,
  network,
}, testInfo) => {
  // "Today" comes from the browser's clock; fix it on St Patrick's Day, a bank holiday only in
  // Northern Ireland, which stops the UK-wide count but not the Scottish one.
  await page.clock.setFixedTime(new Date("2026-03-17T10:00:00Z"));
  await page.goto("tab.html");

  await expect(page.getByText("Preview mode: not running inside Teams")).toBeVisible();
  // How long the page took, from navigation start to showing preview mode (a figure, not a test).
  testInfo.annotations.push({
    type: "navigation-to-preview-ms",
    // The fixed clock also fakes performance timings' origin, so only the elapsed time is kept.
    description: `preview shown by ${Math.round(await page.evaluate(() => performance.now()))} ms`,
  });
  await expect(page.getByRole("main")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("FOI Desk");
  await expect(page.getByRole("heading", { level: 2, name: /Today/ })).toContainText(
    "Tue 17 Mar 2026",
  );

  const ukWide = page.getByRole("region", { name: "FOIA and EIR" });
  await expect(ukWide.getByRole("definition").first()).toHaveText("No");
  await expect(ukWide).toContainText("Wed 18 Mar 2026");
  const scottish = page.getByRole("region", { name: "FOISA and EISR" });
  await expect(scottish.getByRole("definition").first()).toHaveText("Yes");

  const regimes = page.getByRole("table", { name: "Regimes and their time limits" });
  for (const name of [
    "Freedom of Information Act 2000 FOIA",
    "Environmental Information Regulations 2004 EIR",
    "Freedom of Information (Scotland) Act 2002 FOISA",
    "UK GDPR subject access (Article 15) SAR",
  ]) {
    await expect(regimes.getByRole("rowheader", { name, exact: true })).toBeVisible();
  }
  const foia = regimes.getByRole("row").filter({
    has: page.getByRole("rowheader", { name: "Freedom of Information Act 2000 FOIA", exact: true }),
  });
  await expect(foia).toContainText("FOIA s10(1)");
  await expect(foia).toContainText("20 working days");
  // Received on a UK bank holiday: day 1 is Wed 18 Mar; Good Friday and Easter Monday are skipped.
  await expect(foia).toContainText("Thu 16 Apr 2026");

  expect(await seriousAccessibilityProblems(page)).toEqual([]);
  // Outside Teams the tab follows the browser's colour scheme: dark must be as readable.
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.locator(".fui-FluentProvider").first()).toHaveCSS(
    "background-color",
    "rgb(41, 41, 41)",
  );
  expect(await seriousAccessibilityProblems(page)).toEqual([]);
  expect(network.blocked, "requests that tried to leave the machine").toEqual([]);
  expect(network.errors, "console errors").toEqual([]);
});
