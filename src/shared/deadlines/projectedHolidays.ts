/**
 * The regular pattern of UK bank holidays, for years past the published list. Projected days keep
 * a due date from counting Christmas Day or Good Friday (named in FOIA s10(6) itself) as working
 * days; a due date that relies on them is still flagged provisional, because one-off days
 * (a coronation, a state funeral) cannot be foreseen.
 */
import { addCalendarDays, fromDayNumber, dayNumber, weekdayOf, type IsoDate } from "./calendarDate";
import type { BankHoliday, Division } from "./bankHolidays";

function date(year: number, month: number, day: number): IsoDate {
  return fromDayNumber(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return date(year, month, day);
}

/** The `nth` Monday of a month (nth = -1 for the last). */
function monday(year: number, month: number, nth: number): IsoDate {
  if (nth > 0) {
    const first = date(year, month, 1);
    const offset = (8 - weekdayOf(first)) % 7;
    return addCalendarDays(first, offset + 7 * (nth - 1));
  }
  const last = date(year, month + 1, 0);
  const back = (weekdayOf(last) + 6) % 7;
  return addCalendarDays(last, -back);
}

interface Rule {
  title: string;
  day: IsoDate;
  /** Moves to the next free weekday when it falls on a weekend (a substitute day). */
  substitute: boolean;
}

function rulesFor(year: number, division: Division): Rule[] {
  const easter = easterSunday(year);
  const fixed = (title: string, month: number, day: number): Rule => ({
    title,
    day: date(year, month, day),
    substitute: true,
  });
  const moving = (title: string, day: IsoDate): Rule => ({ title, day, substitute: false });
  const rules: Rule[] = [fixed("New Year's Day", 1, 1)];
  if (division === "scotland") rules.push(fixed("2nd January", 1, 2));
  if (division === "northern-ireland") rules.push(fixed("St Patrick's Day", 3, 17));
  rules.push(moving("Good Friday", addCalendarDays(easter, -2)));
  if (division !== "scotland") rules.push(moving("Easter Monday", addCalendarDays(easter, 1)));
  rules.push(moving("Early May bank holiday", monday(year, 5, 1)));
  rules.push(moving("Spring bank holiday", monday(year, 5, -1)));
  if (division === "northern-ireland")
    rules.push(fixed("Battle of the Boyne (Orangemen's Day)", 7, 12));
  rules.push(
    moving(
      "Summer bank holiday",
      division === "scotland" ? monday(year, 8, 1) : monday(year, 8, -1),
    ),
  );
  if (division === "scotland") rules.push(fixed("St Andrew's Day", 11, 30));
  rules.push(fixed("Christmas Day", 12, 25), fixed("Boxing Day", 12, 26));
  return rules;
}

/**
 * The bank holidays a division would have in `year` if nothing unusual is proclaimed, with
 * weekend days moved to the next free weekday. Titles say they are projected.
 * @example projectedHolidays(2028, "england-and-wales")[0] // { date: "2028-01-03", title: "New Year's Day (substitute day)", projected: true, … }
 */
export function projectedHolidays(year: number, division: Division): BankHoliday[] {
  const taken = new Set<number>();
  const result: BankHoliday[] = [];
  const rules = rulesFor(year, division).sort((a, b) => (a.day < b.day ? -1 : 1));
  for (const rule of rules) {
    let day = dayNumber(rule.day);
    let moved = false;
    while (rule.substitute && (taken.has(day) || [0, 6].includes(weekdayOf(fromDayNumber(day))))) {
      day += 1;
      moved = true;
    }
    taken.add(day);
    result.push({
      date: fromDayNumber(day),
      title: moved ? `${rule.title} (substitute day)` : rule.title,
      divisions: [division],
      projected: true,
    });
  }
  return result;
}
