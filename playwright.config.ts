/**
 * Browser tests (test/e2e) on the machine's own Chromium: nothing here downloads a browser.
 * The production build in dist/ is served on loopback by scripts/serve-dist.js; the tests block
 * every request that leaves the machine (see test/e2e/offline.ts).
 */
import { defineConfig } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  for (const name of ["chromium", "chromium-browser"]) {
    try {
      const found = execFileSync("which", [name], { encoding: "utf8" }).trim();
      if (found) return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  throw new Error(
    "No Chromium found for the browser tests. Install one (Debian/Ubuntu: `apt-get install -y chromium`) " +
      "or set CHROME_PATH to a Chromium or Chrome executable. Do not run `npx playwright install`.",
  );
}

const port = Number(process.env.E2E_PORT ?? 4317);

export default defineConfig({
  testDir: "test/e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"], ["json", { outputFile: ".test-results/playwright.json" }]],
  outputDir: ".test-results/playwright",
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: "chromium",
    locale: "en-GB",
    timezoneId: "Europe/London",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: findChromium(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    // Build first so the tests always see the current code, then serve dist/ on loopback.
    command: `npx webpack --mode production && node scripts/serve-dist.js --port ${port}`,
    url: `http://127.0.0.1:${port}/taskpane.html`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
