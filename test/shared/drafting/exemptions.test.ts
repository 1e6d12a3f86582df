/** The exemptions catalogue is a table of the law; these checks keep it consistent (foi-rules R7, R15, R18). */
import { exemptions, findExemption, lawOfExemptionId } from "../../../src/shared/drafting";

const all = [...exemptions.values()];

describe("exemptions catalogue", () => {
  test("ids are unique and each id's shape matches its law", () => {
    expect(new Set(all.map((entry) => entry.id)).size).toBe(all.length);
    for (const entry of all) expect(lawOfExemptionId(entry.id)).toBe(entry.law);
  });

  test("covers FOIA ss21–44, EIR regs 12(4), 12(5) and 13, and the main FOISA exemptions", () => {
    const sections = new Set(
      all
        .filter((entry) => entry.law === "foi")
        .map((entry) => entry.provision.replace(/\(.*$/, "")),
    );
    for (const section of [
      21, 22, 23, 24, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44,
    ]) {
      expect(sections).toContain(String(section));
    }
    for (const limb of ["a", "b", "c", "d", "e"])
      expect(findExemption(`reg12(4)(${limb})`)).toBeDefined();
    for (const limb of ["a", "b", "c", "d", "e", "f", "g"])
      expect(findExemption(`reg12(5)(${limb})`)).toBeDefined();
    expect(findExemption("reg13")).toBeDefined();
    expect(findExemption("foisa-s38(1)(b)")?.title.en).toMatch(/personal/i);
  });

  test("absolute exemptions are those in FOIA s2(3) (R7)", () => {
    const absolute = all
      .filter((entry) => entry.law === "foi" && entry.kind === "absolute")
      .map((entry) => entry.id);
    expect(absolute.sort()).toEqual(
      [
        "s21",
        "s23(1)",
        "s32",
        "s34(1)",
        "s37(1)(a)",
        "s40(1)",
        "s40(2)",
        "s41(1)",
        "s44(1)",
      ].sort(),
    );
    expect(findExemption("s43(2)")).toMatchObject({
      kind: "qualified",
      basis: "prejudice",
      publicInterestTest: true,
    });
    expect(findExemption("s42(1)")).toMatchObject({ kind: "qualified", basis: "class" });
  });

  test("every qualified exemption needs a public interest test except 'not held' under the EIR and EISRs, and no absolute one does", () => {
    for (const entry of all) {
      if (entry.kind === "absolute") expect(entry.publicInterestTest).toBe(false);
      else if (!["reg12(4)(a)", "eisr-reg10(4)(a)"].includes(entry.id))
        expect(entry.publicInterestTest).toBe(true);
    }
  });

  test("s21 and FOISA s25 have no neither-confirm-nor-deny limb", () => {
    expect(findExemption("s21")?.ncnd).toBe(false);
    expect(findExemption("foisa-s25(1)")?.ncnd).toBe(false);
    expect(findExemption("s40(2)")?.ncnd).toBe(true);
  });

  test("every entry has Welsh and English titles, guidance and a skeleton with blanks to fill", () => {
    for (const entry of all) {
      expect(entry.title.en.length).toBeGreaterThan(3);
      expect(entry.title.cy.length).toBeGreaterThan(3);
      expect(entry.guidance.length).toBeGreaterThan(30);
      expect(entry.skeleton).toMatch(/\[.+\]/);
    }
  });

  test("Scottish equivalents point at FOISA entries that exist", () => {
    for (const entry of all) {
      if (entry.scottishEquivalent)
        expect(findExemption(entry.scottishEquivalent)?.law).toBe("foisa");
    }
  });

  test("a short id resolves only when unambiguous", () => {
    expect(findExemption("s21")?.id).toBe("s21");
    expect(findExemption("s38")?.id).toBe("s38(1)");
    expect(findExemption("s43")).toBeUndefined();
  });
});
