/**
 * Checks a council's edited template before it is saved to the "FOI Templates" list: it must
 * compile, and it must run against a realistic sample case without referring to unknown fields.
 */
import type { LetterLanguage } from "./bilingual";
import { partialIds, type PartialId, type TemplateId } from "./letterCatalogue";
import {
  compileTemplate,
  runTemplate,
  type CompiledTemplate,
  type TemplateResult,
} from "./renderTemplate";
import { resolveTemplate, type StoredTemplate } from "./storedTemplate";

/**
 * Compiles and trial-runs template source against a context (use {@link buildDraftContext} on a
 * sample case). Returns the rendered markup, or the problem as a value.
 */
export function validateTemplate(
  templateId: TemplateId,
  source: string,
  language: LetterLanguage,
  sampleContext: object,
  stored: readonly StoredTemplate[] = [],
): TemplateResult<string> {
  const compiled = compileTemplate(templateId, source, language);
  if (!compiled.ok) return compiled;
  const partials: Partial<Record<PartialId, CompiledTemplate>> = {};
  for (const id of partialIds) {
    if (id === templateId) continue;
    const partial = compileTemplate(
      id,
      resolveTemplate(id, language, stored).source.body,
      language,
    );
    if (!partial.ok) return partial;
    partials[id] = partial.value;
  }
  return runTemplate(templateId, compiled.value, sampleContext, partials);
}
