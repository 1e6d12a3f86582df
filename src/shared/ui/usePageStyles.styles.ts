import { makeStaticStyles } from "@fluentui/react-components";

/**
 * Page-wide styles for a host page: no browser margin around the app, so the theme's background
 * fills the whole frame (Teams and Outlook show the page edge to edge).
 */
export const usePageStyles = makeStaticStyles({
  body: { margin: 0 },
});
