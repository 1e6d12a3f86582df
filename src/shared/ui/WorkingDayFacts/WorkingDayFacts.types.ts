import type { HolidayCalendar, IsoDate } from "../../deadlines";

export interface WorkingDayFactsProps {
  /** Today's date in Europe/London, read from the clock by the host. */
  today: IsoDate;
  holidays?: HolidayCalendar;
  /** How many upcoming bank holidays to list. Default 5. */
  upcomingCount?: number;
}

export interface CalendarFact {
  key: string;
  /** "FOIA and EIR" */
  regimesText: string;
  /** "Bank holidays in any part of the UK" */
  holidaysText: string;
  isWorkingDay: boolean;
  /** "Tue 24 Nov 2026" */
  nextWorkingDayText: string;
}

export interface UpcomingHoliday {
  date: IsoDate;
  dateText: string;
  title: string;
  where: string;
}

export interface WorkingDayFactsState {
  headingId: string;
  todayText: string;
  today: IsoDate;
  calendars: CalendarFact[];
  upcoming: UpcomingHoliday[];
  /** "Bank holidays are known until Thu 31 Dec 2027 (gov.uk list shipped with FOI Desk)." */
  knownUntilText: string;
}
