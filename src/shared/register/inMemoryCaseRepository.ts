/**
 * The register kept in memory: the fake for tests and the preview mode of both hosts. Same
 * contract as the Graph repository (test/contract/register): idempotent registration, gap-free
 * references, eTag conflicts, paging-free listing and change tokens.
 */
import type { CouncilSettings } from "../cases/councilSettings";
import type { FoiCase } from "../cases/case";
import { applyTransition, type TransitionContext } from "../cases/applyTransition";
import type { CaseEvent } from "../cases/caseStatus";
import {
  checkReferenceFormat,
  referenceInScope,
  referenceScope,
  sequenceInScope,
} from "../cases/caseReference";
import { fail, succeed } from "../cases/result";
import {
  defaultCouncilSettings,
  type CaseChanges,
  type CaseDeadlines,
  type CaseQuery,
  type CaseRepository,
  type NewCase,
  type RegisterResult,
  type Registration,
  type StoredCase,
} from "./caseRepository";
import { messageKey, registrationKeyHash } from "./messageKey";
import { checkNewCase, startCase, withDeadlines } from "./newCaseRecord";

interface Row {
  stored: StoredCase;
  key: string;
  version: number;
  changedAt: number;
}

export interface InMemoryCaseRepositoryOptions {
  deadlines: CaseDeadlines;
  now: () => string;
  settings?: Partial<CouncilSettings>;
}

export class InMemoryCaseRepository implements CaseRepository {
  private readonly rows = new Map<string, Row>();
  private readonly counters = new Map<string, number>();
  private readonly removed: { id: string; at: number }[] = [];
  private nextId = 1;
  private clock = 0;
  private councilSettings: CouncilSettings;

  constructor(private readonly options: InMemoryCaseRepositoryOptions) {
    this.councilSettings = { ...defaultCouncilSettings, ...(options.settings ?? {}) };
  }

  async settings(): Promise<RegisterResult<CouncilSettings>> {
    return succeed(this.councilSettings);
  }

  async saveSettings(
    settings: CouncilSettings,
    _actor: string,
  ): Promise<RegisterResult<CouncilSettings>> {
    const format = checkReferenceFormat(settings.referenceFormat);
    if (!format.ok) return fail({ kind: "invalid", message: format.problem });
    this.councilSettings = { ...settings };
    return succeed(this.councilSettings);
  }

  async register(input: NewCase, actor: string): Promise<RegisterResult<Registration>> {
    const checked = checkNewCase(input);
    if (!checked.ok) return checked;
    const key = input.source
      ? await messageKey(input.source.internetMessageId)
      : await registrationKeyHash(input.registrationKey ?? "");
    // From here on nothing awaits, so this block is atomic like a unique column plus a counter.
    for (const row of this.rows.values()) {
      if (row.key === key) return succeed({ stored: row.stored, created: false });
    }
    const scope = referenceScope(this.councilSettings.referenceFormat, {
      year: Number(input.receivedDate.slice(0, 4)),
      kind: input.kind,
    });
    const sequence = (this.counters.get(scope) ?? 0) + 1;
    this.counters.set(scope, sequence);
    const c = startCase(
      input,
      referenceInScope(scope, sequence),
      this.options.deadlines,
      actor,
      this.options.now(),
    );
    const id = String(this.nextId++);
    const stored = { case: c, id, eTag: `"${id},1"` };
    this.rows.set(id, { stored, key, version: 1, changedAt: ++this.clock });
    return succeed({ stored, created: true });
  }

  async importCase(c: FoiCase, actor: string): Promise<RegisterResult<StoredCase>> {
    const key = await registrationKeyHash(`import:${c.reference}`);
    for (const row of this.rows.values()) {
      if (
        row.stored.case.reference.toLowerCase() === c.reference.toLowerCase() ||
        row.key === key
      ) {
        return fail({
          kind: "duplicate",
          message: `The register already has a case ${c.reference}.`,
        });
      }
    }
    const scope = referenceScope(this.councilSettings.referenceFormat, {
      year: Number(c.receivedDate.slice(0, 4)),
      kind: c.kind,
    });
    const sequence = sequenceInScope(scope, c.reference);
    if (sequence !== undefined && sequence > (this.counters.get(scope) ?? 0))
      this.counters.set(scope, sequence);
    const id = String(this.nextId++);
    const stored = {
      case: withDeadlines(
        { ...c, audit: [...c.audit, { at: this.options.now(), actor, action: "import" }] },
        this.options.deadlines,
      ),
      id,
      eTag: `"${id},1"`,
    };
    this.rows.set(id, { stored, key, version: 1, changedAt: ++this.clock });
    return succeed(stored);
  }

