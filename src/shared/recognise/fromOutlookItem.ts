/**
 * Builds a {@link MailMessage} from what the Outlook task pane reads through Office.js. The task
 * pane gathers these values (the body with `body.getAsync` in both coercion types, the headers
 * with `getAllInternetHeadersAsync`); this function only reshapes them, so it stays pure and
 * testable without Office.
 */
import {
  cleanAddress,
  emptyMessage,
  maxPartChars,
  type MailAddress,
  type MailMessage,
} from "./mailMessage";

/** Office.js's EmailAddressDetails, reduced to what we read. */
export interface OutlookAddress {
  displayName?: string;
  emailAddress?: string;
}

/** What the task pane collected about the selected item. */
export interface OutlookItemSnapshot {
  subject?: string;
  from?: OutlookAddress | null;
  sender?: OutlookAddress | null;
  to?: readonly OutlookAddress[];
  cc?: readonly OutlookAddress[];
  /** The raw internet headers block (getAllInternetHeadersAsync), when available. */
  internetHeaders?: string;
  bodyText?: string;
  bodyHtml?: string;
  /** Item.dateTimeCreated for a received item: when it reached the mailbox. */
  dateTimeCreated?: Date | string | null;
  internetMessageId?: string;
  conversationId?: string;
  attachments?: ReadonlyArray<{
    name?: string;
    contentType?: string;
    size?: number;
    text?: string;
  }>;
}

function address(entry: OutlookAddress | null | undefined): MailAddress | null {
  if (!entry) return null;
  const clean = cleanAddress(entry.emailAddress);
  if (!clean && !entry.displayName) return null;
  return { name: (entry.displayName ?? "").trim(), address: clean };
}

function headerMap(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const unfolded = block.slice(0, 256 * 1024).replace(/\r?\n[ \t]+/g, " ");
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0 || colon > 76) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    if (!(key in headers))
      headers[key] = line
        .slice(colon + 1)
        .trim()
        .slice(0, 4000);
  }
  return headers;
}

function replyTo(value: string | undefined): MailAddress[] {
  if (!value) return [];
  const angle = /<([^>]{3,320})>/.exec(value);
  const clean = cleanAddress(angle ? angle[1] : value);
  if (!clean) return [];
  const name = angle ? value.slice(0, angle.index).replace(/"/g, "").trim() : "";
  return [{ name, address: clean }];
}

/**
 * @example fromOutlookItem({ subject: "FOI request", from: { displayName: "Ann", emailAddress: "ann@example.org" }, bodyText: "…" })
 */
export function fromOutlookItem(item: OutlookItemSnapshot): MailMessage {
  const headers = headerMap(item.internetHeaders ?? "");
  const created = item.dateTimeCreated;
  let receivedAt: string | null = null;
  if (created) {
    const time = typeof created === "string" ? Date.parse(created) : created.getTime();
    if (Number.isFinite(time)) receivedAt = new Date(time).toISOString();
  }
  return {
    ...emptyMessage(),
    subject: (item.subject ?? "").slice(0, 2000),
    from: address(item.from),
    sender: address(item.sender),
    replyTo: replyTo(headers["reply-to"]),
    to: (item.to ?? []).map(address).filter((entry): entry is MailAddress => entry !== null),
    cc: (item.cc ?? []).map(address).filter((entry): entry is MailAddress => entry !== null),
    headers,
    text: (item.bodyText ?? "").slice(0, maxPartChars),
    html: (item.bodyHtml ?? "").slice(0, maxPartChars),
    receivedAt,
    internetMessageId: item.internetMessageId ?? headers["message-id"] ?? null,
    conversationId: item.conversationId ?? null,
    inReplyTo: headers["in-reply-to"] ?? headers["references"] ?? null,
    attachments: (item.attachments ?? []).slice(0, 100).map((attachment) => {
      const out: MailMessage["attachments"][number] = {
        name: attachment.name ?? "",
        mimeType: attachment.contentType ?? "",
        size: attachment.size ?? 0,
      };
      if (attachment.text !== undefined) out.text = attachment.text.slice(0, 512 * 1024);
      return out;
    }),
  };
}
