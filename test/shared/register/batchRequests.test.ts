import { sendBatch, type BatchAnswer } from "../../../src/shared/register/batchRequests";
import type { GraphRequester } from "../../../src/shared/register/graphRequester";

/** A Graph stand-in that throttles chosen requests inside the batch on the first round. */
function throttlingGraph(throttleFirstRound: string[]) {
  const rounds: string[][] = [];
  const graph: GraphRequester = {
    get: async () => ({ ok: true, body: null as never }),
    patch: async () => ({ ok: true, body: null as never }),
    delete: async () => ({ ok: true, body: null }),
    post: async <T>(_url: string, body: unknown) => {
      const requests = (body as { requests: { id: string; dependsOn?: string[] }[] }).requests;
      rounds.push(requests.map((r) => r.id));
      const failed = new Set<string>();
      const responses = requests.map((r): BatchAnswer => {
        if (rounds.length === 1 && throttleFirstRound.includes(r.id)) {
          failed.add(r.id);
          return { id: r.id, status: 429, headers: { "Retry-After": "7" }, body: {} };
        }
        if ((r.dependsOn ?? []).some((d) => failed.has(d)))
          return { id: r.id, status: 424, headers: {}, body: {} };
        return { id: r.id, status: 200, headers: {}, body: { done: r.id } };
      });
      return { ok: true, body: { responses } as T };
    },
  };
  return { graph, rounds };
}

describe("sendBatch", () => {
  test("an inner 429 is sent again after its Retry-After, with the request that depended on it", async () => {
    const { graph, rounds } = throttlingGraph(["case"]);
    const waits: number[] = [];
    const result = await sendBatch(
      graph,
      [
        { id: "case", method: "PATCH", url: "/x", body: {} },
        { id: "audit", method: "POST", url: "/y", body: {}, dependsOn: ["case"] },
        { id: "other", method: "GET", url: "/z" },
      ],
      { wait: async (s) => void waits.push(s) },
    );
    expect(rounds).toEqual([
      ["case", "audit", "other"],
      ["case", "audit"],
    ]);
    expect(waits).toEqual([7]);
    expect(result.ok && [...result.answers.values()].map((a) => [a.id, a.status])).toEqual([
      ["case", 200],
      ["audit", 200],
      ["other", 200],
    ]);
  });

  test("more than 20 requests is a programming error, refused before anything is sent", async () => {
    const { graph, rounds } = throttlingGraph([]);
    const steps = Array.from({ length: 21 }, (_, i) => ({
      id: String(i),
      method: "GET" as const,
      url: "/x",
    }));
    await expect(sendBatch(graph, steps, { wait: async () => undefined })).rejects.toThrow(/20/);
    expect(rounds).toEqual([]);
  });
});
