/**
 * The one message shape the recogniser reads, however the message arrived: from Office.js in
 * Outlook, from an RFC 5322 .eml file or from an Outlook .msg file. Adapters (parseEml, parseMsg,
 * fromOutlookItem) build it; nothing downstream knows where a message came from.
 */

/** A mailbox: display name (may be empty) and address (lower-cased). */
export interface MailAddress {
  name: string;
  address: string;
}

/** An attachment's name and type; `text` only for small text attachments we could decode. */
export interface MailAttachment {
  name: string;
  mimeType: string;
  size: number;
  text?: string;
  /**
   * The subject and text of an attached message (message/rfc822: the returned mail in a bounce,
   * a message forwarded as an attachment). Read only for the case references it quotes.
   */
  enclosedText?: string;
}

export interface MailMessage {
  subject: string;
  from: MailAddress | null;
  /** The Sender header, when different from From (sending on behalf). */
  sender: MailAddress | null;
  replyTo: MailAddress[];
  to: MailAddress[];
  cc: MailAddress[];
  /** Header names lower-cased; the first value of each. Untrusted. */
  headers: Readonly<Record<string, string>>;
  /** The text/plain body, or "" when the message had none. */
  text: string;
  /** The text/html body, or "" when the message had none. Never rendered or executed. */
  html: string;
  /** The instant the message reached the mailbox (ISO 8601), or null when unknown. */
  receivedAt: string | null;
  internetMessageId: string | null;
  conversationId: string | null;
  /** In-Reply-To / References: present when the message answers another. */
  inReplyTo: string | null;
  attachments: MailAttachment[];
}

/** A message with every field empty; adapters and tests spread their values over it. */
export function emptyMessage(): MailMessage {
  return {
    subject: "",
    from: null,
    sender: null,
    replyTo: [],
    to: [],
    cc: [],
    headers: {},
    text: "",
    html: "",
    receivedAt: null,
    internetMessageId: null,
    conversationId: null,
    inReplyTo: null,
    attachments: [],
  };
}

/** Largest text we read from any one part; requests sit at the top, so nothing is lost. */
export const maxPartChars = 2_000_000;

/** Lower-cases and trims an address; returns "" for anything that is not address-shaped. */
export function cleanAddress(address: string | undefined | null): string {
  if (!address) return "";
  const trimmed = address.trim().replace(/^<|>$/g, "").toLowerCase();
  if (trimmed.length > 320 || !/^[^\s@<>]+@[^\s@<>]+$/.test(trimmed)) return "";
  return trimmed;
}

/** The domain of an address ("" if none). */
export function domainOf(address: string): string {
  const at = address.lastIndexOf("@");
  return at < 0 ? "" : address.slice(at + 1).toLowerCase();
}

/** Domains of personal mail services (and WhatDoTheyKnow, whose users are people). */
export const personalMailDomain =
  /(?:^|\.)(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|icloud|me|mac|aol|btinternet|btopenworld|sky|talktalk|tiscali|virginmedia|ntlworld|blueyonder|talk21|eircom|protonmail|proton|gmx|mail|zoho|fastmail|hushmail|tutanota|yandex|posteo|orange|plus|fsmail|freeserve|lineone|whatdotheyknow)\.[a-z.]+$/i;
