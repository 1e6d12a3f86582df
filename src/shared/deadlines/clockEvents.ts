/**
 * Things that happen to a request and change (or don't change) its statutory clock.
 */
import type { IsoDate } from "./calendarDate";
import { receiptDate } from "./receiptDate";

export type ClockEventType =
  /** The authority asked the requester what they want (FOIA s1(3), EIR reg 9(2)): the clock stops. */
  | "clarification_requested"
  /** The requester's answer arrived: it becomes the date of receipt (FOIA s10(6)(b)): a fresh count. */
  | "clarification_received"
  /** A fees notice was given (FOIA s9, s13; EIR reg 8): working days from here are disregarded… */
  | "fee_notice"
  /** …up to and including the day the fee arrived (FOIA s10(2)). */
  | "fee_paid"
  /** The time limit was extended (FOIA s10(3) public interest test; EIR reg 7; SAR Art 12(3)). */
  | "extension"
  /** A hold that does NOT stop the statutory clock (consultation, waiting on a department). */
  | "hold_started"
  | "hold_ended";

export const clockEventTypes: readonly ClockEventType[] = [
  "clarification_requested",
  "clarification_received",
  "fee_notice",
  "fee_paid",
  "extension",
  "hold_started",
  "hold_ended",
];

export interface ClockEvent {
  type: ClockEventType;
  /** The calendar day it happened (Europe/London). */
  date: IsoDate;
  /** For an extension under FOIA s10(3): the further working days (default 20). */
  workingDays?: number;
  /** Free text for people, e.g. who is being consulted. */
  note?: string;
}

export function isClockEventType(text: unknown): text is ClockEventType {
  return typeof text === "string" && (clockEventTypes as readonly string[]).includes(text);
}

/**
 * Reads a clock event from untrusted input (a JSON line, a list item), or says what is wrong.
 */
export function parseClockEvent(
  value: unknown,
): { ok: true; value: ClockEvent } | { ok: false; problem: string } {
  if (typeof value !== "object" || value === null) {
    return { ok: false, problem: "an event must be an object with a type and a date" };
  }
  const { type, date, workingDays, note } = value as Record<string, unknown>;
  if (!isClockEventType(type)) {
    return {
      ok: false,
      problem: `unknown event type '${String(type)}' (expected one of ${clockEventTypes.join(", ")})`,
    };
  }
  let day: IsoDate;
  try {
    // A datetime is turned into its Europe/London date, as the date of receipt is.
    day = receiptDate(typeof date === "string" ? date : "");
  } catch {
    return {
      ok: false,
      problem: `event ${type} needs a date written YYYY-MM-DD, not '${String(date)}'`,
    };
  }
  const event: ClockEvent = { type, date: day };
  if (workingDays !== undefined) {
    if (
      typeof workingDays !== "number" ||
      !Number.isInteger(workingDays) ||
      workingDays < 1 ||
      workingDays > 60
    ) {
      return {
        ok: false,
        problem: `event ${type} has workingDays '${String(workingDays)}': expected a whole number from 1 to 60`,
      };
    }
    event.workingDays = workingDays;
  }
  if (typeof note === "string") event.note = note;
  return { ok: true, value: event };
}
