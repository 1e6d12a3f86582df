/**
 * The time limits, as data. Each regime says how long the authority has, counted how, with which
 * holidays, and what extension the law allows. Sources: /docs in foi-rules.md R1–R18.
 */
import type { HolidaySet } from "./bankHolidays";

export type Regime =
  | "foi"
  | "eir"
  | "foisa"
  | "eisr"
  | "sar"
  | "review-foi"
  | "review-eir"
  | "review-foisa"
  | "review-eisr"
  | "foi-school"
  | "foi-archive";

/** How the regime extends its limit, if it can. */
export type ExtensionRule =
  | { kind: "none"; why: string }
  /** A further period "reasonable in the circumstances"; `defaultDays` is the usual cap. */
  | { kind: "reasonable"; defaultDays: number; maxDays: number; statute: string; what: string }
  /** A fixed longer limit in working days from the (effective) date of receipt. */
  | { kind: "fixed-working-days"; totalDays: number; statute: string; what: string }
  /** A fixed number of further calendar months (UK GDPR Art 12(3)). */
  | { kind: "further-months"; months: number; statute: string; what: string };

/** How fees work under the regime: how long the requester has to pay. */
export type FeeRule =
  | { kind: "months"; months: number; statute: string }
  | { kind: "working-days"; days: number; statute: string }
  | { kind: "none" };

export interface RegimeRule {
  id: Regime;
  /** For people, e.g. "Freedom of Information Act 2000". */
  name: string;
  /** Short label, e.g. "FOIA". */
  shortName: string;
  /** Where the time limit comes from, e.g. "FOIA s10(1)". */
  statute: string;
  /** Working days, or calendar months (subject access). */
  limit: { unit: "working-days"; days: number } | { unit: "months"; months: number };
  /** The limit in words, e.g. "20 working days". */
  limitText: string;
  /** Which holidays stop the count; "authority" means the authority's own nation. */
  holidaySet: HolidaySet | "authority";
  /** The holidays in words. */
  calendarText: string;
  extension: ExtensionRule;
  fees: FeeRule;
  /** Where the law lets the clock stop for clarification, and restart when it arrives. */
  clarification: { stop: string; restart: string };
  /** Extra rule for schools: the earlier of 20 school days and 60 working days. */
  schoolDays?: { schoolDays: number; ceilingWorkingDays: number; statute: string };
}

const allUk = "bank holidays in any part of the UK (England and Wales, Scotland, Northern Ireland)";
const scottish = "Scottish bank holidays only";
const foiFees: FeeRule = { kind: "months", months: 3, statute: "FOIA s9(2)" };
const eirFees: FeeRule = { kind: "working-days", days: 60, statute: "EIR reg 8(6)" };
const foisaFees: FeeRule = { kind: "months", months: 3, statute: "FOISA s9(4)" };

