/**
 * The trained second opinion: what it reads, how it scores, and when it may overrule the rules.
 * Hand-made miniature models keep these tests about the policy, not about the shipped weights.
 */
import type { Classification } from "../../../src/shared/recognise";
import {
  modelFeatures,
  modelKinds,
  scoreKinds,
  type KindModel,
  type ModelInput,
} from "../../../src/shared/recognise/kindModel";
import shipped from "../../../src/shared/recognise/kindModel.json";
import { recogniseMessage } from "../../../src/shared/recognise/recogniseMessage";
import { secondOpinion } from "../../../src/shared/recognise/secondOpinion";
import { emptyMessage, type MailMessage } from "../../../src/shared/recognise/mailMessage";

const input = (main: string, extra: Partial<ModelInput> = {}): ModelInput => ({
  subject: "Question",
  main,
  quoted: "",
  fromAddress: "sam.jones@example.org",
  viaWhatDoTheyKnow: false,
  forwarded: false,
  hasReferences: false,
  questionCount: 0,
  ownDomains: ["kingsmere.gov.uk"],
  ...extra,
});

// Order of modelKinds: foi, eir, sar, internal_review, followup, other.
function model(weights: Record<string, number[]>): KindModel {
  return { kinds: modelKinds, bias: [0, 0, 0, 0, 0, 0], weights };
}

const rules = (
  kind: Classification["kind"],
  confidence: number,
  extra: Partial<Classification> = {},
): Classification => ({
  kind,
  confidence,
  reasons: ["asks for information: 'please send'"],
  otherCategory: kind === "other" ? "no_request" : null,
  suggestedRegime: kind === "foi" || kind === "eir" || kind === "sar" ? kind : null,
  ...extra,
});

describe("modelFeatures", () => {
  it("reads words, word pairs, the subject and the envelope, ignoring case and numbers", () => {
    const features = modelFeatures(
      input("Please send the 2024 Bathing Water results", {
        subject: "Re: Sampling",
        quoted: "> earlier",
        viaWhatDoTheyKnow: true,
        fromAddress: "x@kingsmere.gov.uk",
      }),
    );
    expect(features).toEqual(
      expect.arrayContaining([
        "bathing",
        "bathing water",
        "the #",
        "subject:sampling",
        "@reply-subject",
        "@quotes-earlier-mail",
        "@whatdotheyknow",
        "@own-domain",
      ]),
    );
    expect(features).not.toContain("the");
  });

  it("reads only the start of a huge message, so a 1 MB body costs no more than a page", () => {
    const huge = "word ".repeat(200_000);
    expect(modelFeatures(input(huge)).length).toBeLessThan(20);
  });
});

describe("scoreKinds", () => {
  const tiny = model({ bathing: [0, 3, 0, 0, 0, 0], thanks: [0, 0, 0, 0, 2, 0] });

  it("gives probabilities that add up to one and picks the likeliest kind", () => {
    const scores = scoreKinds(["bathing", "unknown"], tiny);
    const total = Object.values(scores.probabilities).reduce((sum, p) => sum + p, 0);
    expect(total).toBeCloseTo(1, 10);
    expect(scores.best).toBe("eir");
  });

  it("names the words that pushed towards a kind", () => {
    expect(scoreKinds(["bathing", "thanks"], tiny).evidence("eir")).toEqual(["'bathing'"]);
    expect(scoreKinds(["bathing", "thanks"], tiny).evidence("followup")).toEqual(["'thanks'"]);
  });
});

describe("secondOpinion", () => {
  const readsAsOther = scoreKinds(["advert"], model({ advert: [0, 0, 0, 0, 0, 5] }));
  const readsAsEir = scoreKinds(["water"], model({ water: [0, 4, 0, 0, 0, 0] }));
  const leansOther = scoreKinds(["meh"], model({ meh: [0, 0, 0, 0, 0, 2.8] }));

  it("turns an unsure possible request that reads strongly as ordinary mail into other, saying so", () => {
    const answer = secondOpinion(rules("foi", 0.5), readsAsOther);
    expect(answer.kind).toBe("other");
    expect(answer.reasons.join(" ")).toMatch(
      /reads like mail that asks for no recorded information .*'advert'/,
    );
    expect(answer.reasons.join(" ")).toMatch(/please check/);
  });

  it("needs more certainty to overrule a request the rules were sure of", () => {
    // p(other) here is about 0.77: enough against an unsure rule, not against a sure one.
    expect(secondOpinion(rules("foi", 0.7), leansOther).kind).toBe("other");
    expect(secondOpinion(rules("foi", 0.95), leansOther).kind).toBe("foi");
  });

  it("never touches an internal review or mail the rules put aside on hard evidence", () => {
    expect(secondOpinion(rules("internal_review", 0.75), readsAsOther).kind).toBe(
      "internal_review",
    );
    const phishing = rules("other", 0.93, { otherCategory: "phishing" });
    expect(secondOpinion(phishing, readsAsEir)).toBe(phishing);
  });

  it("moves a request from FOI to EIR when the words are environmental", () => {
    const answer = secondOpinion(rules("foi", 0.7), readsAsEir);
    expect(answer.kind).toBe("eir");
    expect(answer.suggestedRegime).toBe("eir");
    expect(answer.reasons.at(-1)).toMatch(/environmental information/);
  });

  it("keeps EIR or SAR chosen by the rules, and a regime the sender named", () => {
    const readsAsFoi = scoreKinds(["x"], model({ x: [5, 0, 0, 0, 0, 0] }));
    expect(secondOpinion(rules("eir", 0.8), readsAsFoi).kind).toBe("eir");
    expect(secondOpinion(rules("sar", 0.85), readsAsFoi).kind).toBe("sar");
    const readsAsSar = scoreKinds(["x"], model({ x: [0, 0, 5, 0, 0, 0] }));
    expect(secondOpinion(rules("eir", 0.95, { regimeNamed: true }), readsAsSar).kind).toBe("eir");
  });

  it("settles an unsure follow-up or ordinary mail by the model only when it is confident", () => {
    const readsAsFollowup = scoreKinds(["x"], model({ x: [0, 0, 0, 0, 5, 0] }));
    expect(secondOpinion(rules("other", 0.7), readsAsFollowup).kind).toBe("followup");
    expect(secondOpinion(rules("followup", 0.75), readsAsOther).kind).toBe("other");
    expect(secondOpinion(rules("followup", 0.9), readsAsOther).kind).toBe("followup");
    expect(secondOpinion(rules("other", 0.7), leansOther).kind).toBe("other");
  });
});

describe("the shipped model", () => {
  const weights = shipped as unknown as KindModel;

  it("has one weight per kind for every feature", () => {
    expect(weights.kinds).toEqual(modelKinds);
    expect(weights.bias).toHaveLength(modelKinds.length);
    const rows = Object.values(weights.weights);
    expect(rows.length).toBeGreaterThan(500);
    expect(rows.every((row) => row.length === modelKinds.length)).toBe(true);
  });

  it("can be switched off, leaving the rules' answer", () => {
    const message: MailMessage = {
      ...emptyMessage(),
      subject: "Bins",
      from: { name: "Sam Jones", address: "sam.jones@example.org" },
      to: [{ name: "", address: "foi@kingsmere.gov.uk" }],
      text: "Dear council,\n\nPlease could you send me your figures for missed bin collections in 2025.\n\nSam Jones",
    };
    const withModel = recogniseMessage(message);
    const rulesOnly = recogniseMessage(message, { model: null });
    expect(rulesOnly.reasons.join(" ")).not.toMatch(/trained model/);
    expect(withModel.kind).toBe("foi");
  });
});
