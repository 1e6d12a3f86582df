/**
 * The values a template can use, built from the case, the council's settings and the officer's
 * inputs. Every field is always present (null when unknown) because templates run in Handlebars
 * strict mode, where a misspelt field is an error rather than a silent blank. Every text value is
 * passed through {@link escapeMarkup}, so a value can never become a heading or bullet.
 */
import { addCalendarDays, addCalendarMonths, type IsoDate } from "../deadlines";
import type { FoiCase, QuestionOutcome } from "../cases/case";
import type { CouncilSettings } from "../cases/councilSettings";
import type { LetterLanguage } from "./bilingual";
import { findExemption, lawOfExemptionId, type Exemption } from "./exemptions";
import type { LetterId } from "./letterCatalogue";
import type { LetterInputs } from "./letterInputs";
import { escapeMarkup } from "./letterMarkup";
import { regimeTerms, type LetterLaw, type RegimeTerms } from "./regimeTerms";

/** What a letter is drafted from. */
export interface DraftSource {
  foiCase: FoiCase;
  settings: CouncilSettings;
  inputs: LetterInputs;
  /** The date the letter is sent; the core never reads the clock. */
  letterDate: IsoDate;
  law: LetterLaw;
  letterId: LetterId;
}

type Text = string | null;

const text = (value: string | null | undefined): Text =>
  value === undefined || value === null || value.trim() === "" ? null : escapeMarkup(value.trim());

/** The exemption ids a letter relies on: the officer's list, or those on the case and its questions. */
export function letterExemptionIds(foiCase: FoiCase, inputs: LetterInputs): string[] {
  const ids = inputs.exemptions ?? [
    ...foiCase.exemptions,
    ...foiCase.questions.flatMap((question) => question.exemptions),
  ];
  return [...new Set(ids)];
}

/**
 * The last day to pay a fees notice: three months beginning with the day the notice is given
 * (FOIA s9(2); FOISA s9(4)), so the day before the same date three months on.
 * @example feePayBy("2026-06-05") // "2026-09-04"
 */
export function feePayBy(noticeDate: IsoDate): IsoDate {
  return addCalendarDays(addCalendarMonths(noticeDate, 3), -1);
}

function citation(exemption: Exemption | undefined, id: string, language: LetterLanguage) {
  if (!exemption) return { short: id, full: id };
  const terms = regimeTerms[exemption.law];
  const word = terms.provisionWord[language];
  const short = `${word} ${exemption.provision}`;
  const full = `${word.charAt(0).toUpperCase()}${word.slice(1)} ${exemption.provision} ${language === "cy" ? "o" : "of the"} ${terms.actMutated[language]}`;
  return { short, full };
}

