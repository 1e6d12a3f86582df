/**
 * Letter markup: the small line-based format that templates produce, turned into blocks that the
 * HTML, plain-text and Word builders render. Templates therefore never contain HTML: every output
 * escapes text itself, so nothing a template or a value says can become a script.
 *
 * - A blank line ends a block.
 * - `# `, `## `, `### ` start a heading (levels 1–3).
 * - `- ` starts a bullet; `> ` starts a quotation (used to quote the requester's question).
 *   Following lines, until a blank line, continue the same block.
 * - Other lines form paragraphs; lines within a paragraph are kept as line breaks.
 * - A backslash at the start of a line makes the line plain text (values are escaped this way).
 */

export type LetterBlock =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; lines: string[] }
  | { kind: "bullet"; lines: string[] }
  | { kind: "quote"; lines: string[] }
  | { kind: "divider" };

const markerAtLineStart = /^([ \t]*)([#>\-\\])/gm;

/**
 * Escapes a value before it goes into a template, so that a line in it that happens to start
 * with `#`, `-` or `>` stays plain text.
 * @example escapeMarkup("- not a bullet") // "\\- not a bullet"
 */
export function escapeMarkup(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(markerAtLineStart, "$1\\$2");
}

/** Parses letter markup into blocks. Never fails: anything unrecognised is a paragraph. */
export function parseLetterMarkup(markup: string): LetterBlock[] {
  const blocks: LetterBlock[] = [];
  let open: { kind: "paragraph" | "bullet" | "quote"; lines: string[] } | null = null;
  const close = (): void => {
    if (open && open.lines.length > 0) blocks.push(open);
    open = null;
  };
  for (const rawLine of markup.replace(/\r\n?/g, "\n").split("\n")) {
    const line = rawLine.trimEnd();
    if (line.trim() === "") {
      close();
      continue;
    }
    if (line.startsWith("\\")) {
      const text = line.slice(1);
      if (open) open.lines.push(text);
      else open = { kind: "paragraph", lines: [text] };
      continue;
    }
    const heading = /^(#{1,3}) +(.*)$/.exec(line);
    if (heading) {
      close();
      const text = (heading[2] ?? "").trim();
      if (text)
        blocks.push({ kind: "heading", level: (heading[1] ?? "#").length as 1 | 2 | 3, text });
      continue;
    }
    const bullet = /^- +(.*)$/.exec(line);
    if (bullet) {
      close();
      open = { kind: "bullet", lines: [bullet[1] ?? ""] };
      continue;
    }
    const quote = /^> ?(.*)$/.exec(line);
    if (quote) {
      if (open?.kind === "quote") {
        open.lines.push(quote[1] ?? "");
      } else {
        close();
        open = { kind: "quote", lines: [quote[1] ?? ""] };
      }
      continue;
    }
    if (/^-{3,}$/.test(line)) {
      close();
      blocks.push({ kind: "divider" });
      continue;
    }
    if (open) open.lines.push(line);
    else open = { kind: "paragraph", lines: [line] };
  }
  close();
  return blocks;
}

/** A piece of inline text: plain, or a link the outputs may make clickable. */
export type InlinePart = { text: string; href?: string };

const linkPattern =
  /(https?:\/\/[^\s<>"]*[^\s<>".,;:!?)'])|([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g;

/**
 * Splits text into plain parts and links. Only http(s) web addresses and email addresses become
 * links, so no other scheme (such as `javascript:`) can reach an output.
 */
export function splitLinks(text: string): InlinePart[] {
  const parts: InlinePart[] = [];
  let last = 0;
  for (const match of text.matchAll(linkPattern)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ text: text.slice(last, index) });
    const found = match[0];
    parts.push({ text: found, href: match[1] ? found : `mailto:${found}` });
    last = index + found.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
