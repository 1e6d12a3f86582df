/**
 * The words and section numbers a letter needs for each access regime, as data. The regime follows
 * the authority, not the requester: a Scottish council answers under FOISA (foi-rules R18).
 * Sources: FOIA 2000 ss1, 9, 12, 14, 16, 17, 50; EIR 2004 regs 7, 8, 9, 11, 14, 18; FOISA 2002
 * ss1, 9, 12, 14, 15, 16, 18, 20, 21, 47; EIR (Scotland) 2004 regs 9, 13, 16, 17; UK GDPR Arts 12, 15.
 */
import type { Division, Regime } from "../deadlines";
import type { Bilingual } from "./bilingual";

/** The family of law a letter is written under. */
export type LetterLaw = "foi" | "eir" | "foisa" | "eisr" | "sar";

export interface RegimeTerms {
  law: LetterLaw;
  act: Bilingual;
  /** The Act's name after a preposition: in Welsh soft-mutated ("o dan Ddeddf …"); in English, as `act`. */
  actMutated: Bilingual;
  /** "of the Act" / "o'r Ddeddf", or for regulations "of the Regulations" / "o'r Rheoliadau". */
  ofTheAct: Bilingual;
  /** "exemption" under the Acts, "exception" under the Regulations. */
  exemptionWord: Bilingual;
  exemptionWordPlural: Bilingual;
  /** Where "reasonably accessible by other means" comes from (FOIA s21, FOISA s25, EIR reg 6(1)(b)). */
  otherwiseAccessible: Bilingual;
  /** The exception for information not held, where "not held" is itself an exception (EIR reg 12(4)(a)). */
  notHeld?: Bilingual;
  /** The presumption in favour of disclosure, where the law states one (EIR reg 12(2)). */
  presumption?: Bilingual;
  /** Staff time in pounds an hour for the cost limit (FOIA £25, FOISA £15), where there is a fixed limit. */
  costRatePounds?: number;
  /** Short name for the law, e.g. "FOIA". */
  shortName: Bilingual;
  /** How provisions are cited: "section" or "regulation". */
  provisionWord: Bilingual;
  clarification: Bilingual;
  advice: Bilingual;
  fees: Bilingual;
  costLimit: Bilingual;
  vexatious: Bilingual;
  refusalNotice: Bilingual;
  /** Where a neither-confirm-nor-deny response comes from. */
  ncnd: Bilingual;
  /** Whether a public interest extension exists (FOIA s10(3)); FOISA has none. */
  publicInterestExtension: boolean;
  review: {
    name: Bilingual;
    /** The provision, or the Code of Practice where the review is not statutory. */
    basis: Bilingual;
    askWithinWorkingDays: number;
    replyWithinWorkingDays: number;
  };
  commissioner: {
    name: Bilingual;
    /** The provision that gives the right to complain. */
    provision: Bilingual;
    address: Bilingual;
    website: string;
    /** A time limit for applying, where the law sets one. */
    timeLimit?: Bilingual;
  };
}

const ico = {
  name: { en: "Information Commissioner", cy: "Comisiynydd Gwybodaeth" },
  address: {
    en: "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF",
    cy: "Swyddfa'r Comisiynydd Gwybodaeth – Cymru, 2il Lawr, Tŷ Churchill, Ffordd Churchill, Caerdydd CF10 2HH",
  },
  website: "https://ico.org.uk/make-a-complaint/",
};

const osic = {
  name: { en: "Scottish Information Commissioner", cy: "Comisiynydd Gwybodaeth yr Alban" },
  address: {
    en: "Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS",
    cy: "Comisiynydd Gwybodaeth yr Alban, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS",
  },
  website: "https://www.foi.scot/appeal",
  timeLimit: {
    en: "within six months of receiving our review response",
    cy: "cyn pen chwe mis ar ôl cael ymateb ein hadolygiad",
  },
};

const s = (en: string): Bilingual => ({ en: `section ${en}`, cy: `adran ${en}` });
const r = (en: string): Bilingual => ({ en: `regulation ${en}`, cy: `rheoliad ${en}` });

