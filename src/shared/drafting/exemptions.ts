/**
 * The catalogue of exemptions (FOIA 2000 Part II, ss21–44; FOISA 2002 Part 2, ss25–41) and
 * exceptions (EIR 2004 regs 12 and 13) that a refusal can rely on. The law is data: each entry
 * records whether it is absolute or qualified (FOIA s2(3); FOISA s2(2); EIR reg 12(1)), whether it
 * turns on harm (prejudice or adverse effect) or on the class of information, and whether the
 * authority may neither confirm nor deny holding the information. Guidance and skeletons are
 * FOI Desk's own words, written for officers; they are not legal advice.
 */
import type { Bilingual } from "./bilingual";

export type ExemptionLaw = "foi" | "eir" | "foisa" | "eisr";

export interface Exemption {
  /** The id cases use, e.g. "s40(2)", "reg12(4)(a)", "foisa-s38(1)(b)", "eisr-reg10(5)(e)". */
  id: string;
  law: ExemptionLaw;
  /** The provision as cited in letters, without the Act, e.g. "40(2)" (section) or "12(4)(a)" (regulation). */
  provision: string;
  title: Bilingual;
  /** Absolute: no public interest test. Qualified: the public interest test decides. */
  kind: "absolute" | "qualified";
  /** Prejudice (FOISA: substantial prejudice; EIR: adverse effect) or class of information. */
  basis: "prejudice" | "class";
  /** Whether a public interest test must be set out when it is relied on (FOIA s17(3)). */
  publicInterestTest: boolean;
  /** Whether the authority may neither confirm nor deny that it holds the information. */
  ncnd: boolean;
  /** The nearest FOISA exemption, for FOIA entries. */
  scottishEquivalent?: string;
  /** What the exemption is for and when it fits, for officers. */
  guidance: string;
  /** A paragraph for the officer to complete; the square brackets are theirs to fill. */
  skeleton: string;
}

type Row = Omit<Exemption, "publicInterestTest"> & { publicInterestTest?: boolean };

const foi = (row: Omit<Row, "law">): Row => ({ ...row, law: "foi" });
const eir = (row: Omit<Row, "law">): Row => ({ ...row, law: "eir" });
const foisa = (row: Omit<Row, "law">): Row => ({ ...row, law: "foisa" });

