/**
 * `foi draft`: renders a letter from a case file, for checking templates and for scripted use.
 * Thin: reads files, calls the drafting core (src/shared/drafting), writes the result.
 */
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { CliIo } from "../cliCommand";
import type { FoiCase } from "../../shared/cases/case";
import type { CouncilSettings } from "../../shared/cases/councilSettings";
import { isIsoDate, receiptDate, type IsoDate } from "../../shared/deadlines";
import {
  draftDocx,
  draftLetter,
  isLetterId,
  letterCatalogue,
  letterIds,
  type LetterInputs,
  type OutputLanguage,
  type StoredTemplate,
} from "../../shared/drafting";

export const summary =
  "draft a letter (acknowledgement, refusal, final response …) from a case file";

export const usage = `Usage:
  foi draft --template <name> --case <case.json> [--lang en|cy|bilingual] [--format html|docx|text]
            [--settings <settings.json>] [--inputs <inputs.json>] [--templates <stored.json>]
            [--date YYYY-MM-DD] [--out <file>]
  foi draft --list

The case file is either {"case": FoiCase, "settings"?: CouncilSettings, "inputs"?: LetterInputs,
"letterDate"?: "YYYY-MM-DD"} or a bare FoiCase; --settings and --inputs override the file's own.
--templates is a JSON array of "FOI Templates" rows {templateId, language, version, subject, body,
active}; the newest active row for the template and language wins over the shipped default.

--lang defaults to the requester's language. --date is the date on the letter (default: today in
Europe/London). --format defaults to text. html and text go to standard output, or to --out.
docx is binary, so it is only written to a file: --format docx needs --out.

Missing parts and warnings are listed on standard error. Exit codes: 0 complete, 1 drafted but
something the law requires is missing, 2 usage or file error, 3 the template could not be used.

Templates: ${letterIds.join(", ")}
`;

interface Options {
  template?: string;
  casePath?: string;
  settingsPath?: string;
  inputsPath?: string;
  templatesPath?: string;
  lang?: string;
  format: string;
  date?: string;
  out?: string;
  list: boolean;
}

function readOptions(
  argv: readonly string[],
): { ok: true; value: Options } | { ok: false; problem: string } {
  const options: Options = { format: "text", list: false };
  const flags: Record<string, keyof Options> = {
    "--template": "template",
    "--case": "casePath",
    "--settings": "settingsPath",
    "--inputs": "inputsPath",
    "--templates": "templatesPath",
    "--lang": "lang",
    "--format": "format",
    "--date": "date",
    "--out": "out",
  };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index] ?? "";
    if (flag === "--list") {
      options.list = true;
      continue;
    }
    const [name, inline] = flag.includes("=")
      ? [flag.slice(0, flag.indexOf("=")), flag.slice(flag.indexOf("=") + 1)]
      : [flag, undefined];
    const key = flags[name];
    if (!key) return { ok: false, problem: `unknown option '${name}'` };
    const value = inline ?? argv[index + 1];
    if (inline === undefined) index += 1;
    if (value === undefined || value.startsWith("--"))
      return { ok: false, problem: `${name} needs a value` };
    (options as unknown as Record<string, string>)[key] = value;
  }
  return { ok: true, value: options };
}

