/**
 * Council-edited templates, as kept in the "FOI Templates" SharePoint list (owned by the register),
 * and the rule that picks which version a letter uses.
 */
import type { LetterLanguage } from "./bilingual";
import { defaultTemplatesCy } from "./defaultTemplatesCy";
import { defaultTemplatesEn } from "./defaultTemplatesEn";
import type { TemplateId } from "./letterCatalogue";
import type { TemplateSource } from "./templateSource";

/** One row of the "FOI Templates" list. `body` and `subject` are template source (Handlebars). */
export interface StoredTemplate {
  templateId: string;
  language: "en" | "cy";
  version: number;
  subject: string;
  body: string;
  active: boolean;
}

/** The template a letter will use, and where it came from. */
export interface ResolvedTemplate {
  templateId: TemplateId;
  language: LetterLanguage;
  source: TemplateSource;
  origin: "council" | "default";
  /** The council version number, or null for the shipped default. */
  version: number | null;
}

/** The shipped default for a template and language. */
export function defaultTemplate(templateId: TemplateId, language: LetterLanguage): TemplateSource {
  return (language === "cy" ? defaultTemplatesCy : defaultTemplatesEn)[templateId];
}

/**
 * Picks the newest active council version of a template in a language, or the shipped default
 * when the council has none. Inactive rows are kept as history and never used.
 * @example resolveTemplate("acknowledgement", "en", rows).origin // "council" when an active row exists
 */
export function resolveTemplate(
  templateId: TemplateId,
  language: LetterLanguage,
  stored: readonly StoredTemplate[],
): ResolvedTemplate {
  let best: StoredTemplate | undefined;
  for (const row of stored) {
    if (row.templateId !== templateId || row.language !== language || !row.active) continue;
    if (!best || row.version > best.version) best = row;
  }
  if (best) {
    return {
      templateId,
      language,
      source: { subject: best.subject, body: best.body },
      origin: "council",
      version: best.version,
    };
  }
  return {
    templateId,
    language,
    source: defaultTemplate(templateId, language),
    origin: "default",
    version: null,
  };
}