const rows: readonly Row[] = [
  foi({
    id: "s21",
    provision: "21",
    title: {
      en: "Information accessible by other means",
      cy: "Gwybodaeth y gellir ei chael drwy ddulliau eraill",
    },
    kind: "absolute",
    basis: "class",
    ncnd: false,
    scottishEquivalent: "foisa-s25",
    guidance:
      "Use when the requester can already get the information without asking us, for example on our website or in the publication scheme. Always give the exact link or where to find it; a vague pointer is not enough.",
    skeleton:
      "This information is already published and can be found at [link or location]. It is [free of charge / available for a fee of £x].",
  }),
  foi({
    id: "s22",
    provision: "22",
    title: {
      en: "Information intended for future publication",
      cy: "Gwybodaeth y bwriedir ei chyhoeddi yn y dyfodol",
    },
    kind: "qualified",
    basis: "class",
    ncnd: true,
    scottishEquivalent: "foisa-s27(1)",
    guidance:
      "Use only where the decision to publish had been taken when the request arrived and a date, even an approximate one, is known. It must be reasonable to make the requester wait. Give the expected publication date.",
    skeleton:
      "We intend to publish this information on or around [date] at [where]. We decided to publish it before your request arrived because [reason], and it is reasonable to ask you to wait because [reason].",
  }),
  foi({
    id: "s22A",
    provision: "22A",
    title: { en: "Research information", cy: "Gwybodaeth ymchwil" },
    kind: "qualified",
    basis: "prejudice",
    ncnd: true,
    guidance:
      "For information from a continuing programme of research meant for publication, where early release would harm the research, the people doing it, or the authority.",
    skeleton:
      "The information comes from a research programme on [subject] which is still running. Releasing it now would harm [the programme / its participants] because [reason].",
  }),
  foi({
    id: "s23(1)",
    provision: "23(1)",
    title: {
      en: "Information supplied by, or relating to, security bodies",
      cy: "Gwybodaeth a gyflenwyd gan gyrff diogelwch, neu sy'n ymwneud â hwy",
    },
    kind: "absolute",
    basis: "class",
    ncnd: true,
    guidance:
      "Covers information that came, directly or indirectly, from a body listed in s23(3) (such as the Security Service) or that relates to one. Seek advice before use; councils rarely hold such information.",
    skeleton:
      "The information was supplied by, or relates to, [body], which is listed in section 23(3) of the Act.",
  }),
  foi({
    id: "s24(1)",
    provision: "24(1)",
    title: { en: "National security", cy: "Diogelwch gwladol" },
    kind: "qualified",
    basis: "prejudice",
    ncnd: true,
    scottishEquivalent: "foisa-s31(1)",
    guidance:
      "Applies where withholding is required to safeguard national security. Explain the specific risk; a general appeal to security is not enough.",
    skeleton:
      "Withholding this information is required to safeguard national security because [specific risk].",
  }),
  foi({
    id: "s26(1)",
    provision: "26(1)",
    title: { en: "Defence", cy: "Amddiffyn" },
    kind: "qualified",
    basis: "prejudice",
    ncnd: true,
    guidance:
      "Where disclosure would, or would be likely to, harm the defence of the British Islands or the armed forces.",
    skeleton: "Disclosure would be likely to prejudice [defence interest] because [reason].",
  }),
  foi({
    id: "s27(1)",
    provision: "27(1)",
    title: { en: "International relations", cy: "Cysylltiadau rhyngwladol" },
    kind: "qualified",
    basis: "prejudice",
    ncnd: true,
    scottishEquivalent: "foisa-s32(1)(a)",
    guidance:
      "Where disclosure would harm relations between the UK and another state or an international organisation, or UK interests abroad.",
    skeleton:
      "Disclosure would be likely to prejudice relations between the United Kingdom and [state or organisation] because [reason].",
  }),
  foi({
    id: "s28(1)",
    provision: "28(1)",
    title: {
      en: "Relations within the United Kingdom",
      cy: "Cysylltiadau o fewn y Deyrnas Unedig",
    },
    kind: "qualified",
    basis: "prejudice",
    ncnd: true,
    scottishEquivalent: "foisa-s28(1)",
    guidance:
      "Where disclosure would harm relations between any of the UK Government and the devolved administrations.",
    skeleton:
      "Disclosure would be likely to prejudice relations between [administrations] because [reason].",
  }),
  foi({
    id: "s29(1)",
    provision: "29(1)",
    title: { en: "The economy", cy: "Yr economi" },
    kind: "qualified",
    basis: "prejudice",
    ncnd: true,
    guidance:
      "Where disclosure would harm the economic interests of the UK or the financial interests of a UK administration.",
    skeleton:
      "Disclosure would be likely to prejudice [economic or financial interest] because [reason].",
  }),
  foi({
    id: "s30(1)",
    provision: "30(1)",
    title: {
      en: "Investigations and proceedings conducted by public authorities",
      cy: "Ymchwiliadau ac achosion a gynhelir gan awdurdodau cyhoeddus",
    },
    kind: "qualified",
    basis: "class",
    ncnd: true,
    scottishEquivalent: "foisa-s34(1)",
    guidance:
      "Covers information held for an investigation the authority has a duty to conduct with a view to criminal proceedings, or for such proceedings. No harm test, but the public interest test must still favour withholding.",
    skeleton:
      "The information is held for the purposes of [investigation or proceedings], which the Council conducts under [power].",
  }),
  foi({
    id: "s31(1)",
    provision: "31(1)",
    title: { en: "Law enforcement", cy: "Gorfodi'r gyfraith" },
    kind: "qualified",
    basis: "prejudice",
    ncnd: true,
    scottishEquivalent: "foisa-s35(1)",
    guidance:
      "Where disclosure would, or would be likely to, harm the prevention or detection of crime, the collection of tax, or a regulatory function named in s31(2). Name the limb, for example s31(1)(a) or s31(1)(g) with s31(2)(c).",
    skeleton:
      "Disclosure would be likely to prejudice [the prevention or detection of crime / the Council's function of …] because [how the harm would happen and how likely it is].",
  }),
  foi({
    id: "s32",
    provision: "32",
    title: { en: "Court records", cy: "Cofnodion llys" },
    kind: "absolute",
    basis: "class",
    ncnd: true,
    scottishEquivalent: "foisa-s37(1)",
    guidance:
      "Covers information held only because it is in a document filed with, served by or created by a court or inquiry for proceedings.",
    skeleton:
      "The information is held only because it is contained in [document] filed for the purposes of proceedings in [court or inquiry].",
  }),
  foi({
    id: "s33(2)",
    provision: "33(2)",
    title: { en: "Audit functions", cy: "Swyddogaethau archwilio" },
    kind: "qualified",
    basis: "prejudice",
    ncnd: true,
    scottishEquivalent: "foisa-s40",
    guidance:
      "For bodies that audit or examine other public authorities, where disclosure would harm that audit work.",
    skeleton: "Disclosure would be likely to prejudice the audit of [body] because [reason].",
  }),
  foi({
    id: "s34(1)",
    provision: "34(1)",
    title: { en: "Parliamentary privilege", cy: "Braint seneddol" },
    kind: "absolute",
    basis: "class",
    ncnd: true,
    guidance:
      "Where withholding is required to avoid infringing the privileges of either House of Parliament. Certified by the Speaker or Clerk; councils almost never use it.",
    skeleton:
      "Withholding the information is required to avoid an infringement of the privileges of [House].",
  }),
  foi({
    id: "s35(1)",
    provision: "35(1)",
    title: { en: "Formulation of government policy", cy: "Llunio polisi'r llywodraeth" },
    kind: "qualified",
    basis: "class",
    ncnd: true,
    scottishEquivalent: "foisa-s29(1)",
    guidance:
      "Only for government departments and the Welsh Government. Councils should consider s36 instead.",
    skeleton:
      "The information relates to the formulation or development of government policy on [subject].",
  }),
  foi({
    id: "s36(2)",
    provision: "36(2)",
    title: {
      en: "Prejudice to the effective conduct of public affairs",
      cy: "Niwed i gynnal materion cyhoeddus yn effeithiol",
    },
    kind: "qualified",
    basis: "prejudice",
    ncnd: true,
    scottishEquivalent: "foisa-s30(b)(i)",
    guidance:
      "Needs the reasonable opinion of the qualified person (for a council, normally the monitoring officer), obtained before the refusal, with the date recorded. Name the limb: free and frank advice, exchange of views, or other prejudice.",
    skeleton:
      "The Council's qualified person, [name and role], gave the opinion on [date] that disclosure would be likely to [inhibit the free and frank provision of advice / the exchange of views / otherwise prejudice …] because [reason].",
  }),
  foi({
    id: "s37(1)(a)",
    provision: "37(1)(a)",
    title: { en: "Communications with the Sovereign", cy: "Cyfathrebu â'r Sofran" },
    kind: "absolute",
    basis: "class",
    ncnd: true,
    guidance: "Communications with the Sovereign, the heir or the second in line to the throne.",
    skeleton: "The information is a communication with [the Sovereign / the heir to the throne].",
  }),
  foi({
    id: "s37(1)(b)",
    provision: "37(1)(b)",
    title: { en: "Honours and dignities", cy: "Anrhydeddau ac urddasau" },
    kind: "qualified",
    basis: "class",
    ncnd: true,
    scottishEquivalent: "foisa-s41(b)",
    guidance:
      "Information relating to the conferring of an honour or dignity, such as nominations.",
    skeleton: "The information relates to the conferring of [honour] by the Crown.",
  }),
  foi({
    id: "s38(1)",
    provision: "38(1)",
    title: { en: "Health and safety", cy: "Iechyd a diogelwch" },
    kind: "qualified",
    basis: "prejudice",
    ncnd: true,
    scottishEquivalent: "foisa-s39(1)",
    guidance:
      "Where disclosure would, or would be likely to, endanger anyone's physical or mental health or safety. Say who would be at risk and how.",
    skeleton:
      "Disclosure would be likely to endanger the [physical or mental health / safety] of [who] because [how].",
  }),
  foi({
    id: "s39(1)",
    provision: "39(1)",
    title: { en: "Environmental information", cy: "Gwybodaeth amgylcheddol" },
    kind: "qualified",
    basis: "class",
    ncnd: true,
    scottishEquivalent: "foisa-s39(2)",
    guidance:
      "Use to move environmental information to the Environmental Information Regulations; then answer under the EIR in the same letter. Do not use it to refuse outright.",
    skeleton:
      "[Part of the request] asks for environmental information, so we have dealt with it under the Environmental Information Regulations 2004 below.",
  }),
  foi({
    id: "s40(1)",
    provision: "40(1)",
    title: { en: "Your own personal data", cy: "Eich data personol eich hun" },
    kind: "absolute",
    basis: "class",
    ncnd: true,
    scottishEquivalent: "foisa-s38(1)(a)",
    guidance:
      "The requester is asking for information about themselves. Refuse under FOI and handle it as a subject access request instead, telling the requester so.",
    skeleton:
      "This is your own personal data, so we are dealing with it as a subject access request under the UK GDPR, reference [SAR reference].",
  }),
  foi({
    id: "s40(2)",
    provision: "40(2)",
    title: {
      en: "Personal information about other people",
      cy: "Gwybodaeth bersonol am bobl eraill",
    },
    kind: "absolute",
    basis: "class",
    ncnd: true,
    scottishEquivalent: "foisa-s38(1)(b)",
    guidance:
      "Where disclosing another person's personal data to the world would break the data protection principles, usually because it would not be fair or lawful. Explain why there is no lawful basis, for example that the people would not expect it to be released.",
    skeleton:
      "The information would identify [who], and releasing it to the world would not be fair or lawful under the data protection principles because [reason].",
  }),
  foi({
    id: "s41(1)",
    provision: "41(1)",
    title: {
      en: "Information provided in confidence",
      cy: "Gwybodaeth a ddarparwyd yn gyfrinachol",
    },
    kind: "absolute",
    basis: "class",
    ncnd: true,
    scottishEquivalent: "foisa-s36(2)",
    guidance:
      "Only for information obtained from someone else, where disclosure would be an actionable breach of confidence. The law of confidence has its own public interest defence, so explain why that defence would not succeed.",
    skeleton:
      "The information was given to us by [who] in circumstances that created a duty of confidence because [reason]. Disclosure would be an actionable breach of that duty, and there is no overriding public interest that would be a defence.",
  }),
  foi({
    id: "s42(1)",
    provision: "42(1)",
    title: { en: "Legal professional privilege", cy: "Braint broffesiynol gyfreithiol" },
    kind: "qualified",
    basis: "class",
    ncnd: true,
    scottishEquivalent: "foisa-s36(1)",
    guidance:
      "Legal advice from a lawyer, or material prepared for litigation. Strong inbuilt weight against disclosure, but the public interest test still has to be done and shown.",
    skeleton:
      "The information is [legal advice given by … / material prepared for litigation about …] and is subject to legal professional privilege.",
  }),
  foi({
    id: "s43(1)",
    provision: "43(1)",
    title: { en: "Trade secrets", cy: "Cyfrinachau masnach" },
    kind: "qualified",
    basis: "class",
    ncnd: false,
    scottishEquivalent: "foisa-s33(1)(a)",
    guidance:
      "Information that is genuinely a trade secret: secret, commercially valuable and protected by its owner.",
    skeleton: "The information is a trade secret of [owner] because [reason].",
  }),
  foi({
    id: "s43(2)",
    provision: "43(2)",
    title: { en: "Commercial interests", cy: "Buddiannau masnachol" },
    kind: "qualified",
    basis: "prejudice",
    ncnd: true,
    scottishEquivalent: "foisa-s33(1)(b)",
    guidance:
      "Where disclosure would, or would be likely to, harm anyone's commercial interests, including the Council's. If a third party's interests are at stake, base the argument on what they have told us, not on guesswork.",
    skeleton:
      "Disclosure would be likely to prejudice the commercial interests of [whom] because [how, for example by revealing pricing to competitors before re-tender].",
  }),
  foi({
    id: "s44(1)",
    provision: "44(1)",
    title: { en: "Prohibitions on disclosure", cy: "Gwaharddiadau ar ddatgelu" },
    kind: "absolute",
    basis: "class",
    ncnd: true,
    scottishEquivalent: "foisa-s26",
    guidance:
      "Where another law forbids disclosure (for example a statutory bar), disclosure would be contempt of court, or would breach retained EU law. Name the law.",
    skeleton: "Disclosure is prohibited by [Act and section], which provides that [summary].",
  }),

  eir({
    id: "reg12(4)(a)",
    provision: "12(4)(a)",
    title: { en: "Information not held", cy: "Nid yw'r wybodaeth yn cael ei dal" },
    kind: "qualified",
    basis: "class",
    publicInterestTest: false,
    ncnd: false,
    guidance:
      "The information is not held when the request arrives. Formally subject to the public interest, but there is nothing to weigh; say what searches were made.",
    skeleton: "We do not hold this information. We searched [where] using [terms].",
  }),
  eir({
    id: "reg12(4)(b)",
    provision: "12(4)(b)",
    title: { en: "Manifestly unreasonable request", cy: "Cais amlwg afresymol" },
    kind: "qualified",
    basis: "class",
    ncnd: false,
    guidance:
      "Covers both requests that would take a grossly excessive amount of work (there is no fixed cost limit under the EIR) and vexatious ones. Offer advice on narrowing under reg 9.",
    skeleton:
      "Complying would take around [hours] hours because [reason], which is manifestly unreasonable. You could narrow your request by [advice].",
  }),
  eir({
    id: "reg12(4)(c)",
    provision: "12(4)(c)",
    title: { en: "Request formulated in too general a manner", cy: "Cais sy'n rhy gyffredinol" },
    kind: "qualified",
    basis: "class",
    ncnd: false,
    guidance:
      "Only after trying to clarify under reg 9 and the requester has not made it clear enough to identify the information.",
    skeleton:
      "We asked you on [date] to clarify [what], but we still cannot identify the information you want because [reason].",
  }),
  eir({
    id: "reg12(4)(d)",
    provision: "12(4)(d)",
    title: { en: "Material still in the course of completion", cy: "Deunydd sydd heb ei gwblhau" },
    kind: "qualified",
    basis: "class",
    ncnd: false,
    guidance:
      "Unfinished documents or incomplete data. Regulation 14(4) requires the letter to name who is preparing the material and when it is expected to be finished.",
    skeleton:
      "The information is unfinished material: [description]. It is being prepared by [who] and we expect it to be complete by [date].",
  }),
  eir({
    id: "reg12(4)(e)",
    provision: "12(4)(e)",
    title: { en: "Internal communications", cy: "Cyfathrebiadau mewnol" },
    kind: "qualified",
    basis: "class",
    ncnd: false,
    guidance:
      "Communications within the authority. Wide class, so the public interest test carries the weight; the need for a safe space fades once a decision is made.",
    skeleton: "The information consists of internal communications between [who] about [subject].",
  }),
  eir({
    id: "reg12(5)(a)",
    provision: "12(5)(a)",
    title: {
      en: "International relations, defence, national security or public safety",
      cy: "Cysylltiadau rhyngwladol, amddiffyn, diogelwch gwladol neu ddiogelwch y cyhoedd",
    },
    kind: "qualified",
    basis: "prejudice",
    ncnd: true,
    guidance:
      "Disclosure would adversely affect one of these interests. Regulation 12(6) allows neither confirming nor denying where confirming would itself cause that harm.",
    skeleton:
      "Disclosure would adversely affect [public safety / national security …] because [how].",
  }),
  eir({
    id: "reg12(5)(b)",
    provision: "12(5)(b)",
    title: { en: "The course of justice", cy: "Cwrs cyfiawnder" },
    kind: "qualified",
    basis: "prejudice",
    ncnd: false,
    guidance:
      "Covers legal privilege, fair trials and criminal or disciplinary inquiries, where disclosure would adversely affect them.",
    skeleton:
      "Disclosure would adversely affect the course of justice because [the information is legally privileged advice about … / it would prejudice proceedings about …].",
  }),
  eir({
    id: "reg12(5)(c)",
    provision: "12(5)(c)",
    title: { en: "Intellectual property rights", cy: "Hawliau eiddo deallusol" },
    kind: "qualified",
    basis: "prejudice",
    ncnd: false,
    guidance:
      "Where disclosure would harm the owner of copyright, database right or similar, beyond a simple infringement.",
    skeleton:
      "Disclosure would adversely affect the intellectual property rights of [owner] because [reason].",
  }),
  eir({
    id: "reg12(5)(d)",
    provision: "12(5)(d)",
    title: { en: "Confidentiality of proceedings", cy: "Cyfrinachedd trafodion" },
    kind: "qualified",
    basis: "prejudice",
    ncnd: false,
    guidance:
      "Where a law provides for the confidentiality of the authority's proceedings (for example a closed meeting held under statute).",
    skeleton:
      "The proceedings of [meeting] are confidential under [provision], and disclosure would adversely affect that confidentiality.",
  }),
  eir({
    id: "reg12(5)(e)",
    provision: "12(5)(e)",
    title: {
      en: "Commercial or industrial confidentiality",
      cy: "Cyfrinachedd masnachol neu ddiwydiannol",
    },
    kind: "qualified",
    basis: "prejudice",
    ncnd: false,
    guidance:
      "Confidentiality provided by law to protect a legitimate economic interest. Not available for information on emissions (reg 12(9)).",
    skeleton:
      "The information is commercial, is confidential by law because [reason], and disclosure would harm the legitimate economic interest of [whom] by [how].",
  }),
  eir({
    id: "reg12(5)(f)",
    provision: "12(5)(f)",
    title: {
      en: "Interests of the person who provided the information",
      cy: "Buddiannau'r sawl a ddarparodd yr wybodaeth",
    },
    kind: "qualified",
    basis: "prejudice",
    ncnd: false,
    guidance:
      "Information given voluntarily by someone who was under no obligation to give it and has not consented to release. Not available for emissions.",
    skeleton:
      "[Who] gave us this information voluntarily, was not obliged to, and has not agreed to its release; disclosure would harm them because [reason].",
  }),
  eir({
    id: "reg12(5)(g)",
    provision: "12(5)(g)",
    title: { en: "Protection of the environment", cy: "Diogelu'r amgylchedd" },
    kind: "qualified",
    basis: "prejudice",
    ncnd: false,
    guidance:
      "Where disclosure would harm the environment the information relates to, such as the location of rare species. Not available for emissions.",
    skeleton:
      "Disclosure would adversely affect the protection of [habitat or species] because [reason].",
  }),
  eir({
    id: "reg13",
    provision: "13",
    title: { en: "Personal data", cy: "Data personol" },
    kind: "absolute",
    basis: "class",
    ncnd: true,
    guidance:
      "The EIR equivalent of FOIA s40(2): third-party personal data whose release would break the data protection principles. The requester's own data is a subject access request.",
    skeleton:
      "The information would identify [who], and releasing it to the world would not be fair or lawful because [reason].",
  }),

  foisa({
    id: "foisa-s25(1)",
    provision: "25(1)",
    title: { en: "Information otherwise accessible", cy: "Gwybodaeth y gellir ei chael fel arall" },
    kind: "absolute",
    basis: "class",
    ncnd: false,
    guidance:
      "The requester can reasonably obtain the information other than by asking us. Give the link.",
    skeleton: "This information is already available at [link or location].",
  }),
  foisa({
    id: "foisa-s26",
    provision: "26",
    title: { en: "Prohibitions on disclosure", cy: "Gwaharddiadau ar ddatgelu" },
    kind: "absolute",
    basis: "class",
    ncnd: false,
    guidance: "Another law forbids disclosure. Name it.",
    skeleton: "Disclosure is prohibited by [Act and section].",
  }),
  foisa({
    id: "foisa-s27(1)",
    provision: "27(1)",
    title: {
      en: "Information intended for future publication",
      cy: "Gwybodaeth y bwriedir ei chyhoeddi yn y dyfodol",
    },
    kind: "qualified",
    basis: "class",
    ncnd: false,
    guidance: "Only if publication is planned within 12 weeks of the request. Give the date.",
    skeleton:
      "We will publish this information on or around [date, within 12 weeks of your request] at [where].",
  }),
  foisa({
    id: "foisa-s28(1)",
    provision: "28(1)",
    title: {
      en: "Relations within the United Kingdom",
      cy: "Cysylltiadau o fewn y Deyrnas Unedig",
    },
    kind: "qualified",
    basis: "prejudice",
    ncnd: true,
    guidance:
      "Disclosure would, or would be likely to, substantially prejudice relations between UK administrations.",
    skeleton:
      "Disclosure would be likely to prejudice substantially relations between [administrations] because [reason].",
  }),
  foisa({
    id: "foisa-s29(1)",
    provision: "29(1)",
    title: {
      en: "Formulation of Scottish Administration policy",
      cy: "Llunio polisi Gweinyddiaeth yr Alban",
    },
    kind: "qualified",
    basis: "class",
    ncnd: true,
    guidance: "Scottish Government only. Councils should consider section 30 instead.",
    skeleton:
      "The information relates to the formulation or development of Scottish Administration policy on [subject].",
  }),
  foisa({
    id: "foisa-s30(b)(i)",
    provision: "30(b)(i)",
    title: { en: "Free and frank provision of advice", cy: "Rhoi cyngor yn rhydd ac yn agored" },
    kind: "qualified",
    basis: "prejudice",
    ncnd: true,
    guidance:
      "Disclosure would, or would be likely to, substantially inhibit the free and frank giving of advice. The harm must be substantial and specific.",
    skeleton:
      "Disclosure would be likely to inhibit substantially the free and frank provision of advice about [subject] because [reason].",
  }),
  foisa({
    id: "foisa-s30(c)",
    provision: "30(c)",
    title: {
      en: "Effective conduct of public affairs",
      cy: "Cynnal materion cyhoeddus yn effeithiol",
    },
    kind: "qualified",
    basis: "prejudice",
    ncnd: true,
    guidance:
      "Any other substantial prejudice to the effective conduct of public affairs not covered by s30(a) or (b).",
    skeleton:
      "Disclosure would be likely to prejudice substantially the effective conduct of public affairs because [reason].",
  }),
  foisa({
    id: "foisa-s31(1)",
    provision: "31(1)",
    title: { en: "National security and defence", cy: "Diogelwch gwladol ac amddiffyn" },
    kind: "qualified",
    basis: "prejudice",
    ncnd: true,
    guidance:
      "Withholding is required to safeguard national security, or disclosure would substantially prejudice defence.",
    skeleton:
      "Withholding this information is required to safeguard national security because [reason].",
  }),
  foisa({
    id: "foisa-s32(1)(a)",
    provision: "32(1)(a)",
    title: { en: "International relations", cy: "Cysylltiadau rhyngwladol" },
    kind: "qualified",
    basis: "prejudice",
    ncnd: true,
    guidance:
      "Disclosure would substantially prejudice relations between the UK and another state or international body.",
    skeleton:
      "Disclosure would be likely to prejudice substantially relations with [state or body] because [reason].",
  }),
  foisa({
    id: "foisa-s33(1)(a)",
    provision: "33(1)(a)",
    title: { en: "Trade secrets", cy: "Cyfrinachau masnach" },
    kind: "qualified",
    basis: "class",
    ncnd: false,
    guidance: "Information that is a genuine trade secret.",
    skeleton: "The information is a trade secret of [owner] because [reason].",
  }),
  foisa({
    id: "foisa-s33(1)(b)",
    provision: "33(1)(b)",
    title: { en: "Commercial interests and the economy", cy: "Buddiannau masnachol a'r economi" },
    kind: "qualified",
    basis: "prejudice",
    ncnd: true,
    guidance:
      "Disclosure would, or would be likely to, substantially prejudice anyone's commercial interests. Show how and how likely.",
    skeleton:
      "Disclosure would be likely to prejudice substantially the commercial interests of [whom] because [how].",
  }),
  foisa({
    id: "foisa-s34(1)",
    provision: "34(1)",
    title: {
      en: "Investigations by Scottish public authorities",
      cy: "Ymchwiliadau gan awdurdodau cyhoeddus yr Alban",
    },
    kind: "qualified",
    basis: "class",
    ncnd: true,
    guidance: "Information held for an investigation that may lead to criminal proceedings.",
    skeleton: "The information is held for the purposes of [investigation].",
  }),
  foisa({
    id: "foisa-s35(1)",
    provision: "35(1)",
    title: { en: "Law enforcement", cy: "Gorfodi'r gyfraith" },
    kind: "qualified",
    basis: "prejudice",
    ncnd: true,
    guidance:
      "Disclosure would, or would be likely to, substantially prejudice the prevention or detection of crime or another listed function. Name the limb.",
    skeleton:
      "Disclosure would be likely to prejudice substantially [the prevention or detection of crime / …] because [reason].",
  }),
  foisa({
    id: "foisa-s36(1)",
    provision: "36(1)",
    title: {
      en: "Confidentiality of communications in legal proceedings",
      cy: "Cyfrinachedd cyfathrebiadau mewn achosion cyfreithiol",
    },
    kind: "qualified",
    basis: "class",
    ncnd: false,
    guidance: "Scotland's legal professional privilege. The public interest test still applies.",
    skeleton:
      "The information is [legal advice about …] and a claim to confidentiality of communications could be maintained in legal proceedings.",
  }),
  foisa({
    id: "foisa-s36(2)",
    provision: "36(2)",
    title: {
      en: "Information provided in confidence",
      cy: "Gwybodaeth a ddarparwyd yn gyfrinachol",
    },
    kind: "absolute",
    basis: "class",
    ncnd: false,
    guidance:
      "Obtained from someone else, where disclosure would be an actionable breach of confidence. Explain why a public interest defence would fail.",
    skeleton:
      "The information was given to us in confidence by [who], and disclosure would be an actionable breach of confidence because [reason].",
  }),
  foisa({
    id: "foisa-s37(1)",
    provision: "37(1)",
    title: { en: "Court records", cy: "Cofnodion llys" },
    kind: "absolute",
    basis: "class",
    ncnd: false,
    guidance: "Information held only because it is in a court or inquiry document.",
    skeleton:
      "The information is held only because it is contained in [document] for proceedings in [court].",
  }),
  foisa({
    id: "foisa-s38(1)(a)",
    provision: "38(1)(a)",
    title: { en: "Your own personal data", cy: "Eich data personol eich hun" },
    kind: "absolute",
    basis: "class",
    ncnd: true,
    guidance: "The requester's own personal data: handle it as a subject access request.",
    skeleton:
      "This is your own personal data, so we are dealing with it as a subject access request, reference [SAR reference].",
  }),
  foisa({
    id: "foisa-s38(1)(b)",
    provision: "38(1)(b)",
    title: {
      en: "Personal information about other people",
      cy: "Gwybodaeth bersonol am bobl eraill",
    },
    kind: "absolute",
    basis: "class",
    ncnd: true,
    guidance: "Third-party personal data whose release would break the data protection principles.",
    skeleton:
      "The information would identify [who], and releasing it would not be fair or lawful because [reason].",
  }),
  foisa({
    id: "foisa-s39(1)",
    provision: "39(1)",
    title: { en: "Health, safety and the environment", cy: "Iechyd, diogelwch a'r amgylchedd" },
    kind: "qualified",
    basis: "prejudice",
    ncnd: true,
    guidance:
      "Disclosure would, or would be likely to, endanger anyone's physical or mental health or safety.",
    skeleton:
      "Disclosure would be likely to endanger the [health / safety] of [who] because [how].",
  }),
  foisa({
    id: "foisa-s39(2)",
    provision: "39(2)",
    title: { en: "Environmental information", cy: "Gwybodaeth amgylcheddol" },
    kind: "qualified",
    basis: "class",
    ncnd: false,
    guidance:
      "Routes environmental information to the Environmental Information (Scotland) Regulations 2004.",
    skeleton:
      "[Part of the request] asks for environmental information, so we have dealt with it under the Environmental Information (Scotland) Regulations 2004.",
  }),
  foisa({
    id: "foisa-s40",
    provision: "40",
    title: { en: "Audit functions", cy: "Swyddogaethau archwilio" },
    kind: "qualified",
    basis: "prejudice",
    ncnd: false,
    guidance: "For audit bodies, where disclosure would substantially prejudice an audit.",
    skeleton:
      "Disclosure would be likely to prejudice substantially the audit of [body] because [reason].",
  }),
  foisa({
    id: "foisa-s41(b)",
    provision: "41(b)",
    title: { en: "Honours and dignities", cy: "Anrhydeddau ac urddasau" },
    kind: "qualified",
    basis: "class",
    ncnd: true,
    guidance: "Information relating to the exercise of the royal prerogative of honour.",
    skeleton: "The information relates to the conferring of [honour].",
  }),
];

