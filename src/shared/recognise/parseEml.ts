/**
 * Reads an RFC 5322 message (.eml bytes, any charset or transfer encoding) into a
 * {@link MailMessage}, using postal-mime (pure JavaScript, runs in the task pane and in Node).
 * Malformed input is an expected failure and comes back as a value, never an exception.
 */
import PostalMime from "postal-mime";
import type { Address, Email } from "postal-mime";
import {
  cleanAddress,
  emptyMessage,
  maxPartChars,
  type MailAddress,
  type MailAttachment,
  type MailMessage,
} from "./mailMessage";
import { htmlToText } from "./htmlToText";

export type ParseProblem =
  | { kind: "empty"; message: string }
  | { kind: "tooLarge"; message: string }
  | { kind: "notAMessage"; message: string }
  | { kind: "unreadable"; message: string };

export type ParseResult = { ok: true; value: MailMessage } | { ok: false; problem: ParseProblem };

/** Messages above this size are refused rather than parsed (attachments included). */
export const maxMessageBytes = 40 * 1024 * 1024;
/**
 * Only this much of a message is parsed. Requests sit at the top of a message; what lies beyond is
 * quoted history or large attachments, whose content the recogniser never reads. Parsing cost
 * grows with size, so the cap keeps a 1 MB message well under the 50 ms budget.
 */
export const maxParsedBytes = 256 * 1024;

function lastLineBreak(bytes: Uint8Array, limit: number): number {
  for (let i = limit; i > limit - 4096 && i > 0; i--) if (bytes[i] === 0x0a) return i + 1;
  return limit;
}

/** Text attachments up to this size are decoded and read as part of the request. */
const maxTextAttachmentBytes = 512 * 1024;

function flatten(addresses: Address[] | Address | undefined): MailAddress[] {
  if (!addresses) return [];
  const list = Array.isArray(addresses) ? addresses : [addresses];
  const out: MailAddress[] = [];
  for (const entry of list) {
    if (entry.group) {
      for (const member of entry.group) {
        const address = cleanAddress(member.address);
        if (address) out.push({ name: (member.name ?? "").trim(), address });
      }
    } else {
      const address = cleanAddress(entry.address);
      if (address || entry.name) out.push({ name: (entry.name ?? "").trim(), address });
    }
  }
  return out.slice(0, 200);
}

/** The arrival instant: the date stamped by the last hop (the top Received header), else Date. */
export function arrivalInstant(email: Pick<Email, "headers" | "date">): string | null {
  for (const header of email.headers) {
    if (header.key !== "received") continue;
    const semicolon = header.value.lastIndexOf(";");
    if (semicolon < 0) continue;
    const parsed = Date.parse(header.value.slice(semicolon + 1).trim());
    if (Number.isFinite(parsed)) return new Date(parsed).toISOString();
    break;
  }
  if (email.date) {
    const parsed = Date.parse(email.date);
    if (Number.isFinite(parsed)) return new Date(parsed).toISOString();
  }
  return null;
}

function looksLikeText(attachment: { mimeType: string; filename: string | null }): boolean {
  const name = (attachment.filename ?? "").toLowerCase();
  return (
    attachment.mimeType === "text/plain" ||
    attachment.mimeType === "text/markdown" ||
    name.endsWith(".txt") ||
    name.endsWith(".md")
  );
}

function decodeText(content: ArrayBuffer | Uint8Array | string): string {
  if (typeof content === "string") return content;
  try {
    return new TextDecoder("utf-8", { fatal: false }).decode(content);
  } catch {
    return "";
  }
}

function byteLength(content: ArrayBuffer | Uint8Array | string): number {
  if (typeof content === "string") return content.length;
  return content.byteLength;
}

const windows1252: Readonly<Record<number, string>> = {
  0x80: "€",
  0x82: "‚",
  0x83: "ƒ",
  0x84: "„",
  0x85: "…",
  0x86: "†",
  0x87: "‡",
  0x88: "ˆ",
  0x89: "‰",
  0x8a: "Š",
  0x8b: "‹",
  0x8c: "Œ",
  0x8e: "Ž",
  0x91: "‘",
  0x92: "’",
  0x93: "“",
  0x94: "”",
  0x95: "•",
  0x96: "–",
  0x97: "—",
  0x98: "˜",
  0x99: "™",
  0x9a: "š",
  0x9b: "›",
  0x9c: "œ",
  0x9e: "ž",
  0x9f: "Ÿ",
};

/**
 * Repairs C1 control characters left by decoding windows-1252 text as ISO-8859-1 (a common
 * mislabelling): U+0096 becomes "–", U+0092 "’", and so on.
 */
export function repairWindows1252(text: string): string {
  if (!/[\u0080-\u009f]/.test(text)) return text;
  return text.replace(/[\u0080-\u009f]/g, (char) => windows1252[char.charCodeAt(0)] ?? "");
}

