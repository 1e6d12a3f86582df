/**
 * Separates what the sender wrote now from what came with it: quoted earlier messages,
 * forwarded headers, WhatDoTheyKnow's footer, the sign-off and signature, and legal disclaimers.
 * Only the new part is read as the request; the signature is read for the requester's name and
 * organisation; quoted text is kept for references only.
 */

export interface BodyParts {
  /** The new text above the sign-off: where the request is. */
  main: string;
  /** Lines after the sign-off (name, job title, organisation), at most a dozen. */
  signature: string;
  /** Quoted and forwarded text below the new part. */
  quoted: string;
  /** The message forwards another, and the forwarded message is what `main` holds. */
  forwarded: boolean;
  /** The forwarded message's sender line ("Name <address>"), when forwarded. */
  forwardedFrom: string | null;
  /** WhatDoTheyKnow's "Please use this email address for all replies" footer was present. */
  whatDoTheyKnowFooter: boolean;
  /** Lines quoted with ">" inside the new part (inline replies). */
  quotedLineCount: number;
}

/** Longest body we segment; requests sit at the top of a message. */
export const maxBodyChars = 100_000;
/** Lines longer than this are cut before any pattern is tried on them. */
const maxLineChars = 4_000;

const signOff =
  /^(?:yours (?:faithfully|sincerely|truly)|kind(?:est)? regards|best(?: wishes| regards)?|regards|many thanks|thanks(?: very much| again| in advance| so much)?|thank you(?: very much| in advance| again)?|with (?:many )?thanks(?: and (?:best|kind) (?:wishes|regards))?|cheers|all the best|warm(?:est)? regards|diolch(?: yn fawr(?: iawn)?)?|yn gywir|yn ddiffuant|cofion(?: gorau| cynnes)?|respectfully|sincerely|best,|with best wishes)[\s,.!]*$/i;

const quoteHeader = [
  /^on\b.{0,300}\bwrote:?$/i,
  /^ar\b.{0,300}\bysgrifennodd.{0,40}$/i,
  /^-{2,}\s*(?:original message|neges wreiddiol)\s*-{2,}/i,
  /^-{2,}\s*forwarded message\s*-{2,}/i,
  /^begin forwarded message:?$/i,
];
const forwardMarker = /forwarded message|begin forwarded/i;
/** Words of a covering note passing a message on ("FYI", "see below", "please log this"). */
const forwardingNote =
  /\b(?:fyi|see below|(?:am )?forward(?:ed|ing)?(?: this)?|passing (?:this )?on|please (?:deal with|log|register|action)|for (?:your|you to) (?:action|attention|info)|came (?:in )?to (?:me|us)|came in(?: ?to)? (?:the|our|my)|(?:log|register) (?:it|this)(?: one)? (?:please|for (?:me|us))|(?:could|can|would) you (?:please )?(?:log|register|action|pick up) (?:it|this)|(?:needs|has) to go (?:through|to) (?:you|your team)|(?:one|this) (?:is )?for (?:you|your team|the (?:foi|information|info|freedom|ig|data))|pick (?:it|this) up|over to you|pass(?:ing)? (?:it|this) (?:on|over)|received (?:via|from|this)|by mistake|is this (?:one )?for (?:you|us)|wrong (?:e-?mail )?address|(?:can|could) you (?:please )?deal with (?:it|this)|please deal with)\b/i;
const headerLine = /^(?:from|oddi wrth|gan|sent|date|to|subject|cc|anfonwyd|dyddiad|at|pwnc)\s*:/i;
const fromLine = /^(?:from|oddi wrth|gan)\s*:\s*\S/i;
const ruleLine = /^(?:_{6,}|-{6,}|={6,})$/;
const mobileSignature = /^sent from (?:my |outlook|mail for|yahoo|samsung)/i;
const wdtkFooter = /please use this email address for all replies to this request/i;
const disclaimer =
  /\b(?:this (?:e-?mail|message)(?: and any (?:files|attachments)[^.]{0,40})? (?:is|are|may be) (?:confidential|intended)|intended (?:solely )?for the (?:use of the )?(?:addressee|named recipient|recipient)|legally privileged|if you (?:have )?received this (?:e-?mail|message) in error|(?:registered|incorporated) in england|registered office|authorised and regulated by|company (?:no|number|registration)|monitored (?:and|or) recorded|scanned for (?:viruses|malware)|think before you print|please consider the environment)\b/i;

function normalise(text: string): string {
  return text
    .slice(0, maxBodyChars)
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/\t/g, "  ");
}

function isQuoteStart(lines: readonly string[], index: number): boolean {
  const line = (lines[index] ?? "").trim();
  if (line.length === 0) return false;
  for (const pattern of quoteHeader) if (pattern.test(line)) return true;
  // "On Tue, 2 May 2023, 16:10 Name <address>" wrapped onto a second line ending "wrote:"
  if (
    /^on\b/i.test(line) &&
    line.length < 200 &&
    /\bwrote:?$/i.test((lines[index + 1] ?? "").trim())
  ) {
    return true;
  }
  if (fromLine.test(line) || ruleLine.test(line)) {
    let headers = fromLine.test(line) ? 1 : 0;
    for (let k = index + 1; k < Math.min(lines.length, index + 7); k++) {
      const next = (lines[k] ?? "").trim();
      if (headerLine.test(next)) headers++;
    }
    return headers >= 2;
  }
  return false;
}

function stripDisclaimers(text: string): string {
  const paragraphs = text.split(/\n\s*\n/);
  const kept = paragraphs.filter((paragraph, index) => index === 0 || !disclaimer.test(paragraph));
  return kept.join("\n\n");
}

