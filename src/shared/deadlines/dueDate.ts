/**
 * When a request must be answered: the statutory due date, with the clock events applied, and an
 * explanation a person can check by hand.
 */
import {
  addCalendarDays,
  addCalendarMonths,
  dayNumber,
  formatBritishDate,
  fromDayNumber,
  type IsoDate,
} from "./calendarDate";
import {
  divisionNames,
  shippedHolidays,
  type BankHoliday,
  type Division,
  type HolidayCalendar,
  type HolidaySet,
} from "./bankHolidays";
import type { ClockEvent } from "./clockEvents";
import { regimes, type Regime, type RegimeRule } from "./regimes";
import {
  addWorkingDays,
  holidaysBetween,
  isWorkingDayNumber,
  onOrNextWorkingDay,
} from "./workingDays";

/** A school's term dates, for the schools variation (SI 2004/3364 reg 3). */
export interface SchoolCalendar {
  /** Terms, first day to last day inclusive. Days outside every term are not school days. */
  terms: readonly { start: IsoDate; end: IsoDate }[];
  /** Days inside a term when the school is closed (INSET days, closures). */
  closures?: readonly IsoDate[];
}

export interface DeadlineRequest {
  regime: Regime;
  /** The date of receipt: the Europe/London calendar date the request arrived (see receiptDate). */
  received: IsoDate;
  events?: readonly ClockEvent[];
  /** The authority's own nation: sets the holidays for subject access requests. */
  nation?: Division;
  /** Required for the `foi-school` regime. */
  schoolCalendar?: SchoolCalendar;
}

/** Where the clock stands. */
export type DeadlineState =
  /** Counting: `due` is set. */
  | "running"
  /** Stopped: the authority asked for clarification and no answer has arrived. */
  | "awaiting_clarification"
  /** Paused: a fees notice is unpaid. */
  | "awaiting_fee";

/** Working days disregarded while a fee was outstanding (FOIA s10(2)). */
export interface FeePause {
  notice: IsoDate;
  paid?: IsoDate;
  /** The last day the fee can be paid before the request lapses. */
  payBy: IsoDate;
  disregardedDays: number;
}

/** A hold that is shown but does not stop the statutory clock. */
export interface Hold {
  started: IsoDate;
  ended?: IsoDate;
  note?: string;
}

export interface Deadline {
  regime: Regime;
  /** The date the request first arrived. */
  received: IsoDate;
  /** The date the count runs from: the date of receipt, or the day a clarification arrived. */
  clockStart: IsoDate;
  state: DeadlineState;
  /** The statutory due date before any extension; null while the clock is stopped or paused. */
  statutoryDue: IsoDate | null;
  /** The extended due date, where an extension was applied. */
  extendedDue?: IsoDate;
  /** The date that matters now: `extendedDue` if any, else `statutoryDue`. */
  due: IsoDate | null;
  /** Which holidays were counted. */
  holidaySet: HolidaySet;
  /** True when the count runs past the known bank holidays: the date may move. */
  provisional: boolean;
  /** Bank holidays on weekdays between the clock start and the due date. */
  skipped: BankHoliday[];
  feePauses: FeePause[];
  feeDaysDisregarded: number;
  /** When awaiting a fee: the last day it can be paid; after it the request lapses (FOIA s9(2)). */
  payBy?: IsoDate;
  /** When awaiting clarification: the day it was asked for. */
  clarificationRequested?: IsoDate;
  holds: Hold[];
  /** Things a person should check (e.g. an extension given after the time limit). */
  warnings: string[];
  /** How the date was worked out, in words. */
  explanation: string;
}

interface ClockState {
  clockStart: IsoDate;
  clarificationRequested?: IsoDate;
  restartedBy?: { requested?: IsoDate; received: IsoDate };
  /** Calendar days the SAR clock was paused for clarification (UK GDPR Art 12A). */
  sarPausedDays: number;
  feePauses: { notice: IsoDate; paid?: IsoDate }[];
  extension?: ClockEvent;
  holds: Hold[];
  warnings: string[];
}

/** The holiday set a regime uses for this authority. */
export function holidaySetFor(rule: RegimeRule, nation: Division | undefined): HolidaySet {
  return rule.holidaySet === "authority" ? (nation ?? "england-and-wales") : rule.holidaySet;
}

function sortedEvents(events: readonly ClockEvent[]): ClockEvent[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) =>
      a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.index - b.index,
    )
    .map(({ event }) => event);
}

