import { randomUUID } from "node:crypto";
import type { RunningEmulator } from "../../src/emulator/server";
import type { StoredItem } from "../../src/emulator/listStore";
import type { GraphRequester } from "../../src/shared/register/graphRequester";
import { connectToEmulator, startTestEmulator, testSite } from "../support/emulatorHarness";

jest.setTimeout(30_000);

let emulator: RunningEmulator;
let graph: GraphRequester;
let items: string;

beforeAll(async () => {
  emulator = await startTestEmulator();
  graph = connectToEmulator(emulator);
  const site = await graph.get<{ id: string }>(`/sites/${testSite}`);
  const siteId = site.ok ? site.body.id : "";
  const created = await graph.post<{ id: string }>(`/sites/${siteId}/lists`, {
    displayName: "Big",
    columns: [
      { name: "Owner", text: {}, indexed: true },
      { name: "Notes", text: {} },
    ],
  });
  const listId = created.ok ? created.body.id : "";
  items = `/sites/${siteId}/lists/${listId}/items`;
  const list = emulator.store.lists.get(listId);
  if (!list) throw new Error("list missing");
  const bulk: StoredItem[] = Array.from({ length: 5_001 }, (_, i) => ({
    id: i + 1,
    guid: randomUUID(),
    version: 1,
    created: "2026-01-01T00:00:00Z",
    modified: "2026-01-01T00:00:00Z",
    createdBy: "bench",
    modifiedBy: "bench",
    changeSeq: 0,
    fields: { Owner: i === 42 ? "needle" : "hay", Notes: "n" },
  }));
  list.nextItemId = 5_002;
  emulator.store.putItems(list, bulk);
});
afterAll(async () => {
  await emulator.close();
});

test("on a list over 5,000 items, a filter on an indexed column still works", async () => {
  const answer = await graph.get<{ value: unknown[] }>(
    `${items}?$expand=fields&$filter=fields/Owner eq 'needle'`,
  );
  expect(answer.ok && answer.body.value).toHaveLength(1);
});

test("on a list over 5,000 items, even the Prefer header cannot rescue a filter on a non-indexed column", async () => {
  const answer = await graph.get(`${items}?$expand=fields&$filter=fields/Notes eq 'n'`, {
    Prefer: "HonorNonIndexedQueriesWarningMayFailRandomly",
  });
  expect(answer).toEqual({
    ok: false,
    failure: expect.objectContaining({ status: 400, innerCode: "tooManyResources" }),
  });
});
