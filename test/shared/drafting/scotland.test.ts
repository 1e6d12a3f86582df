/**
 * A Scottish council answers under FOISA: the Scottish Information Commissioner (s47), review
 * under s20 answered within 20 working days (s21), FOISA section numbers (foi-rules R18).
 */
import { draftLetter, type DraftRequest, type LetterId } from "../../../src/shared/drafting";
import { foiCase, letterDate, scenario, strathbrae } from "./draftFixtures";

function draft(templateId: LetterId, overrides: Partial<DraftRequest> = {}) {
  const result = draftLetter({
    templateId,
    ...scenario(templateId),
    settings: strathbrae,
    letterDate,
    ...overrides,
  });
  if (!result.ok) throw new Error(result.problem.message);
  return result.value;
}

const scottishRefusal = {
  exemptions: ["foisa-s33(1)(b)", "foisa-s38(1)(b)"],
  reasons: {
    "foisa-s33(1)(b)": {
      reason: "Unit rates would substantially prejudice the supplier's position at re-tender.",
      publicInterestFor: "Accountability for spending.",
      publicInterestAgainst: "Fair competition at re-tender.",
      balance: "The total value is published; unit rates would cause substantial harm.",
    },
    "foisa-s38(1)(b)": { reason: "Staff names are personal data whose release would be unfair." },
  },
};

describe("FOISA letters for a Scottish council", () => {
  test("a case registered as FOI is answered under FOISA because the regime follows the authority", () => {
    expect(draft("acknowledgement").law).toBe("foisa");
    expect(draft("acknowledgement").text).toContain("Freedom of Information (Scotland) Act 2002");
  });

  test("refusal notice: s16, FOISA exemptions, review under s20 within 20 working days, the Scottish Information Commissioner under s47", () => {
    const value = draft("refusal-notice", { inputs: scottishRefusal });
    expect(value.issues.filter((issue) => issue.severity === "missing")).toEqual([]);
    expect(value.text).toContain("refusal notice under section 16 of the Act");
    expect(value.text).toContain(
      "Section 33(1)(b) of the Freedom of Information (Scotland) Act 2002",
    );
    expect(value.text).toContain("section 20 of the Act");
    expect(value.text).toContain("within 20 working days of receiving your request for a review");
    expect(value.text).toContain(
      "Scottish Information Commissioner for a decision under section 47",
    );
    expect(value.text).toContain("within six months");
    expect(value.text).not.toContain("Information Commissioner's Office");
  });

  test("cost limit: £600 at £15 an hour is 40 hours (FOISA s12)", () => {
    expect(draft("cost-limit-refusal").text).toContain("£600, which equals 40 hours");
  });

  test("FOIA exemption ids in a FOISA letter are flagged", () => {
    const value = draft("refusal-notice");
    expect(value.issues.filter((issue) => issue.code === "lawMismatch").length).toBeGreaterThan(0);
  });

  test("there is no public interest extension under FOISA", () => {
    const value = draft("pit-extension", {
      foiCase: foiCase(),
      inputs: {
        exemptions: ["foisa-s33(1)(b)"],
        reasons: { "foisa-s33(1)(b)": { reason: "Unit rates would harm the re-tender." } },
        estimatedDecisionDate: "2026-12-21" as never,
      },
    });
    expect(value.complete).toBe(false);
    expect(value.issues.map((issue) => issue.code)).toContain("lawMismatch");
  });
});

test("an environmental request to a Scottish council is refused under the EISRs with reg 10 exceptions and a reg 16 review", () => {
  const base = scenario("eir-refusal");
  const value = draft("eir-refusal", {
    foiCase: { ...base.foiCase, regime: "eir" },
    inputs: {
      exemptions: ["eisr-reg10(5)(e)"],
      reasons: {
        "eisr-reg10(5)(e)": {
          reason: "The tender prices are confidential by contract and law.",
          publicInterestFor: "Openness about the flood scheme's cost.",
          publicInterestAgainst: "Substantial prejudice to the bidders' economic interests.",
          balance: "The total cost is published; the unit prices would cause substantial harm.",
        },
      },
    },
  });
  expect(value.law).toBe("eisr");
  expect(value.issues.filter((issue) => issue.severity === "missing")).toEqual([]);
  expect(value.text).toContain(
    "Regulation 10(5)(e) of the Environmental Information (Scotland) Regulations 2004",
  );
  expect(value.text).toContain(
    "Under regulation 10(2) of the Regulations we must apply a presumption in favour of disclosure",
  );
  expect(value.text).toContain("review, under regulation 16");
  expect(value.text).toContain("Scottish Information Commissioner");
});
