/**
 * An independent check: a deliberately naive count, written straight from s10(6) and s73 against
 * the raw gov.uk JSON (no code shared with the engine), compared with the engine for every date of
 * receipt from 1 Jan 2019 to 30 Nov 2027 whose count ends inside the published list (later ones
 * must be marked provisional).
 */
import { dueDate, parseIsoDate, type Regime } from "../../../src/shared/deadlines";
import raw from "../../../src/shared/deadlines/data/uk-bank-holidays.json";

type Division = "england-and-wales" | "scotland" | "northern-ireland";
const lists = raw as Record<Division, { events: { date: string }[] }>;

function holidaySet(divisions: Division[]): Set<string> {
  return new Set(
    divisions.flatMap((division) => lists[division].events.map((event) => event.date)),
  );
}

function naiveDue(received: string, days: number, holidays: Set<string>): string {
  const day = new Date(`${received}T12:00:00Z`);
  let counted = 0;
  while (counted < days) {
    day.setUTCDate(day.getUTCDate() + 1);
    const iso = day.toISOString().slice(0, 10);
    const weekend = day.getUTCDay() === 0 || day.getUTCDay() === 6;
    if (!weekend && !holidays.has(iso)) counted += 1;
  }
  return day.toISOString().slice(0, 10);
}

const allUk = holidaySet(["england-and-wales", "scotland", "northern-ireland"]);
const scotland = holidaySet(["scotland"]);
const cases: [Regime, number, Set<string>][] = [
  ["foi", 20, allUk],
  ["foisa", 20, scotland],
  ["review-eir", 40, allUk],
  ["foi-archive", 30, allUk],
];

describe.each(cases)(
  "%s matches a naive count on every day from 2019 to Nov 2027",
  (regime, days, holidays) => {
    test(`${days} working days`, () => {
      const mismatches: string[] = [];
      const day = new Date("2019-01-01T12:00:00Z");
      while (day.toISOString().slice(0, 10) <= "2027-11-30") {
        const received = day.toISOString().slice(0, 10);
        const deadline = dueDate({ regime, received: parseIsoDate(received) });
        const expected = naiveDue(received, days, holidays);
        if (expected > "2027-12-31") {
          // Past the published list the naive count knows no holidays; the engine must say provisional.
          if (!deadline.provisional) mismatches.push(`${received}: not marked provisional`);
        } else if (deadline.due !== expected || deadline.provisional) {
          mismatches.push(`${received}: engine ${deadline.due}, naive ${expected}`);
        }
        day.setUTCDate(day.getUTCDate() + 1);
      }
      expect(mismatches).toEqual([]);
    });
  },
);
