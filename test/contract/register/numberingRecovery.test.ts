/**
 * A registration can die between any two of its steps (create the unnumbered case, take a number
 * from the counter, write the number in). These tests leave the register exactly as such a crash
 * would, then check the next registrations leave no gap and no duplicate.
 */
import type { RunningEmulator } from "../../../src/emulator/server";
import { caseDeadlines } from "../../../src/shared/cases/caseDeadlines";
import type { GraphCaseRepository } from "../../../src/shared/register/graphCaseRepository";
import type { GraphRequester } from "../../../src/shared/register/graphRequester";
import { caseToFields } from "../../../src/shared/register/listItemMapping";
import { messageKey, pendingReference } from "../../../src/shared/register/messageKey";
import { startCase } from "../../../src/shared/register/newCaseRecord";
import {
  connectToEmulator,
  graphRepository,
  provisionedRepository,
  startTestEmulator,
  testNow,
  testSite,
} from "../../support/emulatorHarness";
import { newRequest } from "../../support/caseBuilder";

jest.setTimeout(30_000);

let emulator: RunningEmulator;
let repo: GraphCaseRepository;
let graph: GraphRequester;
let requestsItems: string;
let settingsItems: string;

beforeEach(async () => {
  emulator = await startTestEmulator();
  repo = await provisionedRepository(emulator);
  graph = connectToEmulator(emulator);
  const site = await graph.get<{ id: string }>(`/sites/${testSite}`);
  const siteId = site.ok ? site.body.id : "";
  const lists = await graph.get<{ value: { id: string; displayName: string }[] }>(
    `/sites/${siteId}/lists`,
  );
  const idOf = (name: string) =>
    lists.ok ? lists.body.value.find((l) => l.displayName === name)?.id : "";
  requestsItems = `/sites/${siteId}/lists/${idOf("FOI Requests")}/items`;
  settingsItems = `/sites/${siteId}/lists/${idOf("FOI Settings")}/items`;
});
afterEach(async () => {
  await emulator.close();
});

/** Step 1 only: the unnumbered case is stored. */
async function createUnnumbered(n: number): Promise<{ id: string; key: string }> {
  const request = newRequest(n);
  const key = await messageKey(request.source?.internetMessageId ?? "");
  const draft = startCase(
    request,
    pendingReference(key),
    caseDeadlines(),
    "crashed.officer",
    testNow(),
  );
  const posted = await graph.post<{ id: string }>(requestsItems, {
    fields: caseToFields(draft, key),
  });
  if (!posted.ok) throw new Error(posted.failure.message);
  return { id: posted.body.id, key };
}

/** Step 2: the counter is moved on to name the case, and then the process dies. */
async function takeNumberAndDie(item: { id: string; key: string }): Promise<void> {
  const counter = await graph.get<{
    value: { id: string; eTag: string; fields: { Sequence: number } }[];
  }>(
    `${settingsItems}?$expand=fields&$filter=fields/Key eq '${encodeURIComponent("sequence:FOI/2026/{SEQ:4}")}'`,
  );
  const found = counter.ok ? counter.body.value[0] : undefined;
  if (!found) throw new Error("no counter");
  const patched = await graph.patch(
    `${settingsItems}/${found.id}/fields`,
    { Sequence: found.fields.Sequence + 1, LastMessageKey: item.key, LastItemId: item.id },
    { "If-Match": found.eTag },
  );
  if (!patched.ok) throw new Error(patched.failure.message);
}

async function reference(n: number): Promise<string> {
  const registered = await repo.register(newRequest(n), "a.jones");
  return registered.ok
    ? registered.value.stored.case.reference
    : `failed: ${registered.problem.message}`;
}

test("a crash after taking a number but before writing it in leaves no gap: the next registration writes it in", async () => {
  expect(await reference(1)).toBe("FOI/2026/0001");
  await takeNumberAndDie(await createUnnumbered(2));
  expect(await reference(3)).toBe("FOI/2026/0003");
  const second = await repo.findByMessage(newRequest(2).source?.internetMessageId ?? "");
  expect(second.ok && second.value?.case.reference).toBe("FOI/2026/0002");
});

test("the same email registered again after such a crash completes its own number rather than taking a new one", async () => {
  expect(await reference(1)).toBe("FOI/2026/0001");
  await takeNumberAndDie(await createUnnumbered(2));
  expect(await reference(2)).toBe("FOI/2026/0002");
  expect(await reference(3)).toBe("FOI/2026/0003");
});

test("a crash after storing the case but before taking a number: the case stays out of lists until the email is registered again", async () => {
  expect(await reference(1)).toBe("FOI/2026/0001");
  await createUnnumbered(2);
  const listed = await repo.list();
  expect(listed.ok && listed.value.map((s) => s.case.reference)).toEqual(["FOI/2026/0001"]);
  expect(await reference(2)).toBe("FOI/2026/0002");
});

test("a number whose unnumbered case was removed before it was written in is given to the next registration", async () => {
  expect(await reference(1)).toBe("FOI/2026/0001");
  const orphan = await createUnnumbered(2);
  await takeNumberAndDie(orphan);
  await graph.delete(`${requestsItems}/${orphan.id}`);
  expect(await reference(3)).toBe("FOI/2026/0002");
  expect(await reference(4)).toBe("FOI/2026/0003");
});

test("a registration that cannot get a number (SharePoint still busy after every retry) leaves nothing behind, and the next one gets the first number", async () => {
  let busy = true;
  const throttledCounter: GraphRequester = {
    ...graph,
    get: (url, headers) => graph.get(url, headers),
    post: (url, body, headers) => graph.post(url, body, headers),
    delete: (url, headers) => graph.delete(url, headers),
    patch: async (url, body, headers) =>
      busy && url.startsWith(settingsItems)
        ? {
            ok: false,
            failure: {
              status: 503,
              code: "serviceNotAvailable",
              message: "busy",
              retryAfterSeconds: 30,
            },
          }
        : graph.patch(url, body, headers),
  };
  const officer = graphRepository(throttledCounter);
  const result = await officer.register(newRequest(9), "a.jones");
  expect(result).toEqual({
    ok: false,
    problem: expect.objectContaining({
      kind: "throttled",
      message: expect.stringMatching(/Nothing was lost; try again/),
    }),
  });
  const listed = await graph.get<{ value: unknown[] }>(`${requestsItems}?$expand=fields`);
  expect(listed.ok && listed.body.value).toEqual([]);
  busy = false;
  expect(await reference(9)).toBe("FOI/2026/0001");
});
