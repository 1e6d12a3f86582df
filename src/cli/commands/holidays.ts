/**
 * `foi holidays`: which bank holidays the deadline engine knows, and a refresh from the
 * government's published list when this machine can reach it.
 */
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { CliIo } from "../cliCommand";
import { loadHolidayCalendar, refreshedHolidaysFile } from "../holidayCalendarFile";
import {
  divisionNames,
  formatBritishDate,
  holidayCalendarFromGovUk,
  isIsoDate,
} from "../../shared/deadlines";

export const summary =
  "the bank holidays the deadline engine knows; --refresh fetches gov.uk's list";

export const usage = `Usage:
  foi holidays [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--holidays FILE]
  foi holidays --refresh [--url URL]

Lists the known bank holidays (the copy shipped with FOI Desk, merged with a refreshed copy if
there is one) and says how far ahead they are known. Due dates past that are marked provisional.
--refresh downloads ${"https://www.gov.uk/bank-holidays.json"} (or --url), checks it, and keeps it
in ${refreshedHolidaysFile}, where 'foi deadline' picks it up.
`;

const govUkUrl = "https://www.gov.uk/bank-holidays.json";

async function refresh(url: string, io: CliIo): Promise<number> {
  let json: unknown;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    json = await response.json();
  } catch (error) {
    io.err(
      `foi holidays: could not download ${url}: ${(error as Error).message}. The shipped list is still used.\n`,
    );
    return 1;
  }
  try {
    const calendar = holidayCalendarFromGovUk(json, url);
    mkdirSync(dirname(refreshedHolidaysFile), { recursive: true });
    const temporary = `${refreshedHolidaysFile}.tmp`;
    writeFileSync(temporary, JSON.stringify(json));
    renameSync(temporary, refreshedHolidaysFile);
    io.out(
      `Saved ${calendar.holidays.filter((holiday) => !holiday.projected).length} bank holidays, known to ${formatBritishDate(calendar.knownUntil)}, in ${refreshedHolidaysFile}\n`,
    );
    return 0;
  } catch (error) {
    io.err(`foi holidays: ${url} is not a bank holiday list: ${(error as Error).message}\n`);
    return 1;
  }
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const value = (flag: string): string | undefined => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  if (argv.includes("--refresh")) return refresh(value("--url") ?? govUkUrl, io);
  const calendar = loadHolidayCalendar(value("--holidays"), io.env, io.cwd);
  const from = value("--from") ?? calendar.knownFrom;
  const to = value("--to") ?? calendar.knownUntil;
  if (!isIsoDate(from) || !isIsoDate(to)) {
    io.err("foi holidays: --from and --to take dates written YYYY-MM-DD\n");
    return 2;
  }
  io.out(
    `Source: ${calendar.source}\nKnown from ${formatBritishDate(calendar.knownFrom)} to ${formatBritishDate(calendar.knownUntil)}; later dates use the regular pattern and are provisional.\n\n`,
  );
  for (const holiday of calendar.holidays) {
    if (holiday.date < from || holiday.date > to) continue;
    const where =
      holiday.divisions.length === 3
        ? "all of the UK"
        : holiday.divisions.map((division) => divisionNames[division]).join(", ");
    io.out(
      `${holiday.date}  ${formatBritishDate(holiday.date).padEnd(16)} ${holiday.title} (${where})${holiday.projected ? " [projected]" : ""}\n`,
    );
  }
  return 0;
}
