/**
 * Invariants that must hold for every request, checked over many generated dates and events.
 */
import fc from "fast-check";
import {
  addCalendarDays,
  dueDate,
  isWorkingDay,
  parseIsoDate,
  regimes,
  weekdayOf,
  workingDaysBetween,
  type IsoDate,
  type Regime,
} from "../../../src/shared/deadlines";

const start = parseIsoDate("2019-01-01");
const date = fc.integer({ min: 0, max: 365 * 8 }).map((offset) => addCalendarDays(start, offset));
const workingDayRegimes: Regime[] = [
  "foi",
  "eir",
  "foisa",
  "eisr",
  "review-foi",
  "review-eir",
  "review-foisa",
  "review-eisr",
  "foi-archive",
];
const regime = fc.constantFrom(...workingDayRegimes, "sar" as Regime);

describe("due-date invariants", () => {
  test("a due date is always a working day in the regime's calendar", () => {
    fc.assert(
      fc.property(date, regime, (received, id) => {
        const deadline = dueDate({ regime: id, received });
        return deadline.due !== null && isWorkingDay(deadline.due, undefined, deadline.holidaySet);
      }),
      { numRuns: 2000 },
    );
  });

  test("working-day regimes are due exactly their limit in working days after receipt", () => {
    fc.assert(
      fc.property(date, fc.constantFrom(...workingDayRegimes), (received, id) => {
        const deadline = dueDate({ regime: id, received });
        const rule = regimes[id];
        const days = rule.limit.unit === "working-days" ? rule.limit.days : 0;
        return (
          workingDaysBetween(received, deadline.due as IsoDate, undefined, deadline.holidaySet) ===
          days
        );
      }),
      { numRuns: 2000 },
    );
  });

  test("requests received on a Friday, Saturday and Sunday share a deadline (day one is the next working day)", () => {
    fc.assert(
      fc.property(date, fc.constantFrom<Regime>("foi", "eir", "foisa"), (any, id) => {
        const friday = addCalendarDays(any, (5 - weekdayOf(any) + 7) % 7);
        const dues = [0, 1, 2].map(
          (offset) => dueDate({ regime: id, received: addCalendarDays(friday, offset) }).due,
        );
        return dues[0] === dues[1] && dues[1] === dues[2];
      }),
      { numRuns: 1000 },
    );
  });

  test("a fee pause never shortens a deadline, and lengthens it by exactly the working days disregarded", () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 0, max: 15 }),
        fc.integer({ min: 0, max: 40 }),
        (received, noticeAfter, paidAfter) => {
          const notice = addCalendarDays(received, noticeAfter);
          const paid = addCalendarDays(notice, paidAfter);
          const plain = dueDate({ regime: "foi", received });
          const paused = dueDate({
            regime: "foi",
            received,
            events: [
              { type: "fee_notice", date: notice },
              { type: "fee_paid", date: paid },
            ],
          });
          const plainDue = plain.due as IsoDate;
          const pausedDue = paused.due as IsoDate;
          if (pausedDue < plainDue) return false;
          // Only days disregarded before the original due date can push it.
          return workingDaysBetween(received, pausedDue) === 20 + paused.feeDaysDisregarded;
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("an extension never brings a due date forward", () => {
    fc.assert(
      fc.property(
        date,
        fc.constantFrom<Regime>("foi", "eir", "sar", "review-foi", "foi-archive"),
        (received, id) => {
          const plain = dueDate({ regime: id, received }).due as IsoDate;
          const extended = dueDate({
            regime: id,
            received,
            events: [{ type: "extension", date: received }],
          }).due as IsoDate;
          return extended > plain;
        },
      ),
      { numRuns: 1000 },
    );
  });

  test("a clarification always yields the same date as a new request received that day", () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 60 }),
        (received, askAfter, answerAfter) => {
          const asked = addCalendarDays(received, askAfter);
          const answered = addCalendarDays(asked, answerAfter);
          const clarified = dueDate({
            regime: "foi",
            received,
            events: [
              { type: "clarification_requested", date: asked },
              { type: "clarification_received", date: answered },
            ],
          }).due;
          return clarified === dueDate({ regime: "foi", received: answered }).due;
        },
      ),
      { numRuns: 1000 },
    );
  });

  test("the all-UK calendar never gives an earlier FOIA date than England and Wales alone would", () => {
    fc.assert(
      fc.property(date, (received) => {
        const foia = dueDate({ regime: "foi", received }).due as IsoDate;
        const englandOnly = dueDate({ regime: "sar", received }).holidaySet; // sar uses England and Wales by default
        return workingDaysBetween(received, foia, undefined, englandOnly) >= 20;
      }),
      { numRuns: 1000 },
    );
  });
});
