import type { Deadline, IsoDate } from "../../deadlines";

export interface DeadlineExplanationProps {
  /** The worked-out deadline to explain, from `dueDate`. */
  deadline: Deadline;
  /** Heading level for the section title, so it fits the page's outline. Default 2. */
  headingLevel?: 2 | 3;
}

/** One bank holiday that the count stepped over. */
export interface SkippedHolidayRow {
  date: IsoDate;
  /** "Tue 17 Mar 2026" */
  dateText: string;
  title: string;
  /** "Northern Ireland", or "every part of the UK" */
  where: string;
}

export interface DeadlineExplanationState {
  headingId: string;
  headingLevel: 2 | 3;
  /** "Wed 8 Apr 2026", or a sentence saying why there is no date yet. */
  dueText: string;
  hasDueDate: boolean;
  /** The statutory date when an extension moved the due date, e.g. "Wed 8 Apr 2026". */
  statutoryDueText?: string;
  /** "Freedom of Information Act 2000 (FOIA s10(1)): 20 working days" */
  ruleText: string;
  receivedText: string;
  /** Set when the clock started on a later day than receipt. */
  clockStartText?: string;
  /** Set when the date may still change (e.g. holidays not yet published). */
  provisional: boolean;
  explanation: string;
  /** Things a person should check, from the engine (e.g. an extension given too late). */
  warnings: string[];
  skipped: SkippedHolidayRow[];
}
