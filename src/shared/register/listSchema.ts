/**
 * The SharePoint lists FOI Desk keeps, as data: names, column definitions (Graph
 * columnDefinition: https://learn.microsoft.com/graph/api/resources/columndefinition) and which
 * columns are indexed. provisionPlan.ts compares this with what a site has.
 *
 * Rules kept here (docs/m365-platform.md §4.1–4.2):
 * - every column the app filters or sorts on is indexed, so no query scans past SharePoint's
 *   5,000-item list view threshold;
 * - unique columns are also indexed (SharePoint requires it);
 * - single-line text holds at most 255 characters, so the de-duplication key is a SHA-256 hex
 *   of the internetMessageId (MessageKey), not the id itself;
 * - calendar dates are ISO `YYYY-MM-DD` text, not dateTime, so they never shift across BST.
 */
import { caseStatuses } from "../cases/caseStatus";

export interface ColumnSpec {
  name: string;
  displayName: string;
  description?: string;
  indexed?: boolean;
  enforceUniqueValues?: boolean;
  required?: boolean;
  hidden?: boolean;
  text?: { allowMultipleLines?: boolean; maxLength?: number; linesForEditing?: number };
  number?: { decimalPlaces?: string };
  dateTime?: { format?: "dateOnly" | "dateTime" };
  choice?: {
    choices: string[];
    allowTextEntry?: boolean;
    displayAs?: "dropDownMenu" | "radioButtons";
  };
  boolean?: Record<string, never>;
}

export interface ListSpec {
  displayName: string;
  description: string;
  columns: ColumnSpec[];
}

const line = (name: string, displayName: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  name,
  displayName,
  text: { allowMultipleLines: false, maxLength: 255 },
  ...extra,
});
const note = (name: string, displayName: string): ColumnSpec => ({
  name,
  displayName,
  text: { allowMultipleLines: true, linesForEditing: 6 },
});
const indexed = { indexed: true };
const unique = { indexed: true, enforceUniqueValues: true };

export const requestsList: ListSpec = {
  displayName: "FOI Requests",
  description: "FOI Desk: one item per information request (the register).",
  columns: [
    line("Reference", "Reference", unique),
    line("MessageKey", "Message key", {
      ...unique,
      description: "SHA-256 hex of the source email's internetMessageId",
    }),
    {
      name: "Status",
      displayName: "Status",
      indexed: true,
      choice: { choices: [...caseStatuses] },
    },
    {
      name: "Kind",
      displayName: "Kind",
      indexed: true,
      choice: { choices: ["foi", "eir", "sar", "internal_review"] },
    },
    line("Regime", "Regime"),
    line("ReceivedDate", "Received", indexed),
    line("DueDate", "Due", indexed),
    line("ExtendedDueDate", "Extended due"),
    line("Assignee", "Assigned to", indexed),
    line("Department", "Department", indexed),
    line("RequesterName", "Requester"),
    line("RequesterEmail", "Requester email"),
    line("RequesterType", "Requester type"),
    { name: "Language", displayName: "Language", choice: { choices: ["en", "cy"] } },
    {
      name: "Outcome",
      displayName: "Outcome",
      indexed: true,
      choice: { choices: ["granted", "part_granted", "refused", "not_held"] },
    },
    line("Exemptions", "Exemptions"),
    line("ConversationId", "Conversation id", indexed),
    note("InternetMessageId", "Message id"),
    note("RestId", "Outlook REST id"),
    note("Summary", "Request"),
    {
      name: "CaseJson",
      displayName: "Case data",
      hidden: true,
      text: { allowMultipleLines: true },
    },
  ],
};

export const eventsList: ListSpec = {
  displayName: "FOI Events",
  description: "FOI Desk: append-only audit log of what was done to each case.",
  columns: [
    line("CaseReference", "Case", indexed),
    line("MessageKey", "Message key", indexed),
    line("Action", "Action"),
    line("Actor", "By", indexed),
    line("At", "At", indexed),
    note("Detail", "Detail"),
  ],
};

export const settingsList: ListSpec = {
  displayName: "FOI Settings",
  description: "FOI Desk: the council's settings and the reference counters.",
  columns: [
    line("Key", "Key", unique),
    note("Value", "Value"),
    { name: "Sequence", displayName: "Sequence", number: { decimalPlaces: "none" } },
    line("LastMessageKey", "Last message key"),
    line("LastItemId", "Last item id"),
  ],
};

export const templatesList: ListSpec = {
  displayName: "FOI Templates",
  description: "FOI Desk: letter templates (Handlebars) for drafting, in English and Welsh.",
  columns: [
    line("TemplateId", "Template id", indexed),
    { name: "Language", displayName: "Language", indexed: true, choice: { choices: ["en", "cy"] } },
    { name: "Version", displayName: "Version", number: { decimalPlaces: "none" } },
    line("Subject", "Subject"),
    note("Body", "Body"),
    { name: "Active", displayName: "Active", indexed: true, boolean: {} },
    line("UpdatedBy", "Updated by"),
  ],
};

export const registerLists: readonly ListSpec[] = [
  requestsList,
  eventsList,
  settingsList,
  templatesList,
];

/** The columns of a list that may appear in $filter or $orderby: exactly the indexed ones. */
export function filterableColumns(list: ListSpec): string[] {
  return list.columns.filter((c) => c.indexed).map((c) => c.name);
}

/** A column's definition as Graph's list-create and column-create bodies expect it. */
export function columnDefinitionBody(column: ColumnSpec): Record<string, unknown> {
  const {
    name,
    displayName,
    description,
    indexed: isIndexed,
    enforceUniqueValues,
    required,
    hidden,
    ...facets
  } = column;
  return {
    name,
    displayName,
    ...(description ? { description } : {}),
    indexed: isIndexed ?? false,
    enforceUniqueValues: enforceUniqueValues ?? false,
    required: required ?? false,
    hidden: hidden ?? false,
    ...facets,
  };
}