/**
 * The EIR (Scotland) 2004 exceptions mirror the EIR: reg 10(4) and 10(5) for reg 12(4) and 12(5),
 * reg 11 for reg 13; reg 10(5) needs substantial prejudice; NCND under regs 10(8) and 11(6).
 */
const scottishEnvironmental: readonly Row[] = rows
  .filter((row) => row.law === "eir")
  .map((row) => {
    const provision = row.provision === "13" ? "11" : row.provision.replace(/^12/, "10");
    const substantial = provision.startsWith("10(5)");
    return {
      ...row,
      id: `eisr-reg${provision}`,
      law: "eisr",
      provision,
      guidance: substantial
        ? `${row.guidance} Under the EISRs the harm must amount to substantial prejudice.`
        : row.guidance,
    };
  });

/** Every exemption and exception FOI Desk knows, keyed by id. */
export const exemptions: ReadonlyMap<string, Exemption> = new Map(
  [...rows, ...scottishEnvironmental].map((row) => [
    row.id,
    { ...row, publicInterestTest: row.publicInterestTest ?? row.kind === "qualified" },
  ]),
);

/**
 * Looks up an exemption by the id a case uses. Short FOIA ids without a subsection are accepted
 * when the catalogue has exactly one limb for that section ("s43" is ambiguous, "s21" is not).
 * @example findExemption("s40(2)")?.kind // "absolute"
 */
export function findExemption(id: string): Exemption | undefined {
  const exact = exemptions.get(id);
  if (exact) return exact;
  const matches = [...exemptions.values()].filter((entry) => entry.id.startsWith(`${id}(`));
  return matches.length === 1 ? matches[0] : undefined;
}

/** The law an exemption id belongs to, judged from its shape. */
export function lawOfExemptionId(id: string): ExemptionLaw {
  if (id.startsWith("foisa-")) return "foisa";
  if (id.startsWith("eisr-")) return "eisr";
  if (id.startsWith("reg")) return "eir";
  return "foi";
}
