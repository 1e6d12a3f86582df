/**
 * Decides what a message is, as an FOI officer would: a new request (FOI, EIR, SAR or internal
 * review), correspondence on a request we already hold, or something else. Rules, in order:
 *
 * 1. Mail nobody wrote to ask us anything is `other`: auto-replies and bounces, bulk and list
 *    mail, calendar invitations, phishing and scams, mail in other languages, the regulator's
 *    case letters, our own staff writing to each other, sales pitches, and authorities' answers
 *    to requests (including our own acknowledgements quoted back by a helpdesk).
 * 2. Asking for an earlier answer to be reviewed is an `internal_review`.
 * 3. Quoting one of our references, replying on a WhatDoTheyKnow request thread, or clarifying,
 *    chasing, paying, thanking or withdrawing is a `followup` unless it plainly makes a new request.
 * 4. A written request for recorded information is a request (FOIA s8: it need not cite the
 *    Act). The sender's own personal data makes it a `sar`; environmental subjects or citing the
 *    EIR make it `eir` (EIR reg 2(1)); otherwise `foi`.
 * 5. Service requests ("my bin was missed") and press enquiries wanting a comment are `other`.
 */
import {
  aboutTheirOwnData,
  caseworkVoice,
  asksForRecordedInformation,
  asksForReview,
  asksForService,
  authorityVoice,
  aboutTheProcess,
  automatedBody,
  automatedSubject,
  earlierAnswer,
  earlierRequest,
  environmentalTopics,
  followsUp,
  marketing,
  matchCues,
  namesTheAct,
  namesTheEir,
  narrowsRequest,
  newRequestDespiteReference,
  refusedOnCost,
  phishing,
  press,
  unrelatedBusiness,
  sentences,
} from "./cues";
import type { DetectedLanguage } from "./detectLanguage";
import { domainOf, personalMailDomain, type MailMessage } from "./mailMessage";

export type MessageKind = "foi" | "eir" | "sar" | "internal_review" | "followup" | "other";

/** Why a message is `other`; decides whether it has a requester at all. */
export type OtherCategory =
  | "automated"
  | "bulk"
  | "calendar"
  | "phishing"
  | "spam"
  | "foreign_language"
  | "regulator"
  | "internal"
  | "marketing"
  | "authority_response"
  | "press"
  | "service"
  | "unrelated"
  | "no_request"
  | "courtesy"
  | "notice";

export interface Classification {
  kind: MessageKind;
  confidence: number;
  reasons: string[];
  /** Set when kind is `other`. */
  otherCategory: OtherCategory | null;
  /** The regime the recogniser suggests for a new request. */
  suggestedRegime: "foi" | "eir" | "sar" | null;
  /** True when the sender named the regime the rules chose (cited the EIR, asked for a SAR). */
  regimeNamed?: boolean;
  /** True when the request may be in an attachment the recogniser could not read. */
  unreadAttachment?: boolean;
}

/** What the classifier reads, prepared by recogniseMessage. */
export interface ClassifierInput {
  message: MailMessage;
  /** The new text above the sign-off (plus any text attachment). */
  main: string;
  signature: string;
  quoted: string;
  references: readonly string[];
  questions: readonly string[];
  viaWhatDoTheyKnow: boolean;
  language: DetectedLanguage;
  forwarded: boolean;
  /** The forwarded message's sender line, when `forwarded`. */
  forwardedFrom?: string | null;
  /** Domains that are the council's own (from the settings or the mailbox it arrived in). */
  ownDomains: readonly string[];
  /** The case this message's conversation belongs to, when the caller knows it. */
  knownCase?: string | null;
}

const regulatorDomains =
  /(?:^|\.)(?:ico\.org\.uk|itspublicknowledge\.info|foi\.scot|justice\.gov\.uk|tribunals\.gov\.uk)$/;
const replySubject = /^\s*(?:re|aw|sv|antw|ateb|ymateb)\s*:/i;
/** The sender frames the message as a request under the Act or the EIR. */
const framedAsRequest =
  /\b(?:under|using|in accordance with|per) (?:the )?(?:freedom of information|foi|rhyddid gwybodaeth|deddf rhyddid|environmental information|eir)|\b(?:foi|foia|foisa|freedom of information|eir|information) request\b|\brequest (?:made )?under\b|\btreat (?:this|it) as an?\b|\b(?:formal|official) (?:foi|freedom of information)\b|o dan ddeddf/;
const councillorName = /\b(?:cllr|councillor|cynghorydd)\b/i;

function quoted(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length > 70 ? `${clean.slice(0, 67)}…` : clean;
}

