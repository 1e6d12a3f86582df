import { useId, useMemo } from "react";
import {
  addCalendarDays,
  formatBritishDate,
  holidaysBetween,
  isWorkingDay,
  nextWorkingDay,
  shippedHolidays,
  type HolidaySet,
} from "../../deadlines";
import { whereHolidayApplies } from "../whereHolidayApplies";
import type { WorkingDayFactsProps, WorkingDayFactsState } from "./WorkingDayFacts.types";

const britishDate = (date: Parameters<typeof formatBritishDate>[0]) =>
  formatBritishDate(date, { weekday: true, year: true });

/** The two holiday calendars the regimes use. */
const calendars: readonly { set: HolidaySet; regimesText: string; holidaysText: string }[] = [
  {
    set: "all-uk",
    regimesText: "FOIA and EIR",
    holidaysText: "Bank holidays in any part of the UK",
  },
  {
    set: "scotland",
    regimesText: "FOISA and EISR",
    holidaysText: "Scottish bank holidays",
  },
];

/** Today's facts: working day or not under each calendar, the next working day, and holidays ahead. */
export function useWorkingDayFacts(props: WorkingDayFactsProps): WorkingDayFactsState {
  const { today, holidays = shippedHolidays, upcomingCount = 5 } = props;
  const headingId = useId();
  return useMemo(
    () => ({
      headingId,
      today,
      todayText: britishDate(today),
      calendars: calendars.map((calendar) => ({
        key: calendar.set,
        regimesText: calendar.regimesText,
        holidaysText: calendar.holidaysText,
        isWorkingDay: isWorkingDay(today, holidays, calendar.set),
        nextWorkingDayText: britishDate(nextWorkingDay(today, holidays, calendar.set)),
      })),
      // holidaysBetween excludes its first date, so start the day before to include today.
      upcoming: holidaysBetween(
        addCalendarDays(today, -1),
        addCalendarDays(today, 366),
        holidays,
        "all-uk",
      )
        .slice(0, upcomingCount)
        .map((holiday) => ({
          date: holiday.date,
          dateText: britishDate(holiday.date),
          title: holiday.title,
          where: whereHolidayApplies(holiday.divisions),
        })),
      knownUntilText: `Bank holidays are known until ${britishDate(holidays.knownUntil)} (${holidays.source}).`,
    }),
    [headingId, today, holidays, upcomingCount],
  );
}