/**
 * Splits a plain-text body into its parts.
 * @example splitBody("Please send X.\n\nThanks,\nAnn\n\nOn Mon, Bob wrote:\n> old").main // "Please send X."
 */
export function splitBody(rawText: string, subject = ""): BodyParts {
  const lines = normalise(rawText)
    .split("\n")
    .map((line) => (line.length > maxLineChars ? line.slice(0, maxLineChars) : line));
  let end = lines.length;
  let footer = false;
  let quoteAt = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (wdtkFooter.test(line)) {
      footer = true;
      let cut = i;
      while (cut > 0 && (lines[cut - 1] ?? "").trim() === "") cut--;
      if (cut > 0 && /^-{10,}$/.test((lines[cut - 1] ?? "").trim())) cut--;
      end = Math.min(end, cut);
      break;
    }
  }
  for (let i = 0; i < end; i++) {
    if (isQuoteStart(lines, i)) {
      quoteAt = i;
      break;
    }
    if (mobileSignature.test((lines[i] ?? "").trim())) {
      end = i;
      break;
    }
  }
  let newLines = lines.slice(0, quoteAt >= 0 ? quoteAt : end);
  let quotedLines = quoteAt >= 0 ? lines.slice(quoteAt, end) : [];
  let forwarded = false;
  let forwardedFrom: string | null = null;

  const wordCount = newLines
    .join(" ")
    .split(/\s+/)
    .filter((word) => /\w/.test(word)).length;
  const coveringNote = newLines.join("\n");
  const forwardedMessage =
    quoteAt >= 0 &&
    (forwardMarker.test(lines[quoteAt] ?? "") ||
      /^\s*(?:fw|fwd|ymlaen)\s*:/i.test(subject) ||
      forwardingNote.test(coveringNote));
  const shortNote = wordCount < 12 || forwardingNote.test(coveringNote);
  // A colleague's note saying "this one is for you" may run longer (greeting, signature block).
  const noteLength = forwardingNote.test(coveringNote) ? 90 : 30;
  if (forwardedMessage && wordCount < noteLength && (!coveringNote.includes("?") || shortNote)) {
    // A short covering note ("see below") forwarding a request: the forwarded message is the request.
    // The quote starts either at a marker line ("-----Original Message-----") or at "From:".
    let k = fromLine.test((lines[quoteAt] ?? "").trim()) ? quoteAt : quoteAt + 1;
    const stop = Math.min(quotedLines.length + quoteAt, quoteAt + 12);
    while (k < stop) {
      const next = (lines[k] ?? "").trim();
      if (fromLine.test(next) && forwardedFrom === null)
        forwardedFrom = next.replace(/^[^:]*:\s*/, "");
      if (next === "" && k > quoteAt + 1) break;
      if (
        !headerLine.test(next) &&
        next !== "" &&
        !ruleLine.test(next) &&
        !forwardMarker.test(next)
      )
        break;
      k++;
    }
    forwarded = true;
    newLines = lines.slice(k, end).map((line) => line.replace(/^>\s?/, ""));
    quotedLines = lines.slice(0, quoteAt);
    const nested = newLines.findIndex((_, index) => index > 0 && isQuoteStart(newLines, index));
    if (nested > 0) newLines = newLines.slice(0, nested);
  }

  let quotedLineCount = 0;
  const unquoted: string[] = [];
  for (const line of newLines) {
    if (/^\s*>/.test(line)) {
      quotedLineCount++;
      quotedLines.push(line);
    } else unquoted.push(line);
  }

  let signOffAt = -1;
  let nonBlankSeen = 0;
  for (let i = 0; i < unquoted.length; i++) {
    const line = (unquoted[i] ?? "").trim();
    if (line === "") continue;
    nonBlankSeen++;
    if (line.length <= 40 && signOff.test(line) && nonBlankSeen > 1) {
      signOffAt = i;
      break;
    }
    if (/^--\s?$/.test(unquoted[i] ?? "") && nonBlankSeen > 1) {
      signOffAt = i;
      break;
    }
  }
  let mainLines: string[];
  let signatureLines: string[];
  if (signOffAt >= 0) {
    mainLines = unquoted.slice(0, signOffAt);
    signatureLines = unquoted.slice(signOffAt + 1);
  } else {
    // No sign-off: a short last paragraph of name-like lines is the signature.
    let lastBlank = unquoted.length;
    while (lastBlank > 0 && (unquoted[lastBlank - 1] ?? "").trim() === "") lastBlank--;
    let start = lastBlank;
    while (start > 0 && (unquoted[start - 1] ?? "").trim() !== "") start--;
    const tail = unquoted.slice(start, lastBlank).map((line) => line.trim());
    const nameLike =
      start > 0 &&
      tail.length > 0 &&
      tail.length <= 4 &&
      tail.every((line) => line.length <= 60 && !/[?]$/.test(line) && !/\.$/.test(line));
    mainLines = nameLike ? unquoted.slice(0, start) : unquoted;
    signatureLines = nameLike ? tail : [];
  }
  const signature = signatureLines
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .slice(0, 12)
    .join("\n");
  return {
    main: stripDisclaimers(mainLines.join("\n")).trim(),
    signature: stripDisclaimers(signature),
    quoted: quotedLines.join("\n").slice(0, maxBodyChars),
    forwarded,
    forwardedFrom,
    whatDoTheyKnowFooter: footer,
    quotedLineCount,
  };
}
