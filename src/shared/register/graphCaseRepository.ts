/**
 * The register on Microsoft Graph: cases in the "FOI Requests" SharePoint list, an audit line per
 * change in "FOI Events", settings and reference counters in "FOI Settings".
 *
 * Registration is idempotent and numbering has no gaps or duplicates, even with many officers
 * registering at once and a crash between any two steps:
 *
 * 1. The case is created first, unnumbered (Reference "pending:<key>"), with MessageKey = SHA-256
 *    of the internetMessageId in a unique column. A second registration of the same email gets
 *    409 and carries on with the existing item instead.
 * 2. A number is taken from the scope's counter item in FOI Settings (Sequence, LastMessageKey,
 *    LastItemId) by PATCH with If-Match; a 412 means someone else took one first: read and retry.
 * 3. The number is written into the case (Reference is unique, a backstop against duplicates).
 *
 * Before anyone takes a number they finish the previous holder's step 3 (idempotent: it writes the
 * number the counter already records). So the only unfinished numbering is ever the last one, and
 * the next registration, or a retry of the same email, completes it: a crash after step 2 leaves
 * no gap. A crash after step 1 leaves an unnumbered item that is hidden from lists and is numbered
 * when the same email is registered again; a registration that gives up removes its own unnumbered
 * item unless the counter already names it.
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
import { sendBatch } from "./batchRequests";
import {
  defaultCouncilSettings,
  type CaseChanges,
  type CaseDeadlines,
  type CaseQuery,
  type CaseRepository,
  type NewCase,
  type RegisterProblem,
  type RegisterResult,
  type Registration,
  type StoredCase,
} from "./caseRepository";
import { problemFromGraph } from "./graphProblems";
import type { GraphAnswer, GraphRequester } from "./graphRequester";
import { caseToFields, itemToStoredCase, type ListItemJson } from "./listItemMapping";
import { eventsList, requestsList, settingsList } from "./listSchema";
import {
  isPendingReference,
  messageKey,
  pendingReference,
  registrationKeyHash,
} from "./messageKey";
import { checkNewCase, startCase, withDeadlines } from "./newCaseRecord";
import { ColumnRef, odata } from "./odataFilter";

export interface GraphCaseRepositoryOptions {
  graph: GraphRequester;
  /** The site: "contoso.sharepoint.com:/sites/foi" or a Graph site id. */
  site: string;
  deadlines: CaseDeadlines;
  /** The current instant, ISO 8601 UTC (injected: tests fix it). */
  now: () => string;
  /** Waits before re-sending throttled requests inside a $batch (Retry-After seconds). */
  wait?: (seconds: number) => Promise<void>;
  /** Waits after losing a race for a reference number (attempt 1, 2, …). */
  contentionWait?: (attempt: number) => Promise<void>;
  /** Items per page when listing (Graph pages with @odata.nextLink). Default 500. */
  pageSize?: number;
  onRetry?: (status: number) => void;
}

interface ListIds {
  siteId: string;
  requests: string;
  events: string;
  settings: string;
}

interface Counter {
  itemId: string;
  eTag: string;
  sequence: number;
  lastKey?: string;
  lastItemId?: string;
}

const maxNumberingAttempts = 400;

/** CaseJson is a hidden column, and hidden columns come back only when selected (columnDefinition page). */
const caseFields = `fields($select=${requestsList.columns.map((c) => c.name).join(",")})`;

