/**
 * Many officers at once, against the emulator over HTTPS: each "officer" has their own graph
 * client and repository, as separate task panes would.
 */
import type { RunningEmulator } from "../../../src/emulator/server";
import { requestsList } from "../../../src/shared/register/listSchema";
import {
  connectToEmulator,
  graphRepository,
  provisionedRepository,
  startTestEmulator,
} from "../../support/emulatorHarness";
import { newRequest } from "../../support/caseBuilder";

jest.setTimeout(60_000);

function requestItems(emulator: RunningEmulator) {
  const list = [...emulator.store.lists.values()].find(
    (l) => l.displayName === requestsList.displayName,
  );
  return [...(list?.items.values() ?? [])];
}

describe("registering under concurrency", () => {
  let emulator: RunningEmulator;
  beforeEach(async () => {
    emulator = await startTestEmulator();
    await provisionedRepository(emulator);
  });
  afterEach(async () => {
    await emulator.close();
  });

  test("the same email registered by 20 officers at the same moment gives exactly one case", async () => {
    const request = newRequest(7);
    const officers = Array.from({ length: 20 }, () => graphRepository(connectToEmulator(emulator)));
    const results = await Promise.all(
      officers.map((repo, i) => repo.register(request, `officer${i}`)),
    );
    const references = new Set(
      results.map((r) => (r.ok ? r.value.stored.case.reference : `failed: ${r.problem.message}`)),
    );
    expect([...references]).toEqual(["FOI/2026/0001"]);
    expect(results.filter((r) => r.ok && r.value.created)).toHaveLength(1);
    expect(requestItems(emulator)).toHaveLength(1);
  });

  test("50 different emails registered at once get 50 unique references numbered 1 to 50, with no gaps", async () => {
    const officers = Array.from({ length: 10 }, () => graphRepository(connectToEmulator(emulator)));
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        (officers[i % 10] as (typeof officers)[number]).register(
          newRequest(100 + i),
          `officer${i % 10}`,
        ),
      ),
    );
    const references = results
      .map((r) => (r.ok ? r.value.stored.case.reference : `failed: ${r.problem.message}`))
      .sort();
    const expected = Array.from(
      { length: 50 },
      (_, i) => `FOI/2026/${String(i + 1).padStart(4, "0")}`,
    );
    expect(references).toEqual(expected);
    const stored = requestItems(emulator)
      .map((item) => String(item.fields.Reference))
      .sort();
    expect(stored).toEqual(expected);
  });
});
