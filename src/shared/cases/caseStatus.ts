/**
 * The FOI case workflow as data: which events move a case from which statuses to which, with the
 * named guards that must hold and the named effects applied. applyTransition.ts interprets it; a
 * test checks the table (every status reachable from "new", no event listed twice for a status).
 *
 * Sources: FOIA s1(3) and s10(6)(b) (clarification restarts the clock), s9 and s10(2) (fees
 * notice), s10(3) (public interest extension), EIR reg 7 (extension for complexity and volume),
 * s45 Code of Practice (internal review), FOIA s50 (complaint to the Commissioner).
 */
import type { CaseStatus } from "./case";

export type { CaseStatus } from "./case";

/** Every status, in the order a case usually moves through them. */
export const caseStatuses: readonly CaseStatus[] = [
  "new",
  "acknowledged",
  "awaiting_clarification",
  "on_hold_fee",
  "in_progress",
  "extended",
  "responded",
  "internal_review",
  "with_commissioner",
  "closed",
  "withdrawn",
  "transferred",
];

/** Words FOI officers use for each status. */
export const caseStatusLabels: Readonly<Record<CaseStatus, string>> = {
  new: "New",
  acknowledged: "Acknowledged",
  awaiting_clarification: "Awaiting clarification",
  on_hold_fee: "On hold (fee)",
  in_progress: "In progress",
  extended: "Extended",
  responded: "Responded",
  internal_review: "Internal review",
  with_commissioner: "With the Commissioner",
  closed: "Closed",
  withdrawn: "Withdrawn",
  transferred: "Transferred",
};

/** True if `text` is one of the statuses (for parsing imported or stored values). */
export function isCaseStatus(text: unknown): text is CaseStatus {
  return typeof text === "string" && (caseStatuses as readonly string[]).includes(text);
}

/** What an officer does to a case. */
export type CaseEvent =
  | "acknowledge"
  | "request_clarification"
  | "receive_clarification"
  | "clarification_lapsed"
  | "issue_fee_notice"
  | "receive_fee"
  | "fee_unpaid"
  | "start_work"
  | "extend"
  | "respond"
  | "request_review"
  | "complete_review"
  | "complain_to_commissioner"
  | "commissioner_decided"
  | "close"
  | "withdraw"
  | "transfer"
  | "reopen";

/** Conditions checked before a move; each has a message for people in applyTransition.ts. */
export type TransitionGuard =
  | "outcomeRecorded"
  | "feeRecorded"
  | "feePaidDateRecorded"
  | "extensionAllowed"
  | "notAlreadyExtended";

/** What a move does besides changing the status. Clock effects add a deadline-engine event. */
export type TransitionEffect =
  | "clock:clarification_requested"
  | "clock:clarification_received"
  | "clock:fee_notice"
  | "clock:fee_paid"
  | "clock:extension";

export interface CaseTransition {
  event: CaseEvent;
  from: readonly CaseStatus[];
  to: CaseStatus;
  guards: readonly TransitionGuard[];
  effects: readonly TransitionEffect[];
}

const open: readonly CaseStatus[] = ["new", "acknowledged", "in_progress"];

/** The allowed moves. One row per event; `from` lists the statuses it may start from. */
export const caseTransitions: readonly CaseTransition[] = [
  { event: "acknowledge", from: ["new"], to: "acknowledged", guards: [], effects: [] },
  {
    event: "request_clarification",
    from: open,
    to: "awaiting_clarification",
    guards: [],
    effects: ["clock:clarification_requested"],
  },
  {
    event: "receive_clarification",
    from: ["awaiting_clarification"],
    to: "in_progress",
    guards: [],
    effects: ["clock:clarification_received"],
  },
  {
    event: "clarification_lapsed",
    from: ["awaiting_clarification"],
    to: "closed",
    guards: [],
    effects: [],
  },
  {
    event: "issue_fee_notice",
    from: open,
    to: "on_hold_fee",
    guards: ["feeRecorded"],
    effects: ["clock:fee_notice"],
  },
  {
    event: "receive_fee",
    from: ["on_hold_fee"],
    to: "in_progress",
    guards: ["feePaidDateRecorded"],
    effects: ["clock:fee_paid"],
  },
  { event: "fee_unpaid", from: ["on_hold_fee"], to: "closed", guards: [], effects: [] },
  {
    event: "start_work",
    from: ["new", "acknowledged"],
    to: "in_progress",
    guards: [],
    effects: [],
  },
  {
    event: "extend",
    from: ["in_progress"],
    to: "extended",
    guards: ["extensionAllowed", "notAlreadyExtended"],
    effects: ["clock:extension"],
  },
  {
    event: "respond",
    from: ["new", "acknowledged", "in_progress", "extended"],
    to: "responded",
    guards: ["outcomeRecorded"],
    effects: [],
  },
  { event: "request_review", from: ["responded"], to: "internal_review", guards: [], effects: [] },
  {
    event: "complete_review",
    from: ["internal_review"],
    to: "responded",
    guards: ["outcomeRecorded"],
    effects: [],
  },
  {
    event: "complain_to_commissioner",
    from: ["responded", "internal_review", "closed"],
    to: "with_commissioner",
    guards: [],
    effects: [],
  },
  {
    event: "commissioner_decided",
    from: ["with_commissioner"],
    to: "closed",
    guards: [],
    effects: [],
  },
  { event: "close", from: ["responded"], to: "closed", guards: [], effects: [] },
  {
    event: "withdraw",
    from: [
      "new",
      "acknowledged",
      "awaiting_clarification",
      "on_hold_fee",
      "in_progress",
      "extended",
    ],
    to: "withdrawn",
    guards: [],
    effects: [],
  },
  { event: "transfer", from: ["new", "acknowledged"], to: "transferred", guards: [], effects: [] },
  { event: "reopen", from: ["closed", "withdrawn"], to: "in_progress", guards: [], effects: [] },
];

/** The events an officer may take from a status (for menus). */
export function eventsFrom(status: CaseStatus): CaseEvent[] {
  return caseTransitions.filter((row) => row.from.includes(status)).map((row) => row.event);
}

/** True once nothing more is expected of the authority (closed, withdrawn or transferred). */
export function isFinished(status: CaseStatus): boolean {
  return status === "closed" || status === "withdrawn" || status === "transferred";
}