/** Whether a text asks its reader for anything at all. */
function asksSomething(text: string): boolean {
  return /\?|\b(?:please|could you|can you|would you|will you|kindly|i would like|i'd like|i want|i need|let me know|we (?:ask|require|request|would be grateful)|(?:requires?|require) (?:the|you|your)|grateful if|acknowledge receipt|send us|provide us)\b/i.test(
    text,
  );
}

function other(category: OtherCategory, confidence: number, reasons: string[]): Classification {
  return { kind: "other", confidence, reasons, otherCategory: category, suggestedRegime: null };
}

function headerValue(message: MailMessage, name: string): string {
  return (message.headers[name] ?? "").toLowerCase();
}

/** Mail that no person wrote to ask the council anything. */
function machineMail(message: MailMessage): Classification | null {
  const autoSubmitted = headerValue(message, "auto-submitted");
  if (autoSubmitted && autoSubmitted !== "no") {
    return other("automated", 0.97, [
      `sent automatically (Auto-Submitted: ${quoted(autoSubmitted)})`,
    ]);
  }
  if (
    headerValue(message, "x-autoreply") ||
    headerValue(message, "x-autorespond") ||
    /mailbox rules agent|auto-?reply|out of office|oof/.test(
      headerValue(message, "x-ms-exchange-generated-message-source"),
    )
  ) {
    return other("automated", 0.95, ["sent automatically (auto-reply headers)"]);
  }
  if (automatedSubject.test(message.subject.trim())) {
    return other("automated", 0.95, [`an automatic message: '${quoted(message.subject)}'`]);
  }
  const from = message.from?.address ?? "";
  const systemAddress =
    /(?:^|[._+-])(?:mailer-daemon|postmaster|no-?reply|do-?not-?reply|donotreply|bounces?|notifications?|alerts?|quarantine)(?:[._+-][^@]*)?@/i;
  // A firm's or a platform's mail system may send a person's letter, with their Reply-To.
  const personReplyTo = message.replyTo.some(
    (entry) => entry.address !== "" && !systemAddress.test(entry.address),
  );
  if (systemAddress.test(from) && !personReplyTo) {
    return other("automated", 0.9, [`sent by a system address (${from})`]);
  }
  const precedence = headerValue(message, "precedence");
  if (/^(?:bulk|list|junk)$/.test(precedence.trim())) {
    return other("bulk", 0.93, [`bulk mail (Precedence: ${precedence.trim()})`]);
  }
  if (headerValue(message, "list-unsubscribe") || headerValue(message, "list-id")) {
    return other("bulk", 0.9, ["mailing-list mail (List-Id / List-Unsubscribe headers)"]);
  }
  if (
    message.attachments.some(
      (attachment) => attachment.mimeType === "text/calendar" || /\.ics$/i.test(attachment.name),
    ) ||
    /text\/calendar/.test(headerValue(message, "content-type"))
  ) {
    return other("calendar", 0.95, ["a meeting invitation"]);
  }
  return null;
}

const formCategory =
  /^\s*(?:(?:website|web|online|contact) (?:enquiry|inquiry|form|request)|(?:enquiry|inquiry|request|contact|query|message|form|service|feedback) ?(?:type|category|reason|topic|about|subject))\s*:/i;

function namesTheActInMain(main: string): boolean {
  return matchCues([...namesTheAct, ...namesTheEir], sentences(main)).length > 0;
}

function environmentalScore(text: string): { score: number; labels: string[]; state: number } {
  let score = 0;
  // Words about the state of the environment itself, not a service, site or charge.
  let state = 0;
  const labels: string[] = [];
  for (const topic of environmentalTopics) {
    if (topic.pattern.test(text)) {
      score += topic.weight;
      if (!topic.service) state += topic.weight;
      labels.push(topic.label);
    }
  }
  return { score, labels, state };
}

/**
 * A body's own name ("Fennick Levels Internal Drainage Board", "Mid Wendle Waste Disposal
 * Authority") says who is asked, not what the request is about.
 */
