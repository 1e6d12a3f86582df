/**
 * Reads an Outlook .msg file (compound document) into a {@link MailMessage} with
 * @kenjiuno/msgreader. The transport headers, when the .msg kept them, supply Reply-To,
 * Auto-Submitted and the arrival time; otherwise the delivery time stored in the file is used.
 */
import MsgReader from "@kenjiuno/msgreader";
import { arrivalInstant, maxMessageBytes, type ParseResult } from "./parseEml";
import {
  cleanAddress,
  emptyMessage,
  maxPartChars,
  type MailAddress,
  type MailMessage,
} from "./mailMessage";

function parseHeaderBlock(block: string): Array<{ key: string; value: string }> {
  const out: Array<{ key: string; value: string }> = [];
  const unfolded = block.slice(0, 256 * 1024).replace(/\r?\n[ \t]+/g, " ");
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0 || colon > 76) continue;
    out.push({
      key: line.slice(0, colon).trim().toLowerCase(),
      value: line.slice(colon + 1).trim(),
    });
  }
  return out;
}

function addressFromHeader(value: string | undefined): MailAddress[] {
  if (!value) return [];
  const out: MailAddress[] = [];
  for (const piece of value.slice(0, 4000).split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)) {
    const angle = /^\s*"?([^"<]*)"?\s*<([^>]+)>/.exec(piece);
    if (angle) {
      const address = cleanAddress(angle[2]);
      if (address) out.push({ name: (angle[1] ?? "").trim(), address });
    } else {
      const address = cleanAddress(piece);
      if (address) out.push({ name: "", address });
    }
  }
  return out;
}

function toIso(value: string | undefined): string | null {
  if (!value) return null;
  const parsed = Date.parse(value);
  return Number.isFinite(parsed) ? new Date(parsed).toISOString() : null;
}

/** Parses .msg bytes; failures come back as values. */
export function parseMsg(bytes: Uint8Array): ParseResult {
  if (bytes.byteLength === 0)
    return { ok: false, problem: { kind: "empty", message: "the file is empty" } };
  if (bytes.byteLength > maxMessageBytes) {
    return {
      ok: false,
      problem: { kind: "tooLarge", message: "the message is too large to read" },
    };
  }
  try {
    const copy = bytes.slice().buffer;
    const reader = new MsgReader(copy);
    const data = reader.getFileData();
    if (data.error) return { ok: false, problem: { kind: "notAMessage", message: data.error } };
    const headerList = parseHeaderBlock(data.headers ?? "");
    const headers: Record<string, string> = {};
    for (const header of headerList)
      if (!(header.key in headers)) headers[header.key] = header.value;
    const recipients = data.recipients ?? [];
    const recipient = (type: "to" | "cc"): MailAddress[] =>
      recipients
        .filter((entry) => (entry.recipType ?? "to") === type)
        .map((entry) => ({
          name: (entry.name ?? "").trim(),
          address: cleanAddress(entry.smtpAddress ?? entry.email),
        }))
        .filter((entry) => entry.address !== "");
    const fromAddress = cleanAddress(data.senderSmtpAddress ?? data.senderEmail);
    const attachments = (data.attachments ?? []).slice(0, 100).map((entry, index) => {
      const name = entry.fileName ?? entry.fileNameShort ?? entry.name ?? "";
      const mimeType = entry.attachMimeTag ?? "";
      const attachment: MailMessage["attachments"][number] = {
        name,
        mimeType,
        size: entry.contentLength ?? 0,
      };
      if (/\.txt$/i.test(name) || mimeType === "text/plain") {
        try {
          const content = reader.getAttachment(index).content;
          if (content.byteLength <= 512 * 1024)
            attachment.text = new TextDecoder("utf-8").decode(content);
        } catch {
          // an unreadable attachment is simply not read
        }
      }
      return attachment;
    });
    const received =
      arrivalInstant({
        headers: headerList.map((h) => ({ ...h, originalKey: h.key })),
        date: undefined,
      }) ??
      toIso(data.messageDeliveryTime) ??
      toIso(data.clientSubmitTime) ??
      toIso(headers["date"]);
    const message: MailMessage = {
      ...emptyMessage(),
      subject: (data.subject ?? "").slice(0, 2000),
      from:
        fromAddress || data.senderName
          ? { name: (data.senderName ?? "").trim(), address: fromAddress }
          : null,
      replyTo: addressFromHeader(headers["reply-to"]),
      to: recipient("to"),
      cc: recipient("cc"),
      headers,
      text: (data.body ?? "").slice(0, maxPartChars),
      html: (data.bodyHtml ?? "").slice(0, maxPartChars),
      receivedAt: received,
      internetMessageId: headers["message-id"] ?? null,
      conversationId: headers["thread-index"] ?? null,
      inReplyTo: headers["in-reply-to"] ?? headers["references"] ?? null,
      attachments,
    };
    return { ok: true, value: message };
  } catch (error) {
    const detail = error instanceof Error ? error.message : "unknown error";
    return {
      ok: false,
      problem: { kind: "unreadable", message: `could not read the .msg file: ${detail}` },
    };
  }
}
