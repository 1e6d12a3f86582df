/**
 * Completeness checks: before anything is sent, what the law needs that the draft lacks. Each
 * letter's requirements come from letterCatalogue.ts. Checks look both at the structured inputs
 * (is there a reason for each exemption?) and at the rendered text (does the letter, as the
 * council's own template worded it, still name the Commissioner?), so an edited template that
 * drops a required paragraph is caught.
 */
import { addWorkingDays, shippedHolidays } from "../deadlines";
import type { LetterLanguage } from "./bilingual";
import { letterExemptionIds, exemptionFitsLaw, feePayBy, type DraftSource } from "./draftContext";
import { findExemption } from "./exemptions";
import { letterCatalogue, type LetterId, type Requirement } from "./letterCatalogue";
import { formatLetterDate, formatMoney } from "./letterFormat";
import { regimeTerms } from "./regimeTerms";

export type DraftIssueCode = Requirement | "lawMismatch" | "unknownExemption" | "htmlTooLarge";

/** Something missing from a draft (must be fixed before sending) or worth a second look. */
export interface DraftIssue {
  code: DraftIssueCode;
  severity: "missing" | "warning";
  message: string;
  /** The language version the problem was found in, for text checks. */
  language?: LetterLanguage;
}

const normalise = (value: string) =>
  value.replace(/\\/g, "").replace(/\s+/g, " ").trim().toLowerCase();
const blank = (value: string | undefined | null) =>
  value === undefined || value === null || value.trim() === "";

const exemptionRequirements: readonly Requirement[] = [
  "exemptionsNamed",
  "exemptionReasons",
  "publicInterestTest",
  "ncndAvailable",
  "estimatedDecisionDate",
];

const clockStopWords: Record<LetterLanguage, RegExp> = {
  en: /clock stops|on hold|fresh 20 working days|start again/i,
  cy: /cloc yn stopio|20 diwrnod gwaith newydd|dechrau eto/i,
};

/**
 * Checks one letter. `texts` are the plain-text bodies as rendered in each language.
 * @example checkDraft("refusal-notice", source, [{ language: "en", text }]) // [] when complete
 */