/** The terms for each law. */
export const regimeTerms: Readonly<Record<LetterLaw, RegimeTerms>> = {
  foi: {
    law: "foi",
    actMutated: { en: "Freedom of Information Act 2000", cy: "Ddeddf Rhyddid Gwybodaeth 2000" },
    ofTheAct: { en: "of the Act", cy: "o'r Ddeddf" },
    exemptionWord: { en: "exemption", cy: "esemptiad" },
    exemptionWordPlural: { en: "exemptions", cy: "esemptiadau" },
    otherwiseAccessible: s("21"),
    costRatePounds: 25,
    act: { en: "Freedom of Information Act 2000", cy: "Deddf Rhyddid Gwybodaeth 2000" },
    shortName: { en: "FOIA", cy: "DRhG" },
    provisionWord: { en: "section", cy: "adran" },
    clarification: s("1(3)"),
    advice: s("16"),
    fees: s("9"),
    costLimit: s("12"),
    vexatious: s("14"),
    refusalNotice: s("17"),
    ncnd: s("17(1)"),
    publicInterestExtension: true,
    review: {
      name: { en: "internal review", cy: "adolygiad mewnol" },
      basis: {
        en: "the Code of Practice issued under section 45 of the Act",
        cy: "y Cod Ymarfer a gyhoeddwyd o dan adran 45 o'r Ddeddf",
      },
      askWithinWorkingDays: 40,
      replyWithinWorkingDays: 20,
    },
    commissioner: {
      ...ico,
      provision: {
        en: "section 50 of the Freedom of Information Act 2000",
        cy: "adran 50 o Ddeddf Rhyddid Gwybodaeth 2000",
      },
    },
  },
  eir: {
    law: "eir",
    actMutated: {
      en: "Environmental Information Regulations 2004",
      cy: "Reoliadau Gwybodaeth Amgylcheddol 2004",
    },
    ofTheAct: { en: "of the Regulations", cy: "o'r Rheoliadau" },
    exemptionWord: { en: "exception", cy: "eithriad" },
    exemptionWordPlural: { en: "exceptions", cy: "eithriadau" },
    otherwiseAccessible: r("6(1)(b)"),
    presumption: r("12(2)"),
    notHeld: r("12(4)(a)"),
    act: {
      en: "Environmental Information Regulations 2004",
      cy: "Rheoliadau Gwybodaeth Amgylcheddol 2004",
    },
    shortName: { en: "EIR", cy: "RhGA" },
    provisionWord: { en: "regulation", cy: "rheoliad" },
    clarification: r("9(2)"),
    advice: r("9"),
    fees: r("8"),
    costLimit: r("12(4)(b)"),
    vexatious: r("12(4)(b)"),
    refusalNotice: r("14"),
    ncnd: r("12(6)"),
    publicInterestExtension: false,
    review: {
      name: { en: "reconsideration", cy: "ailystyriaeth" },
      basis: { en: "regulation 11", cy: "rheoliad 11" },
      askWithinWorkingDays: 40,
      replyWithinWorkingDays: 40,
    },
    commissioner: {
      ...ico,
      provision: {
        en: "section 50 of the Freedom of Information Act 2000, as applied by regulation 18",
        cy: "adran 50 o Ddeddf Rhyddid Gwybodaeth 2000, fel y'i cymhwysir gan reoliad 18",
      },
    },
  },
  foisa: {
    law: "foisa",
    actMutated: {
      en: "Freedom of Information (Scotland) Act 2002",
      cy: "Ddeddf Rhyddid Gwybodaeth (Yr Alban) 2002",
    },
    ofTheAct: { en: "of the Act", cy: "o'r Ddeddf" },
    exemptionWord: { en: "exemption", cy: "esemptiad" },
    exemptionWordPlural: { en: "exemptions", cy: "esemptiadau" },
    otherwiseAccessible: s("25"),
    costRatePounds: 15,
    act: {
      en: "Freedom of Information (Scotland) Act 2002",
      cy: "Deddf Rhyddid Gwybodaeth (Yr Alban) 2002",
    },
    shortName: { en: "FOISA", cy: "DRhG(A)" },
    provisionWord: { en: "section", cy: "adran" },
    clarification: s("1(3)"),
    advice: s("15"),
    fees: s("9"),
    costLimit: s("12"),
    vexatious: s("14"),
    refusalNotice: s("16"),
    ncnd: s("18"),
    publicInterestExtension: false,
    review: {
      name: { en: "review", cy: "adolygiad" },
      basis: { en: "section 20 of the Act", cy: "adran 20 o'r Ddeddf" },
      askWithinWorkingDays: 40,
      replyWithinWorkingDays: 20,
    },
    commissioner: {
      ...osic,
      provision: {
        en: "section 47 of the Freedom of Information (Scotland) Act 2002",
        cy: "adran 47 o Ddeddf Rhyddid Gwybodaeth (Yr Alban) 2002",
      },
    },
  },
  eisr: {
    law: "eisr",
    actMutated: {
      en: "Environmental Information (Scotland) Regulations 2004",
      cy: "Reoliadau Gwybodaeth Amgylcheddol (Yr Alban) 2004",
    },
    ofTheAct: { en: "of the Regulations", cy: "o'r Rheoliadau" },
    exemptionWord: { en: "exception", cy: "eithriad" },
    exemptionWordPlural: { en: "exceptions", cy: "eithriadau" },
    otherwiseAccessible: r("6(1)(b)"),
    presumption: r("10(2)"),
    notHeld: r("10(4)(a)"),
    act: {
      en: "Environmental Information (Scotland) Regulations 2004",
      cy: "Rheoliadau Gwybodaeth Amgylcheddol (Yr Alban) 2004",
    },
    shortName: { en: "EISRs", cy: "RhGA(A)" },
    provisionWord: { en: "regulation", cy: "rheoliad" },
    clarification: r("9(2)"),
    advice: r("9"),
    fees: r("8"),
    costLimit: r("10(4)(b)"),
    vexatious: r("10(4)(b)"),
    refusalNotice: r("13"),
    ncnd: r("10(8)"),
    publicInterestExtension: false,
    review: {
      name: { en: "review", cy: "adolygiad" },
      basis: { en: "regulation 16", cy: "rheoliad 16" },
      askWithinWorkingDays: 40,
      replyWithinWorkingDays: 20,
    },
    commissioner: {
      ...osic,
      provision: {
        en: "section 47 of the Freedom of Information (Scotland) Act 2002, as applied by regulation 17",
        cy: "adran 47 o Ddeddf Rhyddid Gwybodaeth (Yr Alban) 2002, fel y'i cymhwysir gan reoliad 17",
      },
    },
  },
  sar: {
    law: "sar",
    actMutated: {
      en: "UK General Data Protection Regulation",
      cy: "Reoliad Cyffredinol y DU ar Ddiogelu Data",
    },
    ofTheAct: { en: "of the UK GDPR", cy: "o GDPR y DU" },
    exemptionWord: { en: "exemption", cy: "esemptiad" },
    exemptionWordPlural: { en: "exemptions", cy: "esemptiadau" },
    otherwiseAccessible: { en: "Article 15", cy: "Erthygl 15" },
    act: {
      en: "UK General Data Protection Regulation",
      cy: "Rheoliad Cyffredinol y DU ar Ddiogelu Data",
    },
    shortName: { en: "UK GDPR", cy: "GDPR y DU" },
    provisionWord: { en: "Article", cy: "Erthygl" },
    clarification: { en: "Article 12", cy: "Erthygl 12" },
    advice: { en: "Article 12", cy: "Erthygl 12" },
    fees: { en: "Article 12(5)", cy: "Erthygl 12(5)" },
    costLimit: { en: "Article 12(5)", cy: "Erthygl 12(5)" },
    vexatious: { en: "Article 12(5)", cy: "Erthygl 12(5)" },
    refusalNotice: { en: "Article 12(4)", cy: "Erthygl 12(4)" },
    ncnd: { en: "Article 15", cy: "Erthygl 15" },
    publicInterestExtension: false,
    review: {
      name: { en: "complaint", cy: "cwyn" },
      basis: { en: "our complaints procedure", cy: "ein gweithdrefn gwyno" },
      askWithinWorkingDays: 40,
      replyWithinWorkingDays: 20,
    },
    commissioner: {
      ...ico,
      provision: { en: "Article 77 of the UK GDPR", cy: "Erthygl 77 o GDPR y DU" },
    },
  },
};

/**
 * The law a letter is written under, from the case's regime and the council's nation. A Scottish
 * authority answers under FOISA or the EISRs even when a case was registered as "foi" or "eir".
 * @example letterLaw("foi", "scotland") // "foisa"
 */
export function letterLaw(regime: Regime, nation: Division): LetterLaw {
  const scottish = nation === "scotland";
  switch (regime) {
    case "eir":
    case "review-eir":
      return scottish ? "eisr" : "eir";
    case "eisr":
    case "review-eisr":
      return "eisr";
    case "foisa":
    case "review-foisa":
      return "foisa";
    case "sar":
      return "sar";
    default:
      return scottish ? "foisa" : "foi";
  }
}
