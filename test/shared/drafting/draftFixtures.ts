/** Realistic cases, settings and officer inputs for drafting tests. */
import type { FoiCase } from "../../../src/shared/cases/case";
import type { CouncilSettings } from "../../../src/shared/cases/councilSettings";
import type { IsoDate } from "../../../src/shared/deadlines";
import type { LetterId, LetterInputs } from "../../../src/shared/drafting";

export const letterDate = "2026-11-23" as IsoDate;

export const kingsmere: CouncilSettings = {
  councilName: "Kingsmere District Council",
  referenceFormat: "FOI/{YYYY}/{SEQ:4}",
  extraReferencePatterns: [],
  nation: "england-and-wales",
  contactEmail: "foi@kingsmere.gov.uk",
  postalAddress: "Information Governance Team\nCouncil Offices, Market Street\nKingsmere KM1 2AB",
  telephone: "01632 960 123",
  website: "https://www.kingsmere.gov.uk",
  signature: ["Priya Shah", "Information Governance Officer"],
  reviewContact: "Head of Legal Services (Internal Reviews), reviews@kingsmere.gov.uk",
  disclosureLogUrl: "https://www.kingsmere.gov.uk/disclosure-log",
  costLimitPounds: 450,
};

export const glanmorfa: CouncilSettings = {
  ...kingsmere,
  councilName: "Glanmorfa County Council",
  councilNameCy: "Cyngor Sir Glanmorfa",
  contactEmail: "rhyddidgwybodaeth@glanmorfa.gov.wales",
  postalAddress: "Neuadd y Sir\nStryd Fawr\nGlanmorfa SA99 1AA",
  website: "https://www.glanmorfa.gov.wales",
  signature: ["Elin Morgan", "Swyddog Llywodraethu Gwybodaeth / Information Governance Officer"],
  reviewContact: "Y Swyddog Monitro / Monitoring Officer, adolygiadau@glanmorfa.gov.wales",
};

export const strathbrae: CouncilSettings = {
  ...kingsmere,
  councilName: "Strathbrae Council",
  nation: "scotland",
  contactEmail: "foi@strathbrae.gov.scot",
  postalAddress: "Council Headquarters\nHigh Street\nStrathbrae PH99 9ZZ",
  website: "https://www.strathbrae.gov.scot",
  reviewContact: "Review Officer, Legal Services, reviews@strathbrae.gov.scot",
  costLimitPounds: 600,
};

export function foiCase(overrides: Partial<FoiCase> = {}): FoiCase {
  return {
    reference: "FOI/2026/0417",
    kind: "foi",
    regime: "foi",
    status: "in_progress",
    receivedDate: "2026-10-26" as IsoDate,
    dueDate: "2026-11-23" as IsoDate,
    clockEvents: [],
    requester: {
      name: "Sam Okafor",
      email: "sam.okafor@example.org",
      type: "journalist",
      organisation: "Kingsmere Echo",
      language: "en",
    },
    summary:
      "Information about the council's contracts for credit reference and data-matching services.",
    questions: [
      {
        number: 1,
        text: "A copy of the current contract with the data services supplier.",
        outcome: "part_withheld",
        exemptions: ["s43(2)", "s40(2)"],
        answer:
          "A copy of the contract is attached, with pricing schedules and junior staff names redacted.",
      },
      {
        number: 2,
        text: "Copies of any other contracts for personal data services.",
        outcome: "not_held",
        exemptions: [],
      },
      {
        number: 3,
        text: "The Data Protection Impact Assessment for these services.",
        outcome: "published",
        exemptions: [],
        publishedUrl: "https://www.kingsmere.gov.uk/privacy/dpia-data-matching",
      },
      {
        number: 4,
        text: "How many times the service was used in each quarter of 2025.",
        outcome: "provided",
        exemptions: [],
        answer: "Q1: 312. Q2: 298. Q3: 341. Q4: 277.",
      },
    ],
    exemptions: [],
    links: [],
    audit: [],
    ...overrides,
  };
}

export const commercialReasoning = {
  reason:
    "The pricing schedules show the unit rates offered. The contract is re-tendered in 2027, and releasing the rates now would let competitors undercut them.",
  publicInterestFor:
    "Transparency about spending on data services and accountability for value for money.",
  publicInterestAgainst: "A fair re-tender in 2027 and the council's ability to secure best value.",
  balance:
    "The total contract value is already published; releasing unit rates before re-tender would cause real harm.",
};

export const personalDataReasoning = {
  reason:
    "Junior staff would not expect their names to be released to the world, so disclosure would not be fair.",
};

