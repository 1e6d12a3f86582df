/**
 * `npm run train:recogniser`: trains the recogniser's second opinion (src/shared/recognise/
 * kindModel.ts) on the labelled messages in test/fixtures/messages and writes
 * src/shared/recognise/kindModel.json. Deterministic: the same messages give the same weights.
 *
 * The development set (../shared/samples/emails) is never trained on: it stays a test.
 *
 * Options:
 *   --exclude A,B     leave these fixture folders out (to measure on them as unseen mail)
 *   --eval DIR,...    after training, score these labelled folders and print the model's accuracy
 *   --dump FILE       write the model's probabilities for the --eval messages as JSON
 *   --out FILE        where to write the weights (default: the shipped kindModel.json)
 */
import { writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { scoreKinds } from "../src/shared/recognise/kindModel";
import {
  examplesOf,
  labelledFolders,
  shippedModelPath,
  train,
  type Example,
} from "./kindModelTraining";

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<number> {
  const exclude = new Set((option("--exclude") ?? "").split(",").filter(Boolean));
  const folders = labelledFolders().filter(
    (folder) => !exclude.has(basename(folder)) && !exclude.has(folder),
  );
  const examples: Example[] = [];
  for (const folder of folders) examples.push(...(await examplesOf(folder)));
  const started = Date.now();
  const model = train(
    examples,
    Number(option("--min") ?? 3),
    Number(option("--lambda") ?? 0.002),
    Number(option("--epochs") ?? 400),
  );
  const out = option("--out") ?? shippedModelPath;
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  console.log(
    `trained on ${examples.length} messages from ${folders.length} folders in ${Date.now() - started} ms; ${Object.keys(model.weights).length} features; ${out}`,
  );
  const evalFolders = (option("--eval") ?? "").split(",").filter(Boolean);
  const dump: Record<string, Record<string, number>> = {};
  for (const folder of evalFolders) {
    const held = await examplesOf(resolve(folder));
    let right = 0;
    for (const example of held) {
      const scores = scoreKinds(example.features, model);
      if (scores.best === example.kind) right += 1;
      dump[example.id] = scores.probabilities;
    }
    console.log(
      `${folder}: model kind accuracy ${(right / held.length).toFixed(3)} (${right}/${held.length})`,
    );
  }
  const dumpPath = option("--dump");
  if (dumpPath) writeFileSync(dumpPath, JSON.stringify(dump));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
