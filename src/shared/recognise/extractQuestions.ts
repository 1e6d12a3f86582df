/**
 * Reads the numbered, lettered or bulleted items of a request, in order, with their numbering
 * removed. Nested items (1a, 1b; (i), (ii); a bullet under a number) are listed as their leaves,
 * so "1. Spend on agency staff: (a) in 2023 (b) in 2024" gives two items. Wrapped lines are joined;
 * a blank line followed by ordinary prose ends a list.
 */

type MarkerType = "number" | "numberParen" | "numberLetter" | "letter" | "roman" | "bullet";

interface Marker {
  type: MarkerType;
  /** The letter, for telling (i) the letter after (h) from (i) the roman numeral. */
  letter?: string;
  indent: number;
  text: string;
}

interface Item {
  text: string;
  parent: number;
  children: number;
  type: MarkerType;
}

const romanNumerals = new Set([
  "i",
  "ii",
  "iii",
  "iv",
  "v",
  "vi",
  "vii",
  "viii",
  "ix",
  "x",
  "xi",
  "xii",
]);
const maxLineChars = 2_000;
const maxItems = 200;

const numbered =
  /^(?:(?:q|question|request|item|part|point)\.?\s?)?(\d{1,2})(?:\s?[.):]|\s[-–])\s+(\S.*)$/i;
const numberedParen = /^\((\d{1,2})\)\s*(\S.*)$/;
const numberLetter = /^(\d{1,2})\s?([a-z])\s?[.):]?\s+(\S.*)$/;
const lettered = /^\(?([a-zA-Z])[.)]\s+(\S.*)$/;
const romanised = /^\(?((?:x|ix|iv|v?i{1,3}|v|xi{1,2}))[.)]\s+(\S.*)$/i;
const bulleted = /^([-*•·▪‣◦–—○●■□➢►✓])\s*(\S.*)$/;

function markerOf(rawLine: string, previousLetter: string | undefined): Marker | null {
  const line = rawLine.length > maxLineChars ? rawLine.slice(0, maxLineChars) : rawLine;
  const indent = line.length - line.trimStart().length;
  const body = line.trim();
  let match = numberLetter.exec(body);
  if (match) return { type: "numberLetter", indent, text: match[3] ?? "" };
  match = numbered.exec(body);
  if (match) {
    const value = Number(match[1]);
    if (value >= 1 && value <= 60) return { type: "number", indent, text: match[2] ?? "" };
  }
  match = numberedParen.exec(body);
  if (match) return { type: "numberParen", indent, text: match[2] ?? "" };
  match = romanised.exec(body);
  if (match) {
    const value = (match[1] ?? "").toLowerCase();
    const followsLetter =
      value.length === 1 &&
      previousLetter !== undefined &&
      previousLetter.charCodeAt(0) + 1 === value.charCodeAt(0);
    if (romanNumerals.has(value) && !followsLetter)
      return { type: "roman", indent, text: match[2] ?? "" };
  }
  match = lettered.exec(body);
  if (match) {
    const letter = (match[1] ?? "").toLowerCase();
    // "A. Smith" or "I. " as a sentence are rare; a bare capital with a full stop must start a list at a/A.
    return { type: "letter", letter, indent, text: match[2] ?? "" };
  }
  match = bulleted.exec(body);
  if (match) {
    const text = match[2] ?? "";
    if (/^[-–—_=*]+$/.test(text)) return null;
    return { type: "bullet", indent, text };
  }
  return null;
}

interface Frame {
  type: MarkerType;
  indent: number;
  item: number;
  letter?: string;
}

function tidy(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The list items of a request, leaves only, numbering removed.
 * @example extractQuestions("Please provide:\n1. Spend in 2024.\n2. Number of staff.")
 * // ["Spend in 2024.", "Number of staff."]
 */
export function extractQuestions(text: string): string[] {
  const lines = text.split("\n");
  const items: Item[] = [];
  let stack: Frame[] = [];
  let current = -1;
  let blankSinceItem = false;

  for (const line of lines) {
    if (items.length >= maxItems) break;
    if (line.trim() === "") {
      if (current >= 0) blankSinceItem = true;
      continue;
    }
    const lastLetterFrame = [...stack].reverse().find((frame) => frame.type === "letter");
    const marker = markerOf(line, lastLetterFrame?.letter);
    if (!marker) {
      const indent = line.length - line.trimStart().length;
      const previous = items[current];
      const trimmed = line.trim();
      // A hard-wrapped item goes on: indented, or mid-sentence (no full stop, next word lower-case).
      const wraps =
        indent >= 2 ||
        (previous !== undefined &&
          !/[.?!;:]["”’)]?$/.test(previous.text) &&
          /^[a-z0-9(£$%&"“‘'’,-]/.test(trimmed));
      if (current >= 0 && ((!blankSinceItem && wraps) || indent >= 2)) {
        const item = items[current];
        if (item) item.text = `${item.text} ${line.trim()}`;
        blankSinceItem = false;
        continue;
      }
      stack = [];
      current = -1;
      blankSinceItem = false;
      continue;
    }
    if (marker.type === "letter" && stack.length === 0 && marker.letter !== "a") {
      // A lettered list must start at a; "I. " or "P. Smith" are not lists.
      if (current < 0) continue;
    }
    let parent = -1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as Frame;
      const sameKind =
        top.type === marker.type ||
        (top.type === "number" && marker.type === "numberParen") ||
        (top.type === "numberParen" && marker.type === "number");
      if (sameKind && Math.abs(top.indent - marker.indent) <= 1) {
        stack.pop();
        parent = stack.length > 0 ? (stack[stack.length - 1] as Frame).item : -1;
        break;
      }
      // "2." after "1a." and "1b." is the next number, not an item under 1b.
      if (
        top.type === "numberLetter" &&
        (marker.type === "number" || marker.type === "numberParen")
      ) {
        stack.pop();
        continue;
      }
      const deeper = marker.indent > top.indent + 1;
      const newKind =
        !stack.some((frame) => frame.type === marker.type) && marker.indent >= top.indent - 1;
      if (deeper || newKind) {
        parent = top.item;
        break;
      }
      stack.pop();
    }
    const text = tidy(marker.text);
    items.push({ text, parent, children: 0, type: marker.type });
    const index = items.length - 1;
    if (parent >= 0) {
      const parentItem = items[parent];
      if (parentItem) parentItem.children++;
    }
    const frame: Frame = { type: marker.type, indent: marker.indent, item: index };
    if (marker.letter !== undefined) frame.letter = marker.letter;
    stack.push(frame);
    current = index;
    blankSinceItem = false;
  }
  // A lone top-level "I." or "A." is a sentence starting with an initial, not a list.
  const rootsOfType = new Map<MarkerType, number>();
  for (const item of items) {
    if (item.parent < 0) rootsOfType.set(item.type, (rootsOfType.get(item.type) ?? 0) + 1);
  }
  return items
    .filter(
      (item) =>
        !(
          item.parent < 0 &&
          (item.type === "roman" || item.type === "letter") &&
          item.children === 0 &&
          (rootsOfType.get(item.type) ?? 0) < 2
        ),
    )
    .filter((item) => item.children === 0)
    .map((item) => tidy(item.text))
    .filter((text) => text.length >= 2);
}
