/**
 * Drafts a letter: picks the council's template (or the shipped default), fills it from the case,
 * settings and officer inputs, lays it out, renders the HTML email body and plain text, and runs
 * the completeness checks. Pure and synchronous; the Word file is {@link draftDocx}.
 */
import type { IsoDate } from "../deadlines";
import type { FoiCase } from "../cases/case";
import type { CouncilSettings } from "../cases/councilSettings";
import type { LetterLanguage } from "./bilingual";
import { checkDraft, type DraftIssue } from "./checkDraft";
import { buildDraftContext, type DraftSource } from "./draftContext";
import {
  letterCatalogue,
  partialIds,
  type LetterId,
  type PartialId,
  type TemplateId,
} from "./letterCatalogue";
import type { LetterDocument, OutputLanguage } from "./letterDocument";
import { letterDocx } from "./letterDocx";
import { formatLetterDate } from "./letterFormat";
import { letterHtml, outlookReplyFormLimitBytes, utf8Bytes } from "./letterHtml";
import type { LetterInputs } from "./letterInputs";
import { parseLetterMarkup, type LetterBlock } from "./letterMarkup";
import { blocksText, letterText } from "./letterText";
import { letterLaw, type LetterLaw } from "./regimeTerms";
import {
  compileTemplate,
  runTemplate,
  type CompiledTemplate,
  type TemplateProblem,
} from "./renderTemplate";
import { resolveTemplate, type ResolvedTemplate, type StoredTemplate } from "./storedTemplate";

export interface DraftRequest {
  templateId: LetterId;
  foiCase: FoiCase;
  settings: CouncilSettings;
  inputs?: LetterInputs;
  /** The date on the letter (the core never reads the clock). */
  letterDate: IsoDate;
  /** Defaults to the requester's language: Welsh correspondence is answered in Welsh. */
  language?: OutputLanguage;
  /** Rows of the council's "FOI Templates" list; none means the shipped defaults. */
  storedTemplates?: readonly StoredTemplate[];
}

export interface Draft {
  templateId: LetterId;
  language: OutputLanguage;
  law: LetterLaw;
  subject: string;
  document: LetterDocument;
  html: string;
  text: string;
  htmlBytes: number;
  /** Whether the HTML body is within Outlook's 32 KB displayReplyForm limit. */
  fitsOutlookReplyForm: boolean;
  issues: DraftIssue[];
  /** No required part is missing (warnings may remain). */
  complete: boolean;
  /** Which template versions were used, for the audit trail. */
  templates: {
    templateId: TemplateId;
    language: LetterLanguage;
    origin: "council" | "default";
    version: number | null;
  }[];
}

export type DraftProblem = TemplateProblem & {
  origin?: "council" | "default";
  version?: number | null;
};

export type DraftResult = { ok: true; value: Draft } | { ok: false; problem: DraftProblem };

type Rendered = {
  language: LetterLanguage;
  subject: string;
  blocks: LetterBlock[];
  used: ResolvedTemplate[];
};

function compileResolved(resolved: ResolvedTemplate, part: "subject" | "body") {
  const compiled = compileTemplate(resolved.templateId, resolved.source[part], resolved.language);
  if (compiled.ok) return compiled;
  const problem: DraftProblem = {
    ...compiled.problem,
    origin: resolved.origin,
    version: resolved.version,
  };
  return { ok: false as const, problem };
}

function renderLanguage(
  request: DraftRequest,
  source: DraftSource,
  language: LetterLanguage,
): { ok: true; value: Rendered } | { ok: false; problem: DraftProblem } {
  const stored = request.storedTemplates ?? [];
  const letter = resolveTemplate(request.templateId, language, stored);
  const used: ResolvedTemplate[] = [letter];
  const partials: Partial<Record<PartialId, CompiledTemplate>> = {};
  for (const id of partialIds) {
    const resolved = resolveTemplate(id, language, stored);
    used.push(resolved);
    const compiled = compileResolved(resolved, "body");
    if (!compiled.ok) return compiled;
    partials[id] = compiled.value;
  }
  const subjectTemplate = compileResolved(letter, "subject");
  if (!subjectTemplate.ok) return subjectTemplate;
  const bodyTemplate = compileResolved(letter, "body");
  if (!bodyTemplate.ok) return bodyTemplate;

  const context = buildDraftContext(source, language);
  const withOrigin = (problem: TemplateProblem): DraftProblem => ({
    ...problem,
    origin: letter.origin,
    version: letter.version,
  });
  const subject = runTemplate(request.templateId, subjectTemplate.value, context, partials);
  if (!subject.ok) return { ok: false, problem: withOrigin(subject.problem) };
  const body = runTemplate(request.templateId, bodyTemplate.value, context, partials);
  if (!body.ok) return { ok: false, problem: withOrigin(body.problem) };

  return {
    ok: true,
    value: {
      language,
      subject: subject.value.replace(/\\/g, "").replace(/\s+/g, " ").trim(),
      blocks: parseLetterMarkup(body.value),
      used,
    },
  };
}

