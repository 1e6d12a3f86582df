/**
 * Runs a template safely with Handlebars 4.7: an isolated environment, strict mode (unknown fields
 * are errors), no prototype access, only a fixed set of helpers (`date`, `money`, `eq` and the
 * built-in `if`, `unless`, `each`, `with`), and only the shipped partials. Output is letter markup,
 * not HTML; the output builders escape everything. Failures are values, never exceptions.
 */
import Handlebars from "handlebars";
import type { LetterLanguage } from "./bilingual";
import { formatLetterDate, formatMoney } from "./letterFormat";
import type { PartialId, TemplateId } from "./letterCatalogue";

/** Why a template could not be used. */
export type TemplateProblem =
  | { kind: "templateSyntax"; templateId: TemplateId; message: string; line?: number }
  | { kind: "templateError"; templateId: TemplateId; message: string };

export type TemplateResult<T> = { ok: true; value: T } | { ok: false; problem: TemplateProblem };

const compileOptions: CompileOptions = {
  strict: true,
  noEscape: true,
  knownHelpersOnly: true,
  knownHelpers: { date: true, money: true, eq: true, lookup: false, log: false },
};

type Helper = (...args: unknown[]) => unknown;

function helpersFor(language: LetterLanguage): Record<string, Helper> {
  return {
    date: (value: unknown) => formatLetterDate(value, language),
    money: (value: unknown) => formatMoney(value, language),
    eq: (left: unknown, right: unknown) => left === right,
  };
}

function environmentFor(language: LetterLanguage): typeof Handlebars {
  const environment = Handlebars.create();
  environment.unregisterHelper("log");
  environment.unregisterHelper("lookup");
  for (const [name, helper] of Object.entries(helpersFor(language)))
    environment.registerHelper(name, helper);
  return environment;
}

const environments: Partial<Record<LetterLanguage, typeof Handlebars>> = {};
const environment = (language: LetterLanguage) =>
  (environments[language] ??= environmentFor(language));

function lineOf(message: string): number | undefined {
  const match = /line (\d+)/.exec(message);
  return match ? Number(match[1]) : undefined;
}

/** Compiled templates by language and source, so each template is compiled once (bounded). */
const compiledCache = new Map<string, HandlebarsTemplateDelegate>();
const compiledCacheLimit = 500;

/** A template compiled and ready to run (also usable as a partial of another template). */
export type CompiledTemplate = HandlebarsTemplateDelegate;

/**
 * Compiles template source, reporting syntax errors (including use of a helper outside the fixed
 * set) as values.
 * @example compileTemplate("acknowledgement", "Dear {{requester.name}}", "en").ok // true
 */
export function compileTemplate(
  templateId: TemplateId,
  source: string,
  language: LetterLanguage,
): TemplateResult<CompiledTemplate> {
  const cacheKey = `${language}\u0000${source}`;
  const cached = compiledCache.get(cacheKey);
  if (cached) return { ok: true, value: cached };
  const env = environment(language);
  try {
    env.parse(source);
    // precompile walks the whole program, so unknown helpers are caught here, not at first use.
    env.precompile(source, compileOptions);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problem: { kind: "templateSyntax", templateId, message, line: lineOf(message) },
    };
  }
  const compiled = env.compile(source, compileOptions);
  if (compiledCache.size >= compiledCacheLimit) compiledCache.clear();
  compiledCache.set(cacheKey, compiled);
  return { ok: true, value: compiled };
}

/** Runs a compiled template with the shipped partials; a missing field is reported, not thrown. */
export function runTemplate(
  templateId: TemplateId,
  compiled: CompiledTemplate,
  context: object,
  partials: Readonly<Partial<Record<PartialId, CompiledTemplate>>>,
): TemplateResult<string> {
  try {
    const value = compiled(context, {
      partials: { ...partials } as Record<string, CompiledTemplate>,
      allowProtoPropertiesByDefault: false,
      allowProtoMethodsByDefault: false,
    });
    return { ok: true, value };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { kind: "templateError", templateId, message } };
  }
}
