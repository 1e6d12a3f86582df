import type { RunningEmulator } from "../../../src/emulator/server";
import { GraphLetterTemplateStore } from "../../../src/shared/register/letterTemplateStore";
import {
  connectToEmulator,
  provisionedRepository,
  startTestEmulator,
  testSite,
} from "../../support/emulatorHarness";

jest.setTimeout(30_000);

let emulator: RunningEmulator;
let store: GraphLetterTemplateStore;
beforeAll(async () => {
  emulator = await startTestEmulator();
  await provisionedRepository(emulator);
  store = new GraphLetterTemplateStore({
    graph: connectToEmulator(emulator),
    site: testSite,
    wait: async () => undefined,
  });
});
afterAll(async () => {
  await emulator.close();
});

test("saving new wording adds a version and leaves only that version active; earlier wording is kept", async () => {
  const first = await store.save(
    {
      templateId: "acknowledgement",
      language: "cy",
      subject: "Cydnabyddiaeth",
      body: "Annwyl {{requester.name}}",
    },
    "a.jones",
  );
  expect(first.ok && first.value.version).toBe(1);
  const second = await store.save(
    {
      templateId: "acknowledgement",
      language: "cy",
      subject: "Cydnabyddiaeth",
      body: "Annwyl {{requester.name}},",
    },
    "b.khan",
  );
  expect(second.ok && second.value.version).toBe(2);
  const active = await store.list({ templateId: "acknowledgement", language: "cy" });
  expect(active.ok && active.value.map((t) => [t.version, t.body, t.active])).toEqual([
    [2, "Annwyl {{requester.name}},", true],
  ]);
  const all = await store.list({ templateId: "acknowledgement", includeInactive: true });
  expect(all.ok && all.value.map((t) => [t.version, t.active])).toEqual([
    [2, true],
    [1, false],
  ]);
});

test("templates for the two languages are versioned separately", async () => {
  await store.save(
    { templateId: "refusal", language: "en", subject: "Refusal", body: "Dear {{requester.name}}" },
    "a.jones",
  );
  const welsh = await store.save(
    {
      templateId: "refusal",
      language: "cy",
      subject: "Gwrthod",
      body: "Annwyl {{requester.name}}",
    },
    "a.jones",
  );
  expect(welsh.ok && welsh.value.version).toBe(1);
});
