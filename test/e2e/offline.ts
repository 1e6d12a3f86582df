/**
 * The browser tests' fixture: every page runs offline. Requests to anything but loopback are
 * aborted and recorded, so a test can assert that nothing tried to leave the machine, and console
 * errors and uncaught exceptions are collected for the "no console errors" assertions.
 *
 * Office.js is the one deliberate exception. The task pane must reference it from Microsoft's CDN;
 * the tests answer that request with an empty script, which is what the page sees when Office.js
 * cannot run (no `Office` global). Aborting it instead would add a "Failed to load resource"
 * console error that comes from the test setup, not from the app.
 */
import { test as base, expect, type Page } from "@playwright/test";
import { createRequire } from "node:module";

export const officeJsUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const isLoopback = (url: URL): boolean =>
  ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname) ||
  url.protocol === "data:" ||
  url.protocol === "blob:";

export interface OfflineRecord {
  /** Requests that tried to leave the machine and were aborted. */
  blocked: string[];
  /** Requests to the Office.js CDN (answered with an empty script). */
  officeJsRequests: number;
  /** Console errors and uncaught exceptions, as text. */
  errors: string[];
}

export const test = base.extend<{ network: OfflineRecord }>({
  network: [
    async ({ context, page }, use) => {
      const record: OfflineRecord = { blocked: [], officeJsRequests: 0, errors: [] };
      await context.route(
        (url) => !isLoopback(url),
        async (route) => {
          const url = route.request().url();
          if (url === officeJsUrl) {
            record.officeJsRequests += 1;
            await route.fulfill({
              status: 200,
              contentType: "text/javascript",
              body: "/* Office.js is not available in the offline browser tests. */",
            });
            return;
          }
          record.blocked.push(url);
          await route.abort("blockedbyclient");
        },
      );
      page.on("console", (message) => {
        if (message.type() === "error") record.errors.push(message.text());
      });
      page.on("pageerror", (error) => record.errors.push(`uncaught: ${error.message}`));
      await use(record);
    },
    { auto: true },
  ],
});

export { expect };

const axePath = createRequire(__filename).resolve("axe-core/axe.min.js");

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core on the page as it is now and returns the serious and critical violations. */
export async function seriousAccessibilityProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } })
      .axe;
    const result = await axe.run();
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${JSON.stringify(
          violation.nodes.map((node) => node.target),
        )}`,
    );
}
