/**
 * The de-duplication key of a registration: SHA-256 hex (64 characters) of the source email's
 * internetMessageId, so it fits SharePoint's 255-character single-line text and can be a unique,
 * indexed column. Angle brackets and surrounding space are dropped first, because Outlook and
 * Graph do not agree on whether to show them.
 */
export async function messageKey(internetMessageId: string): Promise<string> {
  const normalised = internetMessageId.trim().replace(/^<(.*)>$/, "$1");
  return sha256Hex(`message:${normalised}`);
}

/** The key for a registration without an email (a caller-chosen registration key). */
export async function registrationKeyHash(key: string): Promise<string> {
  return sha256Hex(`registration:${key.trim()}`);
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The placeholder reference a case holds between being stored and being numbered. */
export function pendingReference(key: string): string {
  return `pending:${key}`;
}

export function isPendingReference(reference: string): boolean {
  return reference.startsWith("pending:");
}
