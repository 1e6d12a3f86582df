/**
 * The one contract every CaseRepository keeps, run against the in-memory repository, the
 * emulator through the real graph client, and (when GRAPH_SITE and GRAPH_TOKEN are set) a real
 * tenant. Tests use fresh message ids per run, so they also work against a register with data.
 */
import type { CaseRepository, StoredCase } from "../../../src/shared/register/caseRepository";
import { referenceScope, sequenceInScope } from "../../../src/shared/cases/caseReference";
import type { IsoDate } from "../../../src/shared/deadlines";
import { newRequest } from "../../support/caseBuilder";

export interface ContractTarget {
  /** The repository one officer uses. */
  repository: CaseRepository;
  /** Another officer's repository on the same register. */
  secondOfficer: CaseRepository;
  close(): Promise<void>;
}

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
let counter = 0;
function uniqueRequest(overrides: Parameters<typeof newRequest>[1] = {}) {
  counter += 1;
  const n = counter;
  return newRequest(n, {
    source: {
      internetMessageId: `<contract-${run}-${n}@example.org>`,
      conversationId: `C-${run}-${n}`,
      receivedAt: "2026-03-06T09:30:00Z",
    },
    ...overrides,
  });
}

function value<T>(result: { ok: true; value: T } | { ok: false; problem: { message: string } }): T {
  if (!result.ok) throw new Error(`expected success, got: ${result.problem.message}`);
  return result.value;
}

const scope = referenceScope("FOI/{YYYY}/{SEQ:4}", { year: 2026, kind: "foi" });

