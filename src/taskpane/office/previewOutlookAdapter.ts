import type { OutlookAdapter } from "./outlookAdapter";

/**
 * The task pane's adapter when it is not running inside Outlook (a plain browser, a test, or
 * Office.js could not load). There is no selected message, and nothing changes.
 * @example previewOutlookAdapter("Office.js did not load.").host.mode // "preview"
 */
export function previewOutlookAdapter(reason: string): OutlookAdapter {
  return {
    host: { mode: "preview", product: "outlook", reason },
    selectedMessageReceivedAt: () => undefined,
    onSelectedMessageChange: () => () => undefined,
  };
}
