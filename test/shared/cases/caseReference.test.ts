import {
  checkReferenceFormat,
  formatReference,
  referenceScope,
  sequenceInScope,
} from "../../../src/shared/cases/caseReference";

describe("case references in the council's format", () => {
  test.each([
    ["FOI/{YYYY}/{SEQ:4}", 2026, 42, "foi", "FOI/2026/0042"],
    ["{KIND}-{YY}-{SEQ:3}", 2026, 7, "eir", "EIR-26-007"],
    ["{KIND}/{YYYY}/{SEQ:5}", 2027, 123, "internal_review", "IR/2027/00123"],
  ] as const)("%s for %i, number %i, %s gives %s", (format, year, sequence, kind, expected) => {
    expect(formatReference(format, { year, sequence, kind })).toBe(expected);
  });

  test("numbers run per year, and per kind only when the format shows the kind", () => {
    expect(referenceScope("FOI/{YYYY}/{SEQ:4}", { year: 2026, kind: "eir" })).toBe(
      referenceScope("FOI/{YYYY}/{SEQ:4}", { year: 2026, kind: "foi" }),
    );
    expect(referenceScope("{KIND}/{YYYY}/{SEQ:4}", { year: 2026, kind: "eir" })).not.toBe(
      referenceScope("{KIND}/{YYYY}/{SEQ:4}", { year: 2026, kind: "foi" }),
    );
  });

  test("a format without a year, a sequence or with an unknown token is refused with a reason", () => {
    expect(checkReferenceFormat("FOI/{SEQ:4}")).toEqual({
      ok: false,
      problem: expect.stringMatching(/year/),
    });
    expect(checkReferenceFormat("FOI/{YYYY}")).toEqual({
      ok: false,
      problem: expect.stringMatching(/sequence/),
    });
    expect(checkReferenceFormat("FOI/{YYYY}/{SEQ:4}/{DEPT}")).toEqual({
      ok: false,
      problem: expect.stringMatching(/DEPT/),
    });
    expect(checkReferenceFormat("FOI/{YYYY}/{SEQ:4}")).toEqual({ ok: true, value: { digits: 4 } });
  });

  test("an imported reference's number is read back from its scope, so numbering continues after it", () => {
    expect(sequenceInScope("FOI/2026/{SEQ:4}", "FOI/2026/0042")).toBe(42);
    expect(sequenceInScope("FOI/2026/{SEQ:4}", "FOI/2025/0042")).toBeUndefined();
  });
});
