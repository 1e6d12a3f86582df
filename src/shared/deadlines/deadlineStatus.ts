/**
 * Where a request stands on a given day: on track, due soon, due today, overdue, stopped or lapsed,
 * with the working days used and left. "Today" is always a parameter.
 */
import { dayNumber, type IsoDate } from "./calendarDate";
import { shippedHolidays, type HolidayCalendar } from "./bankHolidays";
import type { Deadline } from "./dueDate";
import { isWorkingDayNumber, workingDaysBetween } from "./workingDays";

export type DeadlineStatusName =
  | "on_track"
  | "due_soon"
  | "due_today"
  | "overdue"
  /** The clock is stopped (clarification) or paused (fee). */
  | "stopped"
  /** The fee was not paid in time: the authority need not comply. */
  | "lapsed";

export interface DeadlineProgress {
  status: DeadlineStatusName;
  /** Working days counted from the clock start up to and including today (fee days excluded). */
  workingDaysElapsed: number;
  /** Working days after today up to and including the due date; negative once overdue. */
  workingDaysRemaining: number;
}

/** How many working days before the due date a case counts as "due soon". */
export const dueSoonWorkingDays = 5;

/**
 * The status of a deadline on `today`. Overdue starts the day after the due date (a date
 * comparison, not a time).
 * @example deadlineStatus(dueDate({ regime: "foi", received: "2026-03-06" }), "2026-04-08").status // "due_today"
 */
export function deadlineStatus(
  deadline: Deadline,
  today: IsoDate,
  holidays: HolidayCalendar = shippedHolidays,
  dueSoonWithin: number = dueSoonWorkingDays,
): DeadlineProgress {
  const set = deadline.holidaySet;
  const disregarded = new Set<number>();
  for (const pause of deadline.feePauses) {
    const end = pause.paid ? dayNumber(pause.paid) : dayNumber(today);
    for (let day = dayNumber(pause.notice); day <= end; day += 1) disregarded.add(day);
  }
  let elapsed = 0;
  for (let day = dayNumber(deadline.clockStart) + 1; day <= dayNumber(today); day += 1) {
    if (isWorkingDayNumber(day, holidays, set) && !disregarded.has(day)) elapsed += 1;
  }
  if (deadline.state !== "running" || deadline.due === null) {
    const lapsed =
      deadline.state === "awaiting_fee" && deadline.payBy !== undefined && today > deadline.payBy;
    return {
      status: lapsed ? "lapsed" : "stopped",
      workingDaysElapsed: elapsed,
      workingDaysRemaining: 0,
    };
  }
  const due = deadline.due;
  const remaining =
    today <= due
      ? workingDaysBetween(today, due, holidays, set)
      : -workingDaysBetween(due, today, holidays, set);
  let status: DeadlineStatusName;
  if (today > due) status = "overdue";
  else if (today === due) status = "due_today";
  else if (remaining <= dueSoonWithin) status = "due_soon";
  else status = "on_track";
  return { status, workingDaysElapsed: elapsed, workingDaysRemaining: remaining };
}
