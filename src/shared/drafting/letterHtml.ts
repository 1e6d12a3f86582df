/**
 * The HTML email body for Outlook's reply form. Built from blocks, never from template text, so
 * every character of content is escaped and the only links are http(s) and mailto. Inline styles
 * only, because Outlook ignores style sheets in many clients.
 */
import type { LetterBlock } from "./letterMarkup";
import { splitLinks } from "./letterMarkup";
import type { LetterDocument } from "./letterDocument";

/** Outlook's limit on the HTML body passed to displayReplyForm: 32 KB. */
export const outlookReplyFormLimitBytes = 32 * 1024;

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

function inline(line: string): string {
  return splitLinks(line)
    .map((part) =>
      part.href
        ? `<a href="${escapeHtml(part.href)}">${escapeHtml(part.text)}</a>`
        : escapeHtml(part.text),
    )
    .join("");
}

const lines = (items: string[]) => items.map(inline).join("<br>");

function blockHtml(block: LetterBlock): string {
  switch (block.kind) {
    case "heading": {
      const size = block.level === 1 ? "14pt" : block.level === 2 ? "12pt" : "11pt";
      return `<h${block.level + 1} style="font-size:${size};margin:16px 0 6px 0">${inline(block.text)}</h${block.level + 1}>`;
    }
    case "paragraph":
      return `<p style="margin:0 0 10px 0">${lines(block.lines)}</p>`;
    case "bullet":
      return `<li>${lines(block.lines)}</li>`;
    case "quote":
      return `<blockquote style="margin:0 0 10px 0;padding:4px 0 4px 10px;border-left:3px solid #999;font-style:italic">${lines(block.lines)}</blockquote>`;
    case "divider":
      return `<hr style="margin:20px 0">`;
  }
}

/** The email body as HTML. */
export function letterHtml(letter: LetterDocument): string {
  const parts: string[] = [];
  parts.push(
    `<div lang="${letter.language === "bilingual" ? "cy" : letter.language}" style="font-family:Arial,Helvetica,sans-serif;font-size:11pt;line-height:1.4">`,
  );
  parts.push(
    `<p style="margin:0 0 12px 0"><strong>${escapeHtml(letter.letterhead.councilName)}</strong><br>${lines(letter.letterhead.addressLines)}</p>`,
  );
  parts.push(
    `<p style="margin:0 0 12px 0">${letter.details.map((row) => `${escapeHtml(row.label)}: ${inline(row.value)}`).join("<br>")}</p>`,
  );
  letter.sections.forEach((section, index) => {
    if (index > 0) parts.push(`<hr style="margin:24px 0">`);
    parts.push(`<div lang="${section.language}">`);
    section.blocks.forEach((block, blockIndex) => {
      const previous = section.blocks[blockIndex - 1];
      const next = section.blocks[blockIndex + 1];
      if (block.kind === "bullet" && previous?.kind !== "bullet")
        parts.push(`<ul style="margin:0 0 10px 0">`);
      parts.push(blockHtml(block));
      if (block.kind === "bullet" && next?.kind !== "bullet") parts.push(`</ul>`);
    });
    parts.push(`</div>`);
  });
  parts.push(
    `<p style="margin:16px 0 0 0;font-size:9pt;color:#555">${inline(letter.letterhead.contactLine)}</p>`,
  );
  parts.push(`</div>`);
  return parts.join("\n");
}

/** Size in bytes of text encoded as UTF-8, as Outlook counts it. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}
