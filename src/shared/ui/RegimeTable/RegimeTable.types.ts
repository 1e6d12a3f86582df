import type { Division, HolidayCalendar, IsoDate, Regime } from "../../deadlines";

export interface RegimeTableProps {
  /** When given, a column shows the due date of a request received on this day. */
  receivedOn?: IsoDate;
  /** The authority's nation, for regimes that count its own holidays (subject access). */
  nation?: Division;
  holidays?: HolidayCalendar;
}

export interface RegimeRow {
  id: Regime;
  name: string;
  shortName: string;
  statute: string;
  limitText: string;
  calendarText: string;
  /** "Wed 8 Apr 2026", when a receipt date was given. */
  dueText?: string;
}

export interface RegimeTableState {
  captionId: string;
  caption: string;
  showsDue: boolean;
  /** "Due if received Mon 23 Nov 2026" */
  dueHeading: string;
  rows: RegimeRow[];
}
