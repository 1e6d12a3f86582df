/**
 * Recognises a message file's bytes: .msg (an OLE compound file) or .eml (anything else that
 * looks like RFC 5322). One entry point for the command line and for drag-and-drop.
 */
import { parseEml, type ParseResult } from "./parseEml";
import { parseMsg } from "./parseMsg";
import { recogniseMessage, type RecogniseOptions, type Recognition } from "./recogniseMessage";

const compoundFileSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** True when the bytes start with the OLE compound file signature that .msg files use. */
export function isMsgFile(bytes: Uint8Array): boolean {
  return compoundFileSignature.every((value, index) => bytes[index] === value);
}

/** Parses .eml or .msg bytes, whichever they are. */
export async function parseMessageFile(bytes: Uint8Array): Promise<ParseResult> {
  return isMsgFile(bytes) ? parseMsg(bytes) : parseEml(bytes);
}

export type RecogniseResult = { ok: true; value: Recognition } | { ok: false; problem: string };

/**
 * @example const result = await recogniseBytes(bytes); if (result.ok) show(result.value.kind)
 */
export async function recogniseBytes(
  bytes: Uint8Array,
  options: RecogniseOptions = {},
): Promise<RecogniseResult> {
  const parsed = await parseMessageFile(bytes);
  if (!parsed.ok) return { ok: false, problem: parsed.problem.message };
  return { ok: true, value: recogniseMessage(parsed.value, options) };
}
