/**
 * The shipped second-opinion weights must be what `npm run train:recogniser` makes from the
 * labelled messages in the repository: a fixture added or relabelled without retraining fails here.
 */
import { readFileSync } from "node:fs";
import type { KindModel } from "../../src/shared/recognise/kindModel";
import {
  examplesOf,
  labelledFolders,
  shippedModelPath,
  train,
  type Example,
} from "../../scripts/kindModelTraining";

jest.setTimeout(120_000);

it("the shipped kindModel.json is reproduced by training on the repository's labelled messages", async () => {
  const examples: Example[] = [];
  for (const folder of labelledFolders()) examples.push(...(await examplesOf(folder)));
  const retrained = train(examples);
  const shipped = JSON.parse(readFileSync(shippedModelPath, "utf8")) as KindModel;
  expect(Object.keys(retrained.weights).sort()).toEqual(Object.keys(shipped.weights).sort());
  let largest = 0;
  for (const [feature, row] of Object.entries(retrained.weights)) {
    const other = shipped.weights[feature] ?? [];
    row.forEach((value, k) => {
      largest = Math.max(largest, Math.abs(value - (other[k] ?? NaN)));
    });
  }
  expect(largest).toBeLessThanOrEqual(0.002);
  expect(retrained.bias).toEqual(shipped.bias);
});
