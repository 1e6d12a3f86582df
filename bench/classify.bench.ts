/**
 * Recogniser speed: ordinary messages classified per second on one core (target ≥ 2,000/s), and
 * the time to read a 1 MB message (target < 50 ms). Prints figures; never asserts.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseEml, recogniseMessage, type MailMessage } from "../src/shared/recognise";
import { recogniseBytes } from "../src/shared/recognise/recogniseBytes";

function messageFiles(): string[] {
  const folders = [
    join(__dirname, "..", "test", "fixtures", "messages"),
    join(__dirname, "..", "..", "shared", "samples", "emails"),
  ];
  const files: string[] = [];
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder))
      if (name.endsWith(".eml")) files.push(join(folder, name));
  }
  return files;
}

function oneMegabyteMessage(): Uint8Array {
  const request =
    "Dear Council,\n\nUnder the Freedom of Information Act 2000 please provide:\n\n1. The number of potholes repaired in 2025.\n2. The amount spent on repairs.\n\nYours faithfully,\nAnn Example\n\n";
  let quoted = "";
  const line =
    "> On an earlier date somebody wrote a very long reply about road maintenance, budgets and more.\n";
  while (quoted.length < 1_000_000) quoted += line;
  const text = `From: Ann Example <ann@example.org>\nTo: foi@example.gov.uk\nSubject: FOI request\nDate: Mon, 05 Jan 2026 10:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n${request}On Mon, 5 Jan 2026, Bob wrote:\n${quoted}`;
  return new TextEncoder().encode(text);
}

function oneMegabyteHtml(): Uint8Array {
  let cells = "";
  while (cells.length < 1_000_000) cells += "<tr><td>Row</td><td><b>value</b> &amp; more</td></tr>";
  const html = `<html><body><p>Please provide the following information under FOI:</p><ol><li>Spend</li><li>Staff</li></ol><table>${cells}</table></body></html>`;
  const text = `From: Ann Example <ann@example.org>\nTo: foi@example.gov.uk\nSubject: Request\nDate: Mon, 05 Jan 2026 10:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n${html}`;
  return new TextEncoder().encode(text);
}

async function timeOne(label: string, bytes: Uint8Array): Promise<void> {
  const runs = 10;
  let best = Infinity;
  let total = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await recogniseBytes(bytes);
    const took = performance.now() - start;
    best = Math.min(best, took);
    total += took;
  }
  console.log(
    `${label} (${(bytes.byteLength / 1_048_576).toFixed(2)} MB): best ${best.toFixed(1)} ms, mean ${(total / runs).toFixed(1)} ms (target < 50 ms)`,
  );
}

export async function bench(): Promise<void> {
  const files = messageFiles();
  if (files.length === 0) {
    console.log("no sample messages found");
    return;
  }
  const bytes = files.map((file) => new Uint8Array(readFileSync(file)));
  const parsed: MailMessage[] = [];
  for (const item of bytes) {
    const result = await parseEml(item);
    if (result.ok) parsed.push(result.value);
  }
  // Warm up.
  for (const message of parsed) recogniseMessage(message);

  const target = 20_000;
  let count = 0;
  let start = performance.now();
  while (count < target) {
    for (const message of parsed) {
      recogniseMessage(message);
      count++;
    }
  }
  let seconds = (performance.now() - start) / 1000;
  console.log(
    `recogniseMessage on ${parsed.length} ordinary messages: ${Math.round(count / seconds)} messages/s (target ≥ 2,000/s)`,
  );

  // The same messages with the rules alone: what the trained second opinion costs.
  count = 0;
  start = performance.now();
  while (count < target) {
    for (const message of parsed) {
      recogniseMessage(message, { model: null });
      count++;
    }
  }
  seconds = (performance.now() - start) / 1000;
  console.log(
    `  of which the rules alone: ${Math.round(count / seconds)} messages/s (the rest is the trained second opinion)`,
  );

  count = 0;
  start = performance.now();
  while (count < 5_000) {
    for (const item of bytes) {
      await recogniseBytes(item);
      count++;
    }
  }
  seconds = (performance.now() - start) / 1000;
  console.log(`recogniseBytes (.eml parsing included): ${Math.round(count / seconds)} messages/s`);

  await timeOne("1 MB plain-text message with a long quoted thread", oneMegabyteMessage());
  await timeOne("1 MB HTML message", oneMegabyteHtml());
}
