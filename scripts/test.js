#!/usr/bin/env node
// `npm test`: lint, typecheck, unit tests (jest) and browser tests (Playwright on a system Chromium),
// in that order. Every stage runs even if an earlier one fails, so one run shows every problem; the
// exit code is non-zero if any stage failed. The last line counts the tests that ran.
"use strict";
const { spawnSync } = require("node:child_process");
const { mkdirSync, readFileSync, existsSync, rmSync } = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const results = path.join(root, ".test-results");
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const only = process.argv.slice(2);
const stages = [
  { name: "lint", cmd: "npx", args: ["eslint", "."] },
  { name: "format", cmd: "npx", args: ["prettier", "--check", "."] },
  { name: "typecheck", cmd: "npx", args: ["tsc", "--noEmit", "-p", "tsconfig.json"] },
  {
    name: "unit",
    cmd: "npx",
    args: ["jest", "--json", `--outputFile=${path.join(results, "jest.json")}`],
  },
  { name: "browser", cmd: "npx", args: ["playwright", "test"] },
].filter((stage) => only.length === 0 || only.includes(stage.name));

const outcome = [];
for (const stage of stages) {
  console.log(`\n=== ${stage.name}: ${stage.cmd} ${stage.args.join(" ")}`);
  const started = Date.now();
  const run = spawnSync(stage.cmd, stage.args, { cwd: root, stdio: "inherit", env: process.env });
  const ok = run.status === 0;
  outcome.push({ name: stage.name, ok, seconds: (Date.now() - started) / 1000 });
}

function readJson(file) {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
  } catch {
    return undefined;
  }
}

let passed = 0;
let failed = 0;
const jest = readJson(path.join(results, "jest.json"));
if (jest) {
  passed += jest.numPassedTests;
  failed += jest.numFailedTests;
}
const browser = readJson(path.join(results, "playwright.json"));
if (browser && browser.stats) {
  passed += browser.stats.expected;
  failed += browser.stats.unexpected + (browser.stats.flaky || 0);
}

console.log("\n=== summary");
for (const stage of outcome) {
  console.log(`${stage.ok ? "ok  " : "FAIL"} ${stage.name} (${stage.seconds.toFixed(1)} s)`);
}
const stageFailures = outcome.filter((stage) => !stage.ok).length;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exitCode = stageFailures > 0 || failed > 0 ? 1 : 0;
