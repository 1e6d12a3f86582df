/**
 * A council's own settings, kept in the "FOI Settings" list and used by the register (reference
 * format), the recogniser (which references are ours), the deadline engine (nation) and drafting
 * (letterhead, signature, review contact).
 */
import type { Division } from "../deadlines";

export interface CouncilSettings {
  /** e.g. "Kingsmere District Council". */
  councilName: string;
  /** Welsh name, for Welsh and bilingual letters, e.g. "Cyngor Sir Glanmorfa". */
  councilNameCy?: string;
  /**
   * The reference format, with tokens {YYYY} (year of receipt), {YY}, {SEQ:n} (sequence number
   * zero-padded to n digits, restarting each year) and {KIND} (FOI, EIR, SAR, IR).
   * @example "FOI/{YYYY}/{SEQ:4}" gives "FOI/2026/0042"
   */
  referenceFormat: string;
  /** Other reference shapes to recognise in incoming mail (regular expression sources). */
  extraReferencePatterns: string[];
  /** The authority's own nation: sets the regime (FOISA in Scotland) and the SAR calendar. */
  nation: Division;
  /** The FOI team's address for correspondence. */
  contactEmail: string;
  postalAddress: string;
  telephone?: string;
  website?: string;
  /** Signature block for letters, one line per array item. */
  signature: string[];
  /** Who handles internal reviews, and how to reach them. */
  reviewContact: string;
  /** Where the disclosure log is published, if anywhere. */
  disclosureLogUrl?: string;
  /** Cost limit in pounds: 450 for local government, 600 for central government (s12). */
  costLimitPounds: number;
}
