/**
 * Finds earlier requests that a new one repeats or joins:
 * - `repeated`: the same requester asking for the same or substantially similar information
 *   again (FOIA s14(2): no duty to comply again until a reasonable interval has passed);
 * - `round_robin`: near-identical text from a different requester (a campaign or a template
 *   sent to many authorities);
 * - `aggregation`: similar requests from one person, or from people acting in concert, received
 *   within 60 consecutive working days, which may be costed together for the s12 limit
 *   (FOIA s12(4), Fees Regulations 2004 reg 5; working days are the all-UK FOIA set).
 * Whether any of these applies is the officer's decision; this only puts the candidates in front
 * of them, each with a similarity score from 0 to 1.
 */
import {
  compareDates,
  shippedHolidays,
  workingDayPeriodEnd,
  workingDaysBetween,
  type HolidayCalendar,
  type IsoDate,
} from "../deadlines";

export interface RequestForComparison {
  requesterEmail: string | null;
  requesterName: string | null;
  receivedDate: IsoDate;
  /** The request text (questions or summary). */
  text: string;
}

export interface EarlierRequest extends RequestForComparison {
  reference: string;
}

export type SimilarityRelation = "repeated" | "round_robin" | "aggregation";

export interface SimilarRequest {
  reference: string;
  /** 0–1: how alike the two requests' wording and subject are. */
  score: number;
  relations: SimilarityRelation[];
  sameRequester: boolean;
  /** FOIA working days between the two receipt dates. */
  workingDaysApart: number;
  reasons: string[];
}

export interface SimilarityOptions {
  holidays?: HolidayCalendar;
  /** Scores below this are not returned (default 0.3). */
  threshold?: number;
  /** How many matches to return at most (default 20). */
  limit?: number;
}

/** Aggregation window: 60 consecutive working days (Fees Regulations 2004 reg 5). */
export const aggregationWorkingDays = 60;

const stopWords = new Set(
  "a an and are as at be by can could dear do for from had has have how i if in is it its me my of on or our please provide the their them this to under was we were what which who will with would you your yours faithfully sincerely regards thanks thank council information request freedom act 2000 foi following".split(
    " ",
  ),
);

interface Profile {
  shingles: Set<string>;
  terms: Map<string, number>;
  norm: number;
}

function words(text: string): string[] {
  return (
    text
      .slice(0, 20_000)
      .toLowerCase()
      .match(/[a-z0-9£']+/g) ?? []
  ).map((word) => word.replace(/'/g, ""));
}

function profile(text: string): Profile {
  const all = words(text);
  const shingles = new Set<string>();
  for (let i = 0; i + 2 < all.length; i++) shingles.add(`${all[i]} ${all[i + 1]} ${all[i + 2]}`);
  const terms = new Map<string, number>();
  for (const word of all) {
    if (word.length < 3 || stopWords.has(word)) continue;
    const stem = word.replace(/(?:ing|ed|es|s)$/, "");
    terms.set(stem, (terms.get(stem) ?? 0) + 1);
  }
  let norm = 0;
  for (const count of terms.values()) norm += count * count;
  return { shingles, terms, norm: Math.sqrt(norm) };
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const item of small) if (large.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

function cosine(a: Profile, b: Profile): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  const [small, large] = a.terms.size < b.terms.size ? [a.terms, b.terms] : [b.terms, a.terms];
  for (const [term, count] of small) dot += count * (large.get(term) ?? 0);
  return dot / (a.norm * b.norm);
}

function normalisedName(name: string | null): string {
  return (name ?? "")
    .toLowerCase()
    .replace(/[^a-z]+/g, " ")
    .trim();
}

function sameRequester(a: RequestForComparison, b: RequestForComparison): boolean {
  const emailA = (a.requesterEmail ?? "").toLowerCase();
  const emailB = (b.requesterEmail ?? "").toLowerCase();
  if (emailA && emailA === emailB) return true;
  // WhatDoTheyKnow gives each request its own address: compare the person's name instead.
  const nameA = normalisedName(a.requesterName);
  return nameA.length > 3 && nameA === normalisedName(b.requesterName);
}

/**
 * Earlier requests similar to `candidate`, best first.
 * @example findSimilarRequests(newRequest, earlierCases)[0] // { reference: "FOI/2026/0042", score: 0.91, relations: ["repeated"], … }
 */
export function findSimilarRequests(
  candidate: RequestForComparison,
  earlier: readonly EarlierRequest[],
  options: SimilarityOptions = {},
): SimilarRequest[] {
  const threshold = options.threshold ?? 0.3;
  const holidays = options.holidays ?? shippedHolidays;
  const mine = profile(candidate.text);
  const out: SimilarRequest[] = [];
  for (const other of earlier.slice(0, 50_000)) {
    const theirs = profile(other.text);
    const wording = jaccard(mine.shingles, theirs.shingles);
    const topic = cosine(mine, theirs);
    const score = Math.round(Math.max(wording, topic * 0.9) * 100) / 100;
    if (score < threshold) continue;
    const same = sameRequester(candidate, other);
    const [first, second] =
      compareDates(other.receivedDate, candidate.receivedDate) <= 0
        ? [other.receivedDate, candidate.receivedDate]
        : [candidate.receivedDate, other.receivedDate];
    const apart = workingDaysBetween(first, second, holidays, "all-uk");
    const relations: SimilarityRelation[] = [];
    const reasons: string[] = [];
    if (same && score >= 0.6) {
      relations.push("repeated");
      reasons.push("the same requester asked for substantially similar information (s14(2))");
    }
    if (!same && wording >= 0.6) {
      relations.push("round_robin");
      reasons.push("near-identical wording from a different requester (a round robin or campaign)");
    }
    const windowEnd = workingDayPeriodEnd(first, aggregationWorkingDays, holidays, "all-uk");
    if ((same || wording >= 0.6) && compareDates(second, windowEnd) <= 0) {
      relations.push("aggregation");
      reasons.push(
        `received ${apart} working days apart: may be aggregated for the cost limit (s12(4))`,
      );
    }
    out.push({
      reference: other.reference,
      score,
      relations,
      sameRequester: same,
      workingDaysApart: apart,
      reasons,
    });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, options.limit ?? 20);
}
