import type { JSX } from "react";
import type { DeadlineExplanationState } from "./DeadlineExplanation.types";
import type { DeadlineExplanationClasses } from "./useDeadlineExplanationStyles.styles";

/** The explanation's markup: a labelled section with the due date, the facts and the holidays. */
export function renderDeadlineExplanation(
  state: DeadlineExplanationState,
  classes: DeadlineExplanationClasses,
): JSX.Element {
  const Heading = state.headingLevel === 2 ? "h2" : "h3";
  const SubHeading = state.headingLevel === 2 ? "h3" : "h4";
  return (
    <section className={classes.root} aria-labelledby={state.headingId}>
      <Heading id={state.headingId} className={classes.heading}>
        Statutory due date
      </Heading>
      <p className={classes.due} data-testid="due-date">
        {state.hasDueDate ? `Due ${state.dueText}` : state.dueText}
      </p>
      {state.provisional && (
        <p className={classes.note}>
          Provisional: this date may change when bank holidays for the period are published.
        </p>
      )}
      <dl className={classes.facts}>
        <dt className={classes.term}>Rule</dt>
        <dd className={classes.definition}>{state.ruleText}</dd>
        <dt className={classes.term}>Received</dt>
        <dd className={classes.definition}>{state.receivedText}</dd>
        {state.clockStartText !== undefined && (
          <>
            <dt className={classes.term}>Clock started</dt>
            <dd className={classes.definition}>{state.clockStartText}</dd>
          </>
        )}
        {state.statutoryDueText !== undefined && (
          <>
            <dt className={classes.term}>Statutory date before extension</dt>
            <dd className={classes.definition}>{state.statutoryDueText}</dd>
          </>
        )}
      </dl>
      <p className={classes.explanation}>{state.explanation}</p>
      {state.warnings.length > 0 && (
        <>
          <SubHeading className={classes.listHeading}>Check</SubHeading>
          <ul className={classes.list}>
            {state.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </>
      )}
      <SubHeading className={classes.listHeading}>Bank holidays skipped</SubHeading>
      {state.skipped.length === 0 ? (
        <p className={classes.note}>No bank holidays fell within the period.</p>
      ) : (
        <ul className={classes.list}>
          {state.skipped.map((holiday) => (
            <li key={holiday.date}>
              <time dateTime={holiday.date}>{holiday.dateText}</time>: {holiday.title} (
              {holiday.where})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
