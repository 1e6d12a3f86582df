import { useId } from "react";
import { formatBritishDate, regimes } from "../../deadlines";
import { whereHolidayApplies } from "../whereHolidayApplies";
import type {
  DeadlineExplanationProps,
  DeadlineExplanationState,
} from "./DeadlineExplanation.types";

const stateWords = {
  running: "",
  awaiting_clarification: "The clock is stopped until the requester clarifies the request.",
  awaiting_fee: "The clock is stopped until the fee is paid.",
  lapsed: "The request has lapsed: the fee or clarification was not received in time.",
} as const;

/** Turns a worked-out deadline into the words the explanation shows. */
export function useDeadlineExplanation(props: DeadlineExplanationProps): DeadlineExplanationState {
  const { deadline, headingLevel = 2 } = props;
  const headingId = useId();
  const rule = regimes[deadline.regime];
  const date = (value: Parameters<typeof formatBritishDate>[0]) =>
    formatBritishDate(value, { weekday: true, year: true });
  const hasDueDate = deadline.due !== null;
  return {
    headingId,
    headingLevel,
    hasDueDate,
    dueText:
      deadline.due !== null ? date(deadline.due) : stateWords[deadline.state] || "No due date",
    statutoryDueText:
      deadline.statutoryDue !== null && deadline.statutoryDue !== deadline.due
        ? date(deadline.statutoryDue)
        : undefined,
    ruleText: `${rule.name} (${rule.statute}): ${rule.limitText}`,
    receivedText: date(deadline.received),
    clockStartText:
      deadline.clockStart !== deadline.received ? date(deadline.clockStart) : undefined,
    provisional: deadline.provisional,
    explanation: deadline.explanation,
    warnings: deadline.warnings,
    skipped: deadline.skipped.map((holiday) => ({
      date: holiday.date,
      dateText: date(holiday.date),
      title: holiday.title,
      where: whereHolidayApplies(holiday.divisions),
    })),
  };
}
