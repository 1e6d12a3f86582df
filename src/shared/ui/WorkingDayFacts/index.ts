export { WorkingDayFacts } from "./WorkingDayFacts";
export type { WorkingDayFactsProps, WorkingDayFactsState } from "./WorkingDayFacts.types";