async function readJson(
  io: CliIo,
  path: string,
): Promise<{ ok: true; value: unknown } | { ok: false; problem: string }> {
  try {
    return {
      ok: true,
      value: JSON.parse(await readFile(resolve(io.cwd, path), "utf8")) as unknown,
    };
  } catch (error) {
    return {
      ok: false,
      problem: `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function looksLikeCase(value: unknown): value is FoiCase {
  return (
    isObject(value) &&
    typeof value.reference === "string" &&
    typeof value.regime === "string" &&
    isIsoDate(value.receivedDate) &&
    isObject(value.requester) &&
    Array.isArray(value.questions) &&
    Array.isArray(value.exemptions)
  );
}

function looksLikeSettings(value: unknown): value is CouncilSettings {
  return (
    isObject(value) &&
    typeof value.councilName === "string" &&
    typeof value.reviewContact === "string" &&
    Array.isArray(value.signature)
  );
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = readOptions(argv);
  if (!parsed.ok) {
    io.err(`foi draft: ${parsed.problem}\n\n${usage}`);
    return 2;
  }
  const options = parsed.value;
  if (options.list) {
    io.out(
      letterIds
        .map(
          (id) => `${id.padEnd(24)} ${letterCatalogue[id].title}  (${letterCatalogue[id].source})`,
        )
        .join("\n") + "\n",
    );
    return 0;
  }
  const usageError = (problem: string) => {
    io.err(`foi draft: ${problem}\n`);
    return 2;
  };
  if (!options.template || !isLetterId(options.template)) {
    return usageError(`--template must be one of: ${letterIds.join(", ")}`);
  }
  if (!options.casePath) return usageError("--case <case.json> is required");
  if (!["html", "docx", "text"].includes(options.format))
    return usageError("--format must be html, docx or text");
  if (options.format === "docx" && !options.out)
    return usageError("--format docx writes a binary file: give --out <file.docx>");
  if (options.lang && !["en", "cy", "bilingual"].includes(options.lang))
    return usageError("--lang must be en, cy or bilingual");
  if (options.date && !isIsoDate(options.date))
    return usageError("--date must be a date written YYYY-MM-DD");

  const file = await readJson(io, options.casePath);
  if (!file.ok) return usageError(file.problem);
  const wrapped = isObject(file.value) && "case" in file.value ? file.value : { case: file.value };
  let settings: unknown = wrapped.settings;
  let inputs: unknown = wrapped.inputs ?? {};
  let stored: unknown = [];
  for (const [path, assign] of [
    [options.settingsPath, (value: unknown) => (settings = value)],
    [options.inputsPath, (value: unknown) => (inputs = value)],
    [options.templatesPath, (value: unknown) => (stored = value)],
  ] as const) {
    if (!path) continue;
    const read = await readJson(io, path);
    if (!read.ok) return usageError(read.problem);
    assign(read.value);
  }
  if (!looksLikeCase(wrapped.case))
    return usageError(
      `${options.casePath} does not hold a case (reference, regime, receivedDate, requester, questions, exemptions)`,
    );
  if (!looksLikeSettings(settings))
    return usageError(
      'council settings are missing: put "settings" in the case file or pass --settings',
    );
  if (!isObject(inputs)) return usageError("inputs must be a JSON object");
  if (!Array.isArray(stored))
    return usageError("--templates must be a JSON array of template rows");

  const fileDate = typeof wrapped.letterDate === "string" ? wrapped.letterDate : undefined;
  const letterDate = (options.date ?? fileDate ?? receiptDate(new Date())) as IsoDate;
  const result = draftLetter({
    templateId: options.template,
    foiCase: wrapped.case,
    settings,
    inputs: inputs as LetterInputs,
    letterDate,
    ...(options.lang ? { language: options.lang as OutputLanguage } : {}),
    storedTemplates: stored as StoredTemplate[],
  });
  if (!result.ok) {
    const { problem } = result;
    const where =
      problem.origin === "council" ? ` (council version ${problem.version ?? "?"})` : "";
    io.err(
      `foi draft: template '${problem.templateId}'${where} cannot be used: ${problem.message}\n`,
    );
    return 3;
  }
  const draft = result.value;
  if (options.format === "docx") {
    const bytes = await draftDocx(draft);
    await writeFile(resolve(io.cwd, options.out as string), bytes);
    io.err(`wrote ${options.out} (${bytes.length} bytes)\n`);
  } else {
    const output = options.format === "html" ? draft.html : draft.text;
    if (options.out) await writeFile(resolve(io.cwd, options.out), output, "utf8");
    else io.out(output.endsWith("\n") ? output : `${output}\n`);
  }
  for (const issue of draft.issues) io.err(`${issue.severity}: ${issue.message}\n`);
  io.err(
    `${draft.templateId} (${draft.language}, ${draft.law}): subject "${draft.subject}"; HTML body ${draft.htmlBytes} bytes` +
      `${draft.fitsOutlookReplyForm ? "" : " – over Outlook's 32 KB reply form limit"}\n`,
  );
  return draft.complete ? 0 : 1;
}
