/**
 * Reads a deadline request from untrusted input (a command-line flag set, a JSON line, a list
 * item) into checked types, or says plainly what is wrong.
 */
import { isIsoDate, type IsoDate } from "./calendarDate";
import { divisions, type Division } from "./bankHolidays";
import { parseClockEvent, type ClockEvent } from "./clockEvents";
import type { DeadlineRequest, SchoolCalendar } from "./dueDate";
import { receiptDate } from "./receiptDate";
import { regimeFromText, regimeIds } from "./regimes";

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

function parseSchoolCalendar(value: unknown): Parsed<SchoolCalendar> {
  const { terms, closures } = (value ?? {}) as { terms?: unknown; closures?: unknown };
  if (!Array.isArray(terms) || terms.length === 0) {
    return {
      ok: false,
      problem: "schoolCalendar needs a list of terms, each with a start and an end date",
    };
  }
  const checkedTerms: { start: IsoDate; end: IsoDate }[] = [];
  for (const term of terms as unknown[]) {
    const { start, end } = (term ?? {}) as { start?: unknown; end?: unknown };
    if (!isIsoDate(start) || !isIsoDate(end) || end < start) {
      return {
        ok: false,
        problem:
          "each term needs a start and an end date (YYYY-MM-DD), the end not before the start",
      };
    }
    checkedTerms.push({ start, end });
  }
  const checkedClosures: IsoDate[] = [];
  if (closures !== undefined) {
    if (!Array.isArray(closures) || !closures.every(isIsoDate)) {
      return { ok: false, problem: "closures must be a list of dates written YYYY-MM-DD" };
    }
    checkedClosures.push(...(closures as IsoDate[]));
  }
  return { ok: true, value: { terms: checkedTerms, closures: checkedClosures } };
}

/**
 * Checks `{ received, regime, events?, nation?, schoolCalendar? }`. `received` may be a date or an
 * ISO datetime; a datetime is turned into its Europe/London date of receipt.
 */
export function parseDeadlineRequest(input: unknown): Parsed<DeadlineRequest> {
  if (typeof input !== "object" || input === null) {
    return { ok: false, problem: "a request must be an object with received and regime" };
  }
  const { received, regime, events, nation, schoolCalendar } = input as Record<string, unknown>;
  if (typeof received !== "string" || received.trim() === "") {
    return {
      ok: false,
      problem: "received is missing: give the date (YYYY-MM-DD) or the ISO datetime it arrived",
    };
  }
  let date: IsoDate;
  try {
    date = receiptDate(received);
  } catch (error) {
    return { ok: false, problem: (error as Error).message };
  }
  const regimeId = regimeFromText(regime);
  if (!regimeId) {
    return {
      ok: false,
      problem: `unknown regime '${String(regime)}' (expected one of ${regimeIds.join(", ")})`,
    };
  }
  const checkedEvents: ClockEvent[] = [];
  if (events !== undefined && events !== null) {
    if (!Array.isArray(events)) return { ok: false, problem: "events must be a list" };
    for (const event of events as unknown[]) {
      const parsed = parseClockEvent(event);
      if (!parsed.ok) return parsed;
      if (parsed.value.date < date) {
        return {
          ok: false,
          problem: `event ${parsed.value.type} on ${parsed.value.date} is before the date of receipt ${date}`,
        };
      }
      checkedEvents.push(parsed.value);
    }
  }
  const request: DeadlineRequest = { regime: regimeId, received: date, events: checkedEvents };
  if (nation !== undefined && nation !== null) {
    if (!divisions.includes(nation as Division)) {
      return {
        ok: false,
        problem: `unknown nation '${String(nation)}' (expected one of ${divisions.join(", ")})`,
      };
    }
    request.nation = nation as Division;
  }
  if (schoolCalendar !== undefined && schoolCalendar !== null) {
    const parsed = parseSchoolCalendar(schoolCalendar);
    if (!parsed.ok) return parsed;
    request.schoolCalendar = parsed.value;
  }
  if (regimeId === "foi-school" && !request.schoolCalendar) {
    return {
      ok: false,
      problem: "the foi-school regime needs the school's term dates (schoolCalendar)",
    };
  }
  return { ok: true, value: request };
}
