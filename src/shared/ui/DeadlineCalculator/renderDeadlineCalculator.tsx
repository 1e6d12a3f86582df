import { Field, Input, Select } from "@fluentui/react-components";
import type { JSX } from "react";
import { DeadlineExplanation } from "../DeadlineExplanation";
import type { DeadlineCalculatorState } from "./DeadlineCalculator.types";
import type { DeadlineCalculatorClasses } from "./useDeadlineCalculatorStyles.styles";

/** The calculator's markup: labelled fields, then the explanation of the result. */
export function renderDeadlineCalculator(
  state: DeadlineCalculatorState,
  classes: DeadlineCalculatorClasses,
): JSX.Element {
  return (
    <div className={classes.root}>
      <form
        className={classes.form}
        aria-label="Request details"
        onSubmit={(event) => event.preventDefault()}
      >
        <Field
          label="Date received"
          required
          hint="The day the request arrived, in any form (email, letter, web form)."
          validationState={state.problem ? "error" : "none"}
          validationMessage={state.problem}
        >
          <Input type="date" value={state.receivedText} onChange={state.onReceivedChange} />
        </Field>
        <Field label="Regime" required>
          <Select
            className={classes.control}
            select={{ className: classes.control }}
            value={state.regime}
            onChange={state.onRegimeChange}
          >
            {state.regimeOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        </Field>
        {state.asksForNation && (
          <Field label="Where the authority is" hint="Its bank holidays are the ones that count.">
            <Select
              className={classes.control}
              select={{ className: classes.control }}
              value={state.nation}
              onChange={state.onNationChange}
            >
              {state.nationOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </form>
      <p className={classes.visuallyHidden} aria-live="polite">
        {state.announcement}
      </p>
      {state.deadline && <DeadlineExplanation deadline={state.deadline} />}
    </div>
  );
}
