/**
 * A case's due dates, always from the deadline engine (src/shared/deadlines): never typed in.
 * The repositories call this on registration and on every save, so a clock event (clarification,
 * fee, extension) moves the due date as the law says.
 */
import { dueDate, type ClockEvent, type Division, type IsoDate, type Regime } from "../deadlines";

export interface CaseDueDates {
  /** The date that matters now; null while the clock is stopped (clarification) or paused (fee). */
  dueDate: IsoDate | null;
  extendedDueDate?: IsoDate;
}

/**
 * Due dates for the authority's nation (which sets the subject-access calendar).
 * @example caseDeadlines("england-and-wales")({ regime: "foi", receivedDate: "2026-03-06", clockEvents: [] })
 *   // { dueDate: "2026-04-08" } (Fri 6 Mar 2026 → Wed 8 Apr 2026, FOIA s10(1))
 */
export function caseDeadlines(nation?: Division) {
  return (c: {
    regime: Regime;
    receivedDate: IsoDate;
    clockEvents: readonly ClockEvent[];
  }): CaseDueDates => {
    const deadline = dueDate({
      regime: c.regime,
      received: c.receivedDate,
      events: c.clockEvents,
      ...(nation ? { nation } : {}),
    });
    return {
      dueDate: deadline.due,
      ...(deadline.extendedDue ? { extendedDueDate: deadline.extendedDue } : {}),
    };
  };
}
