/**
 * Which bank-holiday list the command line uses: the shipped one, merged with a refreshed copy
 * when there is one (--holidays FILE, the FOI_BANK_HOLIDAYS variable, or the file that
 * `foi holidays --refresh` writes).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  holidayCalendarFromGovUk,
  mergeHolidayCalendars,
  shippedHolidays,
  type HolidayCalendar,
} from "../shared/deadlines";

/** Where `foi holidays --refresh` keeps the downloaded list. */
export const refreshedHolidaysFile = join(__dirname, "..", "..", ".data", "uk-bank-holidays.json");

export function loadHolidayCalendar(
  explicitFile: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): HolidayCalendar {
  const chosen = explicitFile ?? env.FOI_BANK_HOLIDAYS;
  const file = chosen ? resolve(cwd, chosen) : refreshedHolidaysFile;
  if (!chosen && !existsSync(file)) return shippedHolidays;
  const json: unknown = JSON.parse(readFileSync(file, "utf8"));
  return mergeHolidayCalendars(shippedHolidays, holidayCalendarFromGovUk(json, file));
}