  async get(reference: string): Promise<RegisterResult<StoredCase>> {
    for (const row of this.rows.values())
      if (row.stored.case.reference === reference) return succeed(row.stored);
    return fail({ kind: "notFound", message: `There is no case ${reference} in the register.` });
  }

  async findByMessage(internetMessageId: string): Promise<RegisterResult<StoredCase | null>> {
    const key = await messageKey(internetMessageId);
    for (const row of this.rows.values()) if (row.key === key) return succeed(row.stored);
    return succeed(null);
  }

  async save(
    previous: StoredCase,
    next: FoiCase,
    actor: string,
    action: string,
  ): Promise<RegisterResult<StoredCase>> {
    return this.write(previous, {
      ...next,
      audit: [...next.audit, { at: this.options.now(), actor, action }],
    });
  }

  async transition(
    previous: StoredCase,
    event: CaseEvent,
    context: TransitionContext,
  ): Promise<RegisterResult<StoredCase>> {
    const moved = applyTransition(previous.case, event, context);
    if (!moved.ok) return fail({ kind: "notAllowed", message: moved.problem.message });
    return this.write(previous, moved.value);
  }

  private write(previous: StoredCase, next: FoiCase): RegisterResult<StoredCase> {
    const row = this.rows.get(previous.id);
    if (!row)
      return fail({
        kind: "notFound",
        message: `There is no case ${previous.case.reference} in the register.`,
      });
    if (next.reference !== previous.case.reference)
      return fail({ kind: "invalid", message: "A case's reference cannot be changed." });
    if (row.stored.eTag !== previous.eTag) {
      return fail({
        kind: "conflict",
        message:
          "Someone else changed this case while you were working on it. Reload it to see their changes, then make yours again.",
        latest: row.stored,
      });
    }
    row.version += 1;
    row.changedAt = ++this.clock;
    row.stored = {
      case: withDeadlines(next, this.options.deadlines),
      id: previous.id,
      eTag: `"${previous.id},${row.version}"`,
    };
    return succeed(row.stored);
  }

  async list(query: CaseQuery = {}): Promise<RegisterResult<StoredCase[]>> {
    const rows = [...this.rows.values()]
      .map((r) => r.stored)
      .filter(({ case: c }) => {
        if (query.status && query.status.length > 0 && !query.status.includes(c.status))
          return false;
        if (query.assignee !== undefined && c.assignee !== query.assignee) return false;
        if (query.department !== undefined && c.department !== query.department) return false;
        if (query.receivedFrom && c.receivedDate < query.receivedFrom) return false;
        if (query.receivedTo && c.receivedDate > query.receivedTo) return false;
        if (query.dueOnOrBefore && (c.dueDate === null || c.dueDate > query.dueOnOrBefore))
          return false;
        return true;
      });
    const keyOf = (s: StoredCase): string =>
      query.orderBy === "dueDate"
        ? (s.case.dueDate ?? "")
        : query.orderBy === "receivedDate"
          ? s.case.receivedDate
          : s.case.reference;
    rows.sort((a, b) =>
      keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : Number(a.id) - Number(b.id),
    );
    return succeed(rows);
  }

  async changes(token?: string): Promise<RegisterResult<CaseChanges>> {
    const since = token === undefined ? 0 : Number(token);
    if (!Number.isInteger(since) || since < 0 || since > this.clock) {
      const all = [...this.rows.values()].map((r) => r.stored);
      return succeed({ changed: all, removed: [], token: String(this.clock), resynced: true });
    }
    const changed = [...this.rows.values()].filter((r) => r.changedAt > since).map((r) => r.stored);
    const removed = this.removed.filter((r) => r.at > since).map((r) => r.id);
    return succeed({ changed, removed, token: String(this.clock), resynced: token === undefined });
  }
}
