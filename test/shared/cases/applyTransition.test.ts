import { applyTransition } from "../../../src/shared/cases/applyTransition";
import type { FoiCase } from "../../../src/shared/cases/case";
import type { IsoDate } from "../../../src/shared/deadlines";

const received = "2026-03-06" as IsoDate;

function aCase(overrides: Partial<FoiCase> = {}): FoiCase {
  return {
    reference: "FOI/2026/0042",
    kind: "foi",
    regime: "foi",
    status: "new",
    receivedDate: received,
    dueDate: "2026-04-08" as IsoDate,
    clockEvents: [],
    requester: { name: "Ann Example", email: "ann@example.org", type: "public", language: "en" },
    summary: "Pothole spending",
    questions: [],
    exemptions: [],
    links: [],
    audit: [],
    ...overrides,
  };
}

const by = { actor: "a.jones", at: "2026-03-09T10:00:00Z", date: "2026-03-09" as IsoDate };

describe("applyTransition", () => {
  test("acknowledging a new request records who did it and when", () => {
    const moved = applyTransition(aCase(), "acknowledge", by);
    expect(moved).toEqual({
      ok: true,
      value: expect.objectContaining({
        status: "acknowledged",
        audit: [{ at: by.at, actor: "a.jones", action: "acknowledge" }],
      }),
    });
  });

  test("asking for clarification stops the clock with a clarification_requested event (FOIA s1(3))", () => {
    const moved = applyTransition(aCase(), "request_clarification", by);
    expect(moved.ok && moved.value.clockEvents).toEqual([
      { type: "clarification_requested", date: "2026-03-09" },
    ]);
    expect(moved.ok && moved.value.status).toBe("awaiting_clarification");
  });

  test("a case cannot be answered before its outcome is recorded", () => {
    const moved = applyTransition(aCase({ status: "in_progress" }), "respond", by);
    expect(moved).toEqual({
      ok: false,
      problem: expect.objectContaining({ kind: "guardFailed", guard: "outcomeRecorded" }),
    });
  });

  test("a case with an outcome can be answered", () => {
    const moved = applyTransition(
      aCase({ status: "in_progress", outcome: "granted" }),
      "respond",
      by,
    );
    expect(moved.ok && moved.value.status).toBe("responded");
  });

  test("a withdrawn request cannot be extended: the move is refused with a reason", () => {
    const moved = applyTransition(aCase({ status: "withdrawn" }), "extend", by);
    expect(moved).toEqual({ ok: false, problem: expect.objectContaining({ kind: "notAllowed" }) });
    expect(!moved.ok && moved.problem.message).toMatch(/withdrawn/);
  });

  test("FOISA has no public interest extension, so 'extend' is refused for a Scottish request", () => {
    const moved = applyTransition(aCase({ status: "in_progress", regime: "foisa" }), "extend", by);
    expect(moved).toEqual({
      ok: false,
      problem: expect.objectContaining({ guard: "extensionAllowed" }),
    });
  });

  test("an FOI extension adds 20 working days by default (FOIA s10(3), ICO guidance)", () => {
    const moved = applyTransition(aCase({ status: "in_progress" }), "extend", by);
    expect(moved.ok && moved.value.clockEvents).toEqual([
      { type: "extension", date: "2026-03-09", workingDays: 20 },
    ]);
  });

  test("a fees notice is dated the day it was given, from the fee record (FOIA s10(2))", () => {
    const fee = { amountPence: 2500, noticeDate: "2026-03-10" as IsoDate };
    const moved = applyTransition(aCase({ fee }), "issue_fee_notice", by);
    expect(moved.ok && moved.value.clockEvents).toEqual([
      { type: "fee_notice", date: "2026-03-10" },
    ]);
  });
});
