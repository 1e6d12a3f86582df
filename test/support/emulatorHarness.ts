/**
 * Starts the Graph emulator for a test on a random port and connects the real graph client to it
 * over HTTPS, trusting the emulator's own certificate (no NODE_TLS_REJECT_UNAUTHORIZED). Retry
 * waits are replaced by a counter, so tests exercise Retry-After without waiting.
 */
import {
  startEmulator,
  type EmulatorOptions,
  type RunningEmulator,
} from "../../src/emulator/server";
import { createGraphClient } from "../../src/shared/platform/createGraphClient";
import { nodeHttpsFetch } from "../../src/shared/platform/nodeHttpsFetch";
import {
  graphClientRequester,
  type GraphRequester,
} from "../../src/shared/register/graphRequester";
import {
  GraphCaseRepository,
  type GraphCaseRepositoryOptions,
} from "../../src/shared/register/graphCaseRepository";
import { provision } from "../../src/shared/register/provision";
import { caseDeadlines } from "../../src/shared/cases/caseDeadlines";

export const testSite = "localhost:/sites/foi-test";

export interface RetryCounter {
  retries: number;
  waitedSeconds: number;
}

export function connectToEmulator(
  emulator: RunningEmulator,
  counter: RetryCounter = { retries: 0, waitedSeconds: 0 },
  options: { maxRetries?: number; token?: string } = {},
): GraphRequester {
  const client = createGraphClient({
    baseUrl: emulator.url,
    token: async () => options.token ?? "test-token",
    customHosts: new Set(["localhost"]),
    fetch: nodeHttpsFetch({ ca: emulator.cert, maxSockets: 64 }),
    retry: {
      maxRetries: options.maxRetries ?? 10,
      wait: async (seconds) => {
        counter.waitedSeconds += seconds;
      },
      onRetry: () => {
        counter.retries += 1;
      },
    },
  });
  return graphClientRequester(client);
}

export async function startTestEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator({ port: 0, host: "localhost", fsync: false, ...options });
}

/** The fixed "now" tests use: Mon 23 Nov 2026, 10:00 UTC. */
export const testNow = () => "2026-11-23T10:00:00Z";

export function graphRepository(
  graph: GraphRequester,
  counter: RetryCounter = { retries: 0, waitedSeconds: 0 },
  extra: Partial<GraphCaseRepositoryOptions> = {},
): GraphCaseRepository {
  return new GraphCaseRepository({
    graph,
    site: testSite,
    deadlines: caseDeadlines("england-and-wales"),
    now: testNow,
    wait: async (seconds) => {
      counter.waitedSeconds += seconds;
    },
    onRetry: () => {
      counter.retries += 1;
    },
    ...extra,
  });
}

/** A provisioned emulator site and a repository on it. */
export async function provisionedRepository(
  emulator: RunningEmulator,
  extra: Partial<GraphCaseRepositoryOptions> = {},
  counter: RetryCounter = { retries: 0, waitedSeconds: 0 },
): Promise<GraphCaseRepository> {
  const graph = connectToEmulator(emulator, counter);
  const provisioned = await provision(graph, testSite);
  if (!provisioned.ok) throw new Error(provisioned.problem.message);
  return graphRepository(graph, counter, extra);
}
