/**
 * Throttling: the emulator answers a fifth of all requests (inside $batch too) with 429 or 503
 * and Retry-After. The graph client's RetryHandler retries outer requests and the repository
 * retries throttled requests inside batches; the waits are counted, not slept.
 */
import type { RunningEmulator } from "../../../src/emulator/server";
import { requestsList } from "../../../src/shared/register/listSchema";
import {
  connectToEmulator,
  graphRepository,
  provisionedRepository,
  startTestEmulator,
  type RetryCounter,
} from "../../support/emulatorHarness";
import { newRequest } from "../../support/caseBuilder";
import type { IsoDate } from "../../../src/shared/deadlines";

jest.setTimeout(60_000);

/** A small deterministic generator, so a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe("with 20% of requests throttled (429 and 503 with Retry-After)", () => {
  let emulator: RunningEmulator;
  afterEach(async () => {
    await emulator.close();
  });

  test("50 parallel registrations and their first updates lose nothing: 50 cases, numbered 1 to 50, every update kept", async () => {
    emulator = await startTestEmulator({
      faults: { rate429: 0.1, rate503: 0.1, retryAfterSeconds: 2 },
      random: seeded(42),
    });
    const counter: RetryCounter = { retries: 0, waitedSeconds: 0 };
    await provisionedRepository(emulator, {}, counter);
    const officers = Array.from({ length: 10 }, () =>
      graphRepository(connectToEmulator(emulator, counter), counter),
    );
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        (officers[i % 10] as (typeof officers)[number]).register(
          newRequest(200 + i),
          `officer${i % 10}`,
        ),
      ),
    );
    const failures = results.filter((r) => !r.ok);
    expect(failures).toEqual([]);
    const saved = await Promise.all(
      results.map((r, i) =>
        r.ok
          ? (officers[i % 10] as (typeof officers)[number]).transition(
              r.value.stored,
              "acknowledge",
              {
                actor: `officer${i % 10}`,
                at: "2026-03-09T10:00:00Z",
                date: "2026-03-09" as IsoDate,
              },
            )
          : Promise.resolve(r),
      ),
    );
    expect(saved.filter((r) => !r.ok)).toEqual([]);

    const list = [...emulator.store.lists.values()].find(
      (l) => l.displayName === requestsList.displayName,
    );
    const items = [...(list?.items.values() ?? [])];
    expect(items.map((item) => String(item.fields.Reference)).sort()).toEqual(
      Array.from({ length: 50 }, (_, i) => `FOI/2026/${String(i + 1).padStart(4, "0")}`),
    );
    expect(items.every((item) => item.fields.Status === "acknowledged")).toBe(true);
    expect(emulator.stats.faults).toBeGreaterThan(0);
    expect(counter.retries).toBeGreaterThan(0);
    console.info(
      `fault test: ${emulator.stats.requests} HTTP requests, ${emulator.stats.faults} throttled answers, ${counter.retries} retries, ${counter.waitedSeconds} s of Retry-After honoured (not slept)`,
    );
  });
});
