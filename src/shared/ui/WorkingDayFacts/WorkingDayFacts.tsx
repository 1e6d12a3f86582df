import type { JSX } from "react";
import type { WorkingDayFactsProps } from "./WorkingDayFacts.types";
import { renderWorkingDayFacts } from "./renderWorkingDayFacts";
import { useWorkingDayFacts } from "./useWorkingDayFacts";
import { useWorkingDayFactsStyles } from "./useWorkingDayFactsStyles.styles";

/**
 * Whether today is a working day under the UK-wide and the Scottish holiday calendars, the next
 * working day under each, and the bank holidays coming up.
 */
export function WorkingDayFacts(props: WorkingDayFactsProps): JSX.Element {
  const state = useWorkingDayFacts(props);
  const classes = useWorkingDayFactsStyles();
  return renderWorkingDayFacts(state, classes);
}
