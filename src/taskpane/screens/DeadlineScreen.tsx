import { makeStyles, tokens } from "@fluentui/react-components";
import type { JSX } from "react";
import type { IsoDate } from "../../shared/deadlines";
import type { HostContext } from "../../shared/ports";
import { DeadlineCalculator } from "../../shared/ui/DeadlineCalculator";
import { HostStatus } from "../../shared/ui/HostStatus";

const useStyles = makeStyles({
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    maxWidth: "40rem",
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
  },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface DeadlineScreenProps {
  host: HostContext | undefined;
  defaultReceived: IsoDate;
  /** True when the date came from the message selected in Outlook. */
  receivedFromMessage: boolean;
}

/** The task pane's first screen: where it runs, and the deadline calculator. */
export function DeadlineScreen(props: DeadlineScreenProps): JSX.Element {
  const classes = useStyles();
  return (
    <main className={classes.main}>
      <h1 className={classes.title}>FOI Desk: statutory deadline</h1>
      <HostStatus host={props.host} product="outlook" />
      {props.receivedFromMessage && (
        <p className={classes.note}>The date received is taken from the selected message.</p>
      )}
      {/* A new message resets the form to that message's date. */}
      <DeadlineCalculator key={props.defaultReceived} defaultReceived={props.defaultReceived} />
    </main>
  );
}
