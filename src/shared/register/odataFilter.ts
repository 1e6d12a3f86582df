/**
 * Building `$filter` values safely. The graph client does not URL-encode filter values and splits
 * query strings on `&`, so every value is escaped the OData way (single quotes doubled, OASIS
 * OData ABNF `SQUOTE-in-string`) and then percent-encoded. Column names are never interpolated as
 * text: they come from a whitelist of indexed columns (listSchema.ts), so no query can hit the
 * list view threshold (docs/m365-platform.md §4.2, §8.3).
 */
import { filterableColumns, type ListSpec } from "./listSchema";

/** A whitelisted column reference, written `fields/<Name>`. */
export class ColumnRef {
  private constructor(readonly name: string) {}

  /** The column of `list` called `name`; throws (a bug, not user input) if it is not indexed. */
  static of(list: ListSpec, name: string): ColumnRef {
    if (!filterableColumns(list).includes(name)) {
      throw new Error(
        `Column '${name}' of '${list.displayName}' is not indexed, so it cannot be filtered or sorted on.`,
      );
    }
    return new ColumnRef(name);
  }

  toString(): string {
    return `fields/${this.name}`;
  }
}

export type ODataValue = string | number | boolean | null | ColumnRef;

/** One value as an OData literal, percent-encoded for the query string. */
export function odataLiteral(value: ODataValue): string {
  if (value instanceof ColumnRef) return value.toString();
  if (value === null) return "null";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError("OData numbers must be finite");
    return String(value);
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  return encodeURIComponent(`'${value.replace(/'/g, "''")}'`);
}

/**
 * A filter with every interpolated value escaped.
 * @example odata`${ColumnRef.of(requestsList, "Assignee")} eq ${"O'Brien & Co"}`
 *   // "fields/Assignee eq %27O%27%27Brien%20%26%20Co%27"
 */
export function odata(strings: TemplateStringsArray, ...values: ODataValue[]): string {
  let text = strings[0] ?? "";
  values.forEach((value, index) => {
    text += odataLiteral(value) + (strings[index + 1] ?? "");
  });
  return text;
}
