import type { RunningEmulator } from "../../../src/emulator/server";
import type { GraphCaseRepository } from "../../../src/shared/register/graphCaseRepository";
import {
  connectToEmulator,
  provisionedRepository,
  startTestEmulator,
  testSite,
} from "../../support/emulatorHarness";
import { newRequest } from "../../support/caseBuilder";

jest.setTimeout(30_000);

let emulator: RunningEmulator;
let repo: GraphCaseRepository;
beforeEach(async () => {
  // Remember only one deletion, so a token from before two deletions goes stale.
  emulator = await startTestEmulator({ tombstoneLimit: 1 });
  repo = await provisionedRepository(emulator, { pageSize: 2 });
});
afterEach(async () => {
  await emulator.close();
});

async function itemsUrl(): Promise<string> {
  const graph = connectToEmulator(emulator);
  const site = await graph.get<{ id: string }>(`/sites/${testSite}`);
  const siteId = site.ok ? site.body.id : "";
  const lists = await graph.get<{ value: { id: string; displayName: string }[] }>(
    `/sites/${siteId}/lists`,
  );
  const id = lists.ok ? lists.body.value.find((l) => l.displayName === "FOI Requests")?.id : "";
  return `/sites/${siteId}/lists/${id}/items`;
}

test("changes() reports a removed case by id, across pages of two", async () => {
  for (let n = 1; n <= 5; n += 1) await repo.register(newRequest(n), "a.jones");
  const all = await repo.changes();
  expect(all.ok && all.value.changed).toHaveLength(5);
  const graph = connectToEmulator(emulator);
  const first = all.ok
    ? all.value.changed.find((s) => s.case.reference === "FOI/2026/0001")
    : undefined;
  await graph.delete(`${await itemsUrl()}/${first?.id}`);
  const after = await repo.changes(all.ok ? all.value.token : undefined);
  expect(after.ok && after.value.removed).toEqual([first?.id]);
  expect(after.ok && after.value.resynced).toBe(false);
});

test("when the change token has gone stale (410), changes() reads everything again and says to replace the local copy", async () => {
  for (let n = 1; n <= 4; n += 1) await repo.register(newRequest(n), "a.jones");
  const all = await repo.changes();
  const graph = connectToEmulator(emulator);
  const url = await itemsUrl();
  const ids = all.ok ? all.value.changed.map((s) => s.id) : [];
  await graph.delete(`${url}/${ids[0]}`);
  await graph.delete(`${url}/${ids[1]}`);
  const after = await repo.changes(all.ok ? all.value.token : undefined);
  expect(after.ok && after.value.resynced).toBe(true);
  expect(after.ok && after.value.changed.map((s) => s.case.reference).sort()).toEqual([
    "FOI/2026/0003",
    "FOI/2026/0004",
  ]);
});
