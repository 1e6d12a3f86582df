/**
 * Between a case and a SharePoint list item. The whole case is kept as JSON in the hidden
 * CaseJson column (so nothing is lost in translation); the other columns are projections of it,
 * written for filtering, sorting, exports and people browsing the list in SharePoint.
 */
import type { FoiCase } from "../cases/case";
import { isCaseStatus } from "../cases/caseStatus";
import type { StoredCase } from "./caseRepository";

export interface ListItemJson {
  id: string;
  eTag?: string;
  "@odata.etag"?: string;
  fields?: Record<string, unknown>;
}

function short(text: string | undefined): string | null {
  if (text === undefined || text === "") return null;
  return text.length > 255 ? text.slice(0, 255) : text;
}

/** The list item fields for a case. */
export function caseToFields(c: FoiCase, key: string): Record<string, unknown> {
  return {
    Title: short(c.reference),
    Reference: c.reference,
    MessageKey: key,
    Status: c.status,
    Kind: c.kind,
    Regime: c.regime,
    ReceivedDate: c.receivedDate,
    DueDate: c.dueDate,
    ExtendedDueDate: c.extendedDueDate ?? null,
    Assignee: short(c.assignee),
    Department: short(c.department),
    RequesterName: short(c.requester.name),
    RequesterEmail: short(c.requester.email),
    RequesterType: c.requester.type,
    Language: c.requester.language,
    Outcome: c.outcome ?? null,
    Exemptions: short(c.exemptions.join(", ")),
    ConversationId: short(c.source?.conversationId),
    InternetMessageId: c.source?.internetMessageId ?? null,
    RestId: c.source?.restId ?? null,
    Summary: c.summary,
    CaseJson: JSON.stringify(c),
  };
}

/** The case in a list item, or undefined if the item does not hold a readable case. */
export function itemToStoredCase(item: ListItemJson): StoredCase | undefined {
  const fields = item.fields ?? {};
  const raw = fields.CaseJson;
  if (typeof raw !== "string") return undefined;
  let parsed: FoiCase;
  try {
    parsed = JSON.parse(raw) as FoiCase;
  } catch {
    return undefined;
  }
  if (typeof parsed.reference !== "string" || !isCaseStatus(parsed.status)) return undefined;
  // The Reference column is authoritative: numbering writes it and CaseJson together.
  if (typeof fields.Reference === "string") parsed.reference = fields.Reference;
  const eTag =
    item.eTag ?? item["@odata.etag"] ?? (fields["@odata.etag"] as string | undefined) ?? "";
  return { case: parsed, id: String(item.id), eTag };
}
