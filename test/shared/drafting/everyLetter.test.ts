/**
 * Every letter renders for a realistic case in English, Welsh and bilingual form, contains what
 * the law requires, and fits Outlook's reply form; and each required part, when missing, is flagged.
 */
import {
  draftLetter,
  letterIds,
  outlookReplyFormLimitBytes,
  type Draft,
  type DraftRequest,
  type LetterId,
  type OutputLanguage,
} from "../../../src/shared/drafting";
import type { IsoDate } from "../../../src/shared/deadlines";
import { foiCase, glanmorfa, kingsmere, letterDate, scenario } from "./draftFixtures";

function draft(request: Partial<DraftRequest> & { templateId: LetterId }): Draft {
  const { foiCase: testCase, inputs } = scenario(request.templateId);
  const result = draftLetter({
    foiCase: testCase,
    inputs,
    settings: kingsmere,
    letterDate,
    ...request,
  });
  if (!result.ok) throw new Error(`${request.templateId}: ${result.problem.message}`);
  return result.value;
}

const missingCodes = (value: Draft) =>
  value.issues.filter((issue) => issue.severity === "missing").map((issue) => issue.code);

describe("every letter renders completely for a realistic case", () => {
  const languages: OutputLanguage[] = ["en", "cy", "bilingual"];
  const rows = letterIds.flatMap((id) => languages.map((language) => [id, language] as const));

  test.each(rows)(
    "%s in %s has no missing parts and fits Outlook's 32 KB reply form",
    (templateId, language) => {
      const value = draft({
        templateId,
        language,
        settings: language === "en" ? kingsmere : glanmorfa,
      });
      expect(value.issues.filter((issue) => issue.severity === "missing")).toEqual([]);
      expect(value.complete).toBe(true);
      expect(value.htmlBytes).toBeLessThanOrEqual(outlookReplyFormLimitBytes);
      expect(value.text).toContain(scenario(templateId).foiCase.reference);
      expect(value.subject.length).toBeGreaterThan(0);
    },
  );

  test("a bilingual letter puts Welsh first, then English (Welsh Language Standards)", () => {
    const value = draft({
      templateId: "acknowledgement",
      language: "bilingual",
      settings: glanmorfa,
    });
    expect(value.document.sections.map((section) => section.language)).toEqual(["cy", "en"]);
    expect(value.text.indexOf("Annwyl")).toBeLessThan(value.text.indexOf("Dear"));
    expect(value.document.letterhead.councilName).toBe(
      "Cyngor Sir Glanmorfa / Glanmorfa County Council",
    );
  });

  test("Welsh correspondence is answered in Welsh by default (R20)", () => {
    const welshCase = foiCase({ requester: { ...foiCase().requester, language: "cy" } });
    const result = draftLetter({
      templateId: "acknowledgement",
      foiCase: welshCase,
      settings: glanmorfa,
      letterDate,
    });
    expect(result.ok && result.value.language).toBe("cy");
    expect(result.ok && result.value.text).toContain(
      "Ni fydd gohebu â ni yn Gymraeg yn arwain at unrhyw oedi",
    );
  });
});