function applyEvents(request: DeadlineRequest, rule: RegimeRule): ClockState {
  const state: ClockState = {
    clockStart: request.received,
    sarPausedDays: 0,
    feePauses: [],
    holds: [],
    warnings: [],
  };
  const isSar = rule.limit.unit === "months";
  for (const event of sortedEvents(request.events ?? [])) {
    if (event.date < request.received) {
      state.warnings.push(
        `Ignored ${event.type.replace(/_/g, " ")} on ${formatBritishDate(event.date)}: it is before the date of receipt.`,
      );
      continue;
    }
    switch (event.type) {
      case "clarification_requested":
        state.clarificationRequested ??= event.date;
        break;
      case "clarification_received": {
        const requested = state.clarificationRequested;
        if (!requested) {
          state.warnings.push(
            `A clarification arrived on ${formatBritishDate(event.date)} with no request for one recorded; the clock was restarted from it.`,
          );
        }
        state.clarificationRequested = undefined;
        if (isSar) {
          // UK GDPR Art 12A (as DPA 2018 s54(3C)): the period beginning with the day the
          // controller asks and ending with the day the answer arrives does not count.
          state.sarPausedDays += requested ? dayNumber(event.date) - dayNumber(requested) + 1 : 0;
          state.restartedBy = { requested, received: event.date };
        } else {
          // FOIA s10(6)(b), EIR reg 9(4): the further information's arrival is the date of receipt.
          state.clockStart = event.date;
          state.restartedBy = { requested, received: event.date };
          state.feePauses = [];
          state.extension = undefined;
        }
        break;
      }
      case "fee_notice":
        if (rule.fees.kind === "none" && !isSar) {
          state.warnings.push(`${rule.shortName} has no fees notice; ignored the one recorded.`);
          break;
        }
        if (state.feePauses.some((pause) => pause.paid === undefined)) {
          state.warnings.push(
            `A second fees notice on ${formatBritishDate(event.date)} while one was unpaid; the first one stands.`,
          );
          break;
        }
        state.feePauses.push({ notice: event.date });
        break;
      case "fee_paid": {
        const open = state.feePauses.find((pause) => pause.paid === undefined);
        if (!open) {
          state.warnings.push(
            `A fee paid on ${formatBritishDate(event.date)} with no fees notice recorded; ignored.`,
          );
          break;
        }
        open.paid = event.date;
        break;
      }
      case "extension":
        if (rule.extension.kind === "none") {
          state.warnings.push(`No extension is possible: ${rule.extension.why}.`);
          break;
        }
        state.extension = event;
        break;
      case "hold_started":
        state.holds.push({ started: event.date, note: event.note });
        break;
      case "hold_ended": {
        const open = [...state.holds].reverse().find((hold) => hold.ended === undefined);
        if (open) open.ended = event.date;
        break;
      }
    }
  }
  return state;
}

/** The last day a fee can be paid: three months beginning with the notice day (FOIA s9(2)). */
function payByDate(
  notice: IsoDate,
  rule: RegimeRule,
  holidays: HolidayCalendar,
  set: HolidaySet,
): IsoDate {
  if (rule.fees.kind === "working-days")
    return addWorkingDays(notice, rule.fees.days, holidays, set);
  const months = rule.fees.kind === "months" ? rule.fees.months : 3;
  return addCalendarDays(addCalendarMonths(notice, months), -1);
}

/**
 * Day numbers disregarded for fees: working days from notice to payment inclusive (FOIA s10(2)).
 * The date of receipt itself is never one of the counted days, so a notice given that day
 * disregards from the next working day.
 */
function disregardedDays(
  pauses: readonly { notice: IsoDate; paid?: IsoDate }[],
  clockStart: IsoDate,
  holidays: HolidayCalendar,
  set: HolidaySet,
): { days: Set<number>; counts: number[] } {
  const days = new Set<number>();
  const counts: number[] = [];
  const firstCounted = dayNumber(clockStart) + 1;
  for (const pause of pauses) {
    let count = 0;
    if (pause.paid) {
      for (
        let day = Math.max(dayNumber(pause.notice), firstCounted);
        day <= dayNumber(pause.paid);
        day += 1
      ) {
        if (isWorkingDayNumber(day, holidays, set) && !days.has(day)) {
          days.add(day);
          count += 1;
        }
      }
    }
    counts.push(count);
  }
  return { days, counts };
}

