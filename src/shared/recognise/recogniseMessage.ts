/**
 * Reads one message as an FOI officer would: what it is (with a confidence and reasons a person
 * can check), who is asking and where the answer goes, the questions, the case references it
 * quotes, the date of receipt, stated preferences, whether it meets s8, and its language.
 */
import type { CouncilSettings } from "../cases/councilSettings";
import type { RequesterType } from "../cases/case";
import { receiptDate, type IsoDate } from "../deadlines";
import { checkValidity, type Validity } from "./checkValidity";
import {
  classifyMessage,
  type ClassifierInput,
  type MessageKind,
  type OtherCategory,
} from "./classifyMessage";
import { detectLanguage } from "./detectLanguage";
import { extractQuestions } from "./extractQuestions";
import { extractReferences } from "./extractReferences";
import { htmlToText } from "./htmlToText";
import { identifyRequester, whatDoTheyKnowAddress } from "./identifyRequester";
import { cleanAddress, domainOf, type MailAddress, type MailMessage } from "./mailMessage";
import { modelFeatures, scoreKinds, type KindModel, type ModelInput } from "./kindModel";
import shippedModelJson from "./kindModel.json";
import { readPreferences, type ReplyPreferences } from "./readPreferences";
import { secondOpinion } from "./secondOpinion";
import { splitBody } from "./splitBody";

export interface Recognition {
  kind: MessageKind;
  /** 0–1: how sure the rules are. Below 0.6 a person should look. */
  confidence: number;
  reasons: string[];
  otherCategory: OtherCategory | null;
  /** The regime the recogniser suggests for a new request (the officer decides). */
  suggestedRegime: "foi" | "eir" | "sar" | null;
  requester: {
    name: string | null;
    email: string | null;
    type: RequesterType;
    organisation: string | null;
    postalAddress: string | null;
  };
  questions: string[];
  references: string[];
  viaWhatDoTheyKnow: boolean;
  language: "en" | "cy";
  /** Europe/London calendar date of arrival, or null when the message carries no time. */
  receivedDate: IsoDate | null;
  receivedAt: string | null;
  preferences: ReplyPreferences;
  /** FOIA s8 check, for new requests only (null for follow-ups and other mail). */
  validity: Validity | null;
  subject: string;
  /** The request as the sender wrote it (the new text above the sign-off), at most 2,000 characters. */
  summary: string;
}

export interface RecogniseOptions {
  /** The council's settings: its reference formats and its own mail domain. */
  settings?: Pick<CouncilSettings, "referenceFormat" | "extraReferencePatterns" | "contactEmail">;
  /**
   * Outlook conversation ids of messages already registered, with their case references: a new
   * message in one of these conversations is a follow-up on that case unless it asks for a review
   * or plainly makes a new request.
   */
  knownConversations?: ReadonlyMap<string, string>;
  /**
   * The trained second opinion (kindModel.ts). Defaults to the model shipped with the product;
   * `null` leaves the rules alone (to measure them on their own).
   */
  model?: KindModel | null;
}

/** Kinds of `other` mail where nobody is asking the council for anything: no requester. */
const noRequester: ReadonlySet<OtherCategory> = new Set([
  "automated",
  "bulk",
  "calendar",
  "phishing",
  "spam",
  "foreign_language",
  "internal",
  "marketing",
  "authority_response",
  "courtesy",
  "notice",
]);

const publicSector =
  /\.(?:gov\.uk|gov\.wales|llyw\.cymru|gov\.scot|police\.uk|nhs\.uk|nhs\.net|sch\.uk|parliament\.uk)$/;

function bodyText(message: MailMessage): string {
  const text = message.text.trim();
  if (!message.html) return message.text;
  if (text.replace(/\s+/g, "").length < 10) return htmlToText(message.html);
  // Some senders put a stub ("This message is in HTML format") in the text part: prefer the
  // HTML when it says much more.
  if (text.length < 400) {
    const fromHtml = htmlToText(message.html);
    if (fromHtml.length > text.length * 2 + 80) return fromHtml;
  }
  return message.text;
}

