/**
 * The Word letter (.docx), with the council's letterhead in the page header and its contact
 * details in the footer, built with the `docx` library. No I/O: returns the file's bytes, which
 * the host attaches to the reply or the command line writes to a file.
 */
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from "docx";
import type { LetterBlock } from "./letterMarkup";
import { splitLinks } from "./letterMarkup";
import type { LetterDocument } from "./letterDocument";

type RunStyle = { italics?: boolean; bold?: boolean; language?: { value: string } };

/** Word's proofing language for each letter language, so spelling and screen readers use Welsh. */
const wordLanguage = { en: { value: "en-GB" }, cy: { value: "cy-GB" } } as const;

function runs(lines: readonly string[], style: RunStyle = {}): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  lines.forEach((line, lineIndex) => {
    splitLinks(line).forEach((part, partIndex) => {
      const lineBreak = lineIndex > 0 && partIndex === 0 ? 1 : undefined;
      if (part.href) {
        children.push(
          new ExternalHyperlink({
            link: part.href,
            children: [
              new TextRun({ text: part.text, style: "Hyperlink", break: lineBreak, ...style }),
            ],
          }),
        );
      } else {
        children.push(new TextRun({ text: part.text, break: lineBreak, ...style }));
      }
    });
    if (line === "" && lineIndex > 0) children.push(new TextRun({ text: "", break: 1 }));
  });
  return children;
}

const headingLevels = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

function blockParagraph(block: LetterBlock, style: RunStyle): Paragraph {
  switch (block.kind) {
    case "heading":
      return new Paragraph({
        heading: headingLevels[block.level],
        children: runs([block.text], style),
      });
    case "paragraph":
      return new Paragraph({ spacing: { after: 160 }, children: runs(block.lines, style) });
    case "bullet":
      return new Paragraph({
        bullet: { level: 0 },
        spacing: { after: 80 },
        children: runs(block.lines, style),
      });
    case "quote":
      return new Paragraph({
        indent: { left: 567 },
        spacing: { after: 160 },
        border: { left: { style: "single", size: 12, color: "999999", space: 8 } },
        children: runs(block.lines, { ...style, italics: true }),
      });
    case "divider":
      return new Paragraph({ children: [new PageBreak()] });
  }
}

/** Builds the Word document for a letter. */
export function letterDocxDocument(letter: LetterDocument): Document {
  const header = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: letter.letterhead.councilName, bold: true, size: 28 })],
      }),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: runs(letter.letterhead.addressLines, {}),
      }),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: runs([letter.letterhead.contactLine]),
      }),
    ],
  });
  const body: Paragraph[] = [
    new Paragraph({ spacing: { after: 240 }, children: runs(letter.recipient) }),
    new Paragraph({
      spacing: { after: 240 },
      children: runs(letter.details.map((row) => `${row.label}: ${row.value}`)),
    }),
  ];
  letter.sections.forEach((section, index) => {
    if (index > 0) body.push(new Paragraph({ children: [new PageBreak()] }));
    const style = { language: wordLanguage[section.language] };
    for (const block of section.blocks) body.push(blockParagraph(block, style));
  });
  return new Document({
    creator: letter.letterhead.councilName,
    title: letter.subject,
    styles: {
      default: { document: { run: { font: "Arial", size: 22 } } },
    },
    sections: [{ headers: { default: header }, footers: { default: footer }, children: body }],
  });
}

/**
 * The letter as .docx bytes (a zip holding word/document.xml and friends).
 * Works in Node and in the browser.
 */
export async function letterDocx(letter: LetterDocument): Promise<Uint8Array> {
  return Packer.pack(letterDocxDocument(letter), "uint8array");
}
