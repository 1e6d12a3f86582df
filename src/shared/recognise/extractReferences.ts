/**
 * Finds information-request case references quoted in a message: the council's own format
 * (from its settings), its extra patterns, and the shapes FOI teams commonly use
 * (FOI/2024/0123, SCO/FOI/033/2024, FOI 12345, EIR-2025-77, RCC/IR/25/1460, GCC-2026-0091).
 * ICO and tribunal case numbers, penalty charge notices, invoices, complaints, accounts,
 * tickets and planning applications are left out.
 */
import type { CouncilSettings } from "../cases/councilSettings";

export type ReferenceSettings = Pick<CouncilSettings, "referenceFormat" | "extraReferencePatterns">;

/** Segments that mark a reference as an information request's. */
const requestSegments = new Set([
  "FOI",
  "FOIA",
  "FOISA",
  "FOIR",
  "EIR",
  "EIRS",
  "SAR",
  "DSAR",
  "IR",
  "RFI",
  "REQ",
  "IRR",
  "RIR",
  "IG",
  "RG",
  "GA",
]);

/** First segments that mark somebody else's numbering: ICO, tribunal, PCN, invoice, complaint… */
const otherSegments = new Set([
  "IC",
  "ICO",
  "FS",
  "FER",
  "EA",
  "GIA",
  "UKUT",
  "COMP",
  "CMP",
  "CMPL",
  "COMPL",
  "CF",
  "PCN",
  "INV",
  "ACC",
  "ACCT",
  "ASC",
  "TKT",
  "TICKET",
  "PO",
  "CT",
  "HB",
  "NNDR",
  "APP",
  "PA",
  "DC",
  "ENF",
  "TPO",
  "PL",
  "CR",
  "CRN",
  "NI",
  "VAT",
  "ORD",
  "SR",
  "INC",
  "CHG",
  "CASE",
]);

/** Capitals before "FOI 2025/044" that are not an authority's prefix. */
const notPrefixes = new Set(["RE", "FW", "FWD", "AW", "OUR", "YOUR", "MY", "THE", "NEW", "URGENT"]);

/** Words just before a number that say whose number it is not. */
const otherContext =
  /(?:\bico\b|commissioner|tribunal|penalty|invoice|complaint|account|payment|ticket|planning|application|order|claim|policy|crime|incident|permit|licen[cs]e|\bjob\b|vacanc|\bpost\b|\brole\b)[^\n]{0,25}$/i;