/** Converts postal-mime's parsed email into our {@link MailMessage}. */
export function fromParsedEmail(email: Email): MailMessage {
  const headers: Record<string, string> = {};
  for (const header of email.headers.slice(0, 500)) {
    if (!(header.key in headers)) headers[header.key] = header.value.slice(0, 4000);
  }
  const attachments: MailAttachment[] = [];
  for (const part of email.attachments.slice(0, 100)) {
    const size = byteLength(part.content);
    const attachment: MailAttachment = {
      name: part.filename ?? "",
      mimeType: part.mimeType,
      size,
    };
    if (looksLikeText(part) && size <= maxTextAttachmentBytes) {
      attachment.text = decodeText(part.content);
    }
    if (part.mimeType === "text/calendar" && part.method) attachment.text = `METHOD:${part.method}`;
    // A bounce may return only the undelivered message's headers: its subject may quote a case.
    if (part.mimeType === "text/rfc822-headers" && size <= maxTextAttachmentBytes) {
      const subject = /^subject:[^\n]*(?:\n[ \t][^\n]*)*/im.exec(decodeText(part.content));
      if (subject) attachment.enclosedText = subject[0].slice(0, 2000);
    }
    attachments.push(attachment);
  }
  const [from] = flatten(email.from);
  const [sender] = flatten(email.sender);
  return {
    ...emptyMessage(),
    subject: (email.subject ?? "").slice(0, 2000),
    from: from ?? null,
    sender: sender ?? null,
    replyTo: flatten(email.replyTo),
    to: flatten(email.to),
    cc: flatten(email.cc),
    headers,
    text: repairWindows1252((email.text ?? "").slice(0, maxPartChars)),
    html: repairWindows1252((email.html ?? "").slice(0, maxPartChars)),
    receivedAt: arrivalInstant(email),
    internetMessageId: email.messageId ?? null,
    conversationId: headers["thread-index"] ?? null,
    inReplyTo: email.inReplyTo ?? email.references ?? null,
    attachments,
  };
}

/**
 * Reads the first few attached messages (a bounce returns our reply as one) one level deep, so
 * that the case references they quote are found. A message that will not parse is left unread.
 */
async function readEnclosedMessages(email: Email, message: MailMessage): Promise<void> {
  let read = 0;
  for (const [index, part] of email.attachments.slice(0, 100).entries()) {
    const attachment = message.attachments[index];
    if (part.mimeType !== "message/rfc822" || !attachment || read >= 3) continue;
    if (byteLength(part.content) > maxTextAttachmentBytes) continue;
    read++;
    try {
      const enclosed = await PostalMime.parse(part.content, {
        attachmentEncoding: "arraybuffer",
        maxNestingDepth: 20,
        maxRfc822NestingDepth: 0,
      });
      const body = enclosed.text?.trim() ? enclosed.text : htmlToText(enclosed.html ?? "");
      attachment.enclosedText = `${enclosed.subject ?? ""}\n${body.slice(0, maxPartChars)}`;
    } catch {
      // Unreadable: the references it may quote are simply not found.
    }
  }
}

function startsLikeMessage(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  return /^[\x21-\x39\x3b-\x7e]{1,76}:/m.test(head);
}

/**
 * Parses .eml bytes.
 * @example const result = await parseEml(bytes); if (result.ok) recogniseMessage(result.value)
 */
export async function parseEml(bytes: Uint8Array): Promise<ParseResult> {
  if (bytes.byteLength === 0)
    return { ok: false, problem: { kind: "empty", message: "the file is empty" } };
  if (bytes.byteLength > maxMessageBytes) {
    return {
      ok: false,
      problem: { kind: "tooLarge", message: `the message is larger than ${maxMessageBytes} bytes` },
    };
  }
  if (!startsLikeMessage(bytes)) {
    return {
      ok: false,
      problem: {
        kind: "notAMessage",
        message: "the file has no email headers (is it an .eml file?)",
      },
    };
  }
  const truncated = bytes.byteLength > maxParsedBytes;
  const input = truncated ? bytes.subarray(0, lastLineBreak(bytes, maxParsedBytes)) : bytes;
  try {
    const email = await PostalMime.parse(input, {
      attachmentEncoding: "arraybuffer",
      maxNestingDepth: 50,
      maxRfc822NestingDepth: 3,
    });
    const message = fromParsedEmail(email);
    await readEnclosedMessages(email, message);
    return { ok: true, value: message };
  } catch (error) {
    const detail = error instanceof Error ? error.message : "unknown parser error";
    return {
      ok: false,
      problem: { kind: "unreadable", message: `could not parse the message: ${detail}` },
    };
  }
}
