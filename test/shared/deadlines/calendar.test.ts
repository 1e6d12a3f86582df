import {
  addCalendarMonths,
  formatBritishDate,
  holidayCalendarFromGovUk,
  HolidayListError,
  isIsoDate,
  isWorkingDay,
  mergeHolidayCalendars,
  parseIsoDate,
  projectedHolidays,
  receiptDate,
  shippedHolidays,
  workingDayPeriodEnd,
} from "../../../src/shared/deadlines";
import shippedJson from "../../../src/shared/deadlines/data/uk-bank-holidays.json";

const d = parseIsoDate;

describe("calendar dates", () => {
  test("only real dates written YYYY-MM-DD are accepted", () => {
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2026-13-01")).toBe(false);
    expect(isIsoDate("6/3/2026")).toBe(false);
    expect(() => parseIsoDate("2026-02-30")).toThrow(/not a calendar date/);
  });

  test("adding months keeps the day, or uses the month's last day (ICO SAR method)", () => {
    expect(addCalendarMonths(d("2026-01-31"), 1)).toBe("2026-02-28");
    expect(addCalendarMonths(d("2028-01-31"), 1)).toBe("2028-02-29");
    expect(addCalendarMonths(d("2026-11-30"), 3)).toBe("2027-02-28");
    expect(addCalendarMonths(d("2026-06-05"), 3)).toBe("2026-09-05");
  });

  test("dates for people are written the British way", () => {
    expect(formatBritishDate(d("2026-11-23"))).toBe("Mon 23 Nov 2026");
    expect(formatBritishDate(d("2026-11-23"), { weekday: false })).toBe("23 Nov 2026");
  });
});

describe("date of receipt: the calendar date in Europe/London when the message arrived", () => {
  test("23:30 UTC on 30 June is 00:30 BST on 1 July, so the request arrived on 1 July", () => {
    expect(receiptDate("2026-06-30T23:30:00Z")).toBe("2026-07-01");
    expect(receiptDate(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
  });
  test("23:30 UTC on 30 January is 23:30 GMT the same day: no cut-off hour applies", () => {
    expect(receiptDate("2026-01-30T23:30:00Z")).toBe("2026-01-30");
    expect(receiptDate("2026-01-30T23:59:59+00:00")).toBe("2026-01-30");
  });
  test("the clocks changing is handled: 00:30 UTC on Sun 29 Mar 2026 is 00:30 GMT; 23:30 UTC that day is 00:30 BST on the 30th", () => {
    expect(receiptDate("2026-03-29T00:30:00Z")).toBe("2026-03-29");
    expect(receiptDate("2026-03-29T23:30:00Z")).toBe("2026-03-30");
  });
  test("offsets from other zones are converted: 08:00 in New York on 30 June is 13:00 in London", () => {
    expect(receiptDate("2026-06-30T20:30:00-04:00")).toBe("2026-07-01");
  });
  test("a plain date is already a date of receipt; nonsense is refused with a clear message", () => {
    expect(receiptDate("2026-03-06")).toBe("2026-03-06");
    expect(() => receiptDate("yesterday")).toThrow(/not a date/);
    expect(() => receiptDate(new Date("nonsense"))).toThrow(/not a valid date/);
  });
});

describe("bank holidays", () => {
  test("FOIA counts a holiday anywhere in the UK; FOISA only Scotland's", () => {
    expect(isWorkingDay(d("2026-03-17"), shippedHolidays, "all-uk")).toBe(false);
    expect(isWorkingDay(d("2026-03-17"), shippedHolidays, "scotland")).toBe(true);
    expect(isWorkingDay(d("2026-04-06"), shippedHolidays, "scotland")).toBe(true);
    expect(isWorkingDay(d("2026-04-06"), shippedHolidays, "all-uk")).toBe(false);
    expect(isWorkingDay(d("2026-11-30"), shippedHolidays, "all-uk")).toBe(false);
  });

  test("in 2026 FOIA has 13 non-working weekdays against 8 for England and Wales alone (docs, point 1)", () => {
    const weekdays = (set: "all-uk" | "england-and-wales") =>
      shippedHolidays.holidays.filter(
        (h) =>
          h.date.startsWith("2026") &&
          !isWorkingDay(h.date, shippedHolidays, set) &&
          (set === "all-uk" || h.divisions.includes(set)),
      ).length;
    expect(weekdays("all-uk")).toBe(13);
    expect(weekdays("england-and-wales")).toBe(8);
  });

  test("the shipped list is known from 2019 to the end of 2027", () => {
    expect(shippedHolidays.knownFrom).toBe("2019-01-01");
    expect(shippedHolidays.knownUntil).toBe("2027-12-31");
  });

  test("proclaimed one-off days are in the list: the Coronation (8 May 2023) and the State Funeral (19 Sep 2022)", () => {
    expect(isWorkingDay(d("2023-05-08"))).toBe(false);
    expect(isWorkingDay(d("2022-09-19"))).toBe(false);
  });

  test("the projected pattern reproduces every published year except for one-off proclaimed days", () => {
    const oneOffs = new Set([
      "2020-05-08",
      "2020-05-04",
      "2022-06-02",
      "2022-06-03",
      "2022-09-19",
      "2022-05-30",
      "2023-05-08",
    ]);
    for (const division of ["england-and-wales", "scotland", "northern-ireland"] as const) {
      for (let year = 2019; year <= 2027; year += 1) {
        const published = shippedHolidays.holidays
          .filter(
            (h) =>
              !h.projected && h.divisions.includes(division) && h.date.startsWith(String(year)),
          )
          .map((h) => h.date)
          .filter((day) => !oneOffs.has(day));
        const projected = projectedHolidays(year, division)
          .map((h) => h.date)
          .filter((day) => !oneOffs.has(day));
        expect({ division, year, days: projected.sort() }).toEqual({
          division,
          year,
          days: published.sort(),
        });
      }
    }
  });

  test("a refreshed list is merged in: its new year becomes known and replaces the projection", () => {
    const next = JSON.parse(JSON.stringify(shippedJson)) as Record<
      string,
      { events: { title: string; date: string }[] }
    >;
    for (const division of Object.values(next)) {
      division.events = [
        { title: "Extra bank holiday", date: "2028-06-05" },
        { title: "New Year's Day", date: "2028-01-03" },
      ];
    }
    const merged = mergeHolidayCalendars(shippedHolidays, holidayCalendarFromGovUk(next, "test"));
    expect(merged.knownUntil).toBe("2028-12-31");
    expect(isWorkingDay(d("2028-06-05"), merged)).toBe(false);
    // The projected Easter Monday 2028 gives way to the published list for 2028 (which lacks it here).
    expect(isWorkingDay(d("2028-04-17"), merged)).toBe(true);
  });

  test("a list that is not in the government's shape is refused with a clear error", () => {
    expect(() => holidayCalendarFromGovUk({ "england-and-wales": { events: [] } })).toThrow(
      HolidayListError,
    );
    expect(() => holidayCalendarFromGovUk("nonsense")).toThrow(/not a JSON object/);
  });

  test("T14: an s12(4) aggregation window opened Mon 5 Jan 2026 runs 60 consecutive working days to Tue 31 Mar 2026", () => {
    expect(workingDayPeriodEnd(d("2026-01-05"), 60)).toBe("2026-03-31");
  });
});
