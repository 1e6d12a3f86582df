import type { JSX } from "react";
import type { DeadlineExplanationProps } from "./DeadlineExplanation.types";
import { renderDeadlineExplanation } from "./renderDeadlineExplanation";
import { useDeadlineExplanation } from "./useDeadlineExplanation";
import { useDeadlineExplanationStyles } from "./useDeadlineExplanationStyles.styles";

/**
 * Shows a statutory due date and how it was worked out: the rule, the day the clock started, the
 * engine's explanation and every bank holiday the count skipped.
 */
export function DeadlineExplanation(props: DeadlineExplanationProps): JSX.Element {
  const state = useDeadlineExplanation(props);
  const classes = useDeadlineExplanationStyles();
  return renderDeadlineExplanation(state, classes);
}
