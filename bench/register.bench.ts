/**
 * The register against the local emulator over HTTPS with the real graph client: registrations
 * per second (one officer, and ten at once), saves, and delta sync of a 10,000-case list.
 * Prints figures; asserts nothing.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator } from "../src/emulator/server";
import type { StoredItem } from "../src/emulator/listStore";
import { caseDeadlines } from "../src/shared/cases/caseDeadlines";
import type { CaseStatus, FoiCase } from "../src/shared/cases/case";
import { dayNumber, fromDayNumber, type IsoDate } from "../src/shared/deadlines";
import { createGraphClient } from "../src/shared/platform/createGraphClient";
import { nodeHttpsFetch } from "../src/shared/platform/nodeHttpsFetch";
import { GraphCaseRepository } from "../src/shared/register/graphCaseRepository";
import { graphClientRequester } from "../src/shared/register/graphRequester";
import { caseToFields } from "../src/shared/register/listItemMapping";
import { requestsList } from "../src/shared/register/listSchema";
import type { NewCase } from "../src/shared/register/caseRepository";
import { provision } from "../src/shared/register/provision";

const site = "localhost:/sites/bench";
const deadlines = caseDeadlines();
const statuses: CaseStatus[] = [
  "closed",
  "closed",
  "closed",
  "responded",
  "in_progress",
  "new",
  "acknowledged",
];

function request(n: number, received = "2026-03-06"): NewCase {
  return {
    kind: "foi",
    regime: "foi",
    receivedDate: received as IsoDate,
    requester: {
      name: `Bench requester ${n}`,
      email: `bench${n}@example.org`,
      type: "public",
      language: "en",
    },
    summary: `Benchmark request ${n}`,
    source: { internetMessageId: `<bench-${n}@example.org>`, receivedAt: `${received}T09:00:00Z` },
  };
}

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

export async function bench(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), "foi-bench-"));
  const emulator = await startEmulator({ port: 0, dataFile: join(folder, "register.json") });
  try {
    const connect = () =>
      graphClientRequester(
        createGraphClient({
          baseUrl: emulator.url,
          token: async () => "bench",
          customHosts: new Set(["localhost"]),
          fetch: nodeHttpsFetch({ ca: emulator.cert, maxSockets: 16 }),
        }),
      );
    const repository = (pageSize = 500) =>
      new GraphCaseRepository({
        graph: connect(),
        site,
        deadlines: caseDeadlines(),
        now: () => new Date().toISOString(),
        pageSize,
      });
    const provisioned = await provision(connect(), site);
    if (!provisioned.ok) throw new Error(provisioned.problem.message);

    const one = repository();
    let start = process.hrtime.bigint();
    const sequential = 200;
    for (let n = 1; n <= sequential; n += 1) await one.register(request(n), "bench");
    const sequentialSeconds = seconds(start);
    console.log(
      `registrations, one officer:        ${(sequential / sequentialSeconds).toFixed(0)}/s (${sequential} in ${sequentialSeconds.toFixed(2)} s, journal fsync'd)`,
    );

    // Ten officers, each registering one email after another, all at the same time.
    const officers = Array.from({ length: 10 }, () => repository());
    const parallel = 200;
    const requestsBefore = emulator.stats.requests;
    start = process.hrtime.bigint();
    await Promise.all(
      officers.map(async (officer, o) => {
        for (let i = 0; i < parallel / officers.length; i += 1) {
          await officer.register(request(1000 + o * 100 + i), `officer${o}`);
        }
      }),
    );
    const parallelSeconds = seconds(start);
    console.log(
      `registrations, ten officers at once: ${(parallel / parallelSeconds).toFixed(0)}/s (${parallel} in ${parallelSeconds.toFixed(2)} s, ${((emulator.stats.requests - requestsBefore) / parallel).toFixed(1)} HTTP requests each under contention)`,
    );

    const first = await one.get("FOI/2026/0001");
    if (first.ok) {
      let current = first.value;
      start = process.hrtime.bigint();
      for (let i = 0; i < 100; i += 1) {
        const saved = await one.save(
          current,
          { ...current.case, department: `Dept ${i}` },
          "bench",
          "edit",
        );
        if (saved.ok) current = saved.value;
      }
      console.log(
        `saves (case + audit line in one $batch): ${(100 / seconds(start)).toFixed(0)}/s`,
      );
    }

    // A 10,000-case list, written straight into the emulator's store.
    const list = [...emulator.store.lists.values()].find(
      (l) => l.displayName === requestsList.displayName,
    );
    if (!list) throw new Error("no requests list");
    const template = first.ok ? first.value.case : undefined;
    if (!template) throw new Error("no template case");
    const bulk: StoredItem[] = [];
    for (let i = 0; i < 10_000; i += 1) {
      const received = fromDayNumber(dayNumber("2025-01-06" as IsoDate) + (i % 300));
      const due = deadlines({ regime: "foi", receivedDate: received, clockEvents: [] });
      const c: FoiCase = {
        ...template,
        reference: `FOI/2025/${String(i + 1).padStart(5, "0")}`,
        receivedDate: received,
        dueDate: due.dueDate,
        status: statuses[i % statuses.length] as CaseStatus,
        assignee: `officer${i % 25}`,
        source: undefined,
      };
      delete c.source;
      bulk.push({
        id: list.nextItemId++,
        guid: randomUUID(),
        version: 1,
        created: "2025-06-02T09:00:00Z",
        modified: "2025-06-02T09:00:00Z",
        createdBy: "bench",
        modifiedBy: "bench",
        changeSeq: 0,
        fields: Object.fromEntries(
          Object.entries(caseToFields(c, randomUUID())).filter(([, v]) => v !== null),
        ),
      });
    }
    emulator.store.putItems(list, bulk);
    const total = list.items.size;

    const syncing = repository(1000);
    start = process.hrtime.bigint();
    const full = await syncing.changes();
    const fullSeconds = seconds(start);
    if (!full.ok) throw new Error(full.problem.message);
    console.log(
      `delta sync, first full read:       ${full.value.changed.length} cases of ${total} items in ${fullSeconds.toFixed(2)} s (pages of 1,000)`,
    );

    for (let i = 1; i <= 10; i += 1) await one.register(request(5000 + i), "bench");
    start = process.hrtime.bigint();
    const incremental = await syncing.changes(full.value.token);
    if (!incremental.ok) throw new Error(incremental.problem.message);
    console.log(
      `delta sync, after 10 registrations: ${incremental.value.changed.length} changed cases in ${(seconds(start) * 1000).toFixed(0)} ms`,
    );

    start = process.hrtime.bigint();
    const due = await syncing.list({
      assignee: "officer7",
      status: ["new", "acknowledged", "in_progress"],
      orderBy: "dueDate",
    });
    if (!due.ok) throw new Error(due.problem.message);
    console.log(
      `indexed query on ${total} items (one officer's open cases, by due date): ${due.value.length} cases in ${(seconds(start) * 1000).toFixed(0)} ms`,
    );
  } finally {
    await emulator.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
