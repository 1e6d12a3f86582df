/**
 * Preferences a requester may state under FOIA s11 (means of communication: a copy in permanent
 * form, inspection, a digest or summary; and format, e.g. a spreadsheet) and the language of reply
 * (Welsh Language Standards: a reply in Welsh when asked for or when written in Welsh).
 */
import { sentences } from "./cues";

export interface ReplyPreferences {
  /** e.g. "electronic", "spreadsheet", "csv", "pdf", "paper", "original format". */
  format: string | null;
  /** e.g. "email", "post", "inspection", "summary". */
  means: string | null;
  /** The requester asked for the reply in Welsh. */
  welshReply: boolean;
  /** The words that said so. */
  quote: string | null;
}

const formats: ReadonlyArray<{ value: string; pattern: RegExp }> = [
  { value: "csv", pattern: /\b(?:csv|comma[- ]separated)\b/ },
  {
    value: "spreadsheet",
    pattern:
      /\b(?:excel|spreadsheet|xlsx?|ods|machine[- ]readable|re-?usable format|open format)\b/,
  },
  { value: "pdf", pattern: /\bpdf\b/ },
  { value: "original format", pattern: /\b(?:original|native) format\b/ },
  {
    value: "paper",
    pattern: /\b(?:paper cop(?:y|ies)|hard cop(?:y|ies)|printed cop(?:y|ies)|in print)\b/,
  },
  {
    value: "electronic",
    pattern:
      /\b(?:electronic(?:ally)?(?: copies| format| form)?|digital(?:ly)? (?:copies|format|form))\b/,
  },
];
const means: ReadonlyArray<{ value: string; pattern: RegExp }> = [
  {
    value: "inspection",
    pattern: /\b(?:inspect|inspection|view (?:the )?(?:records|documents|files) in person)\b/,
  },
  { value: "summary", pattern: /\b(?:a (?:summary|digest) of)\b/ },
  {
    value: "post",
    pattern: /\b(?:by post|post (?:it|them|the copies)|posted to|to my (?:home|postal) address)\b/,
  },
  {
    value: "email",
    pattern: /\b(?:by e-?mail|via e-?mail|e-?mail (?:it|them) to me|to this e-?mail address)\b/,
  },
];
const welshReply =
  /\b(?:yn gymraeg|reply in welsh|respond in welsh|response in welsh|in welsh please|ateb yn gymraeg|ymateb yn gymraeg)\b/;

/**
 * Reply preferences stated in a request.
 * @example readPreferences("I would prefer the information in CSV or Excel format.").format // "csv"
 */
export function readPreferences(text: string): ReplyPreferences {
  const lower = text.slice(0, 40_000).toLowerCase();
  const preference =
    /\b(?:prefer|preferably|would like (?:it|them|the information|to receive)|please (?:send|provide|supply|post)|in (?:csv|excel|pdf|spreadsheet)|format|electronic|by post|paper|gymraeg|welsh|inspect)/;
  let format: string | null = null;
  let meansOf: string | null = null;
  let quote: string | null = null;
  for (const sentence of sentences(lower)) {
    if (!preference.test(sentence)) continue;
    if (!format) {
      const found = formats.find((entry) => entry.pattern.test(sentence));
      if (found) {
        format = found.value;
        quote ??= sentence;
      }
    }
    if (!meansOf) {
      const found = means.find((entry) => entry.pattern.test(sentence));
      if (found) {
        meansOf = found.value;
        quote ??= sentence;
      }
    }
  }
  return { format, means: meansOf, welshReply: welshReply.test(lower), quote };
}
