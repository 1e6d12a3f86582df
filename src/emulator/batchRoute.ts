/**
 * JSON batching, as https://learn.microsoft.com/graph/json-batching describes it: at most 20
 * requests with unique ids and relative URLs; `dependsOn` orders them and a failed dependency
 * fails its dependants with 424; the batch answers 200 with each inner status (a 429 inside a 200
 * is possible, and is the caller's to retry).
 */
import { graphError, type EmulatorResponse } from "./graphErrors";
import type { EmulatorRequest } from "./graphRoutes";

interface BatchStep {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

export const maxBatchSize = 20;

export function batchResponse(
  body: unknown,
  _headers: Record<string, string>,
  dispatch: (request: EmulatorRequest) => EmulatorResponse,
): EmulatorResponse {
  const requests = (body as { requests?: unknown } | undefined)?.requests;
  if (!Array.isArray(requests) || requests.length === 0) {
    return graphError(
      400,
      "BadRequest",
      "Invalid batch payload: 'requests' must be a non-empty array.",
    );
  }
  if (requests.length > maxBatchSize) {
    return graphError(
      400,
      "BadRequest",
      `Invalid batch payload: a batch holds at most ${maxBatchSize} requests.`,
    );
  }
  const steps = new Map<string, BatchStep>();
  for (const raw of requests as BatchStep[]) {
    if (
      typeof raw?.id !== "string" ||
      typeof raw.method !== "string" ||
      typeof raw.url !== "string"
    ) {
      return graphError(
        400,
        "BadRequest",
        "Invalid batch payload: each request needs id, method and url.",
      );
    }
    const id = raw.id.toLowerCase();
    if (steps.has(id))
      return graphError(
        400,
        "BadRequest",
        `Invalid batch payload: the id '${raw.id}' appears twice.`,
      );
    if (raw.body !== undefined) {
      const contentType = Object.entries(raw.headers ?? {}).find(
        ([k]) => k.toLowerCase() === "content-type",
      );
      if (!contentType)
        return graphError(
          400,
          "BadRequest",
          `Invalid batch payload: request '${raw.id}' has a body but no Content-Type header.`,
        );
    }
    steps.set(id, raw);
  }
  for (const step of steps.values()) {
    for (const dependency of step.dependsOn ?? []) {
      if (!steps.has(dependency.toLowerCase())) {
        return graphError(
          400,
          "BadRequest",
          `Invalid batch payload: request '${step.id}' depends on unknown '${dependency}'.`,
        );
      }
    }
  }
  const results = new Map<string, EmulatorResponse>();
  const running = new Set<string>();
  const run = (key: string): EmulatorResponse => {
    const done = results.get(key);
    if (done) return done;
    const step = steps.get(key) as BatchStep;
    if (running.has(key))
      return graphError(400, "BadRequest", "Invalid batch payload: dependsOn forms a cycle.");
    running.add(key);
    let answer: EmulatorResponse | undefined;
    for (const dependency of step.dependsOn ?? []) {
      const result = run(dependency.toLowerCase());
      if (result.status >= 400) {
        answer = graphError(
          424,
          "failedDependency",
          `Request '${step.id}' was not run because '${dependency}' failed.`,
        );
        break;
      }
    }
    if (!answer) {
      const relative = step.url.startsWith("/") ? step.url : `/${step.url}`;
      const parsed = new URL(relative, "https://emulator.invalid");
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(step.headers ?? {})) headers[k.toLowerCase()] = v;
      answer = dispatch({
        method: step.method.toUpperCase(),
        path: parsed.pathname,
        query: parsed.searchParams,
        headers,
        body: step.body,
      });
    }
    results.set(key, answer);
    return answer;
  };
  const responses = [...steps.keys()].map((key) => {
    const answer = run(key);
    return {
      id: (steps.get(key) as BatchStep).id,
      status: answer.status,
      headers: answer.headers,
      ...(answer.body !== undefined ? { body: answer.body } : {}),
    };
  });
  return { status: 200, headers: { "content-type": "application/json" }, body: { responses } };
}