export const regimes: Readonly<Record<Regime, RegimeRule>> = {
  foi: {
    id: "foi",
    name: "Freedom of Information Act 2000",
    shortName: "FOIA",
    statute: "FOIA s10(1)",
    limit: { unit: "working-days", days: 20 },
    limitText: "20 working days",
    holidaySet: "all-uk",
    calendarText: allUk,
    extension: {
      kind: "reasonable",
      defaultDays: 20,
      maxDays: 20,
      statute: "FOIA s10(3), s17(2)",
      what: "public interest test extension",
    },
    clarification: { stop: "FOIA s1(3)", restart: "FOIA s10(6)(b)" },
    fees: foiFees,
  },
  eir: {
    id: "eir",
    name: "Environmental Information Regulations 2004",
    shortName: "EIR",
    statute: "EIR reg 5(2)",
    limit: { unit: "working-days", days: 20 },
    limitText: "20 working days (40 if complex and voluminous)",
    holidaySet: "all-uk",
    calendarText: allUk,
    extension: {
      kind: "fixed-working-days",
      totalDays: 40,
      statute: "EIR reg 7(1)",
      what: "extension for complexity and volume",
    },
    clarification: { stop: "EIR reg 9(2)", restart: "EIR reg 9(4)" },
    fees: eirFees,
  },
  foisa: {
    id: "foisa",
    name: "Freedom of Information (Scotland) Act 2002",
    shortName: "FOISA",
    statute: "FOISA s10(1)",
    limit: { unit: "working-days", days: 20 },
    limitText: "20 working days",
    holidaySet: "scotland",
    calendarText: scottish,
    extension: {
      kind: "none",
      why: "FOISA has no extension for the public interest test: the 20 working days stand",
    },
    clarification: { stop: "FOISA s1(3)", restart: "FOISA s10(1)(b)" },
    fees: foisaFees,
  },
  eisr: {
    id: "eisr",
    name: "Environmental Information (Scotland) Regulations 2004",
    shortName: "EISR",
    statute: "EISR reg 5(2)(a)",
    limit: { unit: "working-days", days: 20 },
    limitText: "20 working days (40 if complex and voluminous)",
    holidaySet: "scotland",
    calendarText: scottish,
    extension: {
      kind: "fixed-working-days",
      totalDays: 40,
      statute: "EISR reg 7(1)",
      what: "extension for complexity and volume",
    },
    clarification: { stop: "EISR reg 9(2)", restart: "EISR reg 9(4)" },
    fees: { kind: "working-days", days: 60, statute: "EISR reg 8(6)" },
  },
  sar: {
    id: "sar",
    name: "UK GDPR subject access (Article 15)",
    shortName: "SAR",
    statute: "UK GDPR Art 12(3)",
    limit: { unit: "months", months: 1 },
    limitText: "one calendar month, counting the day of receipt as day one",
    holidaySet: "authority",
    calendarText: "the authority's own nation's bank holidays",
    extension: {
      kind: "further-months",
      months: 2,
      statute: "UK GDPR Art 12(3)",
      what: "extension for complex or numerous requests",
    },
    clarification: { stop: "UK GDPR Art 12A", restart: "UK GDPR Art 12A" },
    fees: { kind: "none" },
  },
  "review-foi": {
    id: "review-foi",
    name: "FOIA internal review (s45 Code of Practice)",
    shortName: "FOIA review",
    statute: "s45 Code of Practice (2018) part 5",
    limit: { unit: "working-days", days: 20 },
    limitText: "20 working days (40 in exceptional cases)",
    holidaySet: "all-uk",
    calendarText: allUk,
    extension: {
      kind: "fixed-working-days",
      totalDays: 40,
      statute: "s45 Code of Practice (2018) part 5",
      what: "extension for an exceptionally complex review",
    },
    clarification: { stop: "FOIA s1(3)", restart: "FOIA s10(6)(b)" },
    fees: { kind: "none" },
  },
  "review-eir": {
    id: "review-eir",
    name: "EIR reconsideration",
    shortName: "EIR review",
    statute: "EIR reg 11(4)",
    limit: { unit: "working-days", days: 40 },
    limitText: "40 working days",
    holidaySet: "all-uk",
    calendarText: allUk,
    extension: { kind: "none", why: "EIR reg 11(4) sets 40 working days with no extension" },
    clarification: { stop: "EIR reg 9(2)", restart: "EIR reg 9(4)" },
    fees: { kind: "none" },
  },
  "review-foisa": {
    id: "review-foisa",
    name: "FOISA review",
    shortName: "FOISA review",
    statute: "FOISA s21(1)",
    limit: { unit: "working-days", days: 20 },
    limitText: "20 working days",
    holidaySet: "scotland",
    calendarText: scottish,
    extension: { kind: "none", why: "FOISA s21(1) sets 20 working days with no extension" },
    clarification: { stop: "FOISA s1(3)", restart: "FOISA s10(1)(b)" },
    fees: { kind: "none" },
  },
  "review-eisr": {
    id: "review-eisr",
    name: "EISR review",
    shortName: "EISR review",
    statute: "EISR reg 16(4)",
    limit: { unit: "working-days", days: 20 },
    limitText: "20 working days",
    holidaySet: "scotland",
    calendarText: scottish,
    extension: { kind: "none", why: "EISR reg 16(4) sets 20 working days with no extension" },
    clarification: { stop: "EISR reg 9(2)", restart: "EISR reg 9(4)" },
    fees: { kind: "none" },
  },
  "foi-school": {
    id: "foi-school",
    name: "Freedom of Information Act 2000 (schools and academies)",
    shortName: "FOIA school",
    statute: "SI 2004/3364 reg 3",
    limit: { unit: "working-days", days: 20 },
    limitText: "20 school days, or 60 working days if that is sooner",
    holidaySet: "all-uk",
    calendarText: `${allUk}, and days that are not school days`,
    extension: {
      kind: "reasonable",
      defaultDays: 20,
      maxDays: 20,
      statute: "FOIA s10(3), s17(2)",
      what: "public interest test extension",
    },
    clarification: { stop: "FOIA s1(3)", restart: "FOIA s10(6)(b)" },
    fees: foiFees,
    schoolDays: { schoolDays: 20, ceilingWorkingDays: 60, statute: "SI 2004/3364 reg 3" },
  },
  "foi-archive": {
    id: "foi-archive",
    name: "Freedom of Information Act 2000 (transferred public records)",
    shortName: "FOIA archive",
    statute: "SI 2004/3364 reg 4",
    limit: { unit: "working-days", days: 30 },
    limitText: "30 working days",
    holidaySet: "all-uk",
    calendarText: allUk,
    extension: {
      kind: "reasonable",
      defaultDays: 20,
      maxDays: 20,
      statute: "FOIA s10(3), s17(2)",
      what: "public interest test extension",
    },
    clarification: { stop: "FOIA s1(3)", restart: "FOIA s10(6)(b)" },
    fees: foiFees,
  },
};

export const regimeIds = Object.keys(regimes) as Regime[];

/** True if `text` names a regime. */
export function isRegime(text: unknown): text is Regime {
  return typeof text === "string" && Object.prototype.hasOwnProperty.call(regimes, text);
}

const aliases: Readonly<Record<string, Regime>> = {
  foia: "foi",
  fisa: "foisa",
  "eir-scotland": "eisr",
  dsar: "sar",
  "subject-access": "sar",
  "foi-review": "review-foi",
  "eir-review": "review-eir",
  "foisa-review": "review-foisa",
  "eisr-review": "review-eisr",
  "internal-review": "review-foi",
  school: "foi-school",
  archive: "foi-archive",
};

/**
 * The regime a person or another tool most likely means: ids are matched without regard to case,
 * with `_` read as `-`, and a few common names (FOIA, DSAR, foi-review) are understood.
 * @example regimeFromText("FOIA") // "foi"
 */
export function regimeFromText(text: unknown): Regime | undefined {
  if (typeof text !== "string") return undefined;
  const key = text.trim().toLowerCase().replace(/_/g, "-");
  return isRegime(key) ? key : aliases[key];
}