function ownDomains(message: MailMessage, options: RecogniseOptions): string[] {
  const domains = new Set<string>();
  const contact = options.settings?.contactEmail;
  if (contact) domains.add(domainOf(contact));
  for (const entry of [...message.to, ...message.cc]) {
    const domain = domainOf(entry.address);
    if (publicSector.test(domain)) domains.add(domain);
  }
  domains.delete("");
  return [...domains];
}

function safeReceiptDate(instant: string | null): IsoDate | null {
  if (!instant) return null;
  try {
    return receiptDate(instant);
  } catch {
    return null;
  }
}

/** A website form relayed by the council's own system: the requester is named in the form. */
function webFormSender(message: MailMessage, main: string): MailAddress | null {
  const sender = message.from?.address ?? "";
  const systemSender =
    /(?:^|[._+-])(?:no-?reply|do-?not-?reply|donotreply|forms?|webforms?|website|web|notifications?)(?:[._+-][^@]*)?@/i.test(
      sender,
    ) || /\bform\b|\bffurflen\b/i.test(message.subject);
  if (!systemSender) return null;
  const head = main.slice(0, 20_000);
  const email =
    /^[ \t]*(?:e-?mail(?: address)?|your e-?mail|e-?bost|ebost|cyfeiriad e-?bost)[ \t]*:[ \t]*<?([^\s<>]+@[^\s<>]+?)>?[ \t]*$/im.exec(
      head,
    );
  if (!email) return null;
  const name = /^[ \t]*(?:name|your name|full name|enw)[ \t]*:[ \t]*(.{2,80})$/im.exec(head);
  const address = cleanAddress(email[1]);
  return address ? { name: (name?.[1] ?? "").trim(), address } : null;
}

const shippedModel = shippedModelJson as unknown as KindModel;

/** What the trained model reads of a prepared message. */
export function modelInput(prepared: PreparedMessage): ModelInput {
  return {
    subject: prepared.message.subject,
    main: prepared.main,
    quoted: prepared.parts.quoted,
    fromAddress: prepared.message.from?.address ?? "",
    viaWhatDoTheyKnow: prepared.viaWhatDoTheyKnow,
    forwarded: prepared.parts.forwarded,
    hasReferences: prepared.references.length > 0,
    questionCount: prepared.questions.length,
    ownDomains: prepared.classifierInput.ownDomains,
  };
}

/** A message read up to the point where the rules decide: what the classifier and the model see. */
export interface PreparedMessage {
  /** The message as the requester sent it (a relayed web form is re-addressed to its sender). */
  message: MailMessage;
  parts: ReturnType<typeof splitBody>;
  main: string;
  signature: string;
  references: string[];
  viaWhatDoTheyKnow: boolean;
  language: ReturnType<typeof detectLanguage>;
  questions: string[];
  classifierInput: ClassifierInput;
}

const relayFooter =
  /^[^\n]*\b(?:this is an automat(?:ed|ic) (?:message|e-?mail|notification)|do not reply to this (?:address|e-?mail|message)|please do not reply)\b[^\n]*$/gim;

const memoHeading =
  /^(\s*(?:[^\n:]{1,120}\n){0,2}?)\s*(?:(?:to|from|date|subject|re|ref|for the attention of|fao)\s*:[^\n]*\n){2,6}/i;

/**
 * Reads a message's body, separates the new text from quotes and signatures, and collects what
 * the rules need.
 * @example prepareMessage(message).main // "Please send me…"
 */
