/**
 * Turns untrusted HTML into plain text for reading, in one linear pass: no DOM, no regular
 * expressions over the whole input, nothing executed or fetched. Lists keep their numbering
 * ("1. ", "a. ", "- ") and nesting (two spaces per level) so questions can be read from them;
 * blockquotes are prefixed "> " so quoted earlier messages can be recognised as quotes.
 */

const blockTags = new Set([
  "p",
  "div",
  "br",
  "tr",
  "table",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "pre",
  "hr",
  "section",
  "article",
  "header",
  "footer",
  "address",
  "center",
  "dl",
  "dt",
  "dd",
  "form",
  "fieldset",
]);
const skippedContent = new Set([
  "script",
  "style",
  "head",
  "title",
  "template",
  "noscript",
  "svg",
  "xml",
]);

const namedEntities: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  hellip: "…",
  pound: "£",
  euro: "€",
  copy: "©",
  reg: "®",
  bull: "•",
  middot: "·",
  shy: "",
  zwnj: "",
  zwj: "",
};

/** Decodes HTML character references in a short run of text. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(
    /&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g,
    (whole, body: string) => {
      if (body.startsWith("#x") || body.startsWith("#X"))
        return codePoint(parseInt(body.slice(2), 16), whole);
      if (body.startsWith("#")) return codePoint(parseInt(body.slice(1), 10), whole);
      return namedEntities[body.toLowerCase()] ?? whole;
    },
  );
}

function codePoint(value: number, fallback: string): string {
  if (!Number.isFinite(value) || value <= 0 || value > 0x10ffff) return fallback;
  if (value >= 0xd800 && value <= 0xdfff) return fallback;
  return String.fromCodePoint(value);
}

/** Text beyond this is never read (the request is at the top), so conversion stops there. */
const maxOutputChars = 150_000;

function isNameChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 58 ||
    code === 45
  );
}

/** Where `</name` next starts (any case), or the end of the document. */
function closingTag(html: string, name: string, from: number): number {
  let at = html.indexOf("</", from);
  while (at >= 0) {
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name) return at;
    at = html.indexOf("</", at + 2);
  }
  return html.length;
}

interface ListFrame {
  ordered: boolean;
  style: string;
  counter: number;
}

function listMarker(frame: ListFrame): string {
  if (!frame.ordered) return "-";
  const n = frame.counter;
  if (frame.style === "a") return `${String.fromCharCode(96 + (((n - 1) % 26) + 1))}.`;
  if (frame.style === "A") return `${String.fromCharCode(64 + (((n - 1) % 26) + 1))}.`;
  if (frame.style === "i") return `${roman(n)}.`;
  return `${n}.`;
}

