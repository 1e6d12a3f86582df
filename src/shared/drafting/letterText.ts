/** The plain-text version of a letter, for plain-text mail and for the checks to read. */
import type { LetterBlock } from "./letterMarkup";
import type { LetterDocument } from "./letterDocument";

function blockPlain(block: LetterBlock): string {
  switch (block.kind) {
    case "heading":
      return block.level === 1
        ? `${block.text}\n${"=".repeat(Math.min(block.text.length, 72))}`
        : block.text;
    case "paragraph":
      return block.lines.join("\n");
    case "bullet":
      return block.lines.map((line, index) => (index === 0 ? `- ${line}` : `  ${line}`)).join("\n");
    case "quote":
      return block.lines.map((line) => `> ${line}`).join("\n");
    case "divider":
      return "-".repeat(40);
  }
}

/** The body blocks of one section as plain text. */
export function blocksText(blocks: readonly LetterBlock[]): string {
  return blocks
    .map((block, index) => {
      const previous = blocks[index - 1];
      const separator =
        index === 0 ? "" : block.kind === "bullet" && previous?.kind === "bullet" ? "\n" : "\n\n";
      return separator + blockPlain(block);
    })
    .join("");
}

/** The whole letter as plain text. */
export function letterText(letter: LetterDocument): string {
  const head = [letter.letterhead.councilName, ...letter.letterhead.addressLines].join("\n");
  const details = letter.details.map((row) => `${row.label}: ${row.value}`).join("\n");
  const body = letter.sections
    .map((section) => blocksText(section.blocks))
    .join(`\n\n${"-".repeat(40)}\n\n`);
  return `${head}\n\n${details}\n\n${body}\n\n${letter.letterhead.contactLine}\n`;
}
