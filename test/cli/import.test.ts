/**
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 *
 * (exceljs needs uuid's "node" build; the shared jest config resolves the browser ES module.)
 */
import { join } from "node:path";
import { rmSync } from "node:fs";
import type { RunningEmulator } from "../../src/emulator/server";
import { provisionedRepository, startTestEmulator } from "../support/emulatorHarness";
import { cliEnvironment, runFoi } from "../support/registerCli";
import { newRequest } from "../support/caseBuilder";
import type { GraphCaseRepository } from "../../src/shared/register/graphCaseRepository";

jest.setTimeout(30_000);

const fixtures = join(__dirname, "..", "fixtures", "register");
let emulator: RunningEmulator;
let env: Record<string, string>;
let folder: string;
let repo: GraphCaseRepository;
beforeEach(async () => {
  emulator = await startTestEmulator();
  repo = await provisionedRepository(emulator);
  ({ env, folder } = cliEnvironment(emulator));
});
afterEach(async () => {
  await emulator.close();
  rmSync(folder, { recursive: true, force: true });
});

const mapping =
  "reference=Our Ref,received=Date In,requesterName=Requester,requesterEmail=Email,summary=Request,assignee=Officer,department=Service";

test("a council's log is imported with a column mapping; references are kept and new ones continue after them", async () => {
  const result = await runFoi(
    ["import", join(fixtures, "kingsmere-log.csv"), "--map", mapping],
    env,
  );
  expect(result.io.stderr()).toBe("");
  expect(result.code).toBe(0);
  expect(result.io.stdout()).toMatch(/Imported 3 case/);
  const pat = await repo.get("FOI/2026/0102");
  expect(pat.ok && pat.value.case).toEqual(
    expect.objectContaining({
      status: "responded",
      outcome: "part_granted",
      department: "Children's Services",
    }),
  );
  expect(pat.ok && pat.value.case.requester.name).toBe("O'Neill, Pat");
  // Due dates are worked out, not imported: Fri 6 Mar 2026 → Wed 8 Apr 2026.
  const ann = await repo.get("FOI/2026/0101");
  expect(ann.ok && ann.value.case.dueDate).toBe("2026-04-08");
  const next = await repo.register(newRequest(1), "a.jones");
  expect(next.ok && next.value.stored.case.reference).toBe("FOI/2026/0104");
});

test("a dry run reports what would be imported and writes nothing", async () => {
  const result = await runFoi(
    ["import", join(fixtures, "kingsmere-log.csv"), "--map", mapping, "--dry-run"],
    env,
  );
  expect(result.code).toBe(0);
  expect(result.io.stdout()).toMatch(/3 can be imported, 0 rejected[\s\S]*Dry run/);
  const listed = await repo.list();
  expect(listed.ok && listed.value).toEqual([]);
});

test("rows with an impossible date, an unknown status or a repeated reference are reported by row, and nothing is written", async () => {
  const result = await runFoi(["import", join(fixtures, "log-with-bad-rows.csv")], env);
  expect(result.code).toBe(1);
  const report = result.io.stderr();
  expect(report).toMatch(/row 3 \(FOI\/2026\/0202\): '31\/02\/2026' is not a date/);
  expect(report).toMatch(/row 4 \(FOI\/2026\/0203\): 'Pending-ish' is not a status/);
  expect(report).toMatch(/row 5 \(FOI\/2026\/0201\): the reference is already used on row 2/);
  expect(report).toMatch(/Nothing was imported/);
  const listed = await repo.list();
  expect(listed.ok && listed.value).toEqual([]);
});

test("with --skip-rejected the good rows go in; a second run finds them already in the register", async () => {
  const first = await runFoi(
    ["import", join(fixtures, "log-with-bad-rows.csv"), "--skip-rejected"],
    env,
  );
  expect(first.code).toBe(0);
  expect(first.io.stdout()).toMatch(/Imported 1 case/);
  const again = await runFoi(
    ["import", join(fixtures, "log-with-bad-rows.csv"), "--skip-rejected"],
    env,
  );
  expect(again.io.stderr()).toMatch(
    /row 2 \(FOI\/2026\/0201\): the register already has a case with this reference/,
  );
});

test("a malformed CSV is refused with the line it broke on, before anything is written", async () => {
  const result = await runFoi(["import", join(fixtures, "malformed.csv")], env);
  expect(result.code).toBe(1);
  expect(result.io.stderr()).toMatch(/could not be read: .*line/i);
});
