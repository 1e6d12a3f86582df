export { DeadlineExplanation } from "./DeadlineExplanation";
export type {
  DeadlineExplanationProps,
  DeadlineExplanationState,
  SkippedHolidayRow,
} from "./DeadlineExplanation.types";
