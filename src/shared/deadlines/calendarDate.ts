/**
 * Calendar dates as ISO `YYYY-MM-DD` strings, and day arithmetic on them. Dates here are days on a
 * calendar, not instants: no time zone is involved (only receiptDate.ts turns an instant into a
 * date, in Europe/London).
 */

/** A calendar date written `YYYY-MM-DD`. Make one with {@link parseIsoDate}. */
export type IsoDate = string & { readonly __brand: "IsoDate" };

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const msPerDay = 86_400_000;

/** True if `text` is a real calendar date written `YYYY-MM-DD` (so 2026-02-30 is not). */
export function isIsoDate(text: unknown): text is IsoDate {
  if (typeof text !== "string") return false;
  const match = isoPattern.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/**
 * Checks and brands a `YYYY-MM-DD` date.
 * @example parseIsoDate("2026-03-06") // "2026-03-06"
 * @throws RangeError when the text is not a real calendar date.
 */
export function parseIsoDate(text: string): IsoDate {
  if (!isIsoDate(text)) {
    throw new RangeError(`'${text}' is not a calendar date written YYYY-MM-DD`);
  }
  return text;
}

/** Days in a month of a year (Gregorian), e.g. 29 for February 2028. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The day number of a date: whole days since 1970-01-01. Fast to compare and step. */
export function dayNumber(date: IsoDate): number {
  return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / msPerDay;
}

/** The date of a day number (the inverse of {@link dayNumber}). */
export function fromDayNumber(day: number): IsoDate {
  return new Date(day * msPerDay).toISOString().slice(0, 10) as IsoDate;
}

/** The day of the week: 0 Sunday, 1 Monday … 6 Saturday. */
export function weekdayOf(date: IsoDate): number {
  return weekdayOfDayNumber(dayNumber(date));
}

/** The day of the week of a day number (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** `date` moved by `days` calendar days (negative moves back). */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/**
 * The same day `months` calendar months later; where that month is too short, its last day.
 * @example addCalendarMonths("2026-01-31", 1) // "2026-02-28"
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  const year = +date.slice(0, 4);
  const month = +date.slice(5, 7) - 1 + months;
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = (((month % 12) + 12) % 12) + 1;
  const day = Math.min(+date.slice(8, 10), daysInMonth(targetYear, targetMonth));
  return `${String(targetYear).padStart(4, "0")}-${String(targetMonth).padStart(2, "0")}-${String(day).padStart(2, "0")}` as IsoDate;
}

/** Negative, zero or positive as `a` is before, on or after `b`. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const monthNames = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;

/**
 * A date the British way for people.
 * @example formatBritishDate("2026-03-06") // "Fri 6 Mar 2026"
 * @example formatBritishDate("2026-03-06", { weekday: false }) // "6 Mar 2026"
 */
export function formatBritishDate(
  date: IsoDate,
  options: { weekday?: boolean; year?: boolean } = {},
): string {
  const day = String(+date.slice(8, 10));
  const month = monthNames[+date.slice(5, 7) - 1];
  const parts = [day, month];
  if (options.year !== false) parts.push(date.slice(0, 4));
  const text = parts.join(" ");
  return options.weekday === false ? text : `${weekdayNames[weekdayOf(date)]} ${text}`;
}
