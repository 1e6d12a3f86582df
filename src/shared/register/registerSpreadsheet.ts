/**
 * A council's register as spreadsheet rows, both ways: reading an existing log for import (with a
 * column mapping, and a reason for every row that cannot be taken) and writing the register and
 * the disclosure log for export. Rows are plain `{ header: text }` records; spreadsheetFiles.ts
 * reads and writes CSV and Excel.
 */
import type { CaseKind, CaseOutcome, FoiCase, Language, RequesterType } from "../cases/case";
import { caseStatusLabels, caseStatuses, isCaseStatus, type CaseStatus } from "../cases/caseStatus";
import { fail, succeed, type Result } from "../cases/result";
import { isIsoDate, type IsoDate, type Regime } from "../deadlines";

export const registerFields = [
  "reference",
  "received",
  "requesterName",
  "requesterEmail",
  "requesterType",
  "kind",
  "regime",
  "status",
  "summary",
  "assignee",
  "department",
  "outcome",
  "exemptions",
  "language",
] as const;

export type RegisterField = (typeof registerFields)[number];

/** Which spreadsheet header feeds each field (e.g. `{ reference: "Our Ref" }`). */
export type ColumnMapping = Partial<Record<RegisterField, string>>;

/** Headers recognised without a mapping, compared without case, spaces or punctuation. */
const knownHeaders: Record<RegisterField, string[]> = {
  reference: [
    "reference",
    "ref",
    "our ref",
    "case reference",
    "foi reference",
    "request reference",
  ],
  received: ["received", "date received", "received date", "date of receipt", "receipt date"],
  requesterName: ["requester", "requester name", "name", "applicant"],
  requesterEmail: ["email", "requester email", "email address", "applicant email"],
  requesterType: ["requester type", "type of requester", "applicant type"],
  kind: ["kind", "request type", "type"],
  regime: ["regime", "legislation", "act"],
  status: ["status", "state"],
  summary: ["summary", "request", "subject", "request summary", "description"],
  assignee: ["assignee", "assigned to", "officer", "case officer"],
  department: ["department", "service", "directorate"],
  outcome: ["outcome", "result", "decision"],
  exemptions: ["exemptions", "exemptions applied", "exceptions"],
  language: ["language"],
};

const required: RegisterField[] = ["reference", "received", "requesterName", "summary"];

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");

/** The header for each field, from explicit mapping first, then the known names. */
export function resolveMapping(
  headers: readonly string[],
  mapping: ColumnMapping = {},
): Result<ColumnMapping, string> {
  const resolved: ColumnMapping = {};
  for (const field of registerFields) {
    const explicit = mapping[field];
    if (explicit !== undefined) {
      if (!headers.includes(explicit))
        return fail(
          `The mapping names a column '${explicit}' for ${field}, but the file has no such column.`,
        );
      resolved[field] = explicit;
      continue;
    }
    const found = headers.find((h) =>
      knownHeaders[field].some((name) => squash(name) === squash(h)),
    );
    if (found !== undefined) resolved[field] = found;
  }
  const missing = required.filter((field) => resolved[field] === undefined);
  if (missing.length > 0) {
    return fail(
      `The file has no column for ${missing.join(", ")}. Map one with --map ${missing[0]}="Your header".`,
    );
  }
  return succeed(resolved);
}

/** Parses `reference=Our Ref,received=Date In` into a mapping. */
export function parseMapping(text: string): Result<ColumnMapping, string> {
  const mapping: ColumnMapping = {};
  for (const part of text.split(",")) {
    if (part.trim() === "") continue;
    const [field, ...header] = part.split("=");
    const name = (field ?? "").trim() as RegisterField;
    if (!registerFields.includes(name))
      return fail(`'${field}' is not a register field; use one of ${registerFields.join(", ")}.`);
    mapping[name] = header
      .join("=")
      .trim()
      .replace(/^"(.*)"$/, "$1");
  }
  return succeed(mapping);
}

