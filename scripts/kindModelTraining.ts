/**
 * Training for the recogniser's second opinion (src/shared/recognise/kindModel.ts), shared by
 * scripts/trainKindModel.ts and the test that checks the shipped weights are up to date.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import type { MessageKind } from "../src/shared/recognise";
import { modelInput, prepareMessage } from "../src/shared/recognise/recogniseMessage";
import { parseMessageFile } from "../src/shared/recognise/recogniseBytes";
import { modelFeatures, modelKinds, type KindModel } from "../src/shared/recognise/kindModel";

export interface Example {
  id: string;
  kind: MessageKind;
  features: string[];
}

export const root = resolve(__dirname, "..");
const fixtures = join(root, "test", "fixtures", "messages");

export function labelledFolders(): string[] {
  const folders = [fixtures];
  for (const entry of readdirSync(fixtures).sort()) {
    const path = join(fixtures, entry);
    if (statSync(path).isDirectory() && existsSync(join(path, "labels.json"))) folders.push(path);
  }
  return folders;
}

export async function examplesOf(folder: string): Promise<Example[]> {
  const labels = JSON.parse(readFileSync(join(folder, "labels.json"), "utf8")) as Array<{
    file: string;
    kind: MessageKind;
  }>;
  const examples: Example[] = [];
  for (const label of labels) {
    const parsed = await parseMessageFile(new Uint8Array(readFileSync(join(folder, label.file))));
    if (!parsed.ok) throw new Error(`${folder}/${label.file}: ${parsed.problem.message}`);
    const prepared = prepareMessage(parsed.value);
    examples.push({
      id: `${basename(folder)}/${label.file}`,
      kind: label.kind,
      features: modelFeatures(modelInput(prepared)),
    });
  }
  return examples;
}

/** Softmax regression with L2, full-batch Adam; features kept when at least `minCount` messages have them. */
export function train(examples: Example[], minCount = 3, lambda = 0.002, epochs = 400): KindModel {
  const counts = new Map<string, number>();
  for (const example of examples) {
    for (const feature of example.features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  }
  const vocabulary = [...counts.entries()]
    .filter(([, count]) => count >= minCount)
    .map(([feature]) => feature)
    .sort();
  const index = new Map(vocabulary.map((feature, i) => [feature, i]));
  const K = modelKinds.length;
  const V = vocabulary.length;
  const rows = examples.map((example) => ({
    y: modelKinds.indexOf(example.kind),
    x: example.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined),
  }));
  const w = new Float64Array((V + 1) * K); // last row: bias
  const m = new Float64Array(w.length);
  const v = new Float64Array(w.length);
  const rate = 0.05;
  const n = rows.length;
  for (let epoch = 1; epoch <= epochs; epoch += 1) {
    const grad = new Float64Array(w.length);
    for (const row of rows) {
      const logits = new Float64Array(K);
      for (let k = 0; k < K; k += 1) logits[k] = w[V * K + k]!;
      for (const i of row.x) for (let k = 0; k < K; k += 1) logits[k]! += w[i * K + k]!;
      const top = Math.max(...logits);
      let total = 0;
      for (let k = 0; k < K; k += 1) {
        logits[k] = Math.exp(logits[k]! - top);
        total += logits[k]!;
      }
      for (let k = 0; k < K; k += 1) {
        const delta = (logits[k]! / total - (k === row.y ? 1 : 0)) / n;
        grad[V * K + k]! += delta;
        for (const i of row.x) grad[i * K + k]! += delta;
      }
    }
    for (let j = 0; j < w.length; j += 1) {
      const g = grad[j]! + (j < V * K ? lambda * w[j]! : 0);
      m[j] = 0.9 * m[j]! + 0.1 * g;
      v[j] = 0.999 * v[j]! + 0.001 * g * g;
      const mHat = m[j]! / (1 - 0.9 ** epoch);
      const vHat = v[j]! / (1 - 0.999 ** epoch);
      w[j]! -= (rate * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  const round = (value: number): number => Math.round(value * 1000) / 1000;
  const weights: Record<string, number[]> = {};
  vocabulary.forEach((feature, i) => {
    const row = Array.from({ length: K }, (_, k) => round(w[i * K + k]!));
    if (row.some((value) => Math.abs(value) >= 0.01)) weights[feature] = row;
  });
  return {
    kinds: modelKinds,
    bias: Array.from({ length: K }, (_, k) => round(w[V * K + k]!)),
    weights,
  };
}

export const shippedModelPath = join(root, "src", "shared", "recognise", "kindModel.json");
