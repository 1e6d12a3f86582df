import { makeStyles, tokens } from "@fluentui/react-components";

export const useDeadlineCalculatorStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
  },
  form: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  // Long regime names must not widen the pane past its width (no sideways scrolling).
  control: {
    width: "100%",
    minWidth: 0,
  },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

export type DeadlineCalculatorClasses = ReturnType<typeof useDeadlineCalculatorStyles>;
