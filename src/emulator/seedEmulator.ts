/**
 * `seed: true`: provisions the register lists on the emulator's default site and, if the register
 * is empty, registers sample cases. Everything here is invented (people, addresses, requests).
 * It goes through the real Graph client and repository, so seeding exercises the same code paths.
 */
import { caseDeadlines } from "../shared/cases/caseDeadlines";
import type { CaseKind, CaseOutcome, RequesterType } from "../shared/cases/case";
import type { CaseEvent } from "../shared/cases/caseStatus";
import { createGraphClient } from "../shared/platform/createGraphClient";
import { nodeHttpsFetch } from "../shared/platform/nodeHttpsFetch";
import { GraphCaseRepository } from "../shared/register/graphCaseRepository";
import { graphClientRequester, type GraphRequester } from "../shared/register/graphRequester";
import { provision } from "../shared/register/provision";
import type { IsoDate, Regime } from "../shared/deadlines";

export const emulatorSite = "localhost:/sites/foi";

/** What has happened to some samples since they arrived, so the register shows a working week. */
const progress: Record<
  number,
  { event: CaseEvent; date: string; outcome?: CaseOutcome; exemptions?: string[] }[]
> = {
  0: [
    { event: "acknowledge", date: "2026-10-06" },
    { event: "start_work", date: "2026-10-07" },
    { event: "respond", date: "2026-10-29", outcome: "granted" },
    { event: "close", date: "2026-11-05" },
  ],
  1: [
    { event: "acknowledge", date: "2026-10-13" },
    { event: "respond", date: "2026-11-06", outcome: "part_granted", exemptions: ["s40(2)"] },
  ],
  2: [{ event: "request_clarification", date: "2026-10-16" }],
  3: [
    { event: "start_work", date: "2026-10-21" },
    { event: "respond", date: "2026-11-13", outcome: "refused", exemptions: ["s43(2)"] },
    { event: "request_review", date: "2026-11-18" },
  ],
  4: [{ event: "acknowledge", date: "2026-10-27" }],
  5: [{ event: "start_work", date: "2026-11-03" }],
};

const council = {
  councilName: "Kingsmere District Council",
  referenceFormat: "FOI/{YYYY}/{SEQ:4}",
  extraReferencePatterns: [],
  nation: "england-and-wales",
  contactEmail: "foi@kingsmere.example.gov.uk",
  postalAddress: "Information Governance, Kingsmere House, Market Street, Kingsmere KM1 1AA",
  signature: ["Information Governance Team", "Kingsmere District Council"],
  reviewContact: "The Information Governance Manager, foi.reviews@kingsmere.example.gov.uk",
  costLimitPounds: 450,
};

const samples: {
  name: string;
  type: RequesterType;
  kind: CaseKind;
  regime: Regime;
  received: string;
  summary: string;
  assignee?: string;
  department?: string;
}[] = [
  {
    name: "Priya Natarajan",
    type: "journalist",
    kind: "foi",
    regime: "foi",
    received: "2026-10-05",
    summary: "Pothole repair claims paid in 2024 and 2025, by ward.",
    assignee: "a.jones",
    department: "Highways",
  },
  {
    name: "Tomos Pritchard",
    type: "public",
    kind: "foi",
    regime: "foi",
    received: "2026-10-12",
    summary: "Number of fixed penalty notices for fly-tipping since April 2025.",
    assignee: "b.khan",
    department: "Environmental Services",
  },
  {
    name: "Hollins Residents Association",
    type: "campaign_group",
    kind: "eir",
    regime: "eir",
    received: "2026-10-14",
    summary: "Air quality monitoring data for Station Road, 2023 to date.",
    department: "Environmental Services",
  },
  {
    name: "Marcus Feld",
    type: "business",
    kind: "foi",
    regime: "foi",
    received: "2026-10-20",
    summary: "Contracts register entries for IT support services over £25,000.",
    assignee: "a.jones",
    department: "Procurement",
  },
  {
    name: "Cllr Ruth Amadi",
    type: "elected_representative",
    kind: "foi",
    regime: "foi",
    received: "2026-10-26",
    summary: "Agency staff spend in children's services, by quarter.",
    department: "Children's Services",
  },
  {
    name: "Dr Elin Rowlands",
    type: "researcher",
    kind: "foi",
    regime: "foi",
    received: "2026-11-02",
    summary: "Numbers of empty homes brought back into use, 2020 to 2026.",
    assignee: "c.osei",
    department: "Housing",
  },
  {
    name: "Gareth Lloyd",
    type: "public",
    kind: "sar",
    regime: "sar",
    received: "2026-11-04",
    summary: "A copy of my personal data held by the council tax team.",
    assignee: "b.khan",
    department: "Revenues",
  },
  {
    name: "Sam O'Connell",
    type: "public",
    kind: "foi",
    regime: "foi",
    received: "2026-11-09",
    summary: "Cost of the new leisure centre signage.",
    department: "Leisure",
  },
  {
    name: "Fairbrook Parents Group",
    type: "campaign_group",
    kind: "foi",
    regime: "foi",
    received: "2026-11-12",
    summary: "School transport appeals received and upheld in 2025/26.",
    assignee: "c.osei",
    department: "Education",
  },
  {
    name: "Jo Whitaker",
    type: "journalist",
    kind: "eir",
    regime: "eir",
    received: "2026-11-16",
    summary: "Tree felling licences issued along the canal towpath.",
    department: "Planning",
  },
];