describe("what each letter must say", () => {
  test("acknowledgement gives the reference, date of receipt, due date and what happens next", () => {
    const { text } = draft({ templateId: "acknowledgement" });
    expect(text).toContain("FOI/2026/0417");
    expect(text).toContain("received on 26 Oct 2026");
    expect(text).toContain("no later than 23 Nov 2026");
    expect(text).toContain("What happens next");
  });

  test("clarification cites s1(3) and says the clock stops until the reply arrives", () => {
    const { text } = draft({ templateId: "clarification" });
    expect(text).toContain("section 1(3) of the Freedom of Information Act 2000");
    expect(text).toContain("The clock stops");
    expect(text).toContain("- Which services you mean by 'data-matching'.");
  });

  test("fees notice (s9) gives the amount and three months to pay, beginning with the day of the notice", () => {
    const { text } = draft({ templateId: "fees-notice" });
    expect(text).toContain("£23.50");
    expect(text).toContain("section 9 of the Freedom of Information Act 2000");
    // Notice given Mon 23 Nov 2026: three months beginning that day end on Mon 22 Feb 2027.
    expect(text).toContain("Please pay by 22 Feb 2027");
  });

  test("transfer gives the other authority's contact details and does not transfer without consent (R10)", () => {
    const { text } = draft({ templateId: "transfer" });
    expect(text).toContain("Kingsmere Shire County Council");
    expect(text).toContain("foi@kingsmereshire.gov.uk");
    expect(text).toContain("(questions 2 and 3)");
    expect(text).toContain("only transfer requests with the requester's permission");
  });

  test("public interest extension cites s17(2) and s10(3) and gives the estimated decision date", () => {
    const { text } = draft({ templateId: "pit-extension" });
    expect(text).toContain("section 17(2) of the Act");
    expect(text).toContain("section 10(3) of the Act");
    expect(text).toContain("by 21 Dec 2026");
    expect(text).toContain("Section 43(2)");
    expect(text).toContain("section 50 of the Freedom of Information Act 2000");
  });

  test("cost limit refusal (s12) states the £450 limit, the estimate and advice on narrowing (s16)", () => {
    const { text } = draft({ templateId: "cost-limit-refusal" });
    expect(text).toContain("£450, which equals 18 hours");
    expect(text).toContain("about 46 hours");
    expect(text).toContain("section 12 of the Act");
    expect(text).toContain("How you could narrow your request");
    expect(text).toContain("since 1 April 2024");
  });

  test("repeated request refusal cites s14(2) and the earlier request", () => {
    const { text } = draft({ templateId: "vexatious-refusal" });
    expect(text).toContain("section 14(2) of the Act");
    expect(text).toContain("FOI/2026/0311");
    expect(text).toContain("refusal notice under section 17 of the Act");
  });

  test("neither confirm nor deny says so and gives the public interest in not confirming", () => {
    const { text } = draft({ templateId: "ncnd" });
    expect(text).toContain("neither confirm nor deny");
    expect(text).toContain("Section 31(1) of the Freedom of Information Act 2000: Law enforcement");
    expect(text).toContain("In favour of withholding: Protecting investigations");
  });

  test("EIR refusal names regulation 12 and 13 exceptions, the reg 12(2) presumption and reconsideration within 40 working days (reg 11)", () => {
    const { text } = draft({ templateId: "eir-refusal" });
    expect(text).toContain(
      "Under regulation 12(2) of the Regulations we must apply a presumption in favour of disclosure",
    );
    expect(text).toContain(
      "Regulation 12(4)(e) of the Environmental Information Regulations 2004: Internal communications",
    );
    expect(text).toContain(
      "Regulation 13 of the Environmental Information Regulations 2004: Personal data",
    );
    expect(text).toContain("reconsideration, under regulation 11");
    expect(text).toContain("within 40 working days");
    expect(text).toContain("as applied by regulation 18");
  });

  test("EIR extension gives the extended date (reg 7)", () => {
    const { text } = draft({ templateId: "eir-extension" });
    expect(text).toContain("regulation 7(1) of the Regulations");
    expect(text).toContain("by 21 Dec 2026");
  });

  test("subject access acknowledgement gives the one-month due date (UK GDPR Art 12(3))", () => {
    const { text } = draft({ templateId: "sar-acknowledgement" });
    expect(text).toContain("Article 15 of the UK GDPR");
    expect(text).toContain("by 26 Nov 2026 at the latest");
    expect(text).toContain("two further months");
  });

  test("internal review outcome gives the decision and the right to go to the Commissioner", () => {
    const { text } = draft({ templateId: "internal-review-outcome" });
    expect(text).toContain("upheld the original decision in part");
    expect(text).toContain("schedule 2");
    expect(text).toContain("Information Commissioner for a decision under section 50");
  });
});

