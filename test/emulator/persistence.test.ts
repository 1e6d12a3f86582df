import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ListStore } from "../../src/emulator/listStore";
import { provisionedRepository, startTestEmulator } from "../support/emulatorHarness";
import { newRequest } from "../support/caseBuilder";

jest.setTimeout(30_000);

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "foi-emulator-"));
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

test("registered cases are still there after the emulator is stopped and started again", async () => {
  const dataFile = join(folder, "register.json");
  const first = await startTestEmulator({ dataFile, fsync: true });
  const repo = await provisionedRepository(first);
  const registered = await repo.register(newRequest(1), "a.jones");
  await first.close();

  const second = await startTestEmulator({ dataFile, fsync: true });
  try {
    const again = await (await provisionedRepository(second)).get("FOI/2026/0001");
    expect(again.ok && again.value.case.requester.name).toBe("Requester 1");
    expect(registered.ok).toBe(true);
  } finally {
    await second.close();
  }
});

test("a process killed after answering loses nothing: the journal is replayed on the next start", async () => {
  const dataFile = join(folder, "register.json");
  const emulator = await startTestEmulator({ dataFile, fsync: true });
  const repo = await provisionedRepository(emulator);
  await repo.register(newRequest(2), "a.jones");
  // Kill: stop writing without the orderly snapshot a normal close makes.
  emulator.store.detach();
  const survivor = new ListStore({ dataFile });
  const items = [...survivor.lists.values()].find((l) => l.displayName === "FOI Requests")?.items;
  expect([...(items?.values() ?? [])].map((i) => i.fields.Reference)).toEqual(["FOI/2026/0001"]);
  survivor.close();
  await emulator.close().catch(() => undefined);
});

test("a torn last journal line (killed mid-write) is ignored and everything before it is kept", () => {
  const dataFile = join(folder, "register.json");
  const store = new ListStore({ dataFile });
  const site = store.siteByPath("localhost", "/sites/foi");
  store.detach();
  appendFileSync(`${dataFile}.journal`, '{"t":"site","site":{"id":"half');
  const reopened = new ListStore({ dataFile });
  expect([...reopened.sites.keys()]).toEqual([site.id]);
  reopened.close();
  // The snapshot written on reopening is whole JSON, and the journal starts empty.
  expect(() => JSON.parse(readFileSync(dataFile, "utf8"))).not.toThrow();
  expect(readFileSync(`${dataFile}.journal`, "utf8")).toBe("");
});
