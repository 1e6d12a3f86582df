export { DeadlineCalculator } from "./DeadlineCalculator";
export type { DeadlineCalculatorProps, DeadlineCalculatorState } from "./DeadlineCalculator.types";
