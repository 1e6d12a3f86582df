/**
 * UK bank holidays, by division, as the government publishes them (https://www.gov.uk/bank-holidays.json).
 * A copy ships with the product (data/uk-bank-holidays.json, 2019 to 2027); a deployment may load
 * a fresher copy and merge it in with {@link mergeHolidayCalendars}.
 */
import shippedJson from "./data/uk-bank-holidays.json";
import { dayNumber, isIsoDate, type IsoDate } from "./calendarDate";
import { projectedHolidays } from "./projectedHolidays";

/** How many years past the published list the regular pattern is projected. */
export const projectedYears = 10;

/** The three divisions the government's list uses. */
export type Division = "england-and-wales" | "scotland" | "northern-ireland";

export const divisions: readonly Division[] = ["england-and-wales", "scotland", "northern-ireland"];

export const divisionNames: Readonly<Record<Division, string>> = {
  "england-and-wales": "England and Wales",
  scotland: "Scotland",
  "northern-ireland": "Northern Ireland",
};

/**
 * Which holidays stop the count:
 * - `all-uk`: a bank holiday in any part of the UK (FOIA s10(6), EIR reg 2(1));
 * - a division: only that division's holidays (FOISA s73 uses Scotland's).
 */
export type HolidaySet = "all-uk" | Division;

export interface BankHoliday {
  date: IsoDate;
  title: string;
  /** The divisions in which the day is a bank holiday. */
  divisions: Division[];
  /** True for a day projected from the regular pattern, past the published list. */
  projected?: boolean;
}

export interface HolidayCalendar {
  /** Every known holiday, in date order, one entry per date. */
  readonly holidays: readonly BankHoliday[];
  /** The first and last dates for which every division's holidays are known. */
  readonly knownFrom: IsoDate;
  readonly knownUntil: IsoDate;
  /** Where the list came from, for people ("gov.uk list shipped with FOI Desk"). */
  readonly source: string;
  /** Day numbers of holidays in each set, for fast look-up. */
  readonly daySets: Readonly<Record<HolidaySet, ReadonlySet<number>>>;
  /** The holiday on a day number, if any. */
  readonly byDay: ReadonlyMap<number, BankHoliday>;
}

/** A problem with a holiday list that cannot be used. */
export class HolidayListError extends Error {
  override name = "HolidayListError";
}

function buildCalendar(
  holidays: BankHoliday[],
  knownFrom: IsoDate,
  knownUntil: IsoDate,
  source: string,
): HolidayCalendar {
  holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const daySets: Record<HolidaySet, Set<number>> = {
    "all-uk": new Set(),
    "england-and-wales": new Set(),
    scotland: new Set(),
    "northern-ireland": new Set(),
  };
  const byDay = new Map<number, BankHoliday>();
  for (const holiday of holidays) {
    const day = dayNumber(holiday.date);
    byDay.set(day, holiday);
    daySets["all-uk"].add(day);
    for (const division of holiday.divisions) daySets[division].add(day);
  }
  return { holidays, knownFrom, knownUntil, source, daySets, byDay };
}

function addHoliday(
  into: Map<string, BankHoliday>,
  date: IsoDate,
  title: string,
  division: Division,
  projected = false,
): void {
  const existing = into.get(date);
  if (!existing) {
    into.set(
      date,
      projected
        ? { date, title, divisions: [division], projected }
        : { date, title, divisions: [division] },
    );
    return;
  }
  if (!existing.divisions.includes(division)) existing.divisions.push(division);
  existing.divisions.sort((a, b) => divisions.indexOf(a) - divisions.indexOf(b));
  // Keep the England-and-Wales title when they differ (e.g. a substitute day's wording).
  if (division === "england-and-wales") existing.title = title;
}

/**
 * Reads the government's bank-holiday JSON (the shape of https://www.gov.uk/bank-holidays.json).
 * Coverage runs from 1 January of the earliest year to 31 December of the latest year that every
 * division lists, so a date outside it is known to be unknown.
 * @throws HolidayListError when the JSON is not in that shape.
 */
export function holidayCalendarFromGovUk(
  json: unknown,
  source = "gov.uk bank holidays",
): HolidayCalendar {
  if (typeof json !== "object" || json === null) {
    throw new HolidayListError("the bank holiday list is not a JSON object");
  }
  const record = json as Record<string, unknown>;
  const byDate = new Map<string, BankHoliday>();
  let knownFromYear = -Infinity;
  let knownUntilYear = Infinity;
  for (const division of divisions) {
    const part = record[division] as { events?: unknown } | undefined;
    if (!part || !Array.isArray(part.events)) {
      throw new HolidayListError(`the bank holiday list has no events for ${division}`);
    }
    let first = Infinity;
    let last = -Infinity;
    for (const event of part.events as unknown[]) {
      const { date, title } = (event ?? {}) as { date?: unknown; title?: unknown };
      if (!isIsoDate(date) || typeof title !== "string") {
        throw new HolidayListError(`a ${division} event has no valid date and title`);
      }
      addHoliday(byDate, date, title.replace(/\u2019/g, "'"), division);
      const year = +date.slice(0, 4);
      first = Math.min(first, year);
      last = Math.max(last, year);
    }
    if (!Number.isFinite(first)) throw new HolidayListError(`no ${division} holidays are listed`);
    knownFromYear = Math.max(knownFromYear, first);
    knownUntilYear = Math.min(knownUntilYear, last);
  }
  for (let year = knownUntilYear + 1; year <= knownUntilYear + projectedYears; year += 1) {
    for (const division of divisions) {
      for (const holiday of projectedHolidays(year, division)) {
        addHoliday(byDate, holiday.date, holiday.title, division, true);
      }
    }
  }
  return buildCalendar(
    [...byDate.values()],
    `${knownFromYear}-01-01` as IsoDate,
    `${knownUntilYear}-12-31` as IsoDate,
    source,
  );
}

/**
 * Combines two lists, e.g. the shipped copy and a fresher download. A published day that is a
 * holiday in either list stays a holiday (the conservative reading of FOIA s10(6) where a list is corrected
 * or a holiday is proclaimed later: it can only push a due date later). Coverage is the wider of
 * the two.
 */
export function mergeHolidayCalendars(a: HolidayCalendar, b: HolidayCalendar): HolidayCalendar {
  const byDate = new Map<string, BankHoliday>();
  for (const [calendar, other] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const holiday of calendar.holidays) {
      // A projected day gives way to the other list's published days for the same period.
      const published = holiday.date >= other.knownFrom && holiday.date <= other.knownUntil;
      if (holiday.projected && published) continue;
      for (const division of holiday.divisions) {
        addHoliday(byDate, holiday.date, holiday.title, division, holiday.projected === true);
      }
    }
  }
  return buildCalendar(
    [...byDate.values()],
    a.knownFrom < b.knownFrom ? a.knownFrom : b.knownFrom,
    a.knownUntil > b.knownUntil ? a.knownUntil : b.knownUntil,
    `${a.source} + ${b.source}`,
  );
}

/** The list that ships with FOI Desk (gov.uk, Open Government Licence), 2019 to 2027. */
export const shippedHolidays: HolidayCalendar = holidayCalendarFromGovUk(
  shippedJson,
  "gov.uk bank holidays shipped with FOI Desk",
);
