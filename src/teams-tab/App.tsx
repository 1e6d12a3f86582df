import { FluentProvider } from "@fluentui/react-components";
import { useEffect, useState, type JSX } from "react";
import { usePageStyles } from "../shared/ui/usePageStyles.styles";
import { receiptDate } from "../shared/deadlines";
import type { Clock, HostContext, HostTheme } from "../shared/ports";
import { ConfigScreen } from "./screens/ConfigScreen";
import { TodayScreen } from "./screens/TodayScreen";
import { configureTab } from "./teams/configureTab";
import { connectToTeams, type TeamsConnection } from "./teams/connectToTeams";
import { fluentTheme } from "./teams/fluentTheme";
import { loadTeamsSdk } from "./teams/teamsSdk";
import { usePrefersDark } from "./usePrefersDark";

const systemClock: Clock = { now: () => new Date() };

export interface AppProps {
  /** The tab itself, or the channel tab's configuration page. */
  page: "tab" | "config";
  clock?: Clock;
  /** Finds the host; the real one asks teams-js. */
  connect?: () => Promise<TeamsConnection>;
}

/**
 * The Teams tab's composition root: asks teams-js where it is running (preview mode outside
 * Teams), follows the host's theme, and reads today's date (Europe/London) from the clock.
 */
export function App({
  page,
  clock = systemClock,
  connect = () => connectToTeams({ page: window, loadSdk: loadTeamsSdk }),
}: AppProps): JSX.Element {
  usePageStyles();
  const [host, setHost] = useState<HostContext>();
  const [theme, setTheme] = useState<HostTheme>("light");
  const prefersDark = usePrefersDark();

  useEffect(() => {
    let live = true;
    let stop: (() => void) | undefined;
    void connect().then(({ host: connected, sdk }) => {
      if (!live) return;
      setHost(connected);
      if (connected.mode !== "connected") return;
      setTheme(connected.theme);
      stop = connected.onThemeChange?.(setTheme);
      if (page === "config" && sdk) configureTab(sdk, window.location.href);
    });
    return () => {
      live = false;
      stop?.();
    };
    // Connect once per page load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const shownHost = host?.mode === "connected" ? { ...host, theme } : host;
  const today = receiptDate(clock.now());
  return (
    <FluentProvider theme={fluentTheme(shownHost, prefersDark)} style={{ minHeight: "100vh" }}>
      {page === "config" ? <ConfigScreen host={host} /> : <TodayScreen host={host} today={today} />}
    </FluentProvider>
  );
}
