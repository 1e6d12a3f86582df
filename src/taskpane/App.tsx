import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState, type JSX } from "react";
import { usePageStyles } from "../shared/ui/usePageStyles.styles";
import { receiptDate, type IsoDate } from "../shared/deadlines";
import type { Clock } from "../shared/ports";
import { connectToOutlook } from "./office/connectToOutlook";
import type { OutlookAdapter } from "./office/outlookAdapter";
import { DeadlineScreen } from "./screens/DeadlineScreen";

const systemClock: Clock = { now: () => new Date() };

const officeGlobal = (): typeof Office | undefined =>
  typeof Office === "undefined" ? undefined : Office;

export interface AppProps {
  clock?: Clock;
  /** Finds the host; the real one asks Office.js, tests can pass a preview adapter. */
  connect?: () => Promise<OutlookAdapter>;
}

/**
 * The task pane's composition root: asks Office.js where it is running (preview mode when not in
 * Outlook) and reads the clock, then hands plain values to the screen.
 */
export function App({
  clock = systemClock,
  connect = () => connectToOutlook({ office: officeGlobal() }),
}: AppProps): JSX.Element {
  usePageStyles();
  const [adapter, setAdapter] = useState<OutlookAdapter>();
  const [selectedReceivedAt, setSelectedReceivedAt] = useState<Date>();

  useEffect(() => {
    let live = true;
    let stop: (() => void) | undefined;
    void connect().then((connected) => {
      if (!live) return;
      setAdapter(connected);
      setSelectedReceivedAt(connected.selectedMessageReceivedAt());
      stop = connected.onSelectedMessageChange(() =>
        setSelectedReceivedAt(connected.selectedMessageReceivedAt()),
      );
    });
    return () => {
      live = false;
      stop?.();
    };
    // Connect once per page load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const received: IsoDate = receiptDate(selectedReceivedAt ?? clock.now());
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: "100vh" }}>
      <DeadlineScreen
        host={adapter?.host}
        defaultReceived={received}
        receivedFromMessage={selectedReceivedAt !== undefined}
      />
    </FluentProvider>
  );
}
