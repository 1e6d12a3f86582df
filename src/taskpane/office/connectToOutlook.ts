import type { OutlookAdapter } from "./outlookAdapter";
import { previewOutlookAdapter } from "./previewOutlookAdapter";

/** How long to wait for `Office.onReady` before showing preview mode. */
export const officeReadyTimeoutMs = 2500;

export interface ConnectToOutlookOptions {
  /** The global `Office` object, or undefined when office.js did not load. */
  office: typeof Office | undefined;
  /** Resolves after `ms` milliseconds. Injectable so tests never really wait. */
  wait?: (ms: number) => Promise<void>;
  timeoutMs?: number;
}

const waitFor = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/**
 * Finds out whether the task pane is running inside Outlook, and returns the adapter to use.
 * Never rejects: every way of not being in Outlook becomes preview mode with a reason.
 *
 * - office.js did not load (offline, blocked, or a plain browser without the CDN): preview.
 * - `Office.onReady` did not resolve within {@link officeReadyTimeoutMs}: preview.
 * - `Office.onReady` resolved with no host (opened outside Office), or another Office app: preview.
 * - Outlook: the Office.js adapter.
 */
export async function connectToOutlook(options: ConnectToOutlookOptions): Promise<OutlookAdapter> {
  const { office, wait = waitFor, timeoutMs = officeReadyTimeoutMs } = options;
  if (office === undefined || typeof office.onReady !== "function") {
    return previewOutlookAdapter(
      "Office.js did not load, so this page cannot talk to Outlook (no internet, or the script was blocked).",
    );
  }
  let info: { host: Office.HostType | null } | "timeout";
  try {
    info = await Promise.race([office.onReady(), wait(timeoutMs).then(() => "timeout" as const)]);
  } catch {
    return previewOutlookAdapter("Office.js failed to start, so this page cannot talk to Outlook.");
  }
  if (info === "timeout") {
    return previewOutlookAdapter(
      `Office did not answer within ${(timeoutMs / 1000).toLocaleString("en-GB")} seconds.`,
    );
  }
  if (info.host === null || info.host === undefined) {
    return previewOutlookAdapter("This page is open in a web browser, not in Outlook.");
  }
  if (String(info.host) !== "Outlook") {
    return previewOutlookAdapter(`This page is open in ${String(info.host)}, not in Outlook.`);
  }
  return officeOutlookAdapter(office);
}

function officeOutlookAdapter(office: typeof Office): OutlookAdapter {
  const mailbox = office.context.mailbox;
  const canFollowSelection = office.context.requirements.isSetSupported("Mailbox", "1.5");
  return {
    host: { mode: "connected", product: "outlook", hostName: "Outlook", theme: "light" },
    selectedMessageReceivedAt() {
      // `item` is null when nothing is selected or the mailbox is hidden from the address list.
      const created = mailbox.item?.dateTimeCreated;
      return created instanceof Date && !Number.isNaN(created.getTime()) ? created : undefined;
    },
    onSelectedMessageChange(listener) {
      if (!canFollowSelection) return () => undefined;
      const eventType = office.EventType.ItemChanged;
      mailbox.addHandlerAsync(eventType, () => listener());
      return () => mailbox.removeHandlerAsync(eventType);
    },
  };
}
