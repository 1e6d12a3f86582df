/**
 * `foi deadline`: the statutory due date of a request, as one JSON object, or one NDJSON line per
 * request with --batch. This output is a contract other tools script against.
 */
import type { CliIo } from "../cliCommand";
import { loadHolidayCalendar } from "../holidayCalendarFile";
import {
  deadlineStatus,
  dueDate,
  isIsoDate,
  parseDeadlineRequest,
  regimeIds,
  type HolidayCalendar,
  type IsoDate,
} from "../../shared/deadlines";

export const summary = "when a request must be answered, and why (one request, or --batch NDJSON)";

export const usage = `Usage:
  foi deadline --received <YYYY-MM-DD | ISO datetime> --regime <regime> [--event <type>=<YYYY-MM-DD>[:<working days>]]...
               [--nation england-and-wales|scotland|northern-ireland] [--today YYYY-MM-DD] [--holidays FILE]
  foi deadline --batch [--today YYYY-MM-DD] [--holidays FILE]  < requests.ndjson

Regimes: ${regimeIds.join(", ")}
Event types: clarification_requested, clarification_received, fee_notice, fee_paid, extension
  (an extension may give its working days, e.g. extension=2026-04-01:20), hold_started, hold_ended.

A datetime is turned into its date of receipt in Europe/London (23:30 UTC on 30 June is 1 July).
Prints one JSON object with due (YYYY-MM-DD), statutoryDue, extendedDue, state, provisional,
explanation, skipped holidays and warnings; with --today also status, workingDaysElapsed and
workingDaysRemaining.

--batch reads lines {"id","received","regime","events":[{"type","date"}],"nation"?,"today"?} and
writes one line {"id","due",...} for each, in order; a bad line gets {"id","error"} and the rest go on.
`;

interface Options {
  received?: string;
  regime?: string;
  events: { type: string; date: string; workingDays?: number }[];
  nation?: string;
  today?: string;
  holidays?: string;
  batch: boolean;
}

type OptionsResult = { ok: true; value: Options } | { ok: false; problem: string };

function readOptions(argv: readonly string[]): OptionsResult {
  const options: Options = { events: [], batch: false };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index] as string;
    if (flag === "--batch") {
      options.batch = true;
      continue;
    }
    const [name, inline] =
      flag.includes("=") && flag.startsWith("--")
        ? [flag.slice(0, flag.indexOf("=")), flag.slice(flag.indexOf("=") + 1)]
        : [flag, undefined];
    const value = inline ?? argv[index + 1];
    if (inline === undefined) index += 1;
    if (value === undefined) return { ok: false, problem: `${name} needs a value` };
    switch (name) {
      case "--received":
        options.received = value;
        break;
      case "--regime":
        options.regime = value;
        break;
      case "--nation":
        options.nation = value;
        break;
      case "--today":
        options.today = value;
        break;
      case "--holidays":
        options.holidays = value;
        break;
      case "--event": {
        const match = /^([a-z_]+)=(\d{4}-\d{2}-\d{2})(?::(\d+))?$/.exec(value);
        if (!match) {
          return {
            ok: false,
            problem: `--event '${value}' should look like fee_notice=2026-06-05 (or extension=2026-04-01:20)`,
          };
        }
        const event: { type: string; date: string; workingDays?: number } = {
          type: match[1] as string,
          date: match[2] as string,
        };
        if (match[3] !== undefined) event.workingDays = Number(match[3]);
        options.events.push(event);
        break;
      }
      default:
        return { ok: false, problem: `unknown option '${flag}'` };
    }
  }
  return { ok: true, value: options };
}

/** The JSON object printed for one request. */
function answer(
  input: Record<string, unknown>,
  holidays: HolidayCalendar,
  defaultToday?: string,
): Record<string, unknown> {
  const parsed = parseDeadlineRequest(input);
  if (!parsed.ok) return { error: parsed.problem };
  const today = input.today ?? defaultToday;
  if (today !== undefined && !isIsoDate(today))
    return { error: `today '${String(today)}' is not a date written YYYY-MM-DD` };
  const deadline = dueDate(parsed.value, holidays);
  const result: Record<string, unknown> = {
    due: deadline.due,
    statutoryDue: deadline.statutoryDue,
    extendedDue: deadline.extendedDue ?? null,
    regime: deadline.regime,
    received: input.received,
    dateOfReceipt: deadline.received,
    clockStart: deadline.clockStart,
    state: deadline.state,
    provisional: deadline.provisional,
    explanation: deadline.explanation,
    skipped: deadline.skipped.map(({ date, title, divisions }) => ({ date, title, divisions })),
    feeDaysDisregarded: deadline.feeDaysDisregarded,
    warnings: deadline.warnings,
  };
  if (deadline.payBy) result.payBy = deadline.payBy;
  if (today !== undefined) {
    const progress = deadlineStatus(deadline, today as IsoDate, holidays);
    Object.assign(result, { today, ...progress });
  }
  return result;
}

async function runBatch(io: CliIo, holidays: HolidayCalendar, today?: string): Promise<number> {
  let lineNumber = 0;
  for await (const line of io.lines()) {
    lineNumber += 1;
    if (line.trim() === "") continue;
    let input: unknown;
    try {
      input = JSON.parse(line);
    } catch {
      io.out(`${JSON.stringify({ id: null, error: `line ${lineNumber} is not JSON` })}\n`);
      continue;
    }
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      io.out(`${JSON.stringify({ id: null, error: `line ${lineNumber} is not a JSON object` })}\n`);
      continue;
    }
    const record = input as Record<string, unknown>;
    const id = record.id ?? null;
    let result: Record<string, unknown>;
    try {
      result = answer(record, holidays, today);
    } catch (error) {
      result = { error: `could not compute: ${(error as Error).message}` };
    }
    io.out(`${JSON.stringify({ id, ...result })}\n`);
  }
  return 0;
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const options = readOptions(argv);
  if (!options.ok) {
    io.err(`foi deadline: ${options.problem}\n\n${usage}`);
    return 2;
  }
  let holidays: HolidayCalendar;
  try {
    holidays = loadHolidayCalendar(options.value.holidays, io.env, io.cwd);
  } catch (error) {
    io.err(`foi deadline: could not read the bank holiday list: ${(error as Error).message}\n`);
    return 1;
  }
  if (options.value.batch) return runBatch(io, holidays, options.value.today);
  const { received, regime, events, nation, today } = options.value;
  const result = answer({ received, regime, events, nation, today }, holidays);
  if ("error" in result) {
    io.err(`foi deadline: ${String(result.error)}\n`);
    return 2;
  }
  io.out(`${JSON.stringify(result, null, 2)}\n`);
  return 0;
}
