import type { JSX } from "react";
import type { DeadlineCalculatorProps } from "./DeadlineCalculator.types";
import { renderDeadlineCalculator } from "./renderDeadlineCalculator";
import { useDeadlineCalculator } from "./useDeadlineCalculator";
import { useDeadlineCalculatorStyles } from "./useDeadlineCalculatorStyles.styles";

/**
 * Works out a statutory due date from a date of receipt and a regime, with the deadline engine,
 * and explains it. Every field has a label; errors are tied to their field.
 */
export function DeadlineCalculator(props: DeadlineCalculatorProps): JSX.Element {
  const state = useDeadlineCalculator(props);
  const classes = useDeadlineCalculatorStyles();
  return renderDeadlineCalculator(state, classes);
}
