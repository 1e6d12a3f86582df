import type { JSX } from "react";
import type { WorkingDayFactsState } from "./WorkingDayFacts.types";
import type { WorkingDayFactsClasses } from "./useWorkingDayFactsStyles.styles";

/** Today's working-day facts as a labelled section: one card per holiday calendar, then a list. */
export function renderWorkingDayFacts(
  state: WorkingDayFactsState,
  classes: WorkingDayFactsClasses,
): JSX.Element {
  return (
    <section className={classes.root} aria-labelledby={state.headingId}>
      <h2 id={state.headingId} className={classes.heading}>
        Today, <time dateTime={state.today}>{state.todayText}</time>
      </h2>
      <div className={classes.cards}>
        {state.calendars.map((calendar) => (
          <section key={calendar.key} className={classes.card} aria-label={calendar.regimesText}>
            <h3 className={classes.cardTitle}>{calendar.regimesText}</h3>
            <p className={classes.note}>{calendar.holidaysText}</p>
            <dl className={classes.facts}>
              <dt className={classes.term}>Working day today</dt>
              <dd className={classes.definition}>{calendar.isWorkingDay ? "Yes" : "No"}</dd>
              <dt className={classes.term}>Next working day</dt>
              <dd className={classes.definition}>{calendar.nextWorkingDayText}</dd>
            </dl>
          </section>
        ))}
      </div>
      <h3 className={classes.subHeading}>Next bank holidays</h3>
      {state.upcoming.length === 0 ? (
        <p className={classes.note}>None known in the next year.</p>
      ) : (
        <ul className={classes.list}>
          {state.upcoming.map((holiday) => (
            <li key={holiday.date}>
              <time dateTime={holiday.date}>{holiday.dateText}</time>: {holiday.title} (
              {holiday.where})
            </li>
          ))}
        </ul>
      )}
      <p className={classes.note}>{state.knownUntilText}</p>
    </section>
  );
}
