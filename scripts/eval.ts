/**
 * `npm run eval [FOLDER]`: scores the recogniser on a labelled folder of messages (labels.json
 * beside the .eml files). Default: ../shared/samples/emails relative to the repository root, or
 * FOI_SAMPLES. Prints new-request precision and recall, kind accuracy, exact question lists,
 * requester email, a confusion matrix and the misclassified files. `--rules-only` leaves out the
 * trained second opinion.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { MessageKind } from "../src/shared/recognise";
import { recogniseBytes } from "../src/shared/recognise/recogniseBytes";

interface Label {
  file: string;
  kind: MessageKind;
  requester_email: string | null;
  questions: string[];
  references?: string[];
  via_wdtk?: boolean;
  language?: string;
}

const kinds: MessageKind[] = ["foi", "eir", "sar", "internal_review", "followup", "other"];
const newRequest = new Set<MessageKind>(["foi", "eir", "sar", "internal_review"]);

function normaliseQuestion(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()
    .replace(/[\s.,;:!?]+$/, "");
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return (
    a.length === b.length &&
    a.every((item, index) => normaliseQuestion(item) === normaliseQuestion(b[index] ?? ""))
  );
}

function ratio(n: number, d: number): string {
  return d === 0 ? "n/a" : `${(n / d).toFixed(3)} (${n}/${d})`;
}

async function main(): Promise<number> {
  // --rules-only: the rules without the trained second opinion, to see what each contributes.
  const rulesOnly = process.argv.includes("--rules-only");
  const root = resolve(__dirname, "..");
  const folder = resolve(
    process.argv.slice(2).find((arg) => !arg.startsWith("--")) ??
      process.env["FOI_SAMPLES"] ??
      join(root, "..", "shared", "samples", "emails"),
  );
  const labelsPath = join(folder, "labels.json");
  if (!existsSync(labelsPath)) {
    console.error(`eval: no labelled samples at ${folder} (expected ${labelsPath}).`);
    console.error("Pass a folder as an argument or set FOI_SAMPLES.");
    return 2;
  }
  const labels = JSON.parse(readFileSync(labelsPath, "utf8")) as Label[];
  const confusion = new Map<string, number>();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let kindRight = 0;
  let numbered = 0;
  let questionsRight = 0;
  let emailTotal = 0;
  let emailRight = 0;
  let refsRight = 0;
  let wdtkRight = 0;
  let errors = 0;
  let keywordTp = 0;
  let keywordFp = 0;
  let keywordFn = 0;
  const wrong: string[] = [];
  const questionMisses: string[] = [];
  const emailMisses: string[] = [];
  const refMisses: string[] = [];
  for (const label of labels) {
    const path = join(folder, label.file);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(path));
    } catch {
      console.error(`eval: cannot read ${label.file}`);
      errors++;
      continue;
    }
    const result = await recogniseBytes(bytes, rulesOnly ? { model: null } : {});
    if (!result.ok) {
      console.error(`eval: ${label.file}: ${result.problem}`);
      errors++;
      continue;
    }
    const got = result.value;
    const keyword = /freedom of information|\bfoi\b/i.test(
      `${got.subject}\n${new TextDecoder().decode(bytes)}`,
    );
    if (keyword && newRequest.has(label.kind)) keywordTp++;
    if (keyword && !newRequest.has(label.kind)) keywordFp++;
    if (!keyword && newRequest.has(label.kind)) keywordFn++;
    const key = `${label.kind}→${got.kind}`;
    confusion.set(key, (confusion.get(key) ?? 0) + 1);
    const expectedNew = newRequest.has(label.kind);
    const gotNew = newRequest.has(got.kind);
    if (expectedNew && gotNew) tp++;
    if (!expectedNew && gotNew) fp++;
    if (expectedNew && !gotNew) fn++;
    if (label.kind === got.kind) kindRight++;
    else
      wrong.push(
        `  ${label.file}: expected ${label.kind}, got ${got.kind} (${got.confidence}) — ${got.reasons.slice(0, 3).join("; ")}`,
      );
    if (label.questions.length > 0) {
      numbered++;
      if (sameList(label.questions, got.questions)) questionsRight++;
      else
        questionMisses.push(
          `  ${label.file}: expected ${label.questions.length}, got ${JSON.stringify(got.questions).slice(0, 300)}`,
        );
    }
    emailTotal++;
    if ((label.requester_email ?? null) === (got.requester.email ?? null)) emailRight++;
    else
      emailMisses.push(
        `  ${label.file}: expected ${label.requester_email}, got ${got.requester.email}`,
      );
    const expectedRefs = (label.references ?? []).map((ref) => ref.toUpperCase()).sort();
    const gotRefs = got.references.map((ref) => ref.toUpperCase()).sort();
    if (JSON.stringify(expectedRefs) === JSON.stringify(gotRefs)) refsRight++;
    else
      refMisses.push(
        `  ${label.file}: expected ${JSON.stringify(expectedRefs)}, got ${JSON.stringify(gotRefs)}`,
      );
    if ((label.via_wdtk ?? false) === got.viaWhatDoTheyKnow) wdtkRight++;
  }
  const scored = labels.length - errors;
  console.log(`Recogniser evaluation: ${folder}${rulesOnly ? " (rules only)" : ""}`);
  console.log(`messages scored: ${scored}${errors ? ` (${errors} could not be read)` : ""}`);
  console.log(`new request to register (foi+eir+sar+internal_review):`);
  console.log(`  precision ${ratio(tp, tp + fp)}`);
  console.log(`  recall    ${ratio(tp, tp + fn)}`);
  console.log(
    `  (keyword baseline "freedom of information"/"FOI": precision ${ratio(keywordTp, keywordTp + keywordFp)}, recall ${ratio(keywordTp, keywordTp + keywordFn)})`,
  );
  console.log(`kind accuracy               ${ratio(kindRight, scored)}`);
  console.log(
    `question lists exact        ${ratio(questionsRight, numbered)} of messages that number them`,
  );
  console.log(`requester email exact       ${ratio(emailRight, emailTotal)}`);
  console.log(`references exact            ${ratio(refsRight, scored)}`);
  console.log(`WhatDoTheyKnow flag right   ${ratio(wdtkRight, scored)}`);
  console.log("\nconfusion matrix (rows: label, columns: recogniser)");
  const width = 16;
  console.log(`${"".padEnd(width)}${kinds.map((kind) => kind.padStart(width)).join("")}`);
  for (const expected of kinds) {
    const cells = kinds.map((got) =>
      String(confusion.get(`${expected}→${got}`) ?? 0).padStart(width),
    );
    console.log(`${expected.padEnd(width)}${cells.join("")}`);
  }
  console.log(`\nmisclassified (${wrong.length}):`);
  for (const row of wrong) console.log(row);
  if (questionMisses.length)
    console.log(
      `\nquestion lists not exact (${questionMisses.length}):\n${questionMisses.join("\n")}`,
    );
  if (emailMisses.length)
    console.log(`\nrequester email not exact (${emailMisses.length}):\n${emailMisses.join("\n")}`);
  if (refMisses.length)
    console.log(`\nreferences not exact (${refMisses.length}):\n${refMisses.join("\n")}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
