import type { HostContext } from "../../shared/ports";

/**
 * What the task pane needs from Outlook. The real implementation wraps Office.js
 * ({@link connectToOutlook}); the preview one ({@link previewOutlookAdapter}) works in any browser.
 */
export interface OutlookAdapter {
  readonly host: HostContext;
  /**
   * When the message open in Outlook was received, or undefined (preview mode, no message
   * selected, or a mailbox hidden from the address list, where Outlook gives no item).
   */
  selectedMessageReceivedAt(): Date | undefined;
  /**
   * Calls `listener` when the person selects another message while the pane is pinned
   * (Mailbox 1.5). Returns a function that stops listening.
   */
  onSelectedMessageChange(listener: () => void): () => void;
}