/** A realistic case and inputs for each letter. */
export function scenario(letter: LetterId): { foiCase: FoiCase; inputs: LetterInputs } {
  const reasons = { "s43(2)": commercialReasoning, "s40(2)": personalDataReasoning };
  switch (letter) {
    case "acknowledgement":
      return { foiCase: foiCase({ status: "acknowledged" }), inputs: {} };
    case "clarification":
      return {
        foiCase: foiCase(),
        inputs: {
          clarificationNeeded: [
            "Which services you mean by 'data-matching'.",
            "The period you are interested in.",
          ],
          closeIfNoReplyBy: "2027-02-23" as IsoDate,
        },
      };
    case "advice-assistance":
      return {
        foiCase: foiCase(),
        inputs: {
          advice:
            "Contracts are filed by supplier, so naming the suppliers you are interested in would let us search quickly.",
        },
      };
    case "fees-notice":
      return {
        foiCase: foiCase({ fee: { amountPence: 2350, noticeDate: "2026-11-23" as IsoDate } }),
        inputs: {
          fee: {
            breakdown: "Printing 470 pages at 5p a page: £23.50.",
            howToPay: "Pay online at https://www.kingsmere.gov.uk/pay quoting FOI/2026/0417.",
          },
        },
      };
    case "transfer":
      return {
        foiCase: foiCase(),
        inputs: {
          transfer: {
            authorityName: "Kingsmere Shire County Council",
            email: "foi@kingsmereshire.gov.uk",
            postalAddress: "County Hall, Kingsmere KM1 9ZZ",
            partial: true,
            requesterConsented: false,
            questionNumbers: [2, 3],
          },
        },
      };
    case "pit-extension":
      return {
        foiCase: foiCase({ exemptions: ["s43(2)"] }),
        inputs: {
          exemptions: ["s43(2)"],
          reasons: { "s43(2)": { reason: commercialReasoning.reason } },
          estimatedDecisionDate: "2026-12-21" as IsoDate,
        },
      };
    case "eir-extension":
      return {
        foiCase: foiCase({ regime: "eir", kind: "eir", extendedDueDate: "2026-12-21" as IsoDate }),
        inputs: {
          extensionReason:
            "The request covers 14 years of air quality monitoring held in three separate systems.",
        },
      };
    case "refusal-notice":
      return {
        foiCase: foiCase({ exemptions: ["s43(2)", "s40(2)"] }),
        inputs: { exemptions: ["s43(2)", "s40(2)"], reasons, partial: true },
      };
    case "cost-limit-refusal":
      return {
        foiCase: foiCase(),
        inputs: {
          costEstimateHours: 46,
          costExplanation:
            "About 2,300 contract files would each need to be opened, at roughly 1.2 minutes a file.",
          advice:
            "If you limit the request to contracts awarded since 1 April 2024, we expect to be able to answer within the limit.",
        },
      };
    case "vexatious-refusal":
      return {
        foiCase: foiCase(),
        inputs: {
          vexatious: {
            ground: "repeated",
            previousReference: "FOI/2026/0311",
            reasons: "We answered the same questions on 2 October 2026.",
          },
        },
      };
    case "ncnd":
      return {
        foiCase: foiCase({ exemptions: ["s31(1)"] }),
        inputs: {
          exemptions: ["s31(1)"],
          reasons: {
            "s31(1)": {
              reason:
                "Saying whether we hold records of surveillance at a named address would tell anyone whether enforcement action is under way there.",
              publicInterestFor: "Openness about how the council uses its enforcement powers.",
              publicInterestAgainst: "Protecting investigations so that offenders are not alerted.",
              balance:
                "The harm to live enforcement work outweighs the general interest in openness.",
            },
          },
        },
      };
    case "final-response":
      return { foiCase: foiCase(), inputs: { reasons } };
    case "eir-refusal":
      return {
        foiCase: foiCase({ regime: "eir", kind: "eir", exemptions: ["reg12(4)(e)", "reg13"] }),
        inputs: {
          exemptions: ["reg12(4)(e)", "reg13"],
          reasons: {
            "reg12(4)(e)": {
              reason:
                "The emails are between officers discussing the options for the flood scheme before a decision was made.",
              publicInterestFor:
                "Public understanding of how the flood scheme options were assessed.",
              publicInterestAgainst:
                "Officers need a safe space to discuss options while the decision is still live.",
              balance:
                "The decision is due next month; until then the safe space argument carries more weight.",
            },
            reg13: {
              reason:
                "The emails include residents' names and addresses, which they would not expect to be published.",
            },
          },
        },
      };
    case "sar-acknowledgement":
      return {
        foiCase: foiCase({
          kind: "sar",
          regime: "sar",
          reference: "SAR/2026/0088",
          dueDate: "2026-11-26" as IsoDate,
        }),
        inputs: { identityNeeded: "a copy of a photo ID and a recent utility bill" },
      };
    case "internal-review-outcome":
      return {
        foiCase: foiCase({ kind: "internal_review", regime: "review-foi", exemptions: ["s43(2)"] }),
        inputs: {
          exemptions: ["s43(2)"],
          reasons: { "s43(2)": commercialReasoning },
          review: {
            decision: "partly_upheld",
            findings:
              "The unit rates remain exempt, but the service levels in schedule 2 should have been released and are attached.",
            requestedDate: "2026-11-02" as IsoDate,
            reviewer: "Head of Legal Services",
          },
        },
      };
  }
}
