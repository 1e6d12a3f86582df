/**
 * Moves a case by one event of the workflow table (caseStatus.ts): checks the event is allowed
 * from the current status, checks its guards, applies its effects (clock events for the deadline
 * engine) and appends an audit line. Pure: "now" and the actor are passed in.
 */
import type { ClockEvent, IsoDate, Regime } from "../deadlines";
import type { FoiCase } from "./case";
import {
  caseTransitions,
  type CaseEvent,
  type TransitionEffect,
  type TransitionGuard,
} from "./caseStatus";
import { fail, succeed, type Result } from "./result";

export interface TransitionContext {
  /** Who did it (their sign-in name); recorded in the audit trail. */
  actor: string;
  /** When, as an ISO instant in UTC. */
  at: string;
  /** The calendar date the event counts from for the deadline engine (Europe/London). */
  date: IsoDate;
  /** For "extend": the working days added (FOIA s10(3) PIT, EIR reg 7: 20). */
  workingDays?: number;
  note?: string;
}

export type TransitionProblem =
  | { kind: "notAllowed"; message: string }
  | { kind: "guardFailed"; guard: TransitionGuard; message: string };

/** Regimes with a lawful extension: FOIA s10(3), EIR reg 7 (and Scotland's EIRs), UK GDPR Art 12(3). */
const regimesWithExtension: readonly Regime[] = ["foi", "eir", "eisr", "sar"];

const guardChecks: Readonly<Record<TransitionGuard, (c: FoiCase) => boolean>> = {
  outcomeRecorded: (c) => c.outcome !== undefined,
  feeRecorded: (c) => c.fee !== undefined,
  feePaidDateRecorded: (c) => c.fee?.paidDate !== undefined,
  extensionAllowed: (c) => regimesWithExtension.includes(c.regime),
  notAlreadyExtended: (c) => !c.clockEvents.some((e) => e.type === "extension"),
};

const guardMessages: Readonly<Record<TransitionGuard, string>> = {
  outcomeRecorded:
    "Record the outcome (granted, part granted, refused or not held) before responding.",
  feeRecorded: "Record the fee amount and notice date before putting the case on hold.",
  feePaidDateRecorded: "Record the date the fee was paid.",
  extensionAllowed: "This regime has no extension of time.",
  notAlreadyExtended: "The case has already been extended once.",
};

function clockEventFor(
  effect: TransitionEffect,
  c: FoiCase,
  context: TransitionContext,
): ClockEvent {
  const type = effect.slice("clock:".length) as ClockEvent["type"];
  const event: ClockEvent = { type, date: context.date };
  if (type === "fee_notice" && c.fee) event.date = c.fee.noticeDate;
  if (type === "fee_paid" && c.fee?.paidDate) event.date = c.fee.paidDate;
  if (type === "extension") event.workingDays = context.workingDays ?? 20;
  if (context.note) event.note = context.note;
  return event;
}

/**
 * The case after `event`, or why the event cannot happen now.
 * @example applyTransition(newCase, "acknowledge", { actor: "a.jones", at: "2026-03-06T10:00:00Z", date: "2026-03-06" })
 *   // → { ok: true, value: { ...newCase, status: "acknowledged", audit: [..., { action: "acknowledge", ... }] } }
 */
export function applyTransition(
  c: FoiCase,
  event: CaseEvent,
  context: TransitionContext,
): Result<FoiCase, TransitionProblem> {
  const row = caseTransitions.find((t) => t.event === event && t.from.includes(c.status));
  if (!row) {
    return fail({
      kind: "notAllowed",
      message: `A case that is '${c.status.replace(/_/g, " ")}' cannot be moved by '${event.replace(/_/g, " ")}'.`,
    });
  }
  for (const guard of row.guards) {
    if (!guardChecks[guard](c))
      return fail({ kind: "guardFailed", guard, message: guardMessages[guard] });
  }
  const clockEvents = [...c.clockEvents];
  for (const effect of row.effects) clockEvents.push(clockEventFor(effect, c, context));
  return succeed({
    ...c,
    status: row.to,
    clockEvents,
    audit: [
      ...c.audit,
      {
        at: context.at,
        actor: context.actor,
        action: event,
        ...(context.note ? { detail: context.note } : {}),
      },
    ],
  });
}