export function prepareMessage(
  received: MailMessage,
  options: RecogniseOptions = {},
): PreparedMessage {
  const text = bodyText(received);
  const parts = splitBody(text, received.subject);
  const formSender = webFormSender(received, parts.main);
  // A relayed web form is the requester's own message: read it as if they had sent it.
  const message: MailMessage = formSender
    ? { ...received, from: formSender, replyTo: [], headers: {} }
    : received;
  const attachmentText = message.attachments
    .map((attachment) => attachment.text ?? "")
    .filter((content) => content.trim() !== "")
    .join("\n\n")
    .slice(0, 100_000);
  // The form system's own footer ("This is an automated message. Do not reply…") is not the
  // requester's words.
  let main = formSender ? parts.main.replace(relayFooter, "").trim() : parts.main;
  let signature = parts.signature;
  if (attachmentText && main.split(/\s+/).length < 60) {
    // A letter in a text file may open with a memo block ("To: … From: … Date: …"), which is
    // the letter's own heading, not a quoted earlier message.
    const attached = splitBody(attachmentText.replace(memoHeading, "$1"));
    main = `${main}\n\n${attached.main}`.trim();
    if (!signature) signature = attached.signature;
  }
  // An attached message (a bounce's returned mail) is read for its references only.
  const enclosedText = message.attachments
    .map((attachment) => attachment.enclosedText ?? "")
    .join("\n\n")
    .slice(0, 100_000);
  const references = extractReferences(
    `${message.subject}\n${text.slice(0, 200_000)}\n${attachmentText}\n${enclosedText}`,
    options.settings,
  );
  const viaWhatDoTheyKnow =
    whatDoTheyKnowAddress.test(message.from?.address ?? "") ||
    message.replyTo.some((entry) => whatDoTheyKnowAddress.test(entry.address)) ||
    parts.whatDoTheyKnowFooter;
  const language = detectLanguage(`${message.subject}\n${main}`);
  const questions = extractQuestions(main);
  const classifierInput: ClassifierInput = {
    message,
    main,
    signature,
    quoted: parts.quoted,
    references,
    questions,
    viaWhatDoTheyKnow,
    language,
    forwarded: parts.forwarded,
    forwardedFrom: parts.forwardedFrom,
    ownDomains: ownDomains(message, options),
    knownCase:
      message.conversationId !== null
        ? (options.knownConversations?.get(message.conversationId) ?? null)
        : null,
  };
  return {
    message,
    parts,
    main,
    signature,
    references,
    viaWhatDoTheyKnow,
    language,
    questions,
    classifierInput,
  };
}

/**
 * Recognises a message.
 * @example recogniseMessage(message).kind // "foi"
 */
export function recogniseMessage(
  received: MailMessage,
  options: RecogniseOptions = {},
): Recognition {
  const prepared = prepareMessage(received, options);
  const { message, parts, main, signature, references, viaWhatDoTheyKnow } = prepared;
  const detected = prepared.language;
  const questionsRead = prepared.questions;
  const model = options.model === undefined ? shippedModel : options.model;
  const ruled = classifyMessage(prepared.classifierInput);
  const classification = model
    ? secondOpinion(ruled, scoreKinds(modelFeatures(modelInput(prepared)), model))
    : ruled;
  const requester = identifyRequester(message, { ...parts, main, signature });
  const hidden =
    classification.otherCategory !== null && noRequester.has(classification.otherCategory);
  const questions = classification.kind === "other" ? [] : questionsRead;
  const isRequest =
    classification.kind === "foi" ||
    classification.kind === "eir" ||
    classification.kind === "sar" ||
    classification.kind === "internal_review";
  const reasons = [...classification.reasons];
  if (requester.typeReason && isRequest) reasons.push(requester.typeReason);
  const language = detected === "cy" ? "cy" : "en";
  if (language === "cy") reasons.push("written in Welsh: the reply must be in Welsh");
  const preferences = readPreferences(main);
  const validity = checkValidity({
    name: requester.name,
    email: requester.email,
    postalAddress: requester.postalAddress,
    describesInformation: isRequest,
  });
  if (isRequest && !validity.valid) {
    reasons.push(`may not meet FOIA s8: missing ${validity.missing.join(", ")}`);
  }
  return {
    kind: classification.kind,
    confidence: Math.round(classification.confidence * 100) / 100,
    reasons,
    otherCategory: classification.otherCategory,
    suggestedRegime: classification.suggestedRegime,
    requester: {
      name: hidden ? null : requester.name,
      email: hidden ? null : requester.email,
      type: hidden ? "unknown" : requester.type,
      organisation: hidden ? null : requester.organisation,
      postalAddress: hidden ? null : requester.postalAddress,
    },
    questions,
    references,
    viaWhatDoTheyKnow,
    language,
    receivedDate: safeReceiptDate(message.receivedAt),
    receivedAt: message.receivedAt,
    preferences: { ...preferences, welshReply: preferences.welshReply || language === "cy" },
    validity: isRequest ? validity : null,
    subject: message.subject,
    summary: main.slice(0, 2000),
  };
}