export function checkDraft(
  letterId: LetterId,
  source: DraftSource,
  texts: readonly { language: LetterLanguage; text: string }[],
): DraftIssue[] {
  const definition = letterCatalogue[letterId];
  const { foiCase, settings, inputs, law } = source;
  const terms = regimeTerms[law];
  const issues: DraftIssue[] = [];
  const missing = (code: DraftIssueCode, message: string, language?: LetterLanguage) =>
    issues.push({ code, severity: "missing", message, ...(language ? { language } : {}) });
  const warn = (code: DraftIssueCode, message: string) =>
    issues.push({ code, severity: "warning", message });
  /** Requires `needle` in every language version, reporting once per language that lacks it. */
  const inText = (
    code: DraftIssueCode,
    needle: (language: LetterLanguage) => string,
    what: string,
  ) => {
    for (const { language, text } of texts) {
      const wanted = needle(language);
      if (wanted && !normalise(text).includes(normalise(wanted))) {
        missing(
          code,
          `The ${language === "cy" ? "Welsh" : "English"} letter does not include ${what} ("${wanted}").`,
          language,
        );
      }
    }
  };

  if (!definition.laws.includes(law)) {
    missing(
      "lawMismatch",
      `A "${definition.title}" letter is not used under the ${terms.act.en}. ${lawAdvice(letterId, law)}`.trim(),
    );
  }

  // Only letters that rely on exemptions are checked for them (an acknowledgement is not).
  const reliesOnExemptions = definition.requirements.some((requirement) =>
    exemptionRequirements.includes(requirement),
  );
  const exemptionIds = reliesOnExemptions ? letterExemptionIds(foiCase, inputs) : [];
  const known = exemptionIds.map((id) => ({ id, entry: findExemption(id) }));
  for (const { id, entry } of known) {
    if (!entry)
      missing("unknownExemption", `"${id}" is not in the exemptions catalogue; check the id.`);
    else if (!exemptionFitsLaw(entry.id, law)) {
      missing(
        "lawMismatch",
        `${entry.id} does not belong to the ${terms.act.en}; use the equivalent provision.`,
      );
    }
  }
  const reasonsFor = (id: string, canonical?: string) =>
    inputs.reasons?.[id] ?? (canonical ? inputs.reasons?.[canonical] : undefined);

  for (const requirement of definition.requirements) {
    switch (requirement) {
      case "reference":
        inText("reference", () => foiCase.reference, "the case reference");
        break;
      case "receivedDate":
        inText(
          "receivedDate",
          (language) => formatLetterDate(foiCase.receivedDate, language),
          "the date of receipt",
        );
        break;
      case "dueDate":
        if (!foiCase.dueDate) {
          missing(
            "dueDate",
            "The case has no due date (is the clock stopped?), so the letter cannot say when we will reply.",
          );
        } else {
          const due = foiCase.dueDate;
          inText("dueDate", (language) => formatLetterDate(due, language), "the due date");
        }
        break;
      case "clarificationDetails":
        if (!inputs.clarificationNeeded?.some((item) => !blank(item))) {
          missing("clarificationDetails", "Say what the requester needs to clarify (FOIA s1(3)).");
        }
        break;
      case "clockStops":
        for (const { language, text } of texts) {
          if (!clockStopWords[language].test(text)) {
            missing(
              "clockStops",
              "The letter must say that the time limit is on hold until the reply arrives.",
              language,
            );
          }
        }
        break;
      case "advice":
        if (blank(inputs.advice))
          missing(
            "advice",
            "Give advice and assistance, for example how to narrow the request (FOIA s16).",
          );
        break;
      case "feeAmount":
        if (!foiCase.fee)
          missing("feeAmount", "The case has no fee: record the amount and the notice date first.");
        else {
          const pence = foiCase.fee.amountPence;
          inText("feeAmount", () => formatMoney(pence), "the amount to pay");
        }
        break;
      case "feePayBy":
        if (law === "foi" || law === "foisa") {
          const payBy = inputs.fee?.payBy ?? feePayBy(foiCase.fee?.noticeDate ?? source.letterDate);
          inText(
            "feePayBy",
            (language) => formatLetterDate(payBy, language),
            "the last day to pay (three months)",
          );
        }
        break;
      case "transferAuthority": {
        const transfer = inputs.transfer;
        if (!transfer || blank(transfer.authorityName)) {
          missing("transferAuthority", "Name the authority that holds the information.");
        } else {
          if (
            [transfer.email, transfer.postalAddress, transfer.telephone, transfer.website].every(
              blank,
            )
          ) {
            missing("transferAuthority", `Give contact details for ${transfer.authorityName}.`);
          }
          if (transfer.requesterConsented && !transfer.transferredOn) {
            warn(
              "transferAuthority",
              "The requester agreed to a transfer: record the date it was passed on.",
            );
          }
          inText("transferAuthority", () => transfer.authorityName, "the other authority's name");
        }
        break;
      }
      case "estimatedDecisionDate": {
        if (!terms.publicInterestExtension) {
          missing("estimatedDecisionDate", `The ${terms.act.en} has no public interest extension.`);
        }
        const estimate = inputs.estimatedDecisionDate;
        if (!estimate)
          missing(
            "estimatedDecisionDate",
            "Give the estimated date for the public interest decision (FOIA s17(2)).",
          );
        else {
          inText(
            "estimatedDecisionDate",
            (language) => formatLetterDate(estimate, language),
            "the estimated decision date",
          );
          if (foiCase.dueDate && estimate <= foiCase.dueDate) {
            warn(
              "estimatedDecisionDate",
              "The estimated decision date is not after the normal due date.",
            );
          }
          if (
            foiCase.dueDate &&
            estimate > addWorkingDays(foiCase.dueDate, 20, shippedHolidays, "all-uk")
          ) {
            warn(
              "estimatedDecisionDate",
              "The estimate is more than 20 working days after the due date; the ICO expects that only in exceptional cases (foi-rules R5).",
            );
          }
        }
        for (const { id, entry } of known) {
          if (entry && !entry.publicInterestTest) {
            missing(
              "estimatedDecisionDate",
              `${id} is not qualified: a public interest extension is only for qualified exemptions.`,
            );
          }
        }
        break;
      }
      case "extendedDueDate": {
        const extended = foiCase.extendedDueDate;
        if (!extended)
          missing(
            "extendedDueDate",
            "The case has no extended due date: record the extension first.",
          );
        else
          inText(
            "extendedDueDate",
            (language) => formatLetterDate(extended, language),
            "the extended due date",
          );
        if (blank(inputs.extensionReason))
          warn("extendedDueDate", "Say why the request is complex and voluminous.");
        break;
      }
      case "exemptionsNamed":
        if (exemptionIds.length === 0) missing("exemptionsNamed", "Name at least one exemption.");
        for (const { entry } of known) {
          if (entry)
            inText(
              "exemptionsNamed",
              () => entry.provision,
              `the ${terms.exemptionWord.en} ${entry.id}`,
            );
        }
        break;
      case "exemptionReasons":
        for (const { id, entry } of known) {
          const reasoning = reasonsFor(id, entry?.id);
          if (!reasoning?.reasonWithheld && blank(reasoning?.reason)) {
            missing(
              "exemptionReasons",
              `Say why ${id} applies (FOIA s17(1)(c)), or mark the reason as withheld under s17(4).`,
            );
          }
        }
        break;
      case "publicInterestTest":
        for (const { id, entry } of known) {
          if (!entry?.publicInterestTest) continue;
          const reasoning = reasonsFor(id, entry.id);
          const absent = [
            blank(reasoning?.publicInterestFor) ? "factors for disclosure" : "",
            blank(reasoning?.publicInterestAgainst) ? "factors for withholding" : "",
            blank(reasoning?.balance) ? "the conclusion" : "",
          ].filter(Boolean);
          if (absent.length > 0) {
            missing(
              "publicInterestTest",
              `${id} is qualified: the public interest test needs ${absent.join(", ")} (FOIA s17(3)).`,
            );
          }
        }
        break;
      case "ncndAvailable":
        for (const { id, entry } of known) {
          if (entry && !entry.ncnd)
            missing("ncndAvailable", `${id} does not allow neither confirming nor denying.`);
        }
        break;
      case "refusalNoticeCited":
        inText(
          "refusalNoticeCited",
          (language) => terms.refusalNotice[language],
          "the refusal notice provision",
        );
        break;
      case "reviewProcedure": {
        const contact = settings.reviewContact.split(/\r?\n/)[0] ?? "";
        inText(
          "reviewProcedure",
          (language) => terms.review.name[language],
          "the review procedure",
        );
        inText("reviewProcedure", () => contact, "where to ask for a review");
        break;
      }
      case "commissionerRight":
        inText(
          "commissionerRight",
          (language) => terms.commissioner.name[language],
          "the Commissioner",
        );
        inText(
          "commissionerRight",
          (language) => terms.commissioner.provision[language],
          "the right to complain",
        );
        break;
      case "costLimit":
        inText("costLimit", () => `£${settings.costLimitPounds}`, "the cost limit");
        if (inputs.costEstimateHours === undefined)
          missing("costLimit", "Give the estimate of hours that exceeds the limit.");
        if (![450, 600].includes(settings.costLimitPounds)) {
          warn(
            "costLimit",
            `The cost limit in settings is £${settings.costLimitPounds}; the law sets £450 or £600.`,
          );
        }
        break;
      case "questionsAnswered":
        if (foiCase.questions.length === 0)
          missing("questionsAnswered", "The case has no questions to answer.");
        for (const question of foiCase.questions) {
          const label = `Question ${question.number}`;
          if (question.outcome === "pending")
            missing("questionsAnswered", `${label} has not been answered.`);
          if (question.outcome === "provided" && blank(question.answer)) {
            missing("questionsAnswered", `${label} is marked provided but has no answer.`);
          }
          if (
            (question.outcome === "withheld" || question.outcome === "part_withheld") &&
            question.exemptions.length === 0
          ) {
            missing("questionsAnswered", `${label} is withheld without an exemption.`);
          }
          if (question.outcome === "published" && blank(question.publishedUrl)) {
            missing(
              "questionsAnswered",
              `${label} is already published: give the link (${terms.otherwiseAccessible.en}).`,
            );
          }
          if (question.outcome === "transferred" && blank(inputs.transfer?.authorityName)) {
            missing(
              "questionsAnswered",
              `${label} is transferred: name the authority that holds it.`,
            );
          }
          inText("questionsAnswered", () => question.text.slice(0, 80), `${label} quoted`);
        }
        break;
      case "vexatiousGround":
        if (!inputs.vexatious)
          missing(
            "vexatiousGround",
            "Say whether the request is vexatious (s14(1)) or repeated (s14(2)).",
          );
        else if (
          inputs.vexatious.ground === "repeated" &&
          blank(inputs.vexatious.previousReference)
        ) {
          missing("vexatiousGround", "Give the reference of the earlier request this one repeats.");
        } else if (inputs.vexatious.ground === "vexatious" && blank(inputs.vexatious.reasons)) {
          warn(
            "vexatiousGround",
            "The ICO expects the reasons for finding a request vexatious to be explained.",
          );
        }
        break;
      case "reviewDecision":
        if (!inputs.review)
          missing(
            "reviewDecision",
            "Record the review decision: upheld, partly upheld or overturned.",
          );
        else if (blank(inputs.review.findings))
          missing("reviewDecision", "Explain the reviewer's findings.");
        break;
    }
  }
  return dedupe(issues);
}

function lawAdvice(letterId: LetterId, law: string): string {
  if (
    (law === "eir" || law === "eisr") &&
    (letterId === "cost-limit-refusal" || letterId === "vexatious-refusal")
  ) {
    return "Under the EIR use the EIR refusal with the manifestly unreasonable exception (reg 12(4)(b)).";
  }
  if (letterId === "pit-extension")
    return "Only FOIA allows a public interest extension (s10(3)); the EIR allow 40 working days for complexity and volume (reg 7).";
  if (letterId === "refusal-notice" && (law === "eir" || law === "eisr"))
    return "Use the EIR refusal (reg 14).";
  return "";
}

function dedupe(issues: DraftIssue[]): DraftIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.code}|${issue.severity}|${issue.message}|${issue.language ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