/** Random back-off after losing a race for a number, so officers stop colliding (at most 0.1 s). */
function defaultContentionWait(attempt: number): Promise<void> {
  const ms = Math.random() * Math.min(2 ** attempt, 100);
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class GraphCaseRepository implements CaseRepository {
  private listIds: Promise<RegisterResult<ListIds>> | undefined;
  private cachedSettings: CouncilSettings | undefined;
  /** Numberings this instance has seen completed ("scope#n#item"): no need to read those again. */
  private readonly numbered = new Set<string>();
  private readonly graph: GraphRequester;

  constructor(private readonly options: GraphCaseRepositoryOptions) {
    this.graph = options.graph;
  }

  // ---- lists ----------------------------------------------------------------------------------

  private resolveLists(): Promise<RegisterResult<ListIds>> {
    if (!this.listIds) {
      this.listIds = this.lookUpLists();
      void this.listIds.then((result) => {
        if (!result.ok) this.listIds = undefined;
      });
    }
    return this.listIds;
  }

  private async lookUpLists(): Promise<RegisterResult<ListIds>> {
    const site = await this.graph.get<{ id: string }>(`/sites/${this.options.site}`);
    if (!site.ok) return fail(problemFromGraph(site.failure, "Opening the register site"));
    const siteId = site.body.id;
    const lists = await this.graph.get<{ value: { id: string; displayName: string }[] }>(
      `/sites/${siteId}/lists?$select=id,displayName`,
    );
    if (!lists.ok) return fail(problemFromGraph(lists.failure, "Opening the register lists"));
    const idOf = (name: string) => lists.body.value.find((l) => l.displayName === name)?.id;
    const requests = idOf(requestsList.displayName);
    const events = idOf(eventsList.displayName);
    const settings = idOf(settingsList.displayName);
    if (!requests || !events || !settings) {
      return fail({
        kind: "notProvisioned",
        message:
          "The register lists are not on this site yet. Ask your administrator to run 'npx foi provision --site …'.",
      });
    }
    return succeed({ siteId, requests, events, settings });
  }

  private items(ids: ListIds, list: string): string {
    return `/sites/${ids.siteId}/lists/${list}/items`;
  }

  private async queryItems(url: string): Promise<GraphAnswer<ListItemJson[]>> {
    const all: ListItemJson[] = [];
    let next: string | undefined = url;
    while (next) {
      const page: GraphAnswer<{ value: ListItemJson[]; "@odata.nextLink"?: string }> =
        await this.graph.get(next);
      if (!page.ok) return page;
      all.push(...page.body.value);
      next = page.body["@odata.nextLink"];
    }
    return { ok: true, body: all };
  }

  private async findOne(
    ids: ListIds,
    column: string,
    value: string,
  ): Promise<RegisterResult<StoredCase | null>> {
    const filter = odata`${ColumnRef.of(requestsList, column)} eq ${value}`;
    const found = await this.graph.get<{ value: ListItemJson[] }>(
      `${this.items(ids, ids.requests)}?$expand=${caseFields}&$filter=${filter}&$top=2`,
    );
    if (!found.ok) return fail(problemFromGraph(found.failure, "Looking up a case"));
    const first = found.body.value[0];
    return succeed(first ? (itemToStoredCase(first) ?? null) : null);
  }

  private async readItem(ids: ListIds, itemId: string): Promise<RegisterResult<StoredCase>> {
    const item = await this.graph.get<ListItemJson>(
      `${this.items(ids, ids.requests)}/${itemId}?$expand=${caseFields}`,
    );
    if (!item.ok) return fail(problemFromGraph(item.failure, "Reading a case"));
    const stored = itemToStoredCase(item.body);
    return stored
      ? succeed(stored)
      : fail({
          kind: "invalid",
          message: "A register entry could not be read (its case data is damaged).",
        });
  }

  // ---- settings and counters ------------------------------------------------------------------

  async settings(): Promise<RegisterResult<CouncilSettings>> {
    if (this.cachedSettings) return succeed(this.cachedSettings);
    const ids = await this.resolveLists();
    if (!ids.ok) return ids;
    const filter = odata`${ColumnRef.of(settingsList, "Key")} eq ${"council"}`;
    const found = await this.graph.get<{ value: ListItemJson[] }>(
      `${this.items(ids.value, ids.value.settings)}?$expand=fields&$filter=${filter}`,
    );
    if (!found.ok) return fail(problemFromGraph(found.failure, "Reading the council settings"));
    const raw = found.body.value[0]?.fields?.Value;
    let saved: Partial<CouncilSettings> = {};
    if (typeof raw === "string") {
      try {
        saved = JSON.parse(raw) as Partial<CouncilSettings>;
      } catch {
        return fail({
          kind: "invalid",
          message: "The council settings in FOI Settings are not valid JSON.",
        });
      }
    }
    this.cachedSettings = { ...defaultCouncilSettings, ...saved };
    return succeed(this.cachedSettings);
  }

  async saveSettings(
    settings: CouncilSettings,
    actor: string,
  ): Promise<RegisterResult<CouncilSettings>> {
    const format = checkReferenceFormat(settings.referenceFormat);
    if (!format.ok) return fail({ kind: "invalid", message: format.problem });
    const ids = await this.resolveLists();
    if (!ids.ok) return ids;
    const items = this.items(ids.value, ids.value.settings);
    const filter = odata`${ColumnRef.of(settingsList, "Key")} eq ${"council"}`;
    const found = await this.graph.get<{ value: ListItemJson[] }>(
      `${items}?$expand=fields&$filter=${filter}`,
    );
    if (!found.ok) return fail(problemFromGraph(found.failure, "Reading the council settings"));
    const value = JSON.stringify(settings);
    const current = found.body.value[0];
    const written = current
      ? await this.graph.patch(
          `${items}/${current.id}/fields`,
          { Value: value },
          { "If-Match": current.eTag ?? "*" },
        )
      : await this.graph.post(items, {
          fields: { Title: "council", Key: "council", Value: value },
        });
    if (!written.ok) {
      const problem = problemFromGraph(written.failure, "Saving the council settings");
      return fail(
        problem.kind === "conflict"
          ? {
              kind: "conflict",
              message:
                "Someone else changed the council settings just now. Reload them, then save yours again.",
            }
          : problem,
      );
    }
    this.cachedSettings = { ...settings };
    await this.graph.post(this.items(ids.value, ids.value.events), {
      fields: {
        Title: "settings",
        CaseReference: "",
        Action: "save settings",
        Actor: actor,
        At: this.options.now(),
      },
    });
    return succeed(this.cachedSettings);
  }

  private async readCounter(ids: ListIds, scope: string): Promise<RegisterResult<Counter>> {
    const key = `sequence:${scope}`;
    const url = `${this.items(ids, ids.settings)}?$expand=fields&$filter=${odata`${ColumnRef.of(settingsList, "Key")} eq ${key}`}`;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const found = await this.graph.get<{ value: ListItemJson[] }>(url);
      if (!found.ok) return fail(problemFromGraph(found.failure, "Reading the reference counter"));
      const item = found.body.value[0];
      if (item) {
        const f = item.fields ?? {};
        return succeed({
          itemId: String(item.id),
          eTag: item.eTag ?? "",
          sequence: typeof f.Sequence === "number" ? f.Sequence : 0,
          ...(typeof f.LastMessageKey === "string" ? { lastKey: f.LastMessageKey } : {}),
          ...(typeof f.LastItemId === "string" ? { lastItemId: f.LastItemId } : {}),
        });
      }
      const created = await this.graph.post(this.items(ids, ids.settings), {
        fields: { Title: key, Key: key, Sequence: 0 },
      });
      if (!created.ok && created.failure.status !== 409)
        return fail(problemFromGraph(created.failure, "Starting the reference counter"));
    }
    return fail({
      kind: "unavailable",
      message: "The reference counter could not be read. Try again.",
    });
  }

  /** Writes number `sequence` into the case at `itemId` if it is still unnumbered. */
  private async finishNumbering(
    ids: ListIds,
    itemId: string,
    scope: string,
    sequence: number,
  ): Promise<RegisterResult<StoredCase>> {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const current = await this.readItem(ids, itemId);
      if (!current.ok || !isPendingReference(current.value.case.reference)) return current;
      const reference = referenceInScope(scope, sequence);
      const numbered: FoiCase = { ...current.value.case, reference };
      const patched = await this.graph.patch<Record<string, unknown>>(
        `${this.items(ids, ids.requests)}/${itemId}/fields`,
        { Title: reference, Reference: reference, CaseJson: JSON.stringify(numbered) },
        { "If-Match": current.value.eTag },
      );
      if (patched.ok) {
        this.numbered.add(`${scope}#${sequence}#${itemId}`);
        return succeed({
          case: numbered,
          id: itemId,
          eTag: String(patched.body["@odata.etag"] ?? ""),
        });
      }
      if (patched.failure.status !== 412)
        return fail(problemFromGraph(patched.failure, "Numbering a case"));
    }
    return fail({
      kind: "conflict",
      message: "The case kept changing while it was being numbered. Try again.",
    });
  }

  private async takeNumber(
    ids: ListIds,
    key: string,
    item: StoredCase,
    scope: string,
  ): Promise<RegisterResult<StoredCase>> {
    for (let attempt = 1; attempt <= maxNumberingAttempts; attempt += 1) {
      const counter = await this.readCounter(ids, scope);
      if (!counter.ok) return counter;
      const { sequence, lastKey, lastItemId } = counter.value;
      if (lastKey === key && lastItemId)
        return this.finishNumbering(ids, lastItemId, scope, sequence);
      let next = sequence + 1;
      if (lastItemId && !this.numbered.has(`${scope}#${sequence}#${lastItemId}`)) {
        const finished = await this.finishNumbering(ids, lastItemId, scope, sequence);
        if (finished.ok) this.numbered.add(`${scope}#${sequence}#${lastItemId}`);
        // The holder of the last number was removed before it was written in: reuse the number.
        if (!finished.ok && finished.problem.kind === "notFound") next = sequence;
        else if (!finished.ok) return finished;
      }
      const current = await this.readItem(ids, item.id);
      if (!current.ok) return current;
      if (!isPendingReference(current.value.case.reference)) return current;
      const taken = await this.graph.patch(
        `${this.items(ids, ids.settings)}/${counter.value.itemId}/fields`,
        { Sequence: next, LastMessageKey: key, LastItemId: item.id },
        { "If-Match": counter.value.eTag },
      );
      if (taken.ok) return this.finishNumbering(ids, item.id, scope, next);
      if (taken.failure.status !== 412)
        return fail(problemFromGraph(taken.failure, "Taking a reference number"));
      await (this.options.contentionWait ?? defaultContentionWait)(attempt);
    }
    return fail({
      kind: "throttled",
      message: "Too many cases are being registered at once. Try again in a moment.",
    });
  }

  /** Removes our own unnumbered item after giving up, unless the counter already names it. */
  private async abandon(ids: ListIds, key: string, item: StoredCase, scope: string): Promise<void> {
    const counter = await this.readCounter(ids, scope);
    if (!counter.ok || counter.value.lastKey === key) return;
    const current = await this.readItem(ids, item.id);
    if (!current.ok || !isPendingReference(current.value.case.reference)) return;
    await this.graph.delete(`${this.items(ids, ids.requests)}/${item.id}`, {
      "If-Match": current.value.eTag,
    });
  }

  // ---- the CaseRepository port ----------------------------------------------------------------

  async register(input: NewCase, actor: string): Promise<RegisterResult<Registration>> {
    const checked = checkNewCase(input);
    if (!checked.ok) return checked;
    const ids = await this.resolveLists();
    if (!ids.ok) return ids;
    const settings = await this.settings();
    if (!settings.ok) return settings;
    const key = input.source
      ? await messageKey(input.source.internetMessageId)
      : await registrationKeyHash(input.registrationKey ?? "");
    const existing = await this.findOne(ids.value, "MessageKey", key);
    if (!existing.ok) return existing;
    let item = existing.value;
    if (item && !isPendingReference(item.case.reference))
      return succeed({ stored: item, created: false });
    let created = false;
    if (!item) {
      const draft = startCase(
        input,
        pendingReference(key),
        this.options.deadlines,
        actor,
        this.options.now(),
      );
      const posted = await this.graph.post<ListItemJson>(
        this.items(ids.value, ids.value.requests),
        { fields: caseToFields(draft, key) },
      );
      if (posted.ok) {
        item = { case: draft, id: String(posted.body.id), eTag: posted.body.eTag ?? "" };
        created = true;
      } else if (posted.failure.status === 409) {
        const again = await this.findOne(ids.value, "MessageKey", key);
        if (!again.ok) return again;
        item = again.value;
      } else {
        return fail(problemFromGraph(posted.failure, "Registering the request"));
      }
    }
    if (!item)
      return fail({
        kind: "unavailable",
        message: "The new case could not be read back. Try again.",
      });
    const scope = referenceScope(settings.value.referenceFormat, {
      year: Number(item.case.receivedDate.slice(0, 4)),
      kind: item.case.kind,
    });
    const numbered = await this.takeNumber(ids.value, key, item, scope);
    if (!numbered.ok) {
      if (created) await this.abandon(ids.value, key, item, scope);
      return numbered;
    }
    if (created) await this.appendEvent(ids.value, numbered.value.case, key, actor, "register");
    return succeed({ stored: numbered.value, created });
  }

  private async appendEvent(
    ids: ListIds,
    c: FoiCase,
    key: string,
    actor: string,
    action: string,
  ): Promise<void> {
    await this.graph.post(this.items(ids, ids.events), {
      fields: this.eventFields(c, key, actor, action),
    });
  }

  private eventFields(
    c: FoiCase,
    key: string,
    actor: string,
    action: string,
  ): Record<string, unknown> {
    return {
      Title: action,
      CaseReference: c.reference,
      MessageKey: key,
      Action: action,
      Actor: actor,
      At: this.options.now(),
    };
  }

  async importCase(c: FoiCase, actor: string): Promise<RegisterResult<StoredCase>> {
    const ids = await this.resolveLists();
    if (!ids.ok) return ids;
    const settings = await this.settings();
    if (!settings.ok) return settings;
    if (isPendingReference(c.reference) || c.reference.trim() === "") {
      return fail({ kind: "invalid", message: "An imported case needs its own reference." });
    }
    const key = await registrationKeyHash(`import:${c.reference}`);
    const final = withDeadlines(
      { ...c, audit: [...c.audit, { at: this.options.now(), actor, action: "import" }] },
      this.options.deadlines,
    );
    // The counter moves first: if the import dies before the item is written, running it again
    // writes it; the other order could hand out the imported number to a new request.
    const scope = referenceScope(settings.value.referenceFormat, {
      year: Number(c.receivedDate.slice(0, 4)),
      kind: c.kind,
    });
    const sequence = sequenceInScope(scope, c.reference);
    if (sequence !== undefined) {
      const raised = await this.raiseCounter(ids.value, scope, sequence);
      if (!raised.ok) return raised;
    }
    const posted = await this.graph.post<ListItemJson>(this.items(ids.value, ids.value.requests), {
      fields: caseToFields(final, key),
    });
    if (!posted.ok) {
      const problem = problemFromGraph(posted.failure, `Importing ${c.reference}`);
      return fail(
        problem.kind === "duplicate"
          ? { ...problem, message: `The register already has a case ${c.reference}.` }
          : problem,
      );
    }
    await this.appendEvent(ids.value, final, key, actor, "import");
    return succeed({ case: final, id: String(posted.body.id), eTag: posted.body.eTag ?? "" });
  }

  /** Moves a scope's counter up to at least `sequence` (after finishing any numbering in flight). */
  private async raiseCounter(
    ids: ListIds,
    scope: string,
    sequence: number,
  ): Promise<RegisterResult<true>> {
    for (let attempt = 1; attempt <= maxNumberingAttempts; attempt += 1) {
      const counter = await this.readCounter(ids, scope);
      if (!counter.ok) return counter;
      if (counter.value.lastItemId) {
        const finished = await this.finishNumbering(
          ids,
          counter.value.lastItemId,
          scope,
          counter.value.sequence,
        );
        if (!finished.ok && finished.problem.kind !== "notFound") return finished;
      }
      if (counter.value.sequence >= sequence) return succeed(true);
      const raised = await this.graph.patch(
        `${this.items(ids, ids.settings)}/${counter.value.itemId}/fields`,
        { Sequence: sequence, LastMessageKey: null, LastItemId: null },
        { "If-Match": counter.value.eTag },
      );
      if (raised.ok) return succeed(true);
      if (raised.failure.status !== 412)
        return fail(problemFromGraph(raised.failure, "Moving the reference counter"));
      await (this.options.contentionWait ?? defaultContentionWait)(attempt);
    }
    return fail({
      kind: "throttled",
      message: "The reference counter is too busy. Try the import again.",
    });
  }

  async get(reference: string): Promise<RegisterResult<StoredCase>> {
    const ids = await this.resolveLists();
    if (!ids.ok) return ids;
    const found = await this.findOne(ids.value, "Reference", reference);
    if (!found.ok) return found;
    return found.value
      ? succeed(found.value)
      : fail({ kind: "notFound", message: `There is no case ${reference} in the register.` });
  }

  async findByMessage(internetMessageId: string): Promise<RegisterResult<StoredCase | null>> {
    const ids = await this.resolveLists();
    if (!ids.ok) return ids;
    const found = await this.findOne(ids.value, "MessageKey", await messageKey(internetMessageId));
    if (!found.ok) return found;
    return succeed(
      found.value && !isPendingReference(found.value.case.reference) ? found.value : null,
    );
  }

  async save(
    previous: StoredCase,
    next: FoiCase,
    actor: string,
    action: string,
  ): Promise<RegisterResult<StoredCase>> {
    const withAudit: FoiCase = {
      ...next,
      audit: [...next.audit, { at: this.options.now(), actor, action }],
    };
    return this.write(previous, withAudit, actor, action);
  }

  async transition(
    previous: StoredCase,
    event: CaseEvent,
    context: TransitionContext,
  ): Promise<RegisterResult<StoredCase>> {
    const moved = applyTransition(previous.case, event, context);
    if (!moved.ok) return fail({ kind: "notAllowed", message: moved.problem.message });
    return this.write(previous, moved.value, context.actor, event);
  }

  /** The case update and its audit line in one $batch; the audit line depends on the update. */
  private async write(
    previous: StoredCase,
    next: FoiCase,
    actor: string,
    action: string,
  ): Promise<RegisterResult<StoredCase>> {
    const ids = await this.resolveLists();
    if (!ids.ok) return ids;
    if (next.reference !== previous.case.reference) {
      return fail({ kind: "invalid", message: "A case's reference cannot be changed." });
    }
    const final = withDeadlines(next, this.options.deadlines);
    const key =
      (previous.case.source ? await messageKey(previous.case.source.internetMessageId) : "") ||
      undefined;
    const { MessageKey: _key, ...fields } = caseToFields(final, key ?? "");
    const sent = await sendBatch(
      this.graph,
      [
        {
          id: "case",
          method: "PATCH",
          url: `${this.items(ids.value, ids.value.requests)}/${previous.id}/fields`,
          body: fields,
          headers: { "If-Match": previous.eTag },
        },
        {
          id: "audit",
          method: "POST",
          url: this.items(ids.value, ids.value.events),
          body: { fields: this.eventFields(final, key ?? "", actor, action) },
          dependsOn: ["case"],
        },
      ],
      {
        wait: this.options.wait ?? ((s) => new Promise((r) => setTimeout(r, s * 1000))),
        ...(this.options.onRetry ? { onRetry: this.options.onRetry } : {}),
      },
    );
    if (!sent.ok) return fail(problemFromGraph(sent.failure, "Saving the case"));
    const answer = sent.answers.get("case");
    if (!answer || answer.status >= 400) {
      const status = answer?.status ?? 0;
      const body = (answer?.body ?? {}) as { error?: { code?: string; message?: string } };
      const failure = {
        status,
        code: body.error?.code ?? "unknown",
        message: body.error?.message ?? "",
        ...(answer?.headers["retry-after"]
          ? { retryAfterSeconds: Number(answer.headers["retry-after"]) }
          : {}),
      };
      const problem = problemFromGraph(failure, "Saving the case");
      if (problem.kind === "conflict") {
        const latest = await this.readItem(ids.value, previous.id);
        if (latest.ok) return fail({ ...problem, latest: latest.value });
      }
      return fail(problem);
    }
    const eTag = String((answer.body as Record<string, unknown>)["@odata.etag"] ?? "");
    const audit = sent.answers.get("audit");
    if (!audit || audit.status >= 400)
      await this.appendEvent(ids.value, final, key ?? "", actor, action);
    return succeed({ case: final, id: previous.id, eTag });
  }

  async list(query: CaseQuery = {}): Promise<RegisterResult<StoredCase[]>> {
    const ids = await this.resolveLists();
    if (!ids.ok) return ids;
    const col = (name: string) => ColumnRef.of(requestsList, name);
    const parts: string[] = [];
    if (query.status && query.status.length > 0) {
      parts.push(`(${query.status.map((s) => odata`${col("Status")} eq ${s}`).join(" or ")})`);
    }
    if (query.assignee !== undefined) parts.push(odata`${col("Assignee")} eq ${query.assignee}`);
    if (query.department !== undefined)
      parts.push(odata`${col("Department")} eq ${query.department}`);
    if (query.receivedFrom) parts.push(odata`${col("ReceivedDate")} ge ${query.receivedFrom}`);
    if (query.receivedTo) parts.push(odata`${col("ReceivedDate")} le ${query.receivedTo}`);
    if (query.dueOnOrBefore) parts.push(odata`${col("DueDate")} le ${query.dueOnOrBefore}`);
    const order = { dueDate: "DueDate", receivedDate: "ReceivedDate", reference: "Reference" }[
      query.orderBy ?? "reference"
    ];
    const params = [
      `$expand=${caseFields}`,
      `$top=${this.options.pageSize ?? 500}`,
      `$orderby=${col(order).toString()} asc`,
    ];
    if (parts.length > 0) params.push(`$filter=${parts.join(" and ")}`);
    const found = await this.queryItems(
      `${this.items(ids.value, ids.value.requests)}?${params.join("&")}`,
    );
    if (!found.ok) return fail(problemFromGraph(found.failure, "Listing cases"));
    const cases = found.body
      .map(itemToStoredCase)
      .filter((c): c is StoredCase => c !== undefined && !isPendingReference(c.case.reference));
    return succeed(cases);
  }

  async changes(token?: string): Promise<RegisterResult<CaseChanges>> {
    const ids = await this.resolveLists();
    if (!ids.ok) return ids;
    const start = `${this.items(ids.value, ids.value.requests)}/delta?$expand=${caseFields}&$top=${this.options.pageSize ?? 500}`;
    let url = token ?? start;
    let resynced = false;
    const latest = new Map<string, ListItemJson & { deleted?: unknown }>();
    for (let pages = 0; ; pages += 1) {
      const page: GraphAnswer<{
        value: (ListItemJson & { deleted?: unknown })[];
        "@odata.nextLink"?: string;
        "@odata.deltaLink"?: string;
      }> = await this.graph.get(url);
      if (!page.ok) {
        // 410 Gone: the token is too old. Enumerate again and tell the caller to replace its copy.
        if (page.failure.status === 410 && !resynced) {
          resynced = true;
          latest.clear();
          url = start;
          continue;
        }
        return fail(problemFromGraph(page.failure, "Fetching changes to the register"));
      }
      for (const entry of page.body.value) latest.set(String(entry.id), entry);
      if (page.body["@odata.nextLink"]) {
        url = page.body["@odata.nextLink"];
        continue;
      }
      const changed: StoredCase[] = [];
      const removed: string[] = [];
      for (const [id, entry] of latest) {
        if (entry.deleted) {
          removed.push(id);
          continue;
        }
        const stored = itemToStoredCase(entry);
        if (stored && !isPendingReference(stored.case.reference)) changed.push(stored);
      }
      return succeed({
        changed,
        removed,
        token: page.body["@odata.deltaLink"] ?? start,
        resynced: resynced || token === undefined,
      });
    }
  }
}

export type { RegisterProblem };
