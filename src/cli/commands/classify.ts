/**
 * `foi classify FILE...`: recognises .eml and .msg files and prints one JSON line per file.
 * A file that cannot be read or parsed gives {"file","error"} and the run goes on.
 */
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { CliIo } from "../cliCommand";
import { maxMessageBytes, type Recognition } from "../../shared/recognise";
import { recogniseBytes } from "../../shared/recognise/recogniseBytes";

export const summary = "Recognise FOI/EIR/SAR/internal-review requests in .eml or .msg files";

export const usage = `Usage: foi classify FILE...

Reads each .eml (RFC 5322) or .msg (Outlook) file and prints one JSON line per file:
  {"file","kind","confidence","reasons":[],"requester":{"name","email","type"},"questions":[],
   "references":[],"viaWhatDoTheyKnow":true|false,"language":"en"|"cy",...}
kind is foi, eir, sar, internal_review, followup or other. A file that cannot be read gives
{"file","error"} and the run continues. Exit code 0 when every file was read, 1 when any failed,
2 when no files were given.
`;

function line(file: string, recognition: Recognition): string {
  return JSON.stringify({
    file,
    kind: recognition.kind,
    confidence: recognition.confidence,
    reasons: recognition.reasons,
    requester: recognition.requester,
    questions: recognition.questions,
    references: recognition.references,
    viaWhatDoTheyKnow: recognition.viaWhatDoTheyKnow,
    language: recognition.language,
    receivedDate: recognition.receivedDate,
    suggestedRegime: recognition.suggestedRegime,
    otherCategory: recognition.otherCategory,
    preferences: recognition.preferences,
    validity: recognition.validity,
    subject: recognition.subject,
  });
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const files = argv.filter((arg) => !arg.startsWith("--"));
  if (files.length === 0) {
    io.err(usage);
    return 2;
  }
  let failures = 0;
  for (const file of files) {
    try {
      const path = resolve(io.cwd, file);
      const info = await stat(path);
      if (!info.isFile()) throw new Error("not a file");
      if (info.size > maxMessageBytes) throw new Error(`larger than ${maxMessageBytes} bytes`);
      const bytes = new Uint8Array(await readFile(path));
      const result = await recogniseBytes(bytes);
      if (result.ok) io.out(`${line(file, result.value)}\n`);
      else {
        failures++;
        io.out(`${JSON.stringify({ file, error: result.problem })}\n`);
      }
    } catch (error) {
      failures++;
      const message = error instanceof Error ? error.message : "could not read the file";
      io.out(`${JSON.stringify({ file, error: message })}\n`);
    }
  }
  return failures > 0 ? 1 : 0;
}