/** A UK spreadsheet date: 2026-03-06, 06/03/2026 or 6/3/2026. */
export function parseSheetDate(text: string): IsoDate | undefined {
  const trimmed = text.trim();
  if (isIsoDate(trimmed)) return trimmed;
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (uk) {
    const iso = `${uk[3]}-${(uk[2] as string).padStart(2, "0")}-${(uk[1] as string).padStart(2, "0")}`;
    return isIsoDate(iso) ? iso : undefined;
  }
  const stamp = /^(\d{4}-\d{2}-\d{2})T/.exec(trimmed);
  return stamp && isIsoDate(stamp[1]) ? stamp[1] : undefined;
}

const statusAliases: Record<string, CaseStatus> = {
  open: "in_progress",
  completed: "closed",
  complete: "closed",
  answered: "responded",
};

export function parseStatus(text: string): CaseStatus | undefined {
  const plain = text.trim();
  if (isCaseStatus(plain)) return plain;
  const squashed = squash(plain);
  const byLabel = caseStatuses.find(
    (s) => squash(caseStatusLabels[s]) === squashed || squash(s) === squashed,
  );
  return byLabel ?? statusAliases[plain.toLowerCase()];
}

const kinds: Record<string, CaseKind> = {
  foi: "foi",
  eir: "eir",
  sar: "sar",
  internalreview: "internal_review",
  ir: "internal_review",
  review: "internal_review",
};
const regimeForKind: Record<CaseKind, Regime> = {
  foi: "foi",
  eir: "eir",
  sar: "sar",
  internal_review: "review-foi",
};
const regimes: readonly Regime[] = [
  "foi",
  "eir",
  "foisa",
  "eisr",
  "sar",
  "review-foi",
  "review-eir",
  "review-foisa",
  "review-eisr",
  "foi-school",
  "foi-archive",
];
const outcomes: Record<string, CaseOutcome> = {
  granted: "granted",
  partgranted: "part_granted",
  part: "part_granted",
  partial: "part_granted",
  refused: "refused",
  notheld: "not_held",
};
const requesterTypes: readonly RequesterType[] = [
  "public",
  "journalist",
  "business",
  "elected_representative",
  "campaign_group",
  "researcher",
  "solicitor",
  "unknown",
];

export interface RowCase {
  /** 1-based row number in the file, counting the header as row 1. */
  row: number;
  case: FoiCase;
}

export interface RejectedRow {
  row: number;
  reference?: string;
  reasons: string[];
}

/** One row as a case, or every reason it cannot be one. */
export function rowToCase(
  record: Record<string, string>,
  mapping: ColumnMapping,
  row: number,
): Result<RowCase, RejectedRow> {
  const cell = (field: RegisterField): string => {
    const header = mapping[field];
    return header === undefined ? "" : String(record[header] ?? "").trim();
  };
  const reasons: string[] = [];
  const reference = cell("reference");
  if (reference === "") reasons.push("the reference is empty");
  if (reference.length > 255) reasons.push("the reference is longer than 255 characters");
  const received = parseSheetDate(cell("received"));
  if (!received) reasons.push(`'${cell("received")}' is not a date (use 2026-03-06 or 06/03/2026)`);
  const name = cell("requesterName");
  if (name === "") reasons.push("the requester's name is empty");
  const summary = cell("summary");
  if (summary === "") reasons.push("the request summary is empty");
  const statusText = cell("status");
  const status = statusText === "" ? "closed" : parseStatus(statusText);
  if (!status)
    reasons.push(
      `'${statusText}' is not a status FOI Desk knows (use one of: ${caseStatuses.map((s) => caseStatusLabels[s]).join(", ")})`,
    );
  const kindText = cell("kind");
  const kind = kindText === "" ? "foi" : kinds[squash(kindText)];
  if (!kind)
    reasons.push(`'${kindText}' is not a kind of request (FOI, EIR, SAR or internal review)`);
  const regimeText = cell("regime").toLowerCase();
  const regime =
    regimeText === ""
      ? kind
        ? regimeForKind[kind]
        : undefined
      : regimes.find((r) => r === regimeText);
  if (regimeText !== "" && !regime)
    reasons.push(`'${cell("regime")}' is not a regime (${regimes.join(", ")})`);
  const outcomeText = cell("outcome");
  const outcome = outcomeText === "" ? undefined : outcomes[squash(outcomeText)];
  if (outcomeText !== "" && !outcome)
    reasons.push(`'${outcomeText}' is not an outcome (granted, part granted, refused, not held)`);
  const typeText = squash(cell("requesterType"));
  const requesterType = requesterTypes.find((t) => squash(t) === typeText) ?? "unknown";
  const languageText = cell("language").toLowerCase();
  const language: Language =
    languageText === "cy" || languageText === "welsh" || languageText === "cymraeg" ? "cy" : "en";
  if (reasons.length > 0 || !received || !status || !kind || !regime) {
    return fail({ row, ...(reference ? { reference } : {}), reasons });
  }
  const exemptions = cell("exemptions")
    .split(/[;,]/)
    .map((e) => e.trim())
    .filter((e) => e.length > 0);
  const assignee = cell("assignee");
  const department = cell("department");
  return succeed({
    row,
    case: {
      reference,
      kind,
      regime,
      status,
      receivedDate: received,
      dueDate: null,
      clockEvents: [],
      requester: { name, email: cell("requesterEmail"), type: requesterType, language },
      summary,
      questions: [],
      ...(assignee ? { assignee } : {}),
      ...(department ? { department } : {}),
      ...(outcome ? { outcome } : {}),
      exemptions,
      links: [],
      audit: [],
    },
  });
}