function isSchoolDay(
  day: number,
  calendar: SchoolCalendar,
  closures: ReadonlySet<number>,
): boolean {
  if (closures.has(day)) return false;
  return calendar.terms.some((term) => day >= dayNumber(term.start) && day <= dayNumber(term.end));
}

/** Counts `count` working days after `start`, skipping disregarded days and any extra test. */
function countWorkingDays(
  start: IsoDate,
  count: number,
  holidays: HolidayCalendar,
  set: HolidaySet,
  disregarded: ReadonlySet<number>,
  counts: (day: number) => boolean = () => true,
  stopAfter = Infinity,
): number | null {
  let day = dayNumber(start);
  let left = count;
  const limit = day + stopAfter;
  while (left > 0) {
    day += 1;
    if (day > limit) return null;
    if (isWorkingDayNumber(day, holidays, set) && !disregarded.has(day) && counts(day)) left -= 1;
  }
  return day;
}

/** One calendar month (or more), day of receipt as day one, onto a working day (ICO SAR method). */
function sarDue(
  start: IsoDate,
  months: number,
  pausedDays: number,
  holidays: HolidayCalendar,
  set: HolidaySet,
): {
  raw: IsoDate;
  clamped: boolean;
  due: IsoDate;
} {
  const monthLater = addCalendarMonths(start, months);
  const clamped = monthLater.slice(8) !== start.slice(8);
  const raw = addCalendarDays(monthLater, pausedDays);
  return { raw, clamped, due: onOrNextWorkingDay(raw, holidays, set) };
}

function shortDate(date: IsoDate, referenceYear: string): string {
  return formatBritishDate(date, { year: date.slice(0, 4) !== referenceYear });
}

