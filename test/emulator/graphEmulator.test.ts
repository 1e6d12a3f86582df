/**
 * The emulator behaves as Graph does where the register depends on it, checked through the real
 * graph client over HTTPS.
 */
import type { RunningEmulator } from "../../src/emulator/server";
import type { GraphRequester } from "../../src/shared/register/graphRequester";
import { sendBatch } from "../../src/shared/register/batchRequests";
import { connectToEmulator, startTestEmulator, testSite } from "../support/emulatorHarness";

jest.setTimeout(30_000);

interface Item {
  id: string;
  eTag: string;
  fields: Record<string, unknown>;
}

let emulator: RunningEmulator;
let graph: GraphRequester;
let items: string;
let siteId: string;

async function ok<T>(
  answer: Promise<
    { ok: true; body: T } | { ok: false; failure: { status: number; message: string } }
  >,
): Promise<T> {
  const result = await answer;
  if (!result.ok) throw new Error(`Graph said ${result.failure.status}: ${result.failure.message}`);
  return result.body;
}

beforeAll(async () => {
  emulator = await startTestEmulator();
  graph = connectToEmulator(emulator);
  siteId = (await ok(graph.get<{ id: string }>(`/sites/${testSite}`))).id;
  const list = await ok(
    graph.post<{ id: string }>(`/sites/${siteId}/lists`, {
      displayName: "Probe",
      columns: [
        { name: "Key", text: {}, indexed: true, enforceUniqueValues: true },
        { name: "Owner", text: {}, indexed: true },
        { name: "Notes", text: {} },
        { name: "Size", number: {} },
      ],
      list: { template: "genericList" },
    }),
  );
  items = `/sites/${siteId}/lists/${list.id}/items`;
  for (let i = 1; i <= 12; i += 1) {
    await ok(
      graph.post(items, {
        fields: {
          Title: `Item ${i}`,
          Key: `k${i}`,
          Owner: i % 2 === 0 ? "even" : "odd",
          Notes: "n",
          Size: i,
        },
      }),
    );
  }
});
afterAll(async () => {
  await emulator.close();
});

test("a site path resolves to the same site id every time", async () => {
  expect((await ok(graph.get<{ id: string }>(`/sites/${testSite}`))).id).toBe(siteId);
});

test("requests without a bearer token are refused with 401, as Graph does", async () => {
  const anonymous = connectToEmulator(emulator, undefined, { token: "" });
  const answer = await anonymous.get(`/sites/${testSite}`);
  expect(answer).toEqual({ ok: false, failure: expect.objectContaining({ status: 401 }) });
});

test("a filtered, ordered query pages with @odata.nextLink and every item comes exactly once", async () => {
  const seen: string[] = [];
  let next: string | undefined =
    `${items}?$expand=fields&$filter=fields/Owner eq 'even'&$orderby=fields/Owner desc&$top=2`;
  let pages = 0;
  while (next) {
    const page: { value: Item[]; "@odata.nextLink"?: string } = await ok(graph.get(next));
    seen.push(...page.value.map((item) => String(item.fields.Title)));
    next = page["@odata.nextLink"];
    pages += 1;
  }
  expect(pages).toBe(3);
  expect(seen.sort()).toEqual(["Item 10", "Item 12", "Item 2", "Item 4", "Item 6", "Item 8"]);
});

test("filtering on a column that is not indexed is refused with Graph's message naming the Prefer header", async () => {
  const answer = await graph.get(`${items}?$expand=fields&$filter=fields/Notes eq 'n'`);
  expect(answer).toEqual({
    ok: false,
    failure: expect.objectContaining({
      status: 400,
      message: expect.stringMatching(/not indexed.*HonorNonIndexedQueriesWarningMayFailRandomly/),
    }),
  });
});

test("a quoted value cannot widen a filter: O''Brien-style escaping matches only the literal text", async () => {
  const escaped = encodeURIComponent(`'odd'' or fields/Owner eq ''even'`);
  const page = await ok(
    graph.get<{ value: Item[] }>(`${items}?$expand=fields&$filter=fields/Owner eq ${escaped}`),
  );
  expect(page.value).toEqual([]);
});

test("a second item with the same value in a unique column is refused with 409", async () => {
  const answer = await graph.post(items, { fields: { Key: "k1" } });
  expect(answer).toEqual({ ok: false, failure: expect.objectContaining({ status: 409 }) });
});