export interface ImportPlan {
  accepted: RowCase[];
  rejected: RejectedRow[];
}

/** Every row checked, and references repeated within the file rejected (all but the first). */
export function planImport(
  records: readonly Record<string, string>[],
  mapping: ColumnMapping,
): ImportPlan {
  const accepted: RowCase[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Map<string, number>();
  records.forEach((record, index) => {
    const row = index + 2;
    const parsed = rowToCase(record, mapping, row);
    if (!parsed.ok) {
      rejected.push(parsed.problem);
      return;
    }
    const key = parsed.value.case.reference.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      rejected.push({
        row,
        reference: parsed.value.case.reference,
        reasons: [`the reference is already used on row ${first}`],
      });
      return;
    }
    seen.set(key, row);
    accepted.push(parsed.value);
  });
  return { accepted, rejected };
}

export const registerExportHeaders = [
  "Reference",
  "Kind",
  "Regime",
  "Status",
  "Received",
  "Due",
  "Extended due",
  "Requester",
  "Requester email",
  "Requester type",
  "Assigned to",
  "Department",
  "Outcome",
  "Exemptions",
  "Summary",
] as const;

export function caseToRegisterRow(
  c: FoiCase,
): Record<(typeof registerExportHeaders)[number], string> {
  return {
    Reference: c.reference,
    Kind: c.kind,
    Regime: c.regime,
    Status: caseStatusLabels[c.status],
    Received: c.receivedDate,
    Due: c.dueDate ?? "",
    "Extended due": c.extendedDueDate ?? "",
    Requester: c.requester.name,
    "Requester email": c.requester.email,
    "Requester type": c.requester.type,
    "Assigned to": c.assignee ?? "",
    Department: c.department ?? "",
    Outcome: c.outcome ?? "",
    Exemptions: c.exemptions.join("; "),
    Summary: c.summary,
  };
}

export const disclosureLogHeaders = [
  "Reference",
  "Received",
  "Responded",
  "Request",
  "Outcome",
  "Exemptions",
] as const;

const outcomeWords: Record<CaseOutcome, string> = {
  granted: "Granted",
  part_granted: "Part granted",
  refused: "Refused",
  not_held: "Not held",
};

/**
 * A disclosure-log line for an answered case, with no requester details (applicant-blind), or
 * undefined for a case not yet answered.
 */
export function caseToDisclosureRow(
  c: FoiCase,
): Record<(typeof disclosureLogHeaders)[number], string> | undefined {
  const answered = ["responded", "internal_review", "with_commissioner", "closed"].includes(
    c.status,
  );
  if (!answered || !c.outcome || c.kind === "sar") return undefined;
  const responded =
    [...c.audit]
      .reverse()
      .find((entry) => entry.action === "respond")
      ?.at.slice(0, 10) ?? "";
  return {
    Reference: c.reference,
    Received: c.receivedDate,
    Responded: responded,
    Request: c.summary,
    Outcome: outcomeWords[c.outcome],
    Exemptions: c.exemptions.join("; "),
  };
}
