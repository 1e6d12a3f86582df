/**
 * A drafted letter, laid out but not yet in any file format: letterhead, the recipient, the
 * reference and date, then the body blocks in one language or two (Welsh first, then English,
 * as the Welsh Language Standards expect for bilingual correspondence).
 */
import type { LetterLanguage } from "./bilingual";
import type { LetterBlock } from "./letterMarkup";

export type OutputLanguage = LetterLanguage | "bilingual";

export interface LetterDocument {
  language: OutputLanguage;
  subject: string;
  letterhead: { councilName: string; addressLines: string[]; contactLine: string };
  /** Label and value rows under the letterhead, e.g. "Our reference" and "FOI/2026/0042". */
  details: { label: string; value: string }[];
  /** The requester's name and address, for the Word letter. */
  recipient: string[];
  sections: { language: LetterLanguage; blocks: LetterBlock[] }[];
}

/** Plain text of a block's lines as a person reads them. */
export function blockText(block: LetterBlock): string {
  switch (block.kind) {
    case "heading":
      return block.text;
    case "divider":
      return "";
    default:
      return block.lines.join("\n");
  }
}