function describeSkipped(holiday: BankHoliday, referenceYear: string): string {
  const when = shortDate(holiday.date, referenceYear);
  if (holiday.divisions.includes("england-and-wales")) return when;
  const where = holiday.divisions.map((division) => divisionNames[division]).join(", ");
  return `${when} (${holiday.title}, ${where})`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The statutory due date of a request.
 *
 * Day one is the first working day after the date of receipt (FOIA s10(1), EIR reg 5(2), FOISA
 * s10(1)); for subject access it is the day of receipt (UK GDPR Art 12(3), ICO method). Working
 * days exclude weekends and bank holidays in any part of the UK (FOIA s10(6)), or Scotland's only
 * (FOISA s73).
 *
 * @example dueDate({ regime: "foi", received: "2026-03-06" }).due // "2026-04-08" (T1)
 * @example dueDate({ regime: "foisa", received: "2026-03-27" }).due // "2026-04-27" (T5)
 */
export function dueDate(
  request: DeadlineRequest,
  holidays: HolidayCalendar = shippedHolidays,
): Deadline {
  const rule = regimes[request.regime];
  const set = holidaySetFor(rule, request.nation);
  const clock = applyEvents(request, rule);
  const warnings = [...clock.warnings];
  const lines: string[] = [];
  const startYear = clock.clockStart.slice(0, 4);
  const isSar = rule.limit.unit === "months";

  // Fees: pay-by dates, and the working days disregarded while they were outstanding.
  const { days: disregarded, counts } = disregardedDays(
    clock.feePauses,
    clock.clockStart,
    holidays,
    set,
  );
  const feePauses: FeePause[] = clock.feePauses.map((pause, index) => ({
    ...pause,
    payBy: payByDate(pause.notice, rule, holidays, set),
    disregardedDays: counts[index] ?? 0,
  }));
  for (const pause of feePauses) {
    if (pause.paid && pause.paid > pause.payBy) {
      warnings.push(
        `The fee was paid on ${formatBritishDate(pause.paid)}, after the last day to pay (${formatBritishDate(pause.payBy)}); the authority need not comply (${rule.fees.kind === "none" ? rule.statute : rule.fees.statute}).`,
      );
    }
  }
  const feeDaysDisregarded = feePauses.reduce((sum, pause) => sum + pause.disregardedDays, 0);
  const unpaid = feePauses.find((pause) => pause.paid === undefined);

  const base = {
    regime: request.regime,
    received: request.received,
    holidaySet: set,
    feePauses,
    feeDaysDisregarded,
    holds: clock.holds,
  };

  /** A deadline whose clock is not running: no due date until the requester acts. */
  const stopped = (
    state: Exclude<DeadlineState, "running">,
    explanation: string,
    extra: Pick<Deadline, "payBy" | "clarificationRequested">,
  ): Deadline => ({
    ...base,
    ...extra,
    clockStart: clock.clockStart,
    state,
    statutoryDue: null,
    due: null,
    provisional: false,
    skipped: [],
    warnings,
    explanation,
  });

  if (clock.clarificationRequested) {
    return stopped(
      "awaiting_clarification",
      `The clock stopped on ${formatBritishDate(clock.clarificationRequested)}, when clarification was asked for (${rule.clarification.stop}). ${isSar ? "It resumes" : `A fresh count of ${rule.limitText} starts`} when the answer arrives.`,
      { clarificationRequested: clock.clarificationRequested },
    );
  }
  if (unpaid) {
    return stopped(
      "awaiting_fee",
      isSar
        ? `The month starts when the fee asked for on ${formatBritishDate(unpaid.notice)} is paid (UK GDPR Art 12A).`
        : `The clock is paused from ${formatBritishDate(unpaid.notice)}, when the fees notice was given, until the fee arrives (${rule.fees.kind === "none" ? rule.statute : rule.fees.statute}). If it is not paid by ${formatBritishDate(unpaid.payBy)}, the request lapses.`,
      { payBy: unpaid.payBy },
    );
  }

  let clockStart = clock.clockStart;
  if (clock.restartedBy && !isSar) {
    lines.push(
      `The clock restarted from ${formatBritishDate(clock.restartedBy.received)}, when the clarification${clock.restartedBy.requested ? ` asked for on ${formatBritishDate(clock.restartedBy.requested)}` : ""} arrived (${rule.clarification.restart}).`,
    );
  }

  let statutoryDue: IsoDate;
  let extendedDue: IsoDate | undefined;
  let headline: string;

  if (rule.limit.unit === "months") {
    // Subject access: a fee (where one is allowed) restarts the month from its payment.
    const paid = feePauses.find((pause) => pause.paid !== undefined)?.paid;
    if (paid && paid > clockStart) {
      clockStart = paid;
      lines.push(`The month runs from ${formatBritishDate(paid)}, when the fee was paid.`);
    }
    const month = sarDue(clockStart, rule.limit.months, clock.sarPausedDays, holidays, set);
    statutoryDue = month.due;
    const parts = [
      `one calendar month from ${formatBritishDate(clockStart)}, the day of receipt counting as day one (${rule.statute})`,
    ];
    if (month.clamped)
      parts.push(`that month has no day ${+clockStart.slice(8)}, so its last day is used`);
    if (clock.sarPausedDays > 0) {
      parts.push(
        `plus ${plural(clock.sarPausedDays, "day")} paused while clarification was awaited (UK GDPR Art 12A)`,
      );
    }
    if (month.due !== month.raw) {
      parts.push(
        `${formatBritishDate(month.raw)} is not a working day in ${set === "all-uk" ? "the UK" : divisionNames[set as Division]}, so the next working day`,
      );
    }
    headline = parts.join("; ");
    if (clock.extension && rule.extension.kind === "further-months") {
      const extended = sarDue(
        clockStart,
        rule.limit.months + rule.extension.months,
        clock.sarPausedDays,
        holidays,
        set,
      );
      extendedDue = extended.due;
      lines.push(
        `Extended by ${plural(rule.extension.months, "further month")} to ${formatBritishDate(extendedDue)} (${rule.extension.what}, ${rule.extension.statute}).`,
      );
      if (clock.extension.date > statutoryDue) {
        warnings.push(
          `The extension was recorded on ${formatBritishDate(clock.extension.date)}, after the first month ended; the requester must be told within the first month.`,
        );
      }
    }
  } else {
    const days = rule.limit.days;
    const ceiling = rule.schoolDays;
    if (ceiling) {
      const calendar = request.schoolCalendar;
      const closures = new Set((calendar?.closures ?? []).map(dayNumber));
      const sixty = countWorkingDays(
        clockStart,
        ceiling.ceilingWorkingDays,
        holidays,
        set,
        disregarded,
      ) as number;
      const schoolDue = calendar
        ? countWorkingDays(
            clockStart,
            ceiling.schoolDays,
            holidays,
            set,
            disregarded,
            (day) => isSchoolDay(day, calendar, closures),
            sixty - dayNumber(clockStart),
          )
        : null;
      const lastTermDay =
        calendar?.terms.reduce((last, term) => (term.end > last ? term.end : last), clockStart) ??
        clockStart;
      if (schoolDue !== null && schoolDue <= sixty) {
        statutoryDue = fromDayNumber(schoolDue);
        headline = `${ceiling.schoolDays} school days from ${formatBritishDate(clockStart)}, which comes before the 60th working day, ${formatBritishDate(fromDayNumber(sixty))} (${ceiling.statute})`;
      } else {
        statutoryDue = fromDayNumber(sixty);
        headline = `the 60th working day from ${formatBritishDate(clockStart)}, which comes before the 20th school day (${ceiling.statute})`;
        if (!calendar) {
          warnings.push(
            "No term dates were given for the school, so the 60-working-day backstop is shown; add the term dates to find the 20th school day.",
          );
        } else if (lastTermDay < statutoryDue) {
          warnings.push(
            `The term dates given end on ${formatBritishDate(lastTermDay)}; add later terms, as the 20th school day may come sooner.`,
          );
        }
      }
    } else {
      statutoryDue = fromDayNumber(
        countWorkingDays(clockStart, days, holidays, set, disregarded) as number,
      );
      headline = `${days} working days from ${formatBritishDate(clockStart)} (${rule.statute})`;
    }
    const extension = clock.extension;
    if (extension && rule.extension.kind === "reasonable") {
      const further = extension.workingDays ?? rule.extension.defaultDays;
      extendedDue = addWorkingDays(statutoryDue, further, holidays, set);
      lines.push(
        `Extended by ${plural(further, "working day")} to ${formatBritishDate(extendedDue)} (${rule.extension.what}, ${rule.extension.statute}).`,
      );
      if (further > rule.extension.maxDays) {
        warnings.push(
          `An extension of ${further} working days is longer than the ${rule.extension.maxDays} further working days the ICO normally accepts; record why it is exceptional.`,
        );
      }
    } else if (extension && rule.extension.kind === "fixed-working-days") {
      extendedDue = fromDayNumber(
        countWorkingDays(
          clockStart,
          rule.extension.totalDays,
          holidays,
          set,
          disregarded,
        ) as number,
      );
      lines.push(
        `Extended to ${rule.extension.totalDays} working days, ${formatBritishDate(extendedDue)} (${rule.extension.what}, ${rule.extension.statute}).`,
      );
    }
    if (extension && extendedDue && extension.date > statutoryDue) {
      warnings.push(
        `The extension was recorded on ${formatBritishDate(extension.date)}, after the time limit of ${formatBritishDate(statutoryDue)}; it must be notified within the time limit (${rule.extension.kind === "fixed-working-days" ? rule.extension.statute : "FOIA s17(1)-(2)"}).`,
      );
    }
  }

  const due = extendedDue ?? statutoryDue;
  for (const pause of feePauses) {
    if (pause.paid) {
      lines.push(
        `${plural(pause.disregardedDays, "working day")} disregarded while the fee was outstanding, ${formatBritishDate(pause.notice)} to ${formatBritishDate(pause.paid)} inclusive (${rule.fees.kind === "none" ? rule.statute : "FOIA s10(2)"}).`,
      );
    }
  }
  for (const hold of clock.holds) {
    lines.push(
      `On hold${hold.note ? ` (${hold.note})` : ""} from ${formatBritishDate(hold.started)}${hold.ended ? ` to ${formatBritishDate(hold.ended)}` : ""}: shown for the team, but it does not stop the statutory clock.`,
    );
  }
  const skipped = holidaysBetween(clockStart, due, holidays, set);
  const provisional = due > holidays.knownUntil || clockStart < holidays.knownFrom;
  if (provisional) {
    lines.push(
      `Provisional: bank holidays are known only from ${formatBritishDate(holidays.knownFrom)} to ${formatBritishDate(holidays.knownUntil)}, so this date may move when the list is refreshed.`,
    );
  }
  const headlineSkipped = skipped.filter((holiday) => holiday.date <= statutoryDue);
  const skipText = headlineSkipped.length
    ? `; skips ${headlineSkipped.map((holiday) => describeSkipped(holiday, startYear)).join(", ")}`
    : "";
  const explanation = [
    `Due ${formatBritishDate(statutoryDue)}: ${headline}${isSar ? "" : skipText}.`,
    ...lines,
  ].join(" ");

  return {
    ...base,
    clockStart,
    state: "running",
    statutoryDue,
    extendedDue,
    due,
    provisional,
    skipped,
    warnings,
    explanation,
  };
}
