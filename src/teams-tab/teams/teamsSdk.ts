/**
 * The small part of teams-js the tab uses. The tab talks to Teams only through this, so tests can
 * pass a fake and never load the real SDK.
 */
export interface TeamsSdk {
  initialize(): Promise<void>;
  getContext(): Promise<{ app: { theme: string; host: { name: string } } }>;
  /** Teams keeps one theme handler per page; registering again replaces it. */
  registerOnThemeChangeHandler(handler: (theme: string) => void): void;
  /** Only on a configurable tab's configuration page. */
  readonly config: {
    isSupported(): boolean;
    setValidityState(valid: boolean): void;
    registerOnSaveHandler(
      handler: (event: { notifySuccess(): void; notifyFailure(reason?: string): void }) => void,
    ): void;
    setConfig(config: {
      entityId: string;
      contentUrl: string;
      websiteUrl?: string;
      suggestedDisplayName?: string;
    }): Promise<void>;
  };
}

/**
 * Loads the real teams-js, seen through {@link TeamsSdk}. Loaded on demand: importing teams-js
 * fetches Microsoft's list of valid host origins from a CDN at once, which a page that is plainly
 * not inside Teams should not do (and its code is not needed there).
 */
export async function loadTeamsSdk(): Promise<TeamsSdk> {
  const { app, pages } = await import(/* webpackChunkName: "teams-js" */ "@microsoft/teams-js");
  return {
    initialize: () => app.initialize(),
    getContext: () => app.getContext(),
    registerOnThemeChangeHandler: (handler) => app.registerOnThemeChangeHandler(handler),
    config: {
      isSupported: () => pages.config.isSupported(),
      setValidityState: (valid) => pages.config.setValidityState(valid),
      registerOnSaveHandler: (handler) => pages.config.registerOnSaveHandler(handler),
      setConfig: (config) => pages.config.setConfig(config),
    },
  };
}

/** The parts of `window` that show whether a Teams host could be talking to this page. */
export interface PageWindow {
  readonly self: unknown;
  readonly parent: unknown;
  readonly opener: unknown;
}

/**
 * True when a Teams host could be talking to this page: it is framed, was opened by another
 * window, or runs in a mobile client's web view. teams-js rejects any other page at once ("No
 * Parent window found"), so those pages need not load it.
 */
export function couldBeInTeams(page: PageWindow): boolean {
  return page.parent !== page.self || Boolean(page.opener) || "nativeInterface" in (page as object);
}
