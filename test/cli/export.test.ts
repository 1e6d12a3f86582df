/**
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 *
 * (exceljs needs uuid's "node" build; the shared jest config resolves the browser ES module.)
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { RunningEmulator } from "../../src/emulator/server";
import type { IsoDate } from "../../src/shared/deadlines";
import { provisionedRepository, startTestEmulator } from "../support/emulatorHarness";
import { cliEnvironment, runFoi } from "../support/registerCli";
import { newRequest } from "../support/caseBuilder";

jest.setTimeout(30_000);

let emulator: RunningEmulator;
let env: Record<string, string>;
let folder: string;
beforeAll(async () => {
  emulator = await startTestEmulator();
  const repo = await provisionedRepository(emulator);
  const at = "2026-03-20T10:00:00Z";
  for (const [n, received] of [
    [1, "2026-03-02"],
    [2, "2026-03-10"],
    [3, "2026-04-01"],
  ] as const) {
    const registered = await repo.register(
      newRequest(n, { receivedDate: received as IsoDate }),
      "a.jones",
    );
    if (n === 2 && registered.ok) {
      const withOutcome = await repo.save(
        registered.value.stored,
        { ...registered.value.stored.case, outcome: "granted" },
        "a.jones",
        "record outcome",
      );
      if (withOutcome.ok)
        await repo.transition(withOutcome.value, "respond", {
          actor: "a.jones",
          at,
          date: "2026-03-20" as IsoDate,
        });
    }
  }
  ({ env, folder } = cliEnvironment(emulator));
});
afterAll(async () => {
  await emulator.close();
  rmSync(folder, { recursive: true, force: true });
});

test("the register exports to CSV, limited to the dates asked for", async () => {
  const out = join(folder, "march.csv");
  const result = await runFoi(
    ["export", "--format", "csv", "--from", "2026-03-01", "--to", "2026-03-31", "--out", out],
    env,
  );
  expect(result.code).toBe(0);
  const lines = readFileSync(out, "utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\n");
  expect(lines[0]).toMatch(/^Reference,Kind,Regime,Status,Received,Due/);
  expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(["FOI/2026/0001", "FOI/2026/0002"]);
});

test("the disclosure log has only answered cases and no requester details", async () => {
  const out = join(folder, "log.csv");
  await runFoi(["export", "--format", "csv", "--disclosure-log", "--out", out], env);
  const text = readFileSync(out, "utf8");
  expect(text).toMatch(/FOI\/2026\/0002,2026-03-10,2026-03-20,.*Granted/);
  expect(text).not.toMatch(/FOI\/2026\/0001|requester|@example\.org/i);
});

test("the Excel export has a Register sheet and a Disclosure log sheet", async () => {
  const out = join(folder, "register.xlsx");
  const result = await runFoi(["export", "--format", "xlsx", "--out", out], env);
  expect(result.code).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  expect(workbook.worksheets.map((w) => [w.name, w.rowCount])).toEqual([
    ["Register", 4],
    ["Disclosure log", 2],
  ]);
});

test("an unknown format or a bad date is refused with a reason", async () => {
  expect((await runFoi(["export", "--format", "pdf"], env)).io.stderr()).toMatch(/csv or xlsx/);
  expect(
    (await runFoi(["export", "--format", "csv", "--from", "1/3/2026"], env)).io.stderr(),
  ).toMatch(/YYYY-MM-DD/);
});