/** Joins citations: "section 40(2) and section 43(2)"; in Welsh "a"/"ac" by the next word's sound. */
function joinCitations(items: string[], language: LetterLanguage): string {
  if (items.length <= 1) return items.join("");
  const last = items[items.length - 1] ?? "";
  const conjunction = language === "cy" ? (/^[aeiouwyâêîôûŵŷ]/i.test(last) ? "ac" : "a") : "and";
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${last}`;
}

const outcomeFlags = (outcome: QuestionOutcome) => ({
  isPending: outcome === "pending",
  isProvided: outcome === "provided",
  isAttached: outcome === "attached",
  isNotHeld: outcome === "not_held",
  isWithheld: outcome === "withheld",
  isPartWithheld: outcome === "part_withheld",
  isPublished: outcome === "published",
  isTransferred: outcome === "transferred",
});

function lawView(terms: RegimeTerms, language: LetterLanguage) {
  return {
    act: terms.act[language],
    actMutated: terms.actMutated[language],
    ofTheAct: terms.ofTheAct[language],
    shortName: terms.shortName[language],
    exemptionWord: terms.exemptionWord[language],
    exemptionWordPlural: terms.exemptionWordPlural[language],
    otherwiseAccessible: terms.otherwiseAccessible[language],
    presumption: terms.presumption?.[language] ?? null,
    notHeld: terms.notHeld?.[language] ?? null,
    clarification: terms.clarification[language],
    advice: terms.advice[language],
    fees: terms.fees[language],
    costLimit: terms.costLimit[language],
    vexatious: terms.vexatious[language],
    refusalNotice: terms.refusalNotice[language],
    ncnd: terms.ncnd[language],
    reviewName: terms.review.name[language],
    reviewBasis: terms.review.basis[language],
    reviewAskWithin: terms.review.askWithinWorkingDays,
    reviewReplyWithin: terms.review.replyWithinWorkingDays,
    commissioner: terms.commissioner.name[language],
    commissionerProvision: terms.commissioner.provision[language],
    commissionerAddress: terms.commissioner.address[language],
    commissionerWebsite: terms.commissioner.website,
    commissionerTimeLimit: terms.commissioner.timeLimit?.[language] ?? null,
    isEnvironmental: terms.law === "eir" || terms.law === "eisr",
    isScottish: terms.law === "foisa" || terms.law === "eisr",
  };
}

/** The template context for one language. */
export function buildDraftContext(source: DraftSource, language: LetterLanguage) {
  const { foiCase, settings, inputs, letterDate, law } = source;
  const terms = regimeTerms[law];
  const reasons = inputs.reasons ?? {};

  const exemptionView = (id: string) => {
    const entry = findExemption(id);
    const cited = citation(entry, id, language);
    const reasoning = reasons[id] ?? (entry ? reasons[entry.id] : undefined) ?? {};
    return {
      id: entry?.id ?? id,
      known: entry !== undefined,
      citation: cited.short,
      fullCitation: cited.full,
      title: entry ? entry.title[language] : id,
      absolute: entry?.kind === "absolute",
      qualified: entry?.kind === "qualified",
      pit: entry?.publicInterestTest ?? false,
      reason: text(reasoning.reason),
      reasonWithheld: reasoning.reasonWithheld === true,
      publicInterestFor: text(reasoning.publicInterestFor),
      publicInterestAgainst: text(reasoning.publicInterestAgainst),
      balance: text(reasoning.balance),
    };
  };

  const exemptions = letterExemptionIds(foiCase, inputs).map(exemptionView);
  const rateHours =
    terms.costRatePounds !== undefined
      ? Math.floor(settings.costLimitPounds / terms.costRatePounds)
      : null;
  const fee = foiCase.fee;
  const threeMonthRule = law === "foi" || law === "foisa";
  const transfer = inputs.transfer;

  return {
    letterDate,
    council: {
      name: escapeMarkup(
        language === "cy" && settings.councilNameCy ? settings.councilNameCy : settings.councilName,
      ),
      address: escapeMarkup(settings.postalAddress),
      email: settings.contactEmail,
      telephone: text(settings.telephone),
      website: text(settings.website),
      reviewContact: escapeMarkup(settings.reviewContact),
      disclosureLogUrl: text(settings.disclosureLogUrl),
      signature: settings.signature.map(escapeMarkup),
      costLimit: settings.costLimitPounds,
      costLimitHours: rateHours,
      welsh: Boolean(settings.councilNameCy),
    },
    case: {
      reference: escapeMarkup(foiCase.reference),
      receivedDate: foiCase.receivedDate,
      dueDate: foiCase.dueDate,
      extendedDueDate: foiCase.extendedDueDate ?? null,
      summary: escapeMarkup(foiCase.summary),
    },
    requester: {
      name: escapeMarkup(foiCase.requester.name),
      organisation: text(foiCase.requester.organisation),
      email: foiCase.requester.email,
      postalAddress: text(foiCase.requester.postalAddress),
    },
    law: lawView(terms, language),
    questions: foiCase.questions.map((question) => ({
      number: question.number,
      text: escapeMarkup(question.text),
      answer: text(question.answer),
      publishedUrl: text(question.publishedUrl),
      exemptionList: joinCitations(
        question.exemptions.map((id) => citation(findExemption(id), id, language).short),
        language,
      ),
      ...outcomeFlags(question.outcome),
    })),
    exemptions,
    hasExemptions: exemptions.length > 0,
    /** True for a neither-confirm-nor-deny response, whose public interest test is about confirming. */
    ncndResponse: source.letterId === "ncnd",
    partial: inputs.partial === true,
    estimatedDecisionDate: inputs.estimatedDecisionDate ?? null,
    extensionReason: text(inputs.extensionReason),
    clarificationNeeded: (inputs.clarificationNeeded ?? []).map(escapeMarkup),
    closeIfNoReplyBy: inputs.closeIfNoReplyBy ?? null,
    advice: text(inputs.advice),
    fee: {
      amountPence: fee?.amountPence ?? null,
      noticeDate: fee?.noticeDate ?? letterDate,
      payBy: inputs.fee?.payBy ?? (threeMonthRule ? feePayBy(fee?.noticeDate ?? letterDate) : null),
      threeMonthRule,
      breakdown: text(inputs.fee?.breakdown),
      howToPay: text(inputs.fee?.howToPay),
    },
    transfer: {
      authorityName: text(transfer?.authorityName),
      email: text(transfer?.email),
      telephone: text(transfer?.telephone),
      postalAddress: text(transfer?.postalAddress),
      website: text(transfer?.website),
      partial: transfer?.partial === true,
      withConsent: transfer?.requesterConsented === true,
      transferredOn: transfer?.transferredOn ?? null,
      questionNumbers: transfer?.questionNumbers?.length
        ? joinCitations(transfer.questionNumbers.map(String), language)
        : null,
    },
    costEstimateHours: inputs.costEstimateHours ?? null,
    costExplanation: text(inputs.costExplanation),
    vexatious: {
      repeated: inputs.vexatious?.ground === "repeated",
      reasons: text(inputs.vexatious?.reasons),
      previousReference: text(inputs.vexatious?.previousReference),
    },
    review: {
      upheld: inputs.review?.decision === "upheld",
      partlyUpheld: inputs.review?.decision === "partly_upheld",
      overturned: inputs.review?.decision === "overturned",
      findings: text(inputs.review?.findings),
      requestedDate: inputs.review?.requestedDate ?? null,
      reviewer: text(inputs.review?.reviewer),
    },
    identityNeeded: text(inputs.identityNeeded),
  };
}

/** The template context: what `{{…}}` can refer to. */
export type DraftContext = ReturnType<typeof buildDraftContext>;

/**
 * Whether an exemption id belongs with the letter's law. A FOIA letter may also cite the EIR (s39
 * routes environmental information there), and a FOISA letter the EISRs; exemptions never apply
 * to a subject access letter.
 */
export function exemptionFitsLaw(id: string, law: LetterLaw): boolean {
  const idLaw = lawOfExemptionId(id);
  if (law === "foisa" || law === "eisr") return idLaw === "foisa" || idLaw === "eisr";
  if (law === "foi" || law === "eir") return idLaw === "foi" || idLaw === "eir";
  return false;
}
