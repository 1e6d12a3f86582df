import { useMemo, useState } from "react";
import {
  divisionNames,
  divisions,
  dueDate,
  formatBritishDate,
  isIsoDate,
  isRegime,
  regimeIds,
  regimes,
  type Deadline,
  type Division,
  type HolidayCalendar,
  type Regime,
} from "../../deadlines";
import type {
  DeadlineCalculatorProps,
  DeadlineCalculatorState,
  NationOption,
} from "./DeadlineCalculator.types";

const nationOptions: NationOption[] = divisions.map((value) => ({
  value,
  label: divisionNames[value],
}));

const isDivision = (text: string): text is Division =>
  nationOptions.some((option) => option.value === text);

type Outcome =
  { deadline: Deadline; problem?: undefined } | { deadline?: undefined; problem: string };

function workOut(
  receivedText: string,
  regime: Regime,
  nation: Division,
  holidays: HolidayCalendar | undefined,
): Outcome {
  if (receivedText === "") return { problem: "Enter the date the request was received." };
  if (!isIsoDate(receivedText)) {
    return { problem: `"${receivedText}" is not a date. Enter the day, month and year.` };
  }
  try {
    return { deadline: dueDate({ regime, received: receivedText, nation }, holidays) };
  } catch (error) {
    // A RangeError is the engine refusing input it cannot count from; say why, never crash.
    return {
      problem:
        error instanceof RangeError
          ? error.message
          : "The due date could not be worked out for this date.",
    };
  }
}

/** The calculator's state: what was entered, and the deadline the engine works out from it. */
export function useDeadlineCalculator(props: DeadlineCalculatorProps): DeadlineCalculatorState {
  const [receivedText, setReceivedText] = useState<string>(props.defaultReceived);
  const [regime, setRegime] = useState<Regime>(props.defaultRegime ?? "foi");
  const [nation, setNation] = useState<Division>("england-and-wales");

  const regimeOptions = useMemo(
    () =>
      regimeIds.map((id) => ({
        value: id,
        label: `${regimes[id].shortName}: ${regimes[id].name}`,
      })),
    [],
  );
  const { holidays } = props;
  const outcome = useMemo(
    () => workOut(receivedText, regime, nation, holidays),
    [receivedText, regime, nation, holidays],
  );
  const due = outcome.deadline?.due;
  return {
    receivedText,
    regime,
    nation,
    regimeOptions,
    nationOptions,
    asksForNation: regimes[regime].holidaySet === "authority",
    problem: outcome.problem,
    deadline: outcome.deadline,
    // A problem is announced by its field's alert; only results go to the live region.
    announcement: outcome.problem
      ? ""
      : due
        ? `Due ${formatBritishDate(due, { weekday: true, year: true })}`
        : "No due date yet",
    onReceivedChange: (event) => setReceivedText(event.target.value),
    onRegimeChange: (event) => {
      if (isRegime(event.target.value)) setRegime(event.target.value);
    },
    onNationChange: (event) => {
      if (isDivision(event.target.value)) setNation(event.target.value);
    },
  };
}