describe("a missing required part is flagged", () => {
  const base = (id: LetterId) => scenario(id);
  const cases: [string, LetterId, (s: ReturnType<typeof base>) => void, string][] = [
    [
      "acknowledgement without a due date (clock stopped)",
      "acknowledgement",
      (s) => void (s.foiCase.dueDate = null),
      "dueDate",
    ],
    [
      "clarification without saying what is needed",
      "clarification",
      (s) => delete s.inputs.clarificationNeeded,
      "clarificationDetails",
    ],
    [
      "advice and assistance without advice",
      "advice-assistance",
      (s) => delete s.inputs.advice,
      "advice",
    ],
    ["fees notice without a fee", "fees-notice", (s) => delete s.foiCase.fee, "feeAmount"],
    [
      "transfer without the other authority's contact details",
      "transfer",
      (s) => void (s.inputs.transfer = { authorityName: "Kingsmere Shire County Council" }),
      "transferAuthority",
    ],
    [
      "extension without an estimated date",
      "pit-extension",
      (s) => delete s.inputs.estimatedDecisionDate,
      "estimatedDecisionDate",
    ],
    [
      "extension for an absolute exemption",
      "pit-extension",
      (s) => void (s.inputs.exemptions = ["s40(2)"]),
      "estimatedDecisionDate",
    ],
    [
      "EIR extension without an extended date",
      "eir-extension",
      (s) => delete s.foiCase.extendedDueDate,
      "extendedDueDate",
    ],
    [
      "refusal without reasons",
      "refusal-notice",
      (s) => delete s.inputs.reasons,
      "exemptionReasons",
    ],
    [
      "refusal without any exemption",
      "refusal-notice",
      (s) => void (s.inputs.exemptions = []),
      "exemptionsNamed",
    ],
    [
      "cost refusal without an estimate",
      "cost-limit-refusal",
      (s) => delete s.inputs.costEstimateHours,
      "costLimit",
    ],
    [
      "cost refusal without advice on narrowing",
      "cost-limit-refusal",
      (s) => delete s.inputs.advice,
      "advice",
    ],
    [
      "repeated request without the earlier reference",
      "vexatious-refusal",
      (s) => void (s.inputs.vexatious = { ground: "repeated" }),
      "vexatiousGround",
    ],
    [
      "NCND relying on s21, which has no NCND limb",
      "ncnd",
      (s) => void (s.inputs.exemptions = ["s21"]),
      "ncndAvailable",
    ],
    [
      "final response with an unanswered question",
      "final-response",
      (s) => void (s.foiCase.questions[3]!.outcome = "pending"),
      "questionsAnswered",
    ],
    [
      "final response citing s21 without a link",
      "final-response",
      (s) => delete s.foiCase.questions[2]!.publishedUrl,
      "questionsAnswered",
    ],
    [
      "internal review without a decision",
      "internal-review-outcome",
      (s) => delete s.inputs.review,
      "reviewDecision",
    ],
    [
      "unknown exemption id",
      "refusal-notice",
      (s) => void (s.inputs.exemptions = ["s99"]),
      "unknownExemption",
    ],
  ];

  test.each(cases)("%s", (_name, templateId, spoil, code) => {
    const s = structuredClone(base(templateId));
    spoil(s);
    const value = draft({ templateId, foiCase: s.foiCase, inputs: s.inputs });
    expect(missingCodes(value)).toContain(code);
    expect(value.complete).toBe(false);
  });

  test("a qualified exemption without a public interest test is flagged; an absolute one is not (FOIA s17(3))", () => {
    const s = structuredClone(base("refusal-notice"));
    s.inputs.reasons = {
      "s43(2)": { reason: "Unit rates would help competitors." },
      "s40(2)": { reason: "Staff names are personal data." },
    };
    const value = draft({ templateId: "refusal-notice", foiCase: s.foiCase, inputs: s.inputs });
    const pit = value.issues.filter((issue) => issue.code === "publicInterestTest");
    expect(pit.map((issue) => issue.message)).toEqual([
      expect.stringContaining("s43(2) is qualified"),
    ]);
  });

  test("a reason withheld under s17(4) is not flagged as missing", () => {
    const s = structuredClone(base("refusal-notice"));
    s.inputs.reasons = { ...s.inputs.reasons, "s40(2)": { reasonWithheld: true } };
    const value = draft({ templateId: "refusal-notice", foiCase: s.foiCase, inputs: s.inputs });
    expect(missingCodes(value)).not.toContain("exemptionReasons");
    expect(value.text).toContain("the explanation would itself reveal information that is exempt");
  });

  test("letters that do not exist under a law are flagged: no s12 cost refusal under the EIR (use reg 12(4)(b))", () => {
    const s = base("cost-limit-refusal");
    const value = draft({
      templateId: "cost-limit-refusal",
      foiCase: { ...s.foiCase, regime: "eir" },
      inputs: s.inputs,
    });
    const issue = value.issues.find((each) => each.code === "lawMismatch");
    expect(issue?.message).toContain("12(4)(b)");
  });

  test("a public interest decision estimated before the normal due date is warned about", () => {
    const s = base("pit-extension");
    const value = draft({
      templateId: "pit-extension",
      foiCase: s.foiCase,
      inputs: { ...s.inputs, estimatedDecisionDate: "2026-11-20" as IsoDate },
    });
    expect(
      value.issues.some(
        (issue) => issue.code === "estimatedDecisionDate" && issue.severity === "warning",
      ),
    ).toBe(true);
  });
});

