/** Dates and money written the way British (and Welsh) letters write them. */
import { formatBritishDate, isIsoDate } from "../deadlines";
import type { LetterLanguage } from "./bilingual";

const welshMonths = [
  "Ionawr",
  "Chwefror",
  "Mawrth",
  "Ebrill",
  "Mai",
  "Mehefin",
  "Gorffennaf",
  "Awst",
  "Medi",
  "Hydref",
  "Tachwedd",
  "Rhagfyr",
] as const;

/**
 * A date for a letter: "23 Nov 2026" in English, "23 Tachwedd 2026" in Welsh.
 * Anything that is not a calendar date gives a visible placeholder, which the checks then flag.
 * @example formatLetterDate("2026-11-23", "en") // "23 Nov 2026"
 */
export function formatLetterDate(date: unknown, language: LetterLanguage): string {
  if (!isIsoDate(date)) return language === "cy" ? "[dyddiad ar goll]" : "[date missing]";
  if (language === "en") return formatBritishDate(date, { weekday: false });
  return `${Number(date.slice(8, 10))} ${welshMonths[Number(date.slice(5, 7)) - 1] ?? ""} ${date.slice(0, 4)}`;
}

/**
 * An amount in pence as pounds.
 * @example formatMoney(1250) // "£12.50"
 */
export function formatMoney(pence: unknown, language: LetterLanguage = "en"): string {
  if (typeof pence !== "number" || !Number.isFinite(pence)) {
    return language === "cy" ? "[swm ar goll]" : "[amount missing]";
  }
  const pounds = Math.floor(Math.abs(pence) / 100).toLocaleString("en-GB");
  const rest = String(Math.abs(pence) % 100).padStart(2, "0");
  return `${pence < 0 ? "-" : ""}£${pounds}.${rest}`;
}
