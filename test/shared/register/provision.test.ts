import type { RunningEmulator } from "../../../src/emulator/server";
import type { GraphRequester } from "../../../src/shared/register/graphRequester";
import { provision } from "../../../src/shared/register/provision";
import { connectToEmulator, startTestEmulator, testSite } from "../../support/emulatorHarness";

jest.setTimeout(30_000);

let emulator: RunningEmulator;
let graph: GraphRequester;
beforeEach(async () => {
  emulator = await startTestEmulator();
  graph = connectToEmulator(emulator);
});
afterEach(async () => {
  await emulator.close();
});

test("provisioning an empty site creates the four lists; running it again changes nothing", async () => {
  const first = await provision(graph, testSite);
  expect(first.ok && first.value.done).toHaveLength(4);
  const requestsBefore = emulator.stats.requests;
  const second = await provision(graph, testSite);
  expect(second.ok && second.value.done).toEqual([]);
  expect(second.ok && second.value.plan.steps).toEqual([]);
  expect(emulator.stats.requests - requestsBefore).toBe(2);
});

test("a dry run reports the plan and writes nothing", async () => {
  const dry = await provision(graph, testSite, { dryRun: true });
  expect(dry.ok && dry.value.plan.steps).toHaveLength(4);
  expect([...emulator.store.lists.values()]).toEqual([]);
});

test("a site with an older schema gets only the missing columns and indexes", async () => {
  const site = await graph.get<{ id: string }>(`/sites/${testSite}`);
  const siteId = site.ok ? site.body.id : "";
  await graph.post(`/sites/${siteId}/lists`, {
    displayName: "FOI Requests",
    columns: [
      { name: "Reference", text: {}, indexed: true, enforceUniqueValues: true },
      { name: "Assignee", text: {} },
    ],
  });
  const upgraded = await provision(graph, testSite);
  expect(upgraded.ok && upgraded.value.done).toEqual(
    expect.arrayContaining([
      "index column Assignee of 'FOI Requests'",
      "add column MessageKey to 'FOI Requests' (indexed)",
    ]),
  );
  const list = [...emulator.store.lists.values()].find((l) => l.displayName === "FOI Requests");
  expect(list?.columns.find((c) => c.name === "Assignee")?.indexed).toBe(true);
  expect(list?.columns.find((c) => c.name === "MessageKey")?.enforceUniqueValues).toBe(true);
  const again = await provision(graph, testSite);
  expect(again.ok && again.value.plan.steps).toEqual([]);
});