const organisationName =
  /\b(?:[A-Z][\w'’&-]*\s+(?:(?:of|and|for|the|&)\s+)?){1,6}(?:Board|Authority|Council|Agency|Trust|Commission|Partnership|IDB)\b/g;

function withoutOrganisationNames(text: string, names: readonly string[]): string {
  let out = text;
  for (const name of names) {
    // "FOI requests at Mid Wendle WDA" (WhatDoTheyKnow's form of a body's name).
    const body = name.replace(/^.*?\brequests?\s+(?:at|to|for)\s+/i, "").trim();
    if (body.length < 6) continue;
    out = out.replace(new RegExp(body.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi"), " ");
  }
  return out.replace(organisationName, " ");
}

/**
 * Whether a request is about environmental information (EIR reg 2(1)). The subject and the
 * text around a list set the topic for every item. Otherwise one item about the state of the
 * environment (noise, pollution, wildlife…) is enough, but words that may just name a service,
 * site or charge (waste, recycling, drainage) count only in the first item, which usually names
 * the topic, or in half of them: one question about a recycling centre's agency staff in a
 * request about pay does not make it an EIR request (the reasons still name that part).
 */
function environmentalReading(evidence: RegimeEvidence): {
  environmental: boolean;
  labels: string[];
  partly: number;
} {
  const plain = (text: string): string =>
    withoutOrganisationNames(text, evidence.authorityNames).toLowerCase();
  const whole = environmentalScore(`${plain(evidence.subject)}\n${plain(evidence.main)}`);
  const questions = evidence.questions;
  if (whole.score < 2 || questions.length < 2) {
    return { environmental: whole.score >= 2, labels: whole.labels, partly: 0 };
  }
  let around = evidence.main.replace(/\s+/g, " ");
  for (const question of questions) around = around.split(question.replace(/\s+/g, " ")).join(" ");
  if (environmentalScore(`${plain(evidence.subject)}\n${plain(around)}`).score >= 2) {
    return { environmental: true, labels: whole.labels, partly: 0 };
  }
  const scores = questions.map((question) => environmentalScore(plain(question)));
  const partly = scores.filter((score) => score.score >= 2);
  return {
    // The first item usually names what the request is about.
    environmental:
      (scores[0]?.score ?? 0) >= 2 ||
      partly.length * 2 >= questions.length ||
      scores.some((score) => score.state >= 2),
    labels: whole.labels,
    partly: partly.length,
  };
}

/**
 * Classifies a prepared message.
 * @example classifyMessage(input).kind // "foi"
 */
export function classifyMessage(input: ClassifierInput): Classification {
  const { message } = input;
  const machine = machineMail(message);
  if (machine) return machine;

  const subject = message.subject.toLowerCase().slice(0, 500);
  const main = input.main.slice(0, 40_000);
  const pieces = sentences(main);
  const subjectPieces = sentences(subject);
  const all = [...subjectPieces, ...pieces];
  const reasons: string[] = [];

  const fromAddress = message.from?.address ?? "";
  const fromDomain = domainOf(fromAddress);
  const phish = matchCues(phishing, all);
  if (phish.length > 0) {
    return other(
      "phishing",
      0.93,
      phish.map((hit) => `${hit.cue.reason}: '${quoted(hit.quote)}'`),
    );
  }
  if (input.language === "other") {
    return other("foreign_language", 0.85, [
      "written in a language other than English or Welsh (likely spam)",
    ]);
  }
  if (regulatorDomains.test(fromDomain)) {
    // A notification that asks nothing ("your decision notice has been published") has nobody to
    // answer; a letter asking the council to do something keeps its sender.
    if (!asksSomething(main)) {
      return other("notice", 0.9, [
        `a notification from the regulator or tribunal (${fromDomain}) that asks nothing`,
      ]);
    }
    return other("regulator", 0.93, [
      `from the regulator or tribunal (${fromDomain}), not a request under FOIA/EIR/DPA`,
    ]);
  }
  const own = new Set(input.ownDomains.map((domain) => domain.toLowerCase()));
  // A colleague forwarding our own outgoing letter is still internal mail.
  const forwardedFrom = (input.forwardedFrom ?? "").toLowerCase().trim();
  const forwardedOurs =
    input.forwarded &&
    forwardedFrom !== "" &&
    ([...own].some((domain) => forwardedFrom.includes(`@${domain}`)) ||
      forwardedFrom.replace(/\s*<[^>]*>\s*$/, "").trim() ===
        (message.from?.name ?? "").toLowerCase().trim());
  const internal =
    (!input.forwarded || forwardedOurs) &&
    fromDomain !== "" &&
    own.has(fromDomain) &&
    !councillorName.test(`${message.from?.name ?? ""}\n${input.signature}`);
  // Staff may ask for their own records like anyone else.
  // "FOI/EIR/SAR deadlines" in a manager's notice names the work, not a request of their own.
  const ownRecords = matchCues(aboutTheirOwnData, all).some(
    (hit) =>
      ["aboutMe", "myData", "myCase", "ownFootage"].includes(hit.cue.id) ||
      (hit.cue.id === "sarNamed" &&
        /\b(?:i|i'd|i'm|i am|i would|i wish|i want|my)\b[^.?!\n]{0,40}\b(?:subject access|sar|dsar)\b/.test(
          all.join("\n"),
        )),
  );
  if (internal && !ownRecords) {
    return other("internal", 0.85, [`internal mail from a colleague (${fromDomain})`]);
  }

  const viaWdtk = input.viaWhatDoTheyKnow;
  // Casework between staff (a shared service and the department that holds the figures, or a
  // colleague on a shared domain such as nhs.net) about a case already logged.
  const casework = matchCues(caseworkVoice, pieces);
  if (
    casework.length > 0 &&
    !viaWdtk &&
    !personalMailDomain.test(fromDomain) &&
    (input.references.length > 0 || input.quoted.trim() !== "")
  ) {
    return other("internal", 0.8, [
      "casework between staff about a request already logged",
      ...casework.map((hit) => `${hit.cue.reason}: '${quoted(hit.quote)}'`),
    ]);
  }
  if (/(?:^|\.)whatdotheyknow\.com$/.test(fromDomain) && !viaWdtk) {
    return other("unrelated", 0.85, [
      `from WhatDoTheyKnow's own team (${fromAddress}), not a request made through it`,
    ]);
  }
  // "Enquiry type: Freedom of Information" on a website form is a box ticked, not the sender's
  // own words: a missed bin reported under that heading is still a service request.
  const act = matchCues(
    namesTheAct,
    all.filter((piece) => !formCategory.test(piece)),
  );
  const eir = matchCues(namesTheEir, all);
  const service = matchCues(asksForService, pieces);
  const serviceWords =
    /\b(?:how (?:do|can|would) i|how to|application form|appointment|arrange|remove|repair|let me know when)\b/;
  // "Please can you tell me how to apply" asks for a service, not for recorded information.
  const asks = matchCues(asksForRecordedInformation, pieces).filter(
    (hit) =>
      !(service.length > 0 && serviceWords.test(hit.quote)) &&
      !service.some((serviceHit) => hit.quote.includes(serviceHit.quote)),
  );
  const sar = matchCues(aboutTheirOwnData, all);
  // "If you are dissatisfied with this response…" in someone's answer asks for nothing.
  const review = matchCues(
    asksForReview,
    all.filter(
      (piece) =>
        !/\bif you are (?:dis|un|not )satisfied\b|\byou (?:may|can|have the right to) (?:request|ask for)\b/.test(
          piece,
        ),
    ),
  );
  const follow = matchCues(followsUp, pieces);
  const voice = matchCues(authorityVoice, pieces);
  // A salesperson's opt-out line ("Not the right person? Reply no") sits in the signature.
  const sales = matchCues(marketing, [...pieces, ...sentences(input.signature.slice(0, 2_000))]);
  const pressHits = matchCues(press, all);

  const automatic = automatedBody.exec(`${subject}\n${main.toLowerCase()}`);
  if (automatic && !viaWdtk && (asks.length === 0 || main.split(/\s+/).length < 40)) {
    return other("automated", 0.85, [`an automatic message: '${quoted(automatic[0])}'`]);
  }
  const fromPublicBody =
    /\.(?:gov\.uk|gov\.wales|llyw\.cymru|gov\.scot|police\.uk|nhs\.uk|nhs\.net)$/.test(fromDomain);
  if (
    (voice.length >= 2 || (voice.length === 1 && fromPublicBody && asks.length === 0)) &&
    !viaWdtk
  ) {
    return other("authority_response", 0.85, [
      "reads as an authority's answer to a request, not a request",
      ...voice.map((hit) => `${hit.cue.reason}: '${quoted(hit.quote)}'`),
    ]);
  }
  const lowerMainEarly = main.toLowerCase();
  if (
    sales.length >= 2 ||
    (sales.length === 1 &&
      asks.length === 0 &&
      review.length === 0 &&
      (act.length === 0 || !framedAsRequest.test(lowerMainEarly)) &&
      !viaWdtk)
  ) {
    return other(
      "marketing",
      0.85,
      sales.map((hit) => `${hit.cue.reason}: '${quoted(hit.quote)}'`),
    );
  }

  if (viaWdtk) reasons.push("sent through WhatDoTheyKnow");
  const reference = input.references[0];

  // 2. Internal review.
  // "You may request an internal review" in someone's answer is not a request for one.
  const rightsSentence =
    /\b(?:you (?:may|can|have the right to) (?:request|ask for)|right to (?:request|ask for)|within \d+ working days)\b[^.?!]{0,60}internal review|internal review[^.?!]{0,40}\bwithin \d+ (?:working )?days/;
  const explicitReview = all.some(
    (piece) =>
      /internal review(?!s| (?:papers?|process|procedures?|team|officers?|stage|requests|figures|statistics|outcomes))|adolygiad mewnol/.test(
        piece,
      ) && !rightsSentence.test(piece),
  )
    ? review.find((hit) => hit.cue.id === "internalReview")
    : undefined;
  const threatOnly =
    explicitReview !== undefined &&
    /\b(?:will|shall|may|might|going to|otherwise|then)\b[^.?!]{0,40}(?:internal review|adolygiad mewnol)/.test(
      main.toLowerCase(),
    ) &&
    !/\b(?:request|ask for|like|want|seek|carry out|conduct)\w*\s+(?:an |a )?(?:internal review|adolygiad mewnol)/.test(
      `${subject}\n${main.toLowerCase().replace(/\b(?:will|shall|may|might)\b[^.?!]{0,40}internal review/g, "")}`,
    );
  const mentionsEarlierAnswer = earlierAnswer.test(main.toLowerCase()) || reference !== undefined;
  if (
    review.length > 0 &&
    !threatOnly &&
    (explicitReview !== undefined ? true : mentionsEarlierAnswer)
  ) {
    const hit = explicitReview ?? review[0];
    if (hit) reasons.push(`${hit.cue.reason}: '${quoted(hit.quote)}'`);
    if (reference) reasons.push(`quotes the reference ${reference}`);
    return {
      kind: "internal_review",
      confidence: explicitReview ? 0.93 : 0.75,
      reasons,
      otherCategory: null,
      suggestedRegime: null,
    };
  }

  // 3. Follow-up on a request we already hold.
  const isReply =
    replySubject.test(message.subject) ||
    message.inReplyTo !== null ||
    (input.quoted.trim() !== "" && !input.forwarded);
  // "I may come back with a further request" announces one; it does not make it.
  const announcesNew =
    newRequestDespiteReference.test(main.toLowerCase()) &&
    !/\b(?:may|might|will|could|perhaps|probably|possibly|later)\b[^.?!\n]{0,50}\b(?:a|an) (?:new|further|separate|fresh|additional|follow-?up) (?:foi |freedom of information |eir |information )?request\b/.test(
      main.toLowerCase(),
    );
  // A request narrowed after a refusal on cost (s12, s16 advice) is a new request with its own
  // 20 working days (ICO guidance on refined requests), not a clarification of the old one.
  const narrowedAfterCost =
    narrowsRequest.test(main.toLowerCase()) &&
    refusedOnCost.test(`${main}\n${input.quoted}`.toLowerCase());
  if (narrowedAfterCost && !announcesNew) {
    reasons.push("narrows a request refused on cost (s12): that is a new request");
  }
  const newDespite = announcesNew || narrowedAfterCost;
  const wdtkThreadReply = viaWdtk && replySubject.test(message.subject);
  const knownCase = input.knownCase ?? null;
  if (knownCase !== null && !newDespite) {
    reasons.push(`replies in the same conversation as case ${knownCase}`);
    for (const hit of follow) reasons.push(`${hit.cue.reason}: '${quoted(hit.quote)}'`);
    return {
      kind: "followup",
      confidence: 0.9,
      reasons,
      otherCategory: null,
      suggestedRegime: null,
    };
  }
  if (
    !newDespite &&
    (reference !== undefined || wdtkThreadReply || (isReply && follow.length > 0))
  ) {
    // Quoting an earlier reference for context while plainly asking for something new.
    const asksForMore =
      asks.length > 0 &&
      /\b(?:could|can|would) you (?:please )?also\b|\bplease (?:could you )?also\b|\b(?:i'd|i would) also like\b|\b(?:another|a further|an additional|a new) question\b/.test(
        main.toLowerCase(),
      );
    const strongNew =
      (asksForMore && follow.every((hit) => hit.cue.id === "thanks")) ||
      (follow.length === 0 &&
        !isReply &&
        ((input.questions.length >= 2 && asks.length > 0) ||
          asks.some((hit) => hit.cue.id === "provide")));
    if (!strongNew) {
      if (reference) reasons.push(`quotes the reference ${reference}`);
      if (wdtkThreadReply) reasons.push("replies on a WhatDoTheyKnow request thread");
      for (const hit of follow) reasons.push(`${hit.cue.reason}: '${quoted(hit.quote)}'`);
      return {
        kind: "followup",
        confidence: follow.length > 0 ? 0.9 : 0.75,
        reasons,
        otherCategory: null,
        suggestedRegime: null,
      };
    }
  }
  if (
    isReply &&
    !newDespite &&
    asks.length === 0 &&
    input.questions.length === 0 &&
    !namesTheActInMain(main) &&
    sar.length === 0 &&
    review.length === 0
  ) {
    reasons.push("replies in a conversation about a request, and asks for nothing new");
    for (const hit of follow) reasons.push(`${hit.cue.reason}: '${quoted(hit.quote)}'`);
    return {
      kind: "followup",
      confidence: 0.65,
      reasons,
      otherCategory: null,
      suggestedRegime: null,
    };
  }
  if (
    follow.length > 0 &&
    !newDespite &&
    input.questions.length === 0 &&
    earlierRequest.test(main.toLowerCase())
  ) {
    reasons.push("about a request the sender has already made");
    for (const hit of follow) reasons.push(`${hit.cue.reason}: '${quoted(hit.quote)}'`);
    return {
      kind: "followup",
      confidence: 0.75,
      reasons,
      otherCategory: null,
      suggestedRegime: null,
    };
  }
  if (follow.length > 0 && isReply && asks.length === 0 && act.length === 0) {
    for (const hit of follow) reasons.push(`${hit.cue.reason}: '${quoted(hit.quote)}'`);
    return {
      kind: "followup",
      confidence: 0.7,
      reasons,
      otherCategory: null,
      suggestedRegime: null,
    };
  }

  // 4. A new request for recorded information?
  let score = 0;
  const lowerMain = main.toLowerCase();
  for (const hit of act) {
    const inSubject =
      !replySubject.test(message.subject) &&
      !/^\s*(?:fw|fwd|ymlaen)\s*:/i.test(message.subject) &&
      subjectPieces.some((piece) => hit.cue.pattern.test(piece));
    const strong = inSubject || framedAsRequest.test(lowerMain) || viaWdtk;
    score += strong ? 3 : 1;
    reasons.push(`${hit.cue.reason}: '${quoted(hit.quote)}'`);
  }
  const listLeadIn =
    input.questions.length > 0 &&
    /\b(?:know|provide|send|supply|request|tell|following|like|grateful|disclose|release|confirm|ask)\b[^.?!\n]{0,60}:[ \t]*$/m.test(
      lowerMain,
    );
  if (listLeadIn) {
    score += 2;
    reasons.push("asks for the information in the list that follows");
  }
  for (const hit of eir) {
    score += 3;
    reasons.push(`${hit.cue.reason}: '${quoted(hit.quote)}'`);
  }
  if (viaWdtk) score += 3;
  for (const hit of asks) {
    score += hit.cue.id === "quantity" ? 1 : 2;
    reasons.push(`${hit.cue.reason}: '${quoted(hit.quote)}'`);
  }
  const sarStrong = sar.filter((hit) => hit.cue.id === "sarNamed" || hit.cue.id === "article15");
  const sarSubjectNamed =
    /subject access|\bsar\b|\bdsar\b|personal data|my data|\bmy (?:[a-z'’]+ ){0,2}(?:records|file)\b/.test(
      subject,
    );
  let sarScore = 0;
  for (const hit of sar) {
    sarScore +=
      hit.cue.id === "aboutMe" ||
      hit.cue.id === "myCase" ||
      hit.cue.id === "ownFootage" ||
      hit.cue.id === "myData"
        ? 3
        : hit.cue.id === "dataProtection"
          ? 1
          : 2;
  }
  if (sarSubjectNamed) sarScore += 2;
  // "a subject access request" inside a question about statistics is not one.
  const sarNamedAsQuestion =
    sarStrong.length === 1 &&
    sarStrong[0]?.cue.id === "sarNamed" &&
    !sarSubjectNamed &&
    !/\b(?:(?:this|my|a|formal) (?:is a |is my )?(?:subject access|sar\b)|making a subject access|make a subject access|submit a subject access|under (?:the )?(?:data protection|uk gdpr|gdpr))/.test(
      main.toLowerCase(),
    ) &&
    sar.length === 1;
  if (sarNamedAsQuestion) sarScore = 0;
  const personal = sar.filter(
    (hit) => hit.cue.id !== "sarNamed" && hit.cue.id !== "dataProtection",
  );
  const sarLeadIn =
    /\b(?:(?:making|make|submit|submitting|this is|treat this as|wish to make|like to make)(?: a| my)? (?:formal )?(?:data )?subject access|subject access request (?:for|under))\b/.test(
      lowerMain,
    );
  if (act.length > 0 && personal.length === 0 && !sarLeadIn) sarScore = 0;
  // The records of someone who has died are not personal data (UK GDPR recital 27): not a SAR.
  if (
    /\b(?:died|deceased|passed away|executor|estate of|late (?:father|mother|husband|wife|son|daughter|partner))\b/.test(
      lowerMain,
    )
  ) {
    sarScore = 0;
  }
  if (sarScore > 0) score += 1;
  const regime: RegimeEvidence = {
    main,
    subject,
    sarScore,
    citesEir: eir.length > 0,
    questions: input.questions,
    authorityNames: message.to.map((address) => address.name),
  };

  const processQuestion = aboutTheProcess.exec(lowerMain);
  if (
    processQuestion &&
    !asks.some((hit) => hit.cue.id === "provide" || hit.cue.id === "welshRequest") &&
    input.questions.length === 0
  ) {
    return other("service", 0.7, [
      `asks how to make a request, not for information: '${quoted(processQuestion[0])}'`,
    ]);
  }
  const unrelated = matchCues(unrelatedBusiness, pieces);
  if (unrelated.length > 0 && !viaWdtk && !framedAsRequest.test(lowerMain) && sarScore < 3) {
    return other(
      "unrelated",
      0.8,
      unrelated.map((hit) => `${hit.cue.reason}: '${quoted(hit.quote)}'`),
    );
  }
  if (
    pressHits.length > 0 &&
    act.length === 0 &&
    eir.length === 0 &&
    !viaWdtk &&
    asks.every((hit) => hit.cue.id !== "provide" && hit.cue.id !== "quantity")
  ) {
    return other(
      "press",
      0.8,
      pressHits.map((hit) => `${hit.cue.reason}: '${quoted(hit.quote)}'`),
    );
  }
  const namesLaw = act.length > 0 || eir.length > 0 || viaWdtk;
  // Erasure, objection and unsubscribing are data protection rights, but not access to anything.
  const erasure =
    /\b(?:delete|erase|remove|destroy|stop (?:using|processing|sharing))\b[^.?!\n]{0,80}\b(?:my|personal|any) (?:personal )?(?:data|details|information|name|e-?mail(?: address)?|records)\b|\bright to (?:erasure|be forgotten|rectification|object)\b|\bunsubscribe me\b|\bremove (?:me|my (?:name|details|e-?mail(?: address)?)) from\b/.test(
      lowerMain,
    );
  if (
    erasure &&
    !namesLaw &&
    !/\bcop(?:y|ies)\b|\bsend me\b|\baccess to\b|\bsubject access\b|\bwhat (?:information|data|personal data) you hold\b/.test(
      lowerMain,
    )
  ) {
    return other("service", 0.75, [
      "asks for personal data to be deleted or for contact to stop (a data protection right, not a request for information)",
    ]);
  }
  const recordedAsk =
    asks.some((hit) => hit.cue.id === "provide" || hit.cue.id === "welshRequest") ||
    (asks.filter((hit) => hit.cue.id !== "quantity").length >= 1 &&
      asks.some((hit) => hit.cue.id === "quantity"));
  if (
    service.length > 0 &&
    !namesLaw &&
    sarScore < 3 &&
    !recordedAsk &&
    !(
      asks.some((hit) => hit.cue.id === "quantity") &&
      service.every((hit) => hit.cue.id === "report")
    )
  ) {
    return other(
      "service",
      0.8,
      service.map((hit) => `${hit.cue.reason}: '${quoted(hit.quote)}'`),
    );
  }
  const unreadLetter = message.attachments.find((attachment) =>
    /\.(?:pdf|docx?|odt|rtf|pages|jpe?g|png|heic|tiff?)$/i.test(attachment.name),
  );
  if (
    score < 2 &&
    sarScore < 3 &&
    unreadLetter &&
    main.split(/\s+/).length < 40 &&
    /\b(?:attached|attach|enclosed|see (?:the )?letter)\b/i.test(main) &&
    /\b(?:request|letter|enquiry|cais|llythyr|information)\b/i.test(`${subject}\n${main}`)
  ) {
    reasons.push(
      `the request may be in the attachment '${quoted(unreadLetter.name)}', which was not read: please check`,
    );
    // The attachment's name may say what it is ("Subject Access Request letter.pdf").
    const named = unreadLetter.name.toLowerCase().replace(/[_.-]+/g, " ");
    const kindByName: Classification | null =
      /\b(?:subject access|sar|dsar|data subject|article 15)\b/.test(named)
        ? {
            kind: "sar",
            confidence: 0.6,
            reasons,
            otherCategory: null,
            suggestedRegime: "sar",
            regimeNamed: true,
          }
        : null;
    // Only a person can read the attachment: the trained model, which cannot, must not overrule.
    return {
      ...(kindByName ?? finish("foi", 0.5, reasons, regime)),
      unreadAttachment: true,
    };
  }
  if (score < 2 && sarScore < 3) {
    if (score === 1 && service.length === 0 && asks.some((hit) => hit.cue.id === "quantity")) {
      // A bare question about figures: a valid request under s8 if nothing says otherwise.
      return finish("foi", 0.55, reasons, regime);
    }
    if (isReply && input.quoted.trim() !== "" && service.length === 0) {
      reasons.push("replies in a conversation about an earlier request, and asks for nothing new");
      return {
        kind: "followup",
        confidence: 0.6,
        reasons,
        otherCategory: null,
        suggestedRegime: null,
      };
    }
    // Missing a request is worse than a false alarm: a question or plea about something the
    // council records is put in front of a person as a possible request.
    const recordedThing =
      /\b(?:reports?|surveys?|records?|minutes|contracts?|polic(?:y|ies)|figures|statistics|data|budgets?|spend(?:ing)?|costs?|invoices?|correspondence|emails?|assessments?|inspections?|complaints received|number of|list of|copy|copies|documents?|plans?|agreements?|licen[cs]es|notices?)\b/;
    const asking =
      /\?|\b(?:please|could you|can you|would you|i would like|i'd like|i want|i need)\b|^request\s*:/m;
    const lower = main.toLowerCase();
    if (
      service.length === 0 &&
      pressHits.length === 0 &&
      !isReply &&
      recordedThing.test(lower) &&
      asking.test(lower) &&
      !/\b(?:please find (?:attached|enclosed)|find enclosed|attached (?:is|are)|i attach|i enclose|enclosed (?:is|are)|for your (?:records|information))\b/.test(
        lower,
      )
    ) {
      reasons.push("may ask for recorded information: please check");
      return finish("foi", 0.5, reasons, regime);
    }
    // Thanks or praise for a service, asking nothing: nobody to reply to about a request.
    if (
      !isReply &&
      !asking.test(lower) &&
      !/\b(?:let me know|kindly|grateful|appeal|report|complain)/.test(lower) &&
      lower.split(/\s+/).length < 80 &&
      /\b(?:just (?:wanted|writing) to (?:say )?(?:a (?:big |huge )?)?thank|thank(?:s| you) to (?:the|whoever|everyone|all|your)|(?:a big|huge|many) thanks to|well done to)\b/.test(
        lower,
      )
    ) {
      return other("courtesy", 0.7, ["asks the council for nothing (thanks, news or feedback)"]);
    }
    return other("no_request", 0.7, ["asks for no recorded information"]);
  }
  const confidence = namesLaw ? 0.95 : score >= 4 ? 0.85 : 0.7;
  return finish(null, confidence, reasons, regime, sar);
}

/** What decides between the FOIA, the EIR and a SAR once a message is a request. */
interface RegimeEvidence {
  main: string;
  subject: string;
  sarScore: number;
  citesEir: boolean;
  questions: readonly string[];
  /** The display names it was addressed to, usually the authority's own name. */
  authorityNames: readonly string[];
}

function finish(
  forced: "foi" | null,
  confidence: number,
  reasons: string[],
  evidence: RegimeEvidence,
  sarHits: ReadonlyArray<{ cue: { id: string; reason: string }; quote: string }> = [],
): Classification {
  const { sarScore, citesEir } = evidence;
  if (sarScore >= 3) {
    for (const hit of sarHits) reasons.push(`${hit.cue.reason}: '${quoted(hit.quote)}'`);
    return {
      kind: "sar",
      confidence: Math.min(0.95, confidence),
      reasons,
      otherCategory: null,
      suggestedRegime: "sar",
      regimeNamed: sarHits.some((hit) => hit.cue.id === "sarNamed"),
    };
  }
  const env = environmentalReading(evidence);
  if (citesEir || env.environmental) {
    if (!citesEir)
      reasons.push(`about environmental information (${env.labels.join(", ")}), so the EIR apply`);
    return {
      kind: "eir",
      confidence: citesEir ? confidence : Math.min(confidence, 0.8),
      reasons,
      otherCategory: null,
      suggestedRegime: "eir",
      regimeNamed: citesEir,
    };
  }
  if (env.partly > 0) {
    reasons.push(
      `${env.partly} of ${evidence.questions.length} questions are about environmental information (${env.labels.join(", ")}): answer those under the EIR`,
    );
  }
  const kind = forced ?? "foi";
  return { kind, confidence, reasons, otherCategory: null, suggestedRegime: "foi" };
}
