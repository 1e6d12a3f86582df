/**
 * The labelled synthetic messages in test/fixtures/messages (other councils, senders, topics and
 * formats than the development set) as a regression check on the rules as a whole.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { MessageKind } from "../../../src/shared/recognise";
import { recogniseBytes } from "../../../src/shared/recognise/recogniseBytes";

interface Label {
  file: string;
  kind: MessageKind;
  requester_email: string | null;
  questions: string[];
  /** Reasonable officers could disagree on the kind. */
  ambiguous?: boolean;
}

const fixtures = join(__dirname, "..", "..", "fixtures", "messages");
const isNew = (kind: MessageKind): boolean => kind !== "followup" && kind !== "other";

describe.each([
  ["first held-out set", fixtures],
  ["second held-out set", join(fixtures, "second")],
  ["third held-out set", join(fixtures, "third")],
  ["fourth held-out set", join(fixtures, "fourth")],
  ["fifth held-out set", join(fixtures, "fifth")],
  ["sixth held-out set", join(fixtures, "sixth")],
  ["seventh held-out set", join(fixtures, "seventh")],
  ["eighth held-out set", join(fixtures, "eighth")],
  ["ninth held-out set", join(fixtures, "ninth")],
  ["tenth held-out set", join(fixtures, "tenth")],
  ["final held-out set", join(fixtures, "final")],
  ["twelfth held-out set", join(fixtures, "twelfth")],
  ["thirteenth held-out set", join(fixtures, "thirteenth")],
  ["fourteenth held-out set", join(fixtures, "fourteenth")],
  ["fifteenth held-out set", join(fixtures, "fifteenth")],
  ["blind-1 held-out set", join(fixtures, "blind-1")],
  ["blind-2 held-out set", join(fixtures, "blind-2")],
  ["blind-3 held-out set", join(fixtures, "blind-3")],
  ["blind-4 held-out set", join(fixtures, "blind-4")],
  ["blind-5 held-out set", join(fixtures, "blind-5")],
  ["blind-6 held-out set", join(fixtures, "blind-6")],
  ["blind-7 held-out set", join(fixtures, "blind-7")],
  ["blind-8 held-out set", join(fixtures, "blind-8")],
  ["blind-9 held-out set", join(fixtures, "blind-9")],
  ["blind-10 held-out set", join(fixtures, "blind-10")],
  ["blind-11 held-out set", join(fixtures, "blind-11")],
  ["blind-12 held-out set", join(fixtures, "blind-12")],
  ["blind-13 held-out set", join(fixtures, "blind-13")],
  ["blind-14 held-out set", join(fixtures, "blind-14")],
  ["blind-15 held-out set", join(fixtures, "blind-15")],
  ["blind-16 held-out set", join(fixtures, "blind-16")],
  ["blind-17 held-out set", join(fixtures, "blind-17")],
  ["blind-18 held-out set", join(fixtures, "blind-18")],
  ["blind-19 held-out set", join(fixtures, "blind-19")],
])("%s", (_name, folder) => {
  const labels = JSON.parse(readFileSync(join(folder, "labels.json"), "utf8")) as Label[];
  let results: Array<{
    label: Label;
    kind: MessageKind;
    email: string | null;
    questions: string[];
  }> = [];

  beforeAll(async () => {
    results = [];
    for (const label of labels) {
      const outcome = await recogniseBytes(new Uint8Array(readFileSync(join(folder, label.file))));
      if (!outcome.ok) throw new Error(`${label.file}: ${outcome.problem}`);
      results.push({
        label,
        kind: outcome.value.kind,
        email: outcome.value.requester.email,
        questions: outcome.value.questions,
      });
    }
  });

  it("misses no new request to register (where officers would agree it is one)", () => {
    const missed = results
      .filter((row) => isNew(row.label.kind) && !isNew(row.kind) && row.label.ambiguous !== true)
      .map((row) => row.label.file);
    expect(missed).toEqual([]);
  });

  it("raises few false alarms (new-request precision at least 0.95)", () => {
    const alarms = results.filter((row) => isNew(row.kind));
    const right = alarms.filter((row) => isNew(row.label.kind));
    expect(right.length / alarms.length).toBeGreaterThanOrEqual(0.95);
  });

  it("gets the kind right for at least 93% of messages", () => {
    const right = results.filter((row) => row.kind === row.label.kind);
    expect(right.length / results.length).toBeGreaterThanOrEqual(0.93);
  });

  it("finds the reply address of every message", () => {
    const wrong = results
      .filter((row) => row.email !== row.label.requester_email)
      .map((row) => row.label.file);
    expect(wrong).toEqual([]);
  });

  it("reads numbered question lists exactly for at least 90% of messages that number them", () => {
    const normalise = (text: string): string =>
      text
        .replace(/\s+/g, " ")
        .trim()
        .toLowerCase()
        .replace(/[\s.,;:!?]+$/, "");
    const numbered = results.filter((row) => row.label.questions.length > 0);
    const exact = numbered.filter(
      (row) =>
        row.questions.length === row.label.questions.length &&
        row.questions.every(
          (question, index) => normalise(question) === normalise(row.label.questions[index] ?? ""),
        ),
    );
    expect(exact.length).toBeGreaterThanOrEqual(Math.ceil(numbered.length * 0.9));
  });
});
