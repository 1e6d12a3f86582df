import type { HostContext, HostTheme } from "../../shared/ports";
import { couldBeInTeams, type PageWindow, type TeamsSdk } from "./teamsSdk";
import { hostThemeFromTeams } from "./teamsTheme";

/** How long to wait for Teams to answer before showing preview mode. */
export const teamsInitialiseTimeoutMs = 2500;

export interface ConnectToTeamsOptions {
  /** The page's window, to tell a top-level page from one a host could be framing. */
  page: PageWindow;
  /** Loads teams-js (or a fake); only called when a Teams host could be talking to the page. */
  loadSdk: () => Promise<TeamsSdk>;
  /** Resolves after `ms` milliseconds. Injectable so tests never really wait. */
  wait?: (ms: number) => Promise<void>;
  timeoutMs?: number;
}

const waitFor = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/** Where the tab is running, and teams-js when it is inside a Teams host. */
export interface TeamsConnection {
  host: HostContext;
  sdk?: TeamsSdk;
}

const notInTeams = (reason: string): TeamsConnection => ({
  host: { mode: "preview", product: "teams", reason },
});

/**
 * Finds out whether the tab is running inside Teams (or another Microsoft 365 host of Teams apps).
 * Never rejects. A top-level page (not framed, not opened by a host) is preview at once, without
 * loading teams-js. Framed, `app.initialize()` would hang for 60 s inside someone else's frame,
 * so it is raced against {@link teamsInitialiseTimeoutMs}.
 */
export async function connectToTeams(options: ConnectToTeamsOptions): Promise<TeamsConnection> {
  const { page, loadSdk, wait = waitFor, timeoutMs = teamsInitialiseTimeoutMs } = options;
  const inBrowser = "This page is open in a web browser, not in Teams.";
  if (!couldBeInTeams(page)) return notInTeams(inBrowser);
  let sdk: TeamsSdk;
  let outcome: "ready" | "timeout";
  try {
    sdk = await loadSdk();
    outcome = await Promise.race([
      sdk.initialize().then(() => "ready" as const),
      wait(timeoutMs).then(() => "timeout" as const),
    ]);
  } catch {
    return notInTeams(inBrowser);
  }
  if (outcome === "timeout") {
    return notInTeams(
      `Teams did not answer within ${(timeoutMs / 1000).toLocaleString("en-GB")} seconds.`,
    );
  }
  let theme: HostTheme = "light";
  let hostName = "Teams";
  try {
    const context = await sdk.getContext();
    theme = hostThemeFromTeams(context.app.theme);
    hostName = context.app.host.name || hostName;
  } catch {
    // Connected but without context: keep the light theme and the generic name.
  }
  const listeners = new Set<(theme: HostTheme) => void>();
  sdk.registerOnThemeChangeHandler((name) => {
    const next = hostThemeFromTeams(name);
    listeners.forEach((listener) => listener(next));
  });
  return {
    sdk,
    host: {
      mode: "connected",
      product: "teams",
      hostName,
      theme,
      onThemeChange(listener) {
        listeners.add(listener);
        return () => {
          listeners.delete(listener);
        };
      },
    },
  };
}