/** "job ref", "invoice no.": a number named as somebody else's, right before it. */
const otherReference =
  /\b(?:job|vacancy|post|role|invoice|account|order|ticket|policy|claim|crime|incident|permit|licen[cs]e|complaint|planning|application|penalty|booking|customer)\s*(?:ref(?:erence)?|no|number|id)?[\s:.#-]*$/i;
/** "ref 26-0456", "given the reference 26-0301": a bare year-and-number after the word ref. */
const bareReference =
  /\b(?:ref(?:erence)?|request (?:no\.?|number))[\s:.#]*((?:20)?\d{2}[/-]\d{3,6})\b(?![/-]\d)/gi;
const ownContext =
  /(?:\bref(?:erence)?|\brequest|\bcais|\bcase|\bfoi|\beir|\bsar|\bcyfeirnod|\bno\.?|\bdecision|\breview|\bresponse|\bmewnol|\bwybodaeth)[\s:#.–-]{0,6}$|(?:^|\n)[ \t]*(?:(?:re|fw|fwd|ateb|ymateb|aw)[ \t]*:[ \t]*){0,3}$/i;

const candidate = /\b[A-Za-z][A-Za-z0-9]{0,9}(?:[/_-][A-Za-z0-9]{1,10}){1,5}\b/g;
const spaced =
  /\b(FOI|FOIA|EIR|SAR|DSAR|RFI|FOISA)[ ]?(?:no\.?|number|ref\.?|#)?[ ]?(\d{2,7})([/-]\d{1,7})?\b/gi;

/** A regular expression source for a configured format such as "FOI/{YYYY}/{SEQ:4}". */
export function referencePatternSource(format: string): string {
  let out = "";
  let rest = format.slice(0, 100);
  while (rest.length > 0) {
    const token = /^\{(YYYY|YY|SEQ(?::(\d))?|KIND)\}/.exec(rest);
    if (token) {
      const name = token[1] ?? "";
      if (name === "YYYY") out += "(?:19|20)\\d{2}";
      else if (name === "YY") out += "\\d{2}";
      else if (name === "KIND") out += "(?:FOI|EIR|SAR|IR)";
      else out += `\\d{${token[2] ?? "1"},7}`;
      rest = rest.slice(token[0].length);
      continue;
    }
    const char = rest[0] ?? "";
    out += /[.*+?^${}()|[\]\\/]/.test(char) ? `\\${char}` : char;
    rest = rest.slice(1);
  }
  return `\\b${out}\\b`;
}

function compile(source: string): RegExp | null {
  if (source.length === 0 || source.length > 200) return null;
  try {
    return new RegExp(source, "gi");
  } catch {
    return null;
  }
}

function isOwnShape(segments: readonly string[]): boolean {
  const [first, ...rest] = segments;
  if (!first || !/^[A-Z]{2,6}$/.test(first)) return false;
  const digits = rest.filter((segment) => /^\d{2,7}$/.test(segment));
  const yearLike = rest.some(
    (segment) => /^(?:19|20)\d{2}$/.test(segment) || /^\d{2}$/.test(segment),
  );
  return digits.length >= 2 && yearLike;
}

/** "FOI 25/1187" and "FOI 25-1187" (in an attachment's name) are one reference. */
function keyOf(value: string): string {
  return value.toUpperCase().replace(/[\s/_.-]+/g, "/");
}

/**
 * The case references quoted in `text`, in order of first appearance.
 * @example extractReferences("Re: FOI/2024/0123 and ICO case IC-418805-P7Q2") // ["FOI/2024/0123"]
 */
export function extractReferences(text: string, settings?: ReferenceSettings): string[] {
  const capped = text.length > 300_000 ? text.slice(0, 300_000) : text;
  const found: Array<{ at: number; value: string }> = [];
  const seen = new Set<string>();
  const notOurs = new Set<string>();
  const add = (at: number, value: string): void => {
    // "FOI_REQUEST_2026_0219.pdf" is a file's name (often a phishing lure), not a reference.
    if (
      /^[\w-]*\.(?:pdf|docx?|xlsx?|zip|html?|exe|rar|7z|iso|img)\b/i.test(
        capped.slice(at + value.length, at + value.length + 40),
      )
    )
      return;
    const key = keyOf(value);
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ at, value });
  };

  const configured: RegExp[] = [];
  if (settings) {
    const own = compile(referencePatternSource(settings.referenceFormat));
    if (own) configured.push(own);
    for (const extra of settings.extraReferencePatterns.slice(0, 20)) {
      const pattern = compile(extra);
      if (pattern) configured.push(pattern);
    }
  }
  for (const pattern of configured) {
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    let guard = 0;
    while ((match = pattern.exec(capped)) !== null && guard++ < 1000) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      add(match.index, match[0]);
    }
  }

  candidate.lastIndex = 0;
  let match: RegExpExecArray | null;
  let guard = 0;
  while ((match = candidate.exec(capped)) !== null && guard++ < 5000) {
    const value = match[0];
    if (value.length > 32 || !/\d/.test(value)) continue;
    const segments = value.split(/[/_-]/);
    const first = segments[0] ?? "";
    if (first !== first.toUpperCase()) continue;
    if (!segments.some((segment) => /^\d{2,7}$/.test(segment))) continue;
    const before = capped.slice(Math.max(0, match.index - 40), match.index);
    const hasRequestSegment = segments.some((segment) =>
      requestSegments.has(segment.toUpperCase()),
    );
    // A crime or complaint number never carries FOI/EIR/SAR/RG; a council prefix like CRN may.
    if (otherSegments.has(first.toUpperCase()) && !hasRequestSegment) continue;
    if (hasRequestSegment) {
      // "job ref EC-IG-0126": the word just before says whose number it is, wherever else it
      // appears (the same number in the subject is the job's too).
      if (otherReference.test(before)) notOurs.add(keyOf(value));
      else if (
        !otherContext.test(before) ||
        ownContext.test(before) ||
        (isOwnShape(segments) && !otherSegments.has(first.toUpperCase()))
      )
        add(match.index, value);
      continue;
    }
    if (isOwnShape(segments) && ownContext.test(before) && !otherContext.test(before.slice(-20))) {
      add(match.index, value);
    }
  }

  bareReference.lastIndex = 0;
  guard = 0;
  while ((match = bareReference.exec(capped)) !== null && guard++ < 1000) {
    const value = match[1] ?? "";
    const at = match.index + match[0].length - value.length;
    if (otherReference.test(capped.slice(Math.max(0, match.index - 20), match.index))) continue;
    add(at, value);
  }

  spaced.lastIndex = 0;
  guard = 0;
  while ((match = spaced.exec(capped)) !== null && guard++ < 1000) {
    const value = match[0];
    const digits = match[2] ?? "";
    const slashed = match[3] !== undefined;
    // "FOI 25/188" and "SAR 2025-0091" need their second part; "FOIA 2000" is the Act.
    // "(FOI 1,207; EIR 205)" counts requests; a three-digit number needs "ref" or "no." with it.
    const bare = !/(?:no\.?|number|ref\.?|#)/i.test(value);
    if (
      /_/.test(value) ||
      (!slashed &&
        (digits.length < 3 ||
          (digits.length === 3 && bare) ||
          /^(?:19[5-9]\d|20[0-4]\d)$/.test(digits)))
    )
      continue;
    // An authority's own prefix before the spaced form: "EFRS FOI 2025/044".
    const prefix = /\b([A-Z]{2,6}) $/.exec(capped.slice(Math.max(0, match.index - 8), match.index));
    const owner = prefix?.[1] ?? "";
    if (owner && !notPrefixes.has(owner) && !requestSegments.has(owner)) {
      add(match.index - owner.length - 1, `${owner} ${value.replace(/\s+/g, " ")}`);
      continue;
    }
    add(match.index, value.replace(/\s+/g, " "));
  }
  return found
    .filter((entry) => !notOurs.has(keyOf(entry.value)))
    .sort((a, b) => a.at - b.at)
    .map((entry) => entry.value);
}
