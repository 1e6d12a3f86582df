import type { ChangeEvent } from "react";
import type { Deadline, Division, HolidayCalendar, IsoDate, Regime } from "../../deadlines";

export interface DeadlineCalculatorProps {
  /** The date shown in "Date received" at first, e.g. today or the selected message's date. */
  defaultReceived: IsoDate;
  /** The regime chosen at first. Default FOIA. */
  defaultRegime?: Regime;
  /** Bank holidays to count with; the engine's shipped list when omitted. */
  holidays?: HolidayCalendar;
}

export interface RegimeOption {
  value: Regime;
  label: string;
}

export interface NationOption {
  value: Division;
  label: string;
}

export interface DeadlineCalculatorState {
  receivedText: string;
  regime: Regime;
  nation: Division;
  regimeOptions: RegimeOption[];
  nationOptions: NationOption[];
  /** True when the chosen regime counts the authority's own nation's holidays (subject access). */
  asksForNation: boolean;
  /** Why no deadline can be worked out from what was entered, in words for people. */
  problem?: string;
  deadline?: Deadline;
  /** A short sentence for screen readers when the result changes. */
  announcement: string;
  onReceivedChange(event: ChangeEvent<HTMLInputElement>): void;
  onRegimeChange(event: ChangeEvent<HTMLSelectElement>): void;
  onNationChange(event: ChangeEvent<HTMLSelectElement>): void;
}
