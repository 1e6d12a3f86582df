/** Builds test messages: a plain request from a member of the public unless told otherwise. */
import { emptyMessage, type MailMessage } from "../../../src/shared/recognise";

export function message(overrides: Partial<MailMessage> & { body?: string }): MailMessage {
  const { body, ...rest } = overrides;
  return {
    ...emptyMessage(),
    subject: "Question",
    from: { name: "Imogen Tallis", address: "imogen.tallis@example.org" },
    to: [{ name: "FOI", address: "foi@larkhill.gov.uk" }],
    receivedAt: "2026-03-02T10:00:00.000Z",
    text: body ?? "",
    ...rest,
  };
}

/** An .eml file as bytes, from header lines and a body. */
export function eml(headers: readonly string[], body: string): Uint8Array {
  return new TextEncoder().encode(`${headers.join("\r\n")}\r\n\r\n${body}`);
}
