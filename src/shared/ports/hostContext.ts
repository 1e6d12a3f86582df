/**
 * Where a page is running, as the rest of the app needs to know it. Each host (Outlook task pane,
 * Teams tab) has a real implementation and a preview one for plain browsers, so nothing below the
 * composition root ever calls Office.js or teams-js directly.
 */

/** The colour scheme the host asks for. */
export type HostTheme = "light" | "dark" | "contrast";

/** The Microsoft 365 product a page is built for. */
export type HostProduct = "outlook" | "teams";

/** The page is running inside its Microsoft 365 product. */
export interface ConnectedHost {
  readonly mode: "connected";
  readonly product: HostProduct;
  /** The host's own name for itself, e.g. "Outlook" or "Teams", for display. */
  readonly hostName: string;
  readonly theme: HostTheme;
  /** Calls `listener` whenever the person changes the host's theme; returns an unsubscribe. */
  readonly onThemeChange?: (listener: (theme: HostTheme) => void) => () => void;
}

/** The page is open in a plain browser (or the host did not answer): it works without the host. */
export interface PreviewHost {
  readonly mode: "preview";
  readonly product: HostProduct;
  /** Why preview mode was chosen, in words for people. */
  readonly reason: string;
}

/** Where the page is running. */
export type HostContext = ConnectedHost | PreviewHost;
