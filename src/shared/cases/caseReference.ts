/**
 * Case references in the council's own format (CouncilSettings.referenceFormat), with the tokens
 * {YYYY}, {YY}, {SEQ:n} and {KIND}. The sequence restarts each year and is counted per "scope":
 * the format with every token but {SEQ:n} filled in, so "FOI/{YYYY}/{SEQ:4}" has one sequence a
 * year, and "{KIND}-{YYYY}-{SEQ:3}" one a year for each kind.
 */
import type { CaseKind } from "./case";
import { fail, succeed, type Result } from "./result";

export const kindCodes: Readonly<Record<CaseKind, string>> = {
  foi: "FOI",
  eir: "EIR",
  sar: "SAR",
  internal_review: "IR",
};

const tokenPattern = /\{([A-Z]+)(?::(\d+))?\}/g;

/** Why a reference format cannot be used, for the settings screen. */
export function checkReferenceFormat(format: string): Result<{ digits: number }, string> {
  let digits = 0;
  let sequences = 0;
  for (const match of format.matchAll(tokenPattern)) {
    const [, name, width] = match;
    if (name === "SEQ") {
      sequences += 1;
      digits = Number(width ?? "0");
      if (!width || digits < 1 || digits > 9) {
        return fail("The sequence token needs a width from 1 to 9, e.g. {SEQ:4}.");
      }
    } else if (name !== "YYYY" && name !== "YY" && name !== "KIND") {
      return fail(
        `The reference format has an unknown token {${name}}; use {YYYY}, {YY}, {SEQ:n} or {KIND}.`,
      );
    }
  }
  if (sequences !== 1)
    return fail("The reference format needs exactly one sequence token, e.g. {SEQ:4}.");
  if (!/\{(YYYY|YY)\}/.test(format)) {
    return fail(
      "The reference format needs the year ({YYYY} or {YY}), because numbers restart each year.",
    );
  }
  if (format.length > 100) return fail("The reference format is too long.");
  return succeed({ digits });
}

/**
 * The scope a sequence number is counted in: the format with the year and kind filled in.
 * @example referenceScope("FOI/{YYYY}/{SEQ:4}", { year: 2026, kind: "eir" }) // "FOI/2026/{SEQ:4}"
 */
export function referenceScope(format: string, parts: { year: number; kind: CaseKind }): string {
  return format.replace(tokenPattern, (whole, name: string) => {
    if (name === "YYYY") return String(parts.year).padStart(4, "0");
    if (name === "YY") return String(parts.year % 100).padStart(2, "0");
    if (name === "KIND") return kindCodes[parts.kind];
    return whole;
  });
}

/**
 * Fills the sequence number into a scope from {@link referenceScope}.
 * @example referenceInScope("FOI/2026/{SEQ:4}", 42) // "FOI/2026/0042"
 */
export function referenceInScope(scope: string, sequence: number): string {
  return scope.replace(/\{SEQ:(\d+)\}/, (_whole, width: string) =>
    String(sequence).padStart(Number(width), "0"),
  );
}

/**
 * A reference in the council's format.
 * @example formatReference("FOI/{YYYY}/{SEQ:4}", { year: 2026, sequence: 42, kind: "foi" }) // "FOI/2026/0042"
 */
export function formatReference(
  format: string,
  parts: { year: number; sequence: number; kind: CaseKind },
): string {
  return referenceInScope(referenceScope(format, parts), parts.sequence);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * The sequence number of a reference within a scope, or undefined if it does not belong to it
 * (used when importing a register, to continue numbering after the highest imported number).
 * @example sequenceInScope("FOI/2026/{SEQ:4}", "FOI/2026/0042") // 42
 */
export function sequenceInScope(scope: string, reference: string): number | undefined {
  const parts = scope.split(/\{SEQ:\d+\}/);
  if (parts.length !== 2) return undefined;
  const pattern = new RegExp(
    `^${escapeRegExp(parts[0] ?? "")}(\\d+)${escapeRegExp(parts[1] ?? "")}$`,
  );
  const match = pattern.exec(reference);
  return match ? Number(match[1]) : undefined;
}
