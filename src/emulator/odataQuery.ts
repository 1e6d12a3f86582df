/**
 * The subset of OData query options the register uses on list items: `$filter` with eq, ne, gt,
 * ge, lt, le, and, or, not, parentheses and startswith(); `$orderby` (asc/desc, several keys);
 * `$select`; `$expand=fields` / `fields($select=…)`. Field references take the `fields/` prefix
 * (https://learn.microsoft.com/graph/api/listitem-list, "$filter=fields/…" with "$expand=fields").
 */
import { badRequest } from "./graphErrors";

export type FilterNode =
  | { kind: "and" | "or"; left: FilterNode; right: FilterNode }
  | { kind: "not"; operand: FilterNode }
  | { kind: "compare"; op: "eq" | "ne" | "gt" | "ge" | "lt" | "le"; field: string; value: unknown }
  | { kind: "startswith"; field: string; value: string };

type Token =
  { t: "word"; v: string } | { t: "string"; v: string } | { t: "punct"; v: "(" | ")" | "," };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === "(" || ch === ")" || ch === ",") {
      tokens.push({ t: "punct", v: ch });
      i += 1;
    } else if (ch === "'") {
      let value = "";
      i += 1;
      for (;;) {
        if (i >= text.length) badRequest("Invalid filter clause: unterminated string literal.");
        const c = text[i] as string;
        if (c === "'") {
          if (text[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        value += c;
        i += 1;
      }
      tokens.push({ t: "string", v: value });
    } else {
      const match = /^[^\s(),']+/.exec(text.slice(i));
      if (!match) badRequest("Invalid filter clause.");
      tokens.push({ t: "word", v: (match as RegExpExecArray)[0] });
      i += (match as RegExpExecArray)[0].length;
    }
  }
  return tokens;
}

function fieldName(word: string): string {
  if (word === "id") return "id";
  const match = /^fields\/([A-Za-z_][A-Za-z0-9_]*)$/.exec(word);
  if (!match) badRequest(`Invalid filter clause: '${word}' is not a property of a list item.`);
  return (match as RegExpExecArray)[1] as string;
}

function literal(token: Token | undefined): unknown {
  if (!token) return badRequest("Invalid filter clause: a value is missing.");
  if (token.t === "string") return token.v;
  if (token.t !== "word") return badRequest("Invalid filter clause: a value is missing.");
  if (token.v === "null") return null;
  if (token.v === "true") return true;
  if (token.v === "false") return false;
  if (/^-?\d+(\.\d+)?$/.test(token.v)) return Number(token.v);
  if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(token.v)) return token.v;
  return badRequest(`Invalid filter clause: '${token.v}' is not a value.`);
}

/** Parses `$filter`; throws a Graph-shaped 400 for what it cannot read. */
export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let pos = 0;
  const peekWord = (): string | undefined => {
    const token = tokens[pos];
    return token && token.t === "word" ? token.v.toLowerCase() : undefined;
  };
  const expectPunct = (v: string): void => {
    const token = tokens[pos];
    if (!token || token.t !== "punct" || token.v !== v)
      badRequest(`Invalid filter clause: expected '${v}'.`);
    pos += 1;
  };
  const parseOr = (): FilterNode => {
    let left = parseAnd();
    while (peekWord() === "or") {
      pos += 1;
      left = { kind: "or", left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): FilterNode => {
    let left = parseUnary();
    while (peekWord() === "and") {
      pos += 1;
      left = { kind: "and", left, right: parseUnary() };
    }
    return left;
  };
  const parseUnary = (): FilterNode => {
    const token = tokens[pos];
    if (!token) return badRequest("Invalid filter clause: the expression ends too early.");
    if (token.t === "word" && token.v.toLowerCase() === "not") {
      pos += 1;
      return { kind: "not", operand: parseUnary() };
    }
    if (token.t === "punct" && token.v === "(") {
      pos += 1;
      const inner = parseOr();
      expectPunct(")");
      return inner;
    }
    if (token.t === "word" && token.v.toLowerCase() === "startswith") {
      pos += 1;
      expectPunct("(");
      const fieldToken = tokens[pos];
      if (!fieldToken || fieldToken.t !== "word")
        return badRequest("Invalid filter clause in startswith.");
      pos += 1;
      expectPunct(",");
      const value = literal(tokens[pos]);
      pos += 1;
      expectPunct(")");
      if (typeof value !== "string") return badRequest("startswith needs a string.");
      return { kind: "startswith", field: fieldName(fieldToken.v), value };
    }
    if (token.t !== "word") return badRequest("Invalid filter clause.");
    pos += 1;
    const op = peekWord();
    if (op !== "eq" && op !== "ne" && op !== "gt" && op !== "ge" && op !== "lt" && op !== "le") {
      return badRequest(`Invalid filter clause: unknown operator '${op ?? ""}'.`);
    }
    pos += 1;
    const value = literal(tokens[pos]);
    pos += 1;
    return { kind: "compare", op, field: fieldName(token.v), value };
  };
  const node = parseOr();
  if (pos !== tokens.length)
    badRequest("Invalid filter clause: unexpected text after the expression.");
  return node;
}

/** The field names a filter refers to (to check each is indexed). */
export function filterFields(node: FilterNode): string[] {
  switch (node.kind) {
    case "and":
    case "or":
      return [...filterFields(node.left), ...filterFields(node.right)];
    case "not":
      return filterFields(node.operand);
    default:
      return [node.field];
  }
}

function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

export function evaluateFilter(node: FilterNode, read: (field: string) => unknown): boolean {
  switch (node.kind) {
    case "and":
      return evaluateFilter(node.left, read) && evaluateFilter(node.right, read);
    case "or":
      return evaluateFilter(node.left, read) || evaluateFilter(node.right, read);
    case "not":
      return !evaluateFilter(node.operand, read);
    case "startswith": {
      const value = read(node.field);
      return typeof value === "string" && value.startsWith(node.value);
    }
    case "compare": {
      const actual = read(node.field) ?? null;
      const expected = node.value;
      if (node.op === "eq")
        return compareValues(actual, expected) === 0 && (actual === null) === (expected === null);
      if (node.op === "ne")
        return !(
          compareValues(actual, expected) === 0 && (actual === null) === (expected === null)
        );
      if (actual === null || expected === null) return false;
      const order = compareValues(actual, expected);
      if (node.op === "gt") return order > 0;
      if (node.op === "ge") return order >= 0;
      if (node.op === "lt") return order < 0;
      return order <= 0;
    }
  }
}

export interface OrderKey {
  field: string;
  descending: boolean;
}

export function parseOrderBy(text: string): OrderKey[] {
  return text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const [name, direction] = part.split(/\s+/);
      const lower = (direction ?? "asc").toLowerCase();
      if (lower !== "asc" && lower !== "desc")
        badRequest(`Invalid orderby direction '${direction ?? ""}'.`);
      return { field: fieldName(name ?? ""), descending: lower === "desc" };
    });
}

export function compareByKeys(
  keys: readonly OrderKey[],
  a: readonly unknown[],
  b: readonly unknown[],
): number {
  for (let i = 0; i < keys.length; i += 1) {
    const order = compareValues(a[i], b[i]);
    if (order !== 0) return keys[i]?.descending ? -order : order;
  }
  return 0;
}

export interface ExpandFields {
  expand: boolean;
  select?: string[];
}

/** `$expand=fields`, `fields($select=A,B)` or `fields(select=A,B)`. */
export function parseExpand(text: string | null): ExpandFields {
  if (!text) return { expand: false };
  const match = /^\s*fields\s*(?:\(\s*\$?select\s*=\s*([^)]*)\))?\s*$/i.exec(text);
  if (!match) {
    if (/^\s*columns\s*$/i.test(text)) return { expand: false };
    return badRequest(`Parsing OData Select and Expand failed: cannot expand '${text}'.`);
  }
  const select = match[1]
    ?.split(",")
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  return select ? { expand: true, select } : { expand: true };
}
