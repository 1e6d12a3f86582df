/**
 * What an officer supplies for a letter on top of the case and the council settings: reasons,
 * public interest factors, dates and contacts that only a person can decide.
 */
import type { IsoDate } from "../deadlines";

/** Why one exemption applies (FOIA s17(1)(c)) and, if qualified, the public interest (s17(3)). */
export interface ExemptionReasoning {
  reason?: string;
  /** True when explaining would itself disclose exempt information (FOIA s17(4)). */
  reasonWithheld?: boolean;
  publicInterestFor?: string;
  publicInterestAgainst?: string;
  /** The conclusion: why the balance falls where it does. */
  balance?: string;
}

/** The other authority in a transfer or partial transfer (FOIA s16, s45 Code). */
export interface TransferDetails {
  authorityName: string;
  email?: string;
  telephone?: string;
  postalAddress?: string;
  website?: string;
  /** Some of the request stays with us. */
  partial?: boolean;
  /** The requester agreed to the transfer (ICO: transfer only with permission). */
  requesterConsented?: boolean;
  transferredOn?: IsoDate;
  /** The questions that go to the other authority. */
  questionNumbers?: number[];
}

export interface LetterInputs {
  /** Exemption ids for this letter; by default those on the case and its questions. */
  exemptions?: string[];
  reasons?: Record<string, ExemptionReasoning>;
  /** Only part of the information is refused. */
  partial?: boolean;
  /** PIT extension: when a decision is expected (FOIA s17(2)). */
  estimatedDecisionDate?: IsoDate;
  /** EIR reg 7 extension: why the request is complex and voluminous. */
  extensionReason?: string;
  /** Clarification: what the requester needs to tell us (FOIA s1(3)). */
  clarificationNeeded?: string[];
  /** Council policy, not law: when an unanswered clarification is treated as withdrawn. */
  closeIfNoReplyBy?: IsoDate;
  /** Advice and assistance, such as how to narrow a request (FOIA s16). */
  advice?: string;
  fee?: { breakdown?: string; howToPay?: string; payBy?: IsoDate };
  transfer?: TransferDetails;
  costEstimateHours?: number;
  costExplanation?: string;
  vexatious?: { ground: "vexatious" | "repeated"; reasons?: string; previousReference?: string };
  review?: {
    decision: "upheld" | "partly_upheld" | "overturned";
    findings?: string;
    requestedDate?: IsoDate;
    reviewer?: string;
  };
  /** SAR: what proof of identity is needed. */
  identityNeeded?: string;
}
