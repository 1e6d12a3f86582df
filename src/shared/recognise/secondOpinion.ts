/**
 * Weighs the rules' answer against the model's (kindModel.ts). The rules decide; the model may
 * overrule them only where the rules are least sure, and only when it is itself confident:
 *
 * 1. The rules saw a possible FOI, EIR or SAR request, but the message reads strongly like
 *    a follow-up or ordinary mail: it becomes that, with a "please check" reason. Internal reviews,
 *    and everything the rules put aside on hard evidence (headers, phishing, the regulator, our
 *    own staff…), are never touched.
 * 2. The rules fell back on FOI, and the words read strongly as environmental information or the
 *    sender's own data: the regime follows the words.
 * 3. The rules were unsure between a follow-up and ordinary mail: the model's reading wins when
 *    it is confident.
 *
 * The thresholds were set on the blind held-out batches' first-seen answers (see the recogniser
 * README); they do not move a request the rules are sure of unless the model is surer still.
 */
import type { Classification, MessageKind } from "./classifyMessage";
import type { KindScores } from "./kindModel";

const regimes = ["foi", "eir", "sar"] as const;
type Regime = (typeof regimes)[number];

const described: Record<MessageKind, string> = {
  foi: "an FOI request",
  eir: "a request for environmental information",
  sar: "a request for the sender's own personal data",
  internal_review: "a request for an internal review",
  followup: "correspondence on a request we already hold",
  other: "mail that asks for no recorded information",
};

function isRegime(kind: MessageKind): kind is Regime {
  return (regimes as readonly string[]).includes(kind);
}

function because(scores: KindScores, kind: MessageKind, p: number): string {
  const words = scores.evidence(kind, 4);
  const percent = Math.round(p * 100);
  return words.length > 0
    ? `reads like ${described[kind]} (${percent}% by the trained model; words such as ${words.join(", ")})`
    : `reads like ${described[kind]} (${percent}% by the trained model)`;
}

/**
 * @example secondOpinion(classifyMessage(input), scoreKinds(features, model)).kind
 */
export function secondOpinion(rules: Classification, scores: KindScores): Classification {
  const p = scores.probabilities;
  const { kind, confidence } = rules;
  // The request may be in an attachment nobody has read: the words of the covering note are no guide.
  if (rules.unreadAttachment) return rules;

  if (isRegime(kind)) {
    const notRequest = p.other + p.followup;
    const needed = confidence >= 0.9 ? 0.85 : 0.75;
    if (notRequest >= needed) {
      const instead: MessageKind = p.followup > p.other ? "followup" : "other";
      return {
        kind: instead,
        confidence: Math.round(Math.min(0.75, notRequest) * 100) / 100,
        reasons: [
          because(scores, instead, notRequest),
          ...rules.reasons.map((reason) => `the rules saw: ${reason}`),
          "please check: the rules alone would have registered it as a new request",
        ],
        otherCategory: instead === "other" ? "no_request" : null,
        suggestedRegime: null,
      };
    }
    // FOI is where the rules fall back when nothing marks a request as environmental or personal;
    // their EIR and SAR answers come from the law's own lists (EIR reg 2(1), "my records"), so the
    // model may move a request from FOI but not back to it.
    if (kind === "foi" && !rules.regimeNamed) {
      const best = regimes.reduce<Regime>(
        (top, regime) => (p[regime] > p[top] ? regime : top),
        kind,
      );
      const neededRegime = confidence >= 0.9 ? 0.8 : 0.7;
      if (best !== kind && p[best] >= neededRegime) {
        return {
          kind: best,
          confidence: Math.round(Math.min(confidence, p[best]) * 100) / 100,
          reasons: [...rules.reasons, because(scores, best, p[best])],
          otherCategory: null,
          suggestedRegime: best,
        };
      }
    }
    return rules;
  }

  const unsureNonRequest =
    confidence <= 0.75 &&
    (kind === "followup" ||
      (kind === "other" &&
        (rules.otherCategory === "no_request" || rules.otherCategory === "courtesy")));
  if (unsureNonRequest) {
    const instead: MessageKind = kind === "followup" ? "other" : "followup";
    if (p[instead] >= 0.8) {
      return {
        kind: instead,
        confidence: Math.round(Math.min(0.75, p[instead]) * 100) / 100,
        reasons: [because(scores, instead, p[instead]), ...rules.reasons],
        otherCategory: instead === "other" ? "no_request" : null,
        suggestedRegime: null,
      };
    }
  }
  return rules;
}
