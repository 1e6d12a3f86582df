/**
 * The register keeps working past SharePoint's 5,000-item list view threshold, because every
 * query the repository makes filters or sorts on indexed columns only.
 */
import { randomUUID } from "node:crypto";
import type { RunningEmulator } from "../../../src/emulator/server";
import type { StoredItem } from "../../../src/emulator/listStore";
import type { FoiCase } from "../../../src/shared/cases/case";
import type { IsoDate } from "../../../src/shared/deadlines";
import type { GraphCaseRepository } from "../../../src/shared/register/graphCaseRepository";
import { caseToFields } from "../../../src/shared/register/listItemMapping";
import { requestsList } from "../../../src/shared/register/listSchema";
import { provisionedRepository, startTestEmulator } from "../../support/emulatorHarness";
import { newRequest } from "../../support/caseBuilder";

jest.setTimeout(60_000);

let emulator: RunningEmulator;
let repo: GraphCaseRepository;

beforeAll(async () => {
  emulator = await startTestEmulator();
  repo = await provisionedRepository(emulator, { pageSize: 1000 });
  const first = await repo.register(newRequest(1), "a.jones");
  if (!first.ok) throw new Error(first.problem.message);
  const list = [...emulator.store.lists.values()].find(
    (l) => l.displayName === requestsList.displayName,
  );
  if (!list) throw new Error("no list");
  const bulk: StoredItem[] = [];
  for (let i = 0; i < 6_000; i += 1) {
    const c: FoiCase = {
      ...first.value.stored.case,
      reference: `FOI/2025/${String(i + 1).padStart(5, "0")}`,
      receivedDate: "2025-05-01" as IsoDate,
      assignee: `officer${i % 30}`,
    };
    bulk.push({
      id: list.nextItemId++,
      guid: randomUUID(),
      version: 1,
      created: "2025-05-01T09:00:00Z",
      modified: "2025-05-01T09:00:00Z",
      createdBy: "test",
      modifiedBy: "test",
      changeSeq: 0,
      fields: Object.fromEntries(
        Object.entries(caseToFields(c, randomUUID())).filter(([, v]) => v !== null),
      ),
    });
  }
  emulator.store.putItems(list, bulk);
});
afterAll(async () => {
  await emulator.close();
});

test("with 6,001 cases, registering, finding, listing an officer's cases and syncing all still work", async () => {
  const next = await repo.register(newRequest(2), "a.jones");
  expect(next.ok && next.value.stored.case.reference).toBe("FOI/2026/0002");
  const found = await repo.get("FOI/2025/04321");
  expect(found.ok && found.value.case.assignee).toBe("officer0");
  const officer = await repo.list({ assignee: "officer7", orderBy: "receivedDate" });
  expect(officer.ok && officer.value).toHaveLength(200);
  const all = await repo.changes();
  expect(all.ok && all.value.changed).toHaveLength(6_002);
});
