/**
 * The FOI case: one information request and everything that happens to it. Shared by the register
 * (SharePoint list through Graph), drafting (letters) and both hosts. Pure types.
 *
 * Dates for people's calendars are ISO `YYYY-MM-DD` strings (IsoDate); instants are ISO datetimes
 * in UTC. Due dates are never typed in: they come from the deadline engine (src/shared/deadlines).
 */
import type { ClockEvent, IsoDate, Regime } from "../deadlines";

/** What kind of correspondence opened the case. */
export type CaseKind = "foi" | "eir" | "sar" | "internal_review";

/** Where a case is in its life. Allowed moves between them live in caseStatus.ts. */
export type CaseStatus =
  | "new"
  | "acknowledged"
  | "awaiting_clarification"
  | "on_hold_fee"
  | "in_progress"
  | "extended"
  | "responded"
  | "internal_review"
  | "with_commissioner"
  | "closed"
  | "withdrawn"
  | "transferred";

/** Who is asking, in the words FOI teams use when reporting. */
export type RequesterType =
  | "public"
  | "journalist"
  | "business"
  | "elected_representative"
  | "campaign_group"
  | "researcher"
  | "solicitor"
  | "unknown";

export type Language = "en" | "cy";

export interface Requester {
  name: string;
  /** The reply address (Reply-To over From); WhatDoTheyKnow's per-request address kept exactly. */
  email: string;
  type: RequesterType;
  organisation?: string;
  /** A postal address, where the request gave one for correspondence (s8(1)(b)). */
  postalAddress?: string;
  /** Welsh correspondence is answered in Welsh (Welsh Language Standards). */
  language: Language;
}

/** How one question was answered. */
export type QuestionOutcome =
  | "pending"
  | "provided"
  | "attached"
  | "not_held"
  | "withheld"
  | "part_withheld"
  | "published"
  | "transferred";

export interface CaseQuestion {
  /** 1-based position in the request, as the requester numbered it. */
  number: number;
  text: string;
  outcome: QuestionOutcome;
  /** Exemption or exception ids from the drafting catalogue, e.g. "s40(2)", "s43(2)", "reg12(4)(a)". */
  exemptions: string[];
  /** The answer as it will appear under the quoted question. */
  answer?: string;
  /** For information already published (s21): where it is. */
  publishedUrl?: string;
}

export type CaseOutcome = "granted" | "part_granted" | "refused" | "not_held";

export type CaseLinkType =
  "followup" | "review_of" | "appeal_of" | "similar_to" | "aggregated_with";

export interface CaseLink {
  type: CaseLinkType;
  reference: string;
}

/** Identifiers of the email the case was registered from. */
export interface SourceMessage {
  internetMessageId: string;
  conversationId?: string;
  /** The Outlook REST (Graph) id of the message, when registered from Outlook. */
  restId?: string;
  subject?: string;
  /** The instant the message reached the authority, ISO 8601 in UTC. */
  receivedAt: string;
}

export interface Fee {
  amountPence: number;
  noticeDate: IsoDate;
  paidDate?: IsoDate;
}

/** One line of the audit trail: who did what, and when. Append-only. */
export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  detail?: string;
}

export interface FoiCase {
  /** The council's reference, e.g. FOI/2026/0042; unique, sequential, no gaps. */
  reference: string;
  kind: CaseKind;
  regime: Regime;
  status: CaseStatus;
  /** The date of receipt in Europe/London (the deadline engine's receiptDate). */
  receivedDate: IsoDate;
  /** From the deadline engine; null while the clock is stopped (clarification) or paused (fee). */
  dueDate: IsoDate | null;
  /** The extended due date (PIT under FOIA s10(3), complexity and volume under EIR reg 7). */
  extendedDueDate?: IsoDate;
  clockEvents: ClockEvent[];
  requester: Requester;
  /** The request text as a person reads it (numbered questions are also in `questions`). */
  summary: string;
  questions: CaseQuestion[];
  assignee?: string;
  department?: string;
  outcome?: CaseOutcome;
  /** Exemption or exception ids applied to the case as a whole. */
  exemptions: string[];
  fee?: Fee;
  links: CaseLink[];
  source?: SourceMessage;
  audit: AuditEntry[];
}
