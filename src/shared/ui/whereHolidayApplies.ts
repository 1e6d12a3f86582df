import { divisionNames, type Division } from "../deadlines";

/**
 * Where a bank holiday applies, in words.
 * @example whereHolidayApplies(["northern-ireland"]) // "Northern Ireland"
 * @example whereHolidayApplies(["england-and-wales", "scotland", "northern-ireland"]) // "every part of the UK"
 */
export function whereHolidayApplies(divisions: readonly Division[]): string {
  if (divisions.length >= 3) return "every part of the UK";
  const names = divisions.map((division) => divisionNames[division]);
  return names.length === 2 ? `${names[0]} and ${names[1]}` : (names[0] ?? "no part of the UK");
}
