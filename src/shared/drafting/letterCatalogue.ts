/**
 * The letters FOI Desk drafts across the life of a request, and what each must contain. The law is
 * data: the requirements listed here are what {@link checkDraft} verifies before anything is sent.
 */
import type { LetterLaw } from "./regimeTerms";

export const letterIds = [
  "acknowledgement",
  "clarification",
  "advice-assistance",
  "fees-notice",
  "transfer",
  "pit-extension",
  "eir-extension",
  "refusal-notice",
  "cost-limit-refusal",
  "vexatious-refusal",
  "ncnd",
  "final-response",
  "eir-refusal",
  "sar-acknowledgement",
  "internal-review-outcome",
] as const;

/** A letter template's id. */
export type LetterId = (typeof letterIds)[number];

/** Shared paragraphs that letters include with `{{> id}}`; councils can edit these too. */
export const partialIds = [
  "review-rights",
  "commissioner-rights",
  "exemption-reasons",
  "sign-off",
] as const;
export type PartialId = (typeof partialIds)[number];

/** Any template id: a letter or a shared paragraph. */
export type TemplateId = LetterId | PartialId;

/** One thing a letter must contain; see checkDraft.ts for how each is verified. */
export type Requirement =
  | "reference"
  | "receivedDate"
  | "dueDate"
  | "clarificationDetails"
  | "clockStops"
  | "advice"
  | "feeAmount"
  | "feePayBy"
  | "transferAuthority"
  | "estimatedDecisionDate"
  | "extendedDueDate"
  | "exemptionsNamed"
  | "exemptionReasons"
  | "publicInterestTest"
  | "ncndAvailable"
  | "refusalNoticeCited"
  | "reviewProcedure"
  | "commissionerRight"
  | "costLimit"
  | "questionsAnswered"
  | "vexatiousGround"
  | "reviewDecision";

export interface LetterDefinition {
  id: LetterId;
  /** What officers call it. */
  title: string;
  /** The laws it may be sent under. */
  laws: readonly LetterLaw[];
  requirements: readonly Requirement[];
  /** The provisions it answers to. */
  source: string;
}

const access: readonly LetterLaw[] = ["foi", "eir", "foisa", "eisr"];
const acts: readonly LetterLaw[] = ["foi", "foisa"];
const regulations: readonly LetterLaw[] = ["eir", "eisr"];
const refusal: readonly Requirement[] = [
  "exemptionsNamed",
  "exemptionReasons",
  "publicInterestTest",
  "refusalNoticeCited",
  "reviewProcedure",
  "commissionerRight",
];

/** Every letter, with what the law requires it to say. */
export const letterCatalogue: Readonly<Record<LetterId, LetterDefinition>> = {
  acknowledgement: {
    id: "acknowledgement",
    title: "Acknowledgement",
    laws: access,
    requirements: ["reference", "receivedDate", "dueDate"],
    source: "FOIA s10(1); EIR reg 5(2); FOISA s10(1); s45 Code of Practice",
  },
  clarification: {
    id: "clarification",
    title: "Request for clarification",
    laws: access,
    requirements: ["reference", "clarificationDetails", "clockStops"],
    source: "FOIA s1(3), s10(6)(b), s16; EIR reg 9(2); FOISA s1(3)",
  },
  "advice-assistance": {
    id: "advice-assistance",
    title: "Advice and assistance",
    laws: access,
    requirements: ["reference", "advice"],
    source: "FOIA s16; EIR reg 9; FOISA s15",
  },
  "fees-notice": {
    id: "fees-notice",
    title: "Fees notice",
    laws: access,
    requirements: ["reference", "feeAmount", "feePayBy", "reviewProcedure", "commissionerRight"],
    source: "FOIA s9, s10(2); EIR reg 8; FOISA s9",
  },
  transfer: {
    id: "transfer",
    title: "Transfer or partial transfer",
    laws: access,
    requirements: ["reference", "transferAuthority", "reviewProcedure"],
    source: "FOIA s16 and s45 Code of Practice (transfers); EIR reg 10; FOISA s15",
  },
  "pit-extension": {
    id: "pit-extension",
    title: "Public interest extension",
    laws: ["foi"],
    requirements: [
      "reference",
      "exemptionsNamed",
      "exemptionReasons",
      "estimatedDecisionDate",
      "refusalNoticeCited",
      "reviewProcedure",
      "commissionerRight",
    ],
    source: "FOIA s10(3), s17(2), s17(7)",
  },
  "eir-extension": {
    id: "eir-extension",
    title: "Extension for complexity and volume",
    laws: regulations,
    requirements: ["reference", "extendedDueDate"],
    source: "EIR reg 7(1); EISR reg 7(1)",
  },
  "refusal-notice": {
    id: "refusal-notice",
    title: "Refusal notice",
    laws: acts,
    requirements: ["reference", ...refusal],
    source: "FOIA s17(1), (3), (4), (7); FOISA s16",
  },
  "cost-limit-refusal": {
    id: "cost-limit-refusal",
    title: "Refusal: cost limit",
    laws: acts,
    requirements: [
      "reference",
      "costLimit",
      "advice",
      "refusalNoticeCited",
      "reviewProcedure",
      "commissionerRight",
    ],
    source: "FOIA s12, s16, s17(5), (7); Fees Regulations 2004 reg 3; FOISA s12, s15, s16",
  },
  "vexatious-refusal": {
    id: "vexatious-refusal",
    title: "Refusal: vexatious or repeated request",
    laws: acts,
    requirements: [
      "reference",
      "vexatiousGround",
      "refusalNoticeCited",
      "reviewProcedure",
      "commissionerRight",
    ],
    source: "FOIA s14, s17(5), (6), (7); FOISA s14, s16(5)",
  },
  ncnd: {
    id: "ncnd",
    title: "Neither confirm nor deny",
    laws: ["foi", "eir", "foisa", "eisr"],
    requirements: ["reference", "ncndAvailable", ...refusal],
    source: "FOIA s2(1), s17(1); EIR reg 12(6), 13(5); FOISA s18",
  },
  "final-response": {
    id: "final-response",
    title: "Final response",
    laws: access,
    requirements: [
      "reference",
      "questionsAnswered",
      "exemptionReasons",
      "publicInterestTest",
      "reviewProcedure",
      "commissionerRight",
    ],
    source: "FOIA s1, s11, s17, s21; EIR regs 5, 6, 14; FOISA s1, s16, s25",
  },
  "eir-refusal": {
    id: "eir-refusal",
    title: "Refusal under the EIR (regulations 12 and 13)",
    laws: regulations,
    requirements: ["reference", ...refusal],
    source: "EIR regs 11, 12, 13, 14; EISR regs 10, 11, 13, 16",
  },
  "sar-acknowledgement": {
    id: "sar-acknowledgement",
    title: "Subject access request acknowledgement",
    laws: ["sar"],
    requirements: ["reference", "receivedDate", "dueDate"],
    source: "UK GDPR Art 12(3), Art 15",
  },
  "internal-review-outcome": {
    id: "internal-review-outcome",
    title: "Internal review outcome",
    laws: access,
    requirements: ["reference", "reviewDecision", "commissionerRight"],
    source: "s45 Code of Practice part 5; EIR reg 11(4); FOISA s21; EISR reg 16",
  },
};

/** True if `id` names a letter. */
export function isLetterId(id: string): id is LetterId {
  return (letterIds as readonly string[]).includes(id);
}
