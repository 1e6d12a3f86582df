/**
 * Sending writes that belong together in one JSON batch (https://learn.microsoft.com/graph/json-batching):
 * at most 20 requests; answers come in any order and are matched on id; the batch itself answers
 * 200, so each inner status is checked. The graph client's RetryHandler only sees the outer
 * response, so inner 429/503 answers (and the 424s of requests that depended on them) are sent
 * again here after their Retry-After, within a bound.
 */
import type { GraphFailure, GraphRequester } from "./graphRequester";

export interface BatchStep {
  id: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** Relative to the version, e.g. "/sites/{id}/lists/{id}/items". */
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  dependsOn?: string[];
}

export interface BatchAnswer {
  id: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export const maxBatchSize = 20;

export interface BatchOptions {
  /** Rounds of re-sending throttled inner requests (default 6). */
  maxRounds?: number;
  wait: (seconds: number) => Promise<void>;
  onRetry?: (status: number) => void;
}

const retryable = (status: number): boolean => status === 429 || status === 503 || status === 504;

/** Sends up to 20 steps; resolves to an answer per step id, or the failure of the batch itself. */
export async function sendBatch(
  graph: GraphRequester,
  steps: BatchStep[],
  options: BatchOptions,
): Promise<{ ok: true; answers: Map<string, BatchAnswer> } | { ok: false; failure: GraphFailure }> {
  if (steps.length > maxBatchSize)
    throw new RangeError(`a batch holds at most ${maxBatchSize} requests`);
  const answers = new Map<string, BatchAnswer>();
  let pending = steps;
  const maxRounds = options.maxRounds ?? 6;
  for (let round = 0; pending.length > 0; round += 1) {
    const requests = pending.map((step) => ({
      id: step.id,
      method: step.method,
      url: step.url,
      ...(step.body !== undefined
        ? {
            body: step.body,
            headers: { "Content-Type": "application/json", ...(step.headers ?? {}) },
          }
        : step.headers
          ? { headers: step.headers }
          : {}),
      ...(step.dependsOn && step.dependsOn.some((d) => pending.some((p) => p.id === d))
        ? { dependsOn: step.dependsOn.filter((d) => pending.some((p) => p.id === d)) }
        : {}),
    }));
    const result = await graph.post<{ responses: BatchAnswer[] }>("/$batch", { requests });
    if (!result.ok) return result;
    for (const answer of result.body.responses)
      answers.set(answer.id, { ...answer, headers: answer.headers ?? {} });
    // Throttled steps, and steps that failed only because a throttled step did, go again.
    const throttled = new Set(
      pending.filter((s) => retryable(answers.get(s.id)?.status ?? 0)).map((s) => s.id),
    );
    const again = pending.filter((s) => {
      const status = answers.get(s.id)?.status ?? 0;
      if (throttled.has(s.id)) return true;
      return status === 424 && (s.dependsOn ?? []).some((d) => throttled.has(d));
    });
    if (again.length === 0 || round + 1 >= maxRounds) break;
    let delay = 0;
    for (const id of throttled) {
      options.onRetry?.(answers.get(id)?.status ?? 429);
      const header = Object.entries(answers.get(id)?.headers ?? {}).find(
        ([k]) => k.toLowerCase() === "retry-after",
      )?.[1];
      delay = Math.max(delay, Number(header ?? 1) || 1);
    }
    await options.wait(delay);
    pending = again;
  }
  return { ok: true, answers };
}