const labels = {
  en: { reference: "Our reference", date: "Date", yourEmail: "Email" },
  cy: { reference: "Ein cyfeirnod", date: "Dyddiad", yourEmail: "E-bost" },
} as const;

function document(
  request: DraftRequest,
  language: OutputLanguage,
  rendered: Rendered[],
): LetterDocument {
  const { settings, foiCase, letterDate } = request;
  const languages: LetterLanguage[] = language === "bilingual" ? ["cy", "en"] : [language];
  const both = (pick: (l: LetterLanguage) => string) =>
    [...new Set(languages.map(pick))].join(" / ");
  const councilName = both((l) =>
    l === "cy" && settings.councilNameCy ? settings.councilNameCy : settings.councilName,
  );
  return {
    language,
    subject: rendered.map((section) => section.subject).join(" / "),
    letterhead: {
      councilName,
      addressLines: settings.postalAddress.split(/\r?\n/).filter((line) => line.trim() !== ""),
      contactLine: [settings.contactEmail, settings.telephone, settings.website]
        .filter(Boolean)
        .join(" | "),
    },
    details: [
      { label: both((l) => labels[l].reference), value: foiCase.reference },
      { label: both((l) => labels[l].date), value: both((l) => formatLetterDate(letterDate, l)) },
    ],
    recipient: [
      foiCase.requester.name,
      ...(foiCase.requester.organisation ? [foiCase.requester.organisation] : []),
      ...(foiCase.requester.postalAddress
        ? foiCase.requester.postalAddress.split(/\r?\n/)
        : [`${both((l) => labels[l].yourEmail)}: ${foiCase.requester.email}`]),
    ],
    sections: rendered.map((section) => ({ language: section.language, blocks: section.blocks })),
  };
}

/**
 * Drafts a letter and checks it.
 * @example draftLetter({ templateId: "acknowledgement", foiCase, settings, letterDate: "2026-11-23" })
 */
export function draftLetter(request: DraftRequest): DraftResult {
  const language = request.language ?? request.foiCase.requester.language;
  const law = letterLaw(request.foiCase.regime, request.settings.nation);
  const source: DraftSource = {
    foiCase: request.foiCase,
    settings: request.settings,
    inputs: request.inputs ?? {},
    letterDate: request.letterDate,
    law,
    letterId: request.templateId,
  };
  const languages: LetterLanguage[] = language === "bilingual" ? ["cy", "en"] : [language];
  const rendered: Rendered[] = [];
  for (const each of languages) {
    const result = renderLanguage(request, source, each);
    if (!result.ok) return result;
    rendered.push(result.value);
  }
  const doc = document(request, language, rendered);
  const html = letterHtml(doc);
  const htmlBytes = utf8Bytes(html);
  const fits = htmlBytes <= outlookReplyFormLimitBytes;
  const issues = checkDraft(
    request.templateId,
    source,
    rendered.map((section) => ({ language: section.language, text: blocksText(section.blocks) })),
  );
  if (!fits) {
    issues.push({
      code: "htmlTooLarge",
      severity: "warning",
      message: `The email body is ${htmlBytes} bytes, over Outlook's ${outlookReplyFormLimitBytes}-byte reply form limit: attach the Word letter instead.`,
    });
  }
  return {
    ok: true,
    value: {
      templateId: request.templateId,
      language,
      law,
      subject: doc.subject,
      document: doc,
      html,
      text: letterText(doc),
      htmlBytes,
      fitsOutlookReplyForm: fits,
      issues,
      complete: !issues.some((issue) => issue.severity === "missing"),
      templates: rendered.flatMap((section) =>
        section.used.map((used) => ({
          templateId: used.templateId,
          language: used.language,
          origin: used.origin,
          version: used.version,
        })),
      ),
    },
  };
}

/** The Word letter for a draft, as .docx bytes. */
export function draftDocx(draft: Draft): Promise<Uint8Array> {
  return letterDocx(draft.document);
}

/** The title officers see for a letter. */
export const letterTitle = (id: LetterId): string => letterCatalogue[id].title;