function roman(n: number): string {
  const table: Array<[number, string]> = [
    [10, "x"],
    [9, "ix"],
    [5, "v"],
    [4, "iv"],
    [1, "i"],
  ];
  let rest = Math.min(n, 39);
  let out = "";
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

function attribute(tagText: string, name: string): string {
  const lower = tagText.toLowerCase();
  const at = lower.indexOf(`${name}=`);
  if (at < 0) return "";
  const i = at + name.length + 1;
  const quote = tagText[i];
  if (quote === '"' || quote === "'") {
    const end = tagText.indexOf(quote, i + 1);
    return end < 0 ? "" : tagText.slice(i + 1, end);
  }
  let end = i;
  while (end < tagText.length && !/[\s>]/.test(tagText[end] ?? " ")) end++;
  return tagText.slice(i, end);
}

/**
 * Plain text of an HTML document.
 * @example htmlToText("<p>Dear Council,</p><ol><li>Spend</li><li>Staff</li></ol>")
 * // "Dear Council,\n\n1. Spend\n2. Staff"
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  const lists: ListFrame[] = [];
  let quoteDepth = 0;
  let pendingBreaks = 0;
  let atLineStart = true;
  let pos = 0;
  const length = html.length;
  let outputLength = 0;

  const linePrefix = (): string => (quoteDepth > 0 ? "> ".repeat(Math.min(quoteDepth, 5)) : "");
  let afterMarker = false;
  const breakLine = (count: number): void => {
    if (afterMarker) return;
    pendingBreaks = Math.max(pendingBreaks, count);
  };
  let pendingMarker = "";
  const emit = (text: string): void => {
    if (text.length === 0) return;
    if (pendingMarker !== "" && text !== pendingMarker) {
      const marker = pendingMarker;
      pendingMarker = "";
      const keep = afterMarker;
      emit(marker);
      afterMarker = keep;
    }
    if (pendingBreaks > 0 && out.length > 0) {
      for (let k = 0; k < pendingBreaks; k++) out.push("\n", linePrefix());
      atLineStart = true;
    } else if (out.length === 0 && quoteDepth > 0) {
      out.push(linePrefix());
    }
    pendingBreaks = 0;
    outputLength += text.length;
    out.push(text);
    atLineStart = false;
    afterMarker = false;
  };

  while (pos < length) {
    const lt = html.indexOf("<", pos);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > pos) {
      let chunk = decodeEntities(html.slice(pos, textEnd)).replace(/[\s\u00a0]+/g, " ");
      if (atLineStart || pendingBreaks > 0 || afterMarker) chunk = chunk.replace(/^ /, "");
      if (!(afterMarker && chunk === "")) emit(chunk);
    }
    if (lt < 0) break;
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      pos = end < 0 ? length : end + 3;
      continue;
    }
    const gt = html.indexOf(">", lt + 1);
    if (gt < 0) break;
    pos = gt + 1;
    let at = lt + 1;
    const closing = html.charCodeAt(at) === 47; // "/"
    if (closing) at++;
    const nameStart = at;
    while (at < gt && at - nameStart < 20 && isNameChar(html.charCodeAt(at))) at++;
    if (at === nameStart) continue;
    const name = html.slice(nameStart, at).toLowerCase();
    if (out.length > 0 && outputLength > maxOutputChars) break;
    if (!closing && skippedContent.has(name) && html.charCodeAt(gt - 1) !== 47) {
      pos = closingTag(html, name, pos);
      continue;
    }
    if (name === "ol" || name === "ul") {
      afterMarker = false;
      if (closing) {
        lists.pop();
        // Text after a whole list is a new paragraph, not part of the last item.
        if (lists.length === 0) {
          breakLine(2);
          continue;
        }
      } else if (lists.length < 20) {
        const tagText = html.slice(lt + 1, gt);
        const style = attribute(tagText, "type") || (name === "ol" ? "1" : "disc");
        const start = parseInt(attribute(tagText, "start"), 10);
        lists.push({
          ordered: name === "ol",
          style,
          counter: Number.isFinite(start) ? start - 1 : 0,
        });
      }
      breakLine(1);
      continue;
    }
    if (name === "li") {
      afterMarker = false;
      if (closing) {
        breakLine(1);
        continue;
      }
      const frame = lists[lists.length - 1];
      breakLine(1);
      if (frame) {
        frame.counter++;
        const indent = "  ".repeat(Math.min(6, Math.max(0, lists.length - 1)));
        pendingMarker = `${indent}${listMarker(frame)} `;
      } else {
        pendingMarker = "- ";
      }
      atLineStart = true;
      afterMarker = true;
      continue;
    }
    if (name === "blockquote") {
      breakLine(1);
      quoteDepth = closing ? Math.max(0, quoteDepth - 1) : quoteDepth + 1;
      continue;
    }
    if (name === "p") {
      breakLine(2);
      continue;
    }
    if (name === "br") {
      if (pendingBreaks > 0) pendingBreaks = Math.min(pendingBreaks + 1, 2);
      else breakLine(1);
      continue;
    }
    if (blockTags.has(name)) {
      breakLine(1);
      continue;
    }
    if (name === "td" || name === "th") {
      if (!closing) emit(" ");
    }
  }
  return out
    .join("")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