export function describeCaseRepositoryContract(
  name: string,
  start: () => Promise<ContractTarget>,
): void {
  describe(`CaseRepository contract: ${name}`, () => {
    let target: ContractTarget;
    let repo: CaseRepository;
    beforeAll(async () => {
      target = await start();
      repo = target.repository;
    });
    afterAll(async () => {
      await target?.close();
    });

    test("a registered request gets the council's reference format, status new, and its due date from the deadline engine (T1: Fri 6 Mar 2026 → Wed 8 Apr 2026)", async () => {
      const registration = value(await repo.register(uniqueRequest(), "a.jones"));
      expect(registration.created).toBe(true);
      expect(registration.stored.case.reference).toMatch(/^FOI\/2026\/\d{4}$/);
      expect(registration.stored.case.status).toBe("new");
      expect(registration.stored.case.dueDate).toBe("2026-04-08");
      expect(registration.stored.case.audit).toEqual([
        expect.objectContaining({ actor: "a.jones", action: "register" }),
      ]);
    });

    test("registering the same email again gives the same case, not a second one", async () => {
      const request = uniqueRequest();
      const first = value(await repo.register(request, "a.jones"));
      const again = value(await target.secondOfficer.register(request, "b.khan"));
      expect(again.created).toBe(false);
      expect(again.stored.case.reference).toBe(first.stored.case.reference);
      expect(again.stored.case.audit[0]?.actor).toBe("a.jones");
    });

    test("requests registered one after another get consecutive numbers", async () => {
      const a = value(await repo.register(uniqueRequest(), "a.jones"));
      const b = value(await target.secondOfficer.register(uniqueRequest(), "b.khan"));
      const first = sequenceInScope(scope, a.stored.case.reference) ?? NaN;
      expect(sequenceInScope(scope, b.stored.case.reference)).toBe(first + 1);
    });

    test("a case is found by its email's internetMessageId, with or without angle brackets", async () => {
      const request = uniqueRequest();
      const registered = value(await repo.register(request, "a.jones"));
      const bare = request.source?.internetMessageId.replace(/[<>]/g, "") ?? "";
      expect(value(await repo.findByMessage(bare))?.case.reference).toBe(
        registered.stored.case.reference,
      );
      expect(value(await repo.findByMessage(`<never-seen-${run}@example.org>`))).toBeNull();
    });

    test("asking for a reference that is not in the register is a notFound problem", async () => {
      const result = await repo.get("FOI/1999/9999");
      expect(result).toEqual({ ok: false, problem: expect.objectContaining({ kind: "notFound" }) });
    });

    test("a registration with neither an email nor a registration key is refused with a reason", async () => {
      const { source: _source, ...rest } = uniqueRequest();
      const result = await repo.register(rest, "a.jones");
      expect(result).toEqual({ ok: false, problem: expect.objectContaining({ kind: "invalid" }) });
    });

    test("a request without an email (a phone call) registers once per registration key", async () => {
      const { source: _source, ...rest } = uniqueRequest();
      const key = `phone-${run}-${counter}`;
      const first = value(await repo.register({ ...rest, registrationKey: key }, "a.jones"));
      const again = value(await repo.register({ ...rest, registrationKey: key }, "a.jones"));
      expect(again.stored.case.reference).toBe(first.stored.case.reference);
    });

    test("asking for clarification stops the clock: the saved case has no due date until the answer comes (FOIA s1(3))", async () => {
      const registered = value(await repo.register(uniqueRequest(), "a.jones")).stored;
      const asked = value(
        await repo.transition(registered, "request_clarification", {
          actor: "a.jones",
          at: "2026-03-09T10:00:00Z",
          date: "2026-03-09" as IsoDate,
        }),
      );
      expect(asked.case.status).toBe("awaiting_clarification");
      expect(asked.case.dueDate).toBeNull();
      const reread = value(await repo.get(registered.case.reference));
      expect(reread.case.status).toBe("awaiting_clarification");
      expect(reread.case.dueDate).toBeNull();
    });

    test("an answer to the clarification restarts the count from the day it arrived (FOIA s10(6)(b))", async () => {
      const registered = value(await repo.register(uniqueRequest(), "a.jones")).stored;
      const at = "2026-03-09T10:00:00Z";
      const asked = value(
        await repo.transition(registered, "request_clarification", {
          actor: "a.jones",
          at,
          date: "2026-03-09" as IsoDate,
        }),
      );
      const answered = value(
        await repo.transition(asked, "receive_clarification", {
          actor: "a.jones",
          at,
          date: "2026-03-16" as IsoDate,
        }),
      );
      // Mon 16 Mar 2026 + 20 working days, skipping St Patrick's Day (NI, FOIA s10(6)), Good Friday
      // and Easter Monday: Thu 16 Apr 2026.
      expect(answered.case.status).toBe("in_progress");
      expect(answered.case.dueDate).toBe("2026-04-16");
    });

    test("a change made from a stale copy is refused as a conflict carrying the latest version; the other officer's change is kept", async () => {
      const registered = value(await repo.register(uniqueRequest(), "a.jones")).stored;
      const theirs = value(
        await target.secondOfficer.save(
          registered,
          { ...registered.case, assignee: "b.khan" },
          "b.khan",
          "assign",
        ),
      );
      const mine = await repo.save(
        registered,
        { ...registered.case, department: "Highways" },
        "a.jones",
        "set department",
      );
      expect(mine).toEqual({ ok: false, problem: expect.objectContaining({ kind: "conflict" }) });
      const problem = !mine.ok ? mine.problem : undefined;
      expect(problem?.message).toMatch(/someone else changed this case/i);
      const latest = problem?.kind === "conflict" ? problem.latest : undefined;
      expect(latest?.case.assignee).toBe("b.khan");
      // The merge path: apply my change to the latest version.
      const merged = value(
        await repo.save(
          latest as StoredCase,
          { ...(latest as StoredCase).case, department: "Highways" },
          "a.jones",
          "set department",
        ),
      );
      expect(merged.case).toEqual(
        expect.objectContaining({ assignee: "b.khan", department: "Highways" }),
      );
      expect(theirs.eTag).not.toBe(merged.eTag);
    });

    test("a move the workflow does not allow is refused and nothing is saved", async () => {
      const registered = value(await repo.register(uniqueRequest(), "a.jones")).stored;
      const result = await repo.transition(registered, "complete_review", {
        actor: "a.jones",
        at: "2026-03-09T10:00:00Z",
        date: "2026-03-09" as IsoDate,
      });
      expect(result).toEqual({
        ok: false,
        problem: expect.objectContaining({ kind: "notAllowed" }),
      });
      expect(value(await repo.get(registered.case.reference)).case.status).toBe("new");
    });

    test("a case's reference cannot be changed by a save", async () => {
      const registered = value(await repo.register(uniqueRequest(), "a.jones")).stored;
      const result = await repo.save(
        registered,
        { ...registered.case, reference: "FOI/2026/9999" },
        "a.jones",
        "edit",
      );
      expect(result).toEqual({ ok: false, problem: expect.objectContaining({ kind: "invalid" }) });
    });

    test("cases are listed by assignee (names with apostrophes and ampersands included) in due-date order", async () => {
      const officer = `O'Brien & Co #${run}+1`;
      const later = value(
        await repo.register(
          uniqueRequest({ receivedDate: "2026-03-20" as IsoDate, assignee: officer }),
          "a.jones",
        ),
      ).stored;
      const sooner = value(
        await repo.register(
          uniqueRequest({ receivedDate: "2026-03-02" as IsoDate, assignee: officer }),
          "a.jones",
        ),
      ).stored;
      value(await repo.register(uniqueRequest({ assignee: `${officer} (other)` }), "a.jones"));
      const listed = value(await repo.list({ assignee: officer, orderBy: "dueDate" }));
      expect(listed.map((s) => s.case.reference)).toEqual([
        sooner.case.reference,
        later.case.reference,
      ]);
    });

    test("cases are listed by status", async () => {
      const department = `Dept ${run}`;
      const registered = value(
        await repo.register(uniqueRequest({ department }), "a.jones"),
      ).stored;
      value(await repo.register(uniqueRequest({ department }), "a.jones"));
      value(
        await repo.transition(registered, "acknowledge", {
          actor: "a.jones",
          at: "2026-03-09T10:00:00Z",
          date: "2026-03-09" as IsoDate,
        }),
      );
      const acknowledged = value(await repo.list({ department, status: ["acknowledged"] }));
      expect(acknowledged.map((s) => s.case.reference)).toEqual([registered.case.reference]);
    });

    test("an imported case keeps its own reference, and new registrations in its year continue after it", async () => {
      const sequence = 1000 + Math.floor(Math.random() * 8000);
      const reference = `FOI/2031/${String(sequence).padStart(4, "0")}`;
      const registered = value(
        await repo.register(uniqueRequest({ receivedDate: "2031-02-03" as IsoDate }), "a.jones"),
      ).stored;
      const imported = value(
        await repo.importCase(
          { ...registered.case, reference, source: undefined, audit: [] } as never,
          "importer",
        ),
      );
      expect(imported.case.reference).toBe(reference);
      const next = value(
        await repo.register(uniqueRequest({ receivedDate: "2031-02-04" as IsoDate }), "a.jones"),
      ).stored;
      expect(sequenceInScope("FOI/2031/{SEQ:4}", next.case.reference)).toBeGreaterThan(sequence);
      const again = await repo.importCase(
        { ...registered.case, reference, source: undefined, audit: [] } as never,
        "importer",
      );
      expect(again).toEqual({
        ok: false,
        problem: expect.objectContaining({
          kind: "duplicate",
          message: expect.stringContaining(reference),
        }),
      });
    });

    test("the council's settings can be saved and read back; a reference format without a sequence is refused", async () => {
      const current = value(await repo.settings());
      const refused = await repo.saveSettings(
        { ...current, referenceFormat: "FOI/{YYYY}" },
        "admin",
      );
      expect(refused).toEqual({
        ok: false,
        problem: expect.objectContaining({
          kind: "invalid",
          message: expect.stringMatching(/sequence/),
        }),
      });
      const saved = value(
        await repo.saveSettings({ ...current, reviewContact: `Reviews ${run}` }, "admin"),
      );
      expect(saved.reviewContact).toBe(`Reviews ${run}`);
      expect(value(await repo.settings()).reviewContact).toBe(`Reviews ${run}`);
      expect(value(await repo.settings()).referenceFormat).toBe(current.referenceFormat);
      // Put the site's own settings back (this suite may run against a real tenant).
      value(await repo.saveSettings(current, "admin"));
    });

    test("after a first full read, changes() returns only the cases changed since its token", async () => {
      const before = value(await repo.changes());
      const registered = value(await repo.register(uniqueRequest(), "a.jones")).stored;
      const after = value(await repo.changes(before.token));
      expect(after.resynced).toBe(false);
      expect(after.changed.map((s) => s.case.reference)).toEqual([registered.case.reference]);
      const quiet = value(await repo.changes(after.token));
      expect(quiet.changed).toEqual([]);
    });
  });
}