/** Provisions and seeds a running emulator (idempotent: a second run adds nothing). */
export async function seedEmulator(emulator: { url: string; cert: string }): Promise<void> {
  const client = createGraphClient({
    baseUrl: emulator.url,
    token: async () => "emulator-seed",
    customHosts: new Set([new URL(emulator.url).hostname]),
    fetch: nodeHttpsFetch({ ca: emulator.cert }),
  });
  const graph = graphClientRequester(client);
  const provisioned = await provision(graph, emulatorSite);
  if (!provisioned.ok)
    throw new Error(`seeding the emulator failed: ${provisioned.problem.message}`);
  await seedCouncilSettings(graph);
  const repository = new GraphCaseRepository({
    graph,
    site: emulatorSite,
    deadlines: caseDeadlines("england-and-wales"),
    now: () => new Date().toISOString(),
  });
  const existing = await repository.list();
  if (!existing.ok) throw new Error(`seeding the emulator failed: ${existing.problem.message}`);
  if (existing.value.length > 0) return;
  for (const [index, sample] of samples.entries()) {
    const handle = sample.name
      .toLowerCase()
      .replace(/[^a-z]+/g, ".")
      .replace(/^\.|\.$/g, "");
    const registered = await repository.register(
      {
        kind: sample.kind,
        regime: sample.regime,
        receivedDate: sample.received as IsoDate,
        requester: {
          name: sample.name,
          email: `${handle}@example.org`,
          type: sample.type,
          language: index === 1 ? "cy" : "en",
        },
        summary: sample.summary,
        questions: [{ number: 1, text: sample.summary, outcome: "pending", exemptions: [] }],
        ...(sample.assignee ? { assignee: sample.assignee } : {}),
        ...(sample.department ? { department: sample.department } : {}),
        source: {
          internetMessageId: `<sample-${index + 1}.foi-desk@example.org>`,
          conversationId: `SAMPLE-CONVERSATION-${index + 1}`,
          receivedAt: `${sample.received}T09:${String(10 + index).padStart(2, "0")}:00Z`,
        },
      },
      "seed",
    );
    if (!registered.ok)
      throw new Error(`seeding the emulator failed: ${registered.problem.message}`);
    let stored = registered.value.stored;
    for (const step of progress[index] ?? []) {
      if (step.outcome) {
        const recorded = await repository.save(
          stored,
          { ...stored.case, outcome: step.outcome, exemptions: step.exemptions ?? [] },
          sample.assignee ?? "seed",
          "record outcome",
        );
        if (recorded.ok) stored = recorded.value;
      }
      const moved = await repository.transition(stored, step.event, {
        actor: sample.assignee ?? "seed",
        at: `${step.date}T11:00:00Z`,
        date: step.date as IsoDate,
      });
      if (!moved.ok) throw new Error(`seeding the emulator failed: ${moved.problem.message}`);
      stored = moved.value;
    }
  }
}

/** The invented council's settings, unless the site already has some. */
async function seedCouncilSettings(graph: GraphRequester): Promise<void> {
  const site = await graph.get<{ id: string }>(`/sites/${emulatorSite}`);
  if (!site.ok) return;
  const lists = await graph.get<{ value: { id: string; displayName: string }[] }>(
    `/sites/${site.body.id}/lists`,
  );
  const settings = lists.ok
    ? lists.body.value.find((l) => l.displayName === "FOI Settings")
    : undefined;
  if (!settings) return;
  const items = `/sites/${site.body.id}/lists/${settings.id}/items`;
  const found = await graph.get<{ value: unknown[] }>(
    `${items}?$expand=fields&$filter=fields/Key eq 'council'`,
  );
  if (found.ok && found.body.value.length === 0) {
    await graph.post(items, {
      fields: { Title: "council", Key: "council", Value: JSON.stringify(council) },
    });
  }
}
