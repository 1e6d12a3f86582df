/**
 * The Graph client chain the register runs on: throttled answers are retried within a bound,
 * honouring Retry-After through the injected wait (so no test sleeps), and the token goes only
 * to https hosts that are Graph's or named in customHosts.
 */
import {
  createGraphClient,
  type FetchFunction,
} from "../../../src/shared/platform/createGraphClient";
import { graphClientRequester } from "../../../src/shared/register/graphRequester";

function scriptedFetch(
  answers: { status: number; headers?: Record<string, string>; body?: unknown }[],
) {
  const seen: { url: string; authorization: string | null }[] = [];
  const fetch: FetchFunction = async (input, init) => {
    seen.push({
      url: String(input),
      authorization: new Headers(init?.headers).get("authorization"),
    });
    const answer = answers.shift() ?? { status: 200, body: { value: [] } };
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
      headers: { "content-type": "application/json", ...(answer.headers ?? {}) },
    });
  };
  return { fetch, seen };
}

const throttled = {
  status: 429,
  headers: { "retry-after": "120" },
  body: { error: { code: "tooManyRequests", message: "slow down" } },
};

test("a 429 with Retry-After: 120 is retried after the injected wait of 120 s, and the caller sees only the success", async () => {
  const { fetch, seen } = scriptedFetch([throttled, { status: 200, body: { id: "site-1" } }]);
  const waits: number[] = [];
  const graph = graphClientRequester(
    createGraphClient({
      baseUrl: "https://graph.example.test",
      customHosts: new Set(["graph.example.test"]),
      token: async () => "t",
      fetch,
      retry: { wait: async (s) => void waits.push(s) },
    }),
  );
  const answer = await graph.get<{ id: string }>("/sites/x");
  expect(answer).toEqual({ ok: true, body: { id: "site-1" } });
  expect(waits).toEqual([120]);
  expect(seen).toHaveLength(2);
});

test("retries stop at the bound, and the caller gets the throttling as a value with its Retry-After", async () => {
  const { fetch, seen } = scriptedFetch(Array.from({ length: 10 }, () => ({ ...throttled })));
  const graph = graphClientRequester(
    createGraphClient({
      baseUrl: "https://graph.example.test",
      customHosts: new Set(["graph.example.test"]),
      token: async () => "t",
      fetch,
      retry: { maxRetries: 2, wait: async () => undefined },
    }),
  );
  const answer = await graph.get("/sites/x");
  expect(answer).toEqual({
    ok: false,
    failure: expect.objectContaining({ status: 429, retryAfterSeconds: 120 }),
  });
  expect(seen).toHaveLength(3);
});

test("the bearer token goes to a custom host over https, and never to one not named in customHosts", async () => {
  const named = scriptedFetch([{ status: 200, body: {} }]);
  await graphClientRequester(
    createGraphClient({
      baseUrl: "https://localhost:8443",
      customHosts: new Set(["localhost"]),
      token: async () => "secret",
      fetch: named.fetch,
    }),
  ).get("/sites/x");
  expect(named.seen[0]?.authorization).toBe("Bearer secret");
  const unnamed = scriptedFetch([{ status: 200, body: {} }]);
  await graphClientRequester(
    createGraphClient({
      baseUrl: "https://elsewhere.example",
      token: async () => "secret",
      fetch: unnamed.fetch,
    }),
  ).get("/sites/x");
  expect(unnamed.seen[0]?.authorization).toBeNull();
});
