/**
 * Working days: not a Saturday or Sunday, and not a holiday in the chosen set. Christmas Day and
 * Good Friday are on every division's list, so the statutory exclusions of FOIA s10(6) and FOISA
 * s73 come down to the set of holidays that applies.
 */
import { dayNumber, fromDayNumber, weekdayOfDayNumber, type IsoDate } from "./calendarDate";
import {
  shippedHolidays,
  type BankHoliday,
  type HolidayCalendar,
  type HolidaySet,
} from "./bankHolidays";

/** True if the day number is a working day in the set. */
export function isWorkingDayNumber(
  day: number,
  holidays: HolidayCalendar,
  set: HolidaySet,
): boolean {
  const weekday = weekdayOfDayNumber(day);
  return weekday !== 0 && weekday !== 6 && !holidays.daySets[set].has(day);
}

/**
 * True if `date` is a working day.
 * @example isWorkingDay("2026-03-17", shippedHolidays, "all-uk") // false: St Patrick's Day (NI)
 * @example isWorkingDay("2026-03-17", shippedHolidays, "scotland") // true
 */
export function isWorkingDay(
  date: IsoDate,
  holidays: HolidayCalendar = shippedHolidays,
  set: HolidaySet = "all-uk",
): boolean {
  return isWorkingDayNumber(dayNumber(date), holidays, set);
}

/**
 * The `count`th working day after `date` (`date` itself is day 0, whatever day it is).
 * @example addWorkingDays("2026-03-06", 20, shippedHolidays, "all-uk") // "2026-04-08"
 */
export function addWorkingDays(
  date: IsoDate,
  count: number,
  holidays: HolidayCalendar = shippedHolidays,
  set: HolidaySet = "all-uk",
): IsoDate {
  let day = dayNumber(date);
  let left = count;
  while (left > 0) {
    day += 1;
    if (isWorkingDayNumber(day, holidays, set)) left -= 1;
  }
  return fromDayNumber(day);
}

/**
 * How many working days fall after `from` up to and including `to` (0 when `to` is not after
 * `from`). Counting Fri 6 Mar 2026 to Wed 8 Apr 2026 under FOIA gives 20.
 */
export function workingDaysBetween(
  from: IsoDate,
  to: IsoDate,
  holidays: HolidayCalendar = shippedHolidays,
  set: HolidaySet = "all-uk",
): number {
  const end = dayNumber(to);
  let count = 0;
  for (let day = dayNumber(from) + 1; day <= end; day += 1) {
    if (isWorkingDayNumber(day, holidays, set)) count += 1;
  }
  return count;
}

/** The first working day after `date`. */
export function nextWorkingDay(
  date: IsoDate,
  holidays: HolidayCalendar = shippedHolidays,
  set: HolidaySet = "all-uk",
): IsoDate {
  return addWorkingDays(date, 1, holidays, set);
}

/** `date` if it is a working day, otherwise the next working day after it. */
export function onOrNextWorkingDay(
  date: IsoDate,
  holidays: HolidayCalendar = shippedHolidays,
  set: HolidaySet = "all-uk",
): IsoDate {
  return isWorkingDay(date, holidays, set) ? date : nextWorkingDay(date, holidays, set);
}

/** The holidays in the set that fall on a weekday after `from` up to and including `to`. */
export function holidaysBetween(
  from: IsoDate,
  to: IsoDate,
  holidays: HolidayCalendar = shippedHolidays,
  set: HolidaySet = "all-uk",
): BankHoliday[] {
  const found: BankHoliday[] = [];
  const end = dayNumber(to);
  for (let day = dayNumber(from) + 1; day <= end; day += 1) {
    const weekday = weekdayOfDayNumber(day);
    if (weekday === 0 || weekday === 6 || !holidays.daySets[set].has(day)) continue;
    const holiday = holidays.byDay.get(day);
    if (holiday) found.push(holiday);
  }
  return found;
}

/**
 * The last day of the s12(4) aggregation window opened by a request received on `first`: requests
 * received within 60 consecutive working days may be costed together (Fees Regulations 2004
 * reg 5). The days are counted as FOIA counts them, from the first working day after `first`
 * (docs/foi-rules.md T14).
 * @example workingDayPeriodEnd("2026-01-05", 60) // "2026-03-31" (T14)
 */
export function workingDayPeriodEnd(
  first: IsoDate,
  count: number,
  holidays: HolidayCalendar = shippedHolidays,
  set: HolidaySet = "all-uk",
): IsoDate {
  return addWorkingDays(first, count, holidays, set);
}