test("an update with a stale eTag gets 412 and changes nothing", async () => {
  const item = await ok(graph.get<Item>(`${items}/1?$expand=fields`));
  await ok(graph.patch(`${items}/1/fields`, { Notes: "first" }, { "If-Match": item.eTag }));
  const stale = await graph.patch(
    `${items}/1/fields`,
    { Notes: "second" },
    { "If-Match": item.eTag },
  );
  expect(stale).toEqual({ ok: false, failure: expect.objectContaining({ status: 412 }) });
  expect((await ok(graph.get<Item>(`${items}/1?$expand=fields`))).fields.Notes).toBe("first");
});

test("a value of the wrong type, or for an unknown column, is refused with 400", async () => {
  expect(await graph.post(items, { fields: { Size: "big" } })).toEqual({
    ok: false,
    failure: expect.objectContaining({ status: 400 }),
  });
  expect(await graph.post(items, { fields: { Colour: "red" } })).toEqual({
    ok: false,
    failure: expect.objectContaining({ status: 400 }),
  });
});

test("a batch answers each request by id; a failed dependency fails its dependant with 424", async () => {
  const sent = await sendBatch(
    graph,
    [
      { id: "a", method: "POST", url: items, body: { fields: { Key: "k2" } } },
      {
        id: "b",
        method: "POST",
        url: items,
        body: { fields: { Key: "batch-b" } },
        dependsOn: ["a"],
      },
      { id: "c", method: "GET", url: `${items}/3` },
    ],
    { wait: async () => undefined },
  );
  expect(sent.ok).toBe(true);
  const answers = sent.ok ? sent.answers : new Map();
  expect(answers.get("a")?.status).toBe(409);
  expect(answers.get("b")?.status).toBe(424);
  expect(answers.get("c")?.status).toBe(200);
});

test("a batch of more than 20 requests is refused", async () => {
  const requests = Array.from({ length: 21 }, (_, i) => ({
    id: String(i),
    method: "GET",
    url: `${items}/1`,
  }));
  expect(await graph.post("/$batch", { requests })).toEqual({
    ok: false,
    failure: expect.objectContaining({ status: 400 }),
  });
});

test("delta reports changes and deletions after a token, and a stale token gets 410 with a Location to start again", async () => {
  let first: { value: Item[]; "@odata.nextLink"?: string; "@odata.deltaLink"?: string } = await ok(
    graph.get(`${items}/delta?$expand=fields&$top=5`),
  );
  let count = first.value.length;
  while (first["@odata.nextLink"]) {
    first = await ok(graph.get(first["@odata.nextLink"]));
    count += first.value.length;
  }
  expect(count).toBe(12);
  const link = first["@odata.deltaLink"] as string;
  const item = await ok(graph.get<Item>(`${items}/5?$expand=fields`));
  await ok(graph.patch(`${items}/5/fields`, { Notes: "changed" }, { "If-Match": item.eTag }));
  await ok(graph.delete(`${items}/6`));
  const changes = await ok(graph.get<{ value: (Item & { deleted?: { state: string } })[] }>(link));
  expect(changes.value.map((c) => [c.id, c.deleted?.state ?? String(c.fields?.Notes)])).toEqual([
    ["5", "changed"],
    ["6", "deleted"],
  ]);
  const stale = link.replace(
    /token=[^&]+/,
    `token=${Buffer.from(JSON.stringify({ e: "another-epoch", s: 1 })).toString("base64url")}`,
  );
  expect(await graph.get(stale)).toEqual({
    ok: false,
    failure: expect.objectContaining({ status: 410, innerCode: "resyncChangesApplyDifferences" }),
  });
});

test("delta with token=latest returns no items, only a link for later changes", async () => {
  const latest = await ok(
    graph.get<{ value: Item[]; "@odata.deltaLink"?: string }>(`${items}/delta?token=latest`),
  );
  expect(latest.value).toEqual([]);
  await ok(graph.post(items, { fields: { Key: "after-latest" } }));
  const after = await ok(graph.get<{ value: Item[] }>(latest["@odata.deltaLink"] as string));
  expect(after.value.map((i) => i.id)).toHaveLength(1);
});
