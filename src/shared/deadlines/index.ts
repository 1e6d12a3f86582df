export * from "./calendarDate";
export type Division = "england-and-wales" | "scotland" | "northern-ireland";
export type Regime =
  | "foi"
  | "eir"
  | "foisa"
  | "eisr"
  | "sar"
  | "review-foi"
  | "review-eir"
  | "review-foisa"
  | "review-eisr"
  | "foi-school"
  | "foi-archive";
export type ClockEventType =
  | "clarification_requested"
  | "clarification_received"
  | "fee_notice"
  | "fee_paid"
  | "extension"
  | "hold_started"
  | "hold_ended";
export interface ClockEvent {
  type: ClockEventType;
  date: import("./calendarDate").IsoDate;
  workingDays?: number;
  note?: string;
}