test("a neither-confirm-nor-deny public interest test weighs confirming, not releasing", () => {
  const { foiCase: testCase, inputs } = scenario("ncnd");
  const result = draftLetter({
    templateId: "ncnd",
    foiCase: testCase,
    inputs,
    settings: kingsmere,
    letterDate,
  });
  expect(result.ok && result.value.text).toContain(
    "the public interest in neither confirming nor denying",
  );
});

test("a public interest decision estimated more than 20 working days after the due date is warned about (R5)", () => {
  const s = scenario("pit-extension");
  const result = draftLetter({
    templateId: "pit-extension",
    foiCase: s.foiCase,
    inputs: { ...s.inputs, estimatedDecisionDate: "2027-01-29" as IsoDate },
    settings: kingsmere,
    letterDate,
  });
  const warnings = result.ok
    ? result.value.issues.filter((issue) => issue.severity === "warning")
    : [];
  expect(warnings.map((issue) => issue.message)).toEqual([
    expect.stringContaining("more than 20 working days"),
  ]);
  // Due Mon 23 Nov 2026; 20 more working days (St Andrew's Day, Mon 30 Nov, does not count) end Tue 22 Dec.
  const onTheLimit = draftLetter({
    templateId: "pit-extension",
    foiCase: s.foiCase,
    inputs: { ...s.inputs, estimatedDecisionDate: "2026-12-22" as IsoDate },
    settings: kingsmere,
    letterDate,
  });
  expect(onTheLimit.ok && onTheLimit.value.issues).toEqual([]);
});

test("under the EIR, information not held is an exception under regulation 12(4)(a)", () => {
  const { foiCase: testCase, inputs } = scenario("final-response");
  const result = draftLetter({
    templateId: "final-response",
    foiCase: {
      ...testCase,
      regime: "eir",
      kind: "eir",
      questions: testCase.questions.filter((q) => q.number !== 3),
    },
    inputs,
    settings: kingsmere,
    letterDate,
  });
  expect(result.ok && result.value.text).toContain(
    "We do not hold this information. This is an exception under regulation 12(4)(a) of the Regulations.",
  );
});

test("an email body over Outlook's 32 KB reply form limit is reported, with the Word letter as the way out", () => {
  const { foiCase: testCase, inputs } = scenario("final-response");
  const questions = Array.from({ length: 60 }, (_, index) => ({
    number: index + 1,
    text: `Spending on budget line ${index + 1} in each year since 2019, by department.`,
    outcome: "provided" as const,
    exemptions: [],
    answer: `Budget line ${index + 1}: `.padEnd(400, "£1,000; "),
  }));
  const result = draftLetter({
    templateId: "final-response",
    foiCase: { ...testCase, questions },
    inputs,
    settings: kingsmere,
    letterDate,
    language: "en",
  });
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.value.htmlBytes).toBeGreaterThan(outlookReplyFormLimitBytes);
  expect(result.value.fitsOutlookReplyForm).toBe(false);
  expect(result.value.issues).toContainEqual(
    expect.objectContaining({
      code: "htmlTooLarge",
      message: expect.stringContaining("attach the Word letter"),
    }),
  );
});
