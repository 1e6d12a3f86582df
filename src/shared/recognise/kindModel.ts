/**
 * A second opinion on a message's kind: a small multinomial logistic regression over the words
 * of the subject and the new text, trained offline by `npm run train:recogniser` on the labelled
 * messages in the repository and shipped as `kindModel.json` (no download, no network).
 *
 * It never decides alone: classifyMessage's rules decide, and recogniseMessage asks the model only
 * where the rules are unsure or choose a regime without the sender naming it. Every answer it
 * gives carries the words that weighed most, so an officer can see why.
 */
import type { MessageKind } from "./classifyMessage";
import { personalMailDomain } from "./mailMessage";

export const modelKinds: readonly MessageKind[] = [
  "foi",
  "eir",
  "sar",
  "internal_review",
  "followup",
  "other",
];

/** What the model reads: the same prepared pieces the rules read. */
export interface ModelInput {
  subject: string;
  main: string;
  quoted: string;
  fromAddress: string;
  viaWhatDoTheyKnow: boolean;
  forwarded: boolean;
  hasReferences: boolean;
  questionCount: number;
  ownDomains: readonly string[];
}

/** The shipped weights: one row of per-kind weights for each feature, plus a bias row. */
export interface KindModel {
  kinds: readonly MessageKind[];
  bias: readonly number[];
  weights: Readonly<Record<string, readonly number[]>>;
}

export interface KindScores {
  /** Probability of each kind, in `modelKinds` order. */
  probabilities: Record<MessageKind, number>;
  best: MessageKind;
  /** The features that pushed hardest towards `kind`, most first (readable words). */
  evidence(kind: MessageKind, count?: number): string[];
}

const readLimit = 6_000;
const stopWords = new Set(
  "a an and are as at be been but by for from had has have he her his i if in into is it its me my of on or our so that the their them there these they this those to us was we were which who will with you your".split(
    " ",
  ),
);
const publicSector =
  /\.(?:gov\.uk|gov\.wales|llyw\.cymru|gov\.scot|police\.uk|nhs\.uk|nhs\.net|sch\.uk|parliament\.uk|ac\.uk)$/;

function words(text: string): string[] {
  const found = text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .match(/[a-zà-ÿŵŷ']+|\d+/g);
  if (!found) return [];
  return found.map((word) => (/^\d/.test(word) ? "#" : word.replace(/^'+|'+$/g, "")));
}

/**
 * The features of a message: word unigrams and bigrams of the new text and subject, and a few
 * facts about the envelope. Deterministic and pure.
 */
export function modelFeatures(input: ModelInput): string[] {
  const features = new Set<string>();
  const body = words(input.main.slice(0, readLimit));
  let previous = "";
  for (const word of body) {
    if (word === "") continue;
    if (!stopWords.has(word) && word.length > 1) features.add(word);
    if (previous) features.add(`${previous} ${word}`);
    previous = word;
  }
  for (const word of words(input.subject.slice(0, 300))) {
    if (!stopWords.has(word) && word.length > 1) features.add(`subject:${word}`);
  }
  const subject = input.subject.trim().toLowerCase();
  if (/^(?:re|aw|ateb)\s*:/.test(subject)) features.add("@reply-subject");
  if (/^(?:fw|fwd)\s*:/.test(subject)) features.add("@forward-subject");
  if (input.quoted.trim() !== "") features.add("@quotes-earlier-mail");
  if (input.forwarded) features.add("@forwarded");
  if (input.viaWhatDoTheyKnow) features.add("@whatdotheyknow");
  if (input.hasReferences) features.add("@quotes-reference");
  if (input.questionCount > 0) features.add("@numbered-list");
  const domain = (input.fromAddress.split("@")[1] ?? "").toLowerCase();
  if (domain !== "") {
    if (input.ownDomains.some((own) => own.toLowerCase() === domain)) features.add("@own-domain");
    else if (publicSector.test(domain)) features.add("@public-body");
    else if (personalMailDomain.test(domain)) features.add("@personal-mail");
    else features.add("@organisation-mail");
  }
  const length = body.length;
  features.add(length < 40 ? "@short" : length < 200 ? "@medium" : "@long");
  return [...features];
}

const envelopeLabels: Record<string, string> = {
  "@reply-subject": "a reply (Re:)",
  "@forward-subject": "forwarded (Fwd:)",
  "@quotes-earlier-mail": "quotes earlier mail",
  "@forwarded": "forwards a message",
  "@whatdotheyknow": "sent through WhatDoTheyKnow",
  "@quotes-reference": "quotes a reference",
  "@numbered-list": "a numbered list",
  "@own-domain": "from our own domain",
  "@public-body": "from a public body",
  "@personal-mail": "from a personal address",
  "@organisation-mail": "from an organisation",
  "@short": "short",
  "@medium": "medium length",
  "@long": "long",
};

function readable(feature: string): string {
  if (feature.startsWith("@")) return envelopeLabels[feature] ?? feature;
  if (feature.startsWith("subject:")) return `'${feature.slice(8)}' in the subject`;
  return `'${feature}'`;
}

/**
 * Scores a message's features with the model.
 * @example scoreKinds(modelFeatures(input), model).best // "eir"
 */
export function scoreKinds(features: readonly string[], model: KindModel): KindScores {
  const count = model.kinds.length;
  const logits = [...model.bias];
  const present: Array<{ feature: string; row: readonly number[] }> = [];
  for (const feature of features) {
    const row = model.weights[feature];
    if (!row) continue;
    present.push({ feature, row });
    for (let k = 0; k < count; k += 1) logits[k] = (logits[k] ?? 0) + (row[k] ?? 0);
  }
  const top = Math.max(...logits);
  const exps = logits.map((value) => Math.exp(value - top));
  const total = exps.reduce((sum, value) => sum + value, 0);
  const probabilities = {} as Record<MessageKind, number>;
  let best: MessageKind = model.kinds[0] ?? "other";
  let bestP = -1;
  model.kinds.forEach((kind, index) => {
    const p = (exps[index] ?? 0) / total;
    probabilities[kind] = p;
    if (p > bestP) {
      bestP = p;
      best = kind;
    }
  });
  return {
    probabilities,
    best,
    evidence(kind: MessageKind, limit = 4): string[] {
      const index = model.kinds.indexOf(kind);
      if (index < 0) return [];
      // How much more a feature favours `kind` than the average of the other kinds.
      return present
        .map(({ feature, row }) => {
          const own = row[index] ?? 0;
          const others = row.reduce((sum, value, k) => (k === index ? sum : sum + value), 0);
          return { feature, lift: own - others / Math.max(1, count - 1) };
        })
        .filter((entry) => entry.lift > 0.05)
        .sort((a, b) => b.lift - a.lift || a.feature.localeCompare(b.feature))
        .slice(0, limit)
        .map((entry) => readable(entry.feature));
    },
  };
}
