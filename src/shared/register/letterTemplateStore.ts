/**
 * Letter templates kept in the "FOI Templates" list, in the shape drafting builds against:
 * `{ templateId, language, version, subject, body, active }`. Saving a template adds a new
 * version and makes it the only active one for that template and language, in one $batch, so
 * earlier wording stays on record (what was sent can always be reproduced).
 */
import { fail, succeed } from "../cases/result";
import type { Language } from "../cases/case";
import { sendBatch, type BatchStep } from "./batchRequests";
import type { RegisterResult } from "./caseRepository";
import { problemFromGraph } from "./graphProblems";
import type { GraphAnswer, GraphRequester } from "./graphRequester";
import { templatesList } from "./listSchema";
import { ColumnRef, odata } from "./odataFilter";

export interface LetterTemplateRecord {
  templateId: string;
  language: Language;
  version: number;
  subject: string;
  /** The Handlebars source. */
  body: string;
  active: boolean;
  updatedBy?: string;
}

interface TemplateItem {
  id: string;
  fields?: Record<string, unknown>;
}

function toRecord(item: TemplateItem): LetterTemplateRecord | undefined {
  const f = item.fields ?? {};
  if (typeof f.TemplateId !== "string" || (f.Language !== "en" && f.Language !== "cy"))
    return undefined;
  return {
    templateId: f.TemplateId,
    language: f.Language,
    version: typeof f.Version === "number" ? f.Version : 1,
    subject: typeof f.Subject === "string" ? f.Subject : "",
    body: typeof f.Body === "string" ? f.Body : "",
    active: f.Active === true,
    ...(typeof f.UpdatedBy === "string" ? { updatedBy: f.UpdatedBy } : {}),
  };
}

export class GraphLetterTemplateStore {
  private itemsUrl: string | undefined;

  constructor(
    private readonly options: {
      graph: GraphRequester;
      site: string;
      wait?: (seconds: number) => Promise<void>;
    },
  ) {}

  private async items(): Promise<RegisterResult<string>> {
    if (this.itemsUrl) return succeed(this.itemsUrl);
    const { graph } = this.options;
    const site = await graph.get<{ id: string }>(`/sites/${this.options.site}`);
    if (!site.ok) return fail(problemFromGraph(site.failure, "Opening the register site"));
    const lists = await graph.get<{ value: { id: string; displayName: string }[] }>(
      `/sites/${site.body.id}/lists?$select=id,displayName`,
    );
    if (!lists.ok) return fail(problemFromGraph(lists.failure, "Opening the templates list"));
    const list = lists.body.value.find((l) => l.displayName === templatesList.displayName);
    if (!list)
      return fail({
        kind: "notProvisioned",
        message: "The FOI Templates list is not on this site yet; run 'npx foi provision'.",
      });
    this.itemsUrl = `/sites/${site.body.id}/lists/${list.id}/items`;
    return succeed(this.itemsUrl);
  }

  private async query(filter: string): Promise<RegisterResult<TemplateItem[]>> {
    const items = await this.items();
    if (!items.ok) return items;
    const all: TemplateItem[] = [];
    let next: string | undefined =
      `${items.value}?$expand=fields&$top=500${filter ? `&$filter=${filter}` : ""}`;
    while (next) {
      const page: GraphAnswer<{ value: TemplateItem[]; "@odata.nextLink"?: string }> =
        await this.options.graph.get(next);
      if (!page.ok) return fail(problemFromGraph(page.failure, "Reading letter templates"));
      all.push(...page.body.value);
      next = page.body["@odata.nextLink"];
    }
    return succeed(all);
  }

  /** Templates, newest version first; by default only the active ones. */
  async list(
    filter: { templateId?: string; language?: Language; includeInactive?: boolean } = {},
  ): Promise<RegisterResult<LetterTemplateRecord[]>> {
    const col = (name: string) => ColumnRef.of(templatesList, name);
    const parts: string[] = [];
    if (filter.templateId !== undefined)
      parts.push(odata`${col("TemplateId")} eq ${filter.templateId}`);
    if (filter.language !== undefined) parts.push(odata`${col("Language")} eq ${filter.language}`);
    if (!filter.includeInactive) parts.push(odata`${col("Active")} eq ${true}`);
    const found = await this.query(parts.join(" and "));
    if (!found.ok) return found;
    const records = found.value
      .map(toRecord)
      .filter((r): r is LetterTemplateRecord => r !== undefined);
    return succeed(
      records.sort(
        (a, b) =>
          a.templateId.localeCompare(b.templateId) ||
          a.language.localeCompare(b.language) ||
          b.version - a.version,
      ),
    );
  }

  /** Saves new wording as the next version, and makes it the only active one. */
  async save(
    template: Omit<LetterTemplateRecord, "version" | "active" | "updatedBy">,
    actor: string,
  ): Promise<RegisterResult<LetterTemplateRecord>> {
    const items = await this.items();
    if (!items.ok) return items;
    const col = (name: string) => ColumnRef.of(templatesList, name);
    const existing = await this.query(
      odata`${col("TemplateId")} eq ${template.templateId} and ${col("Language")} eq ${template.language}`,
    );
    if (!existing.ok) return existing;
    const version =
      Math.max(0, ...existing.value.map((item) => Number(item.fields?.Version ?? 0))) + 1;
    const record: LetterTemplateRecord = { ...template, version, active: true, updatedBy: actor };
    const steps: BatchStep[] = [
      {
        id: "new",
        method: "POST",
        url: items.value,
        body: {
          fields: {
            Title: `${template.templateId} (${template.language}) v${version}`,
            TemplateId: template.templateId,
            Language: template.language,
            Version: version,
            Subject: template.subject,
            Body: template.body,
            Active: true,
            UpdatedBy: actor,
          },
        },
      },
      ...existing.value
        .filter((item) => item.fields?.Active === true)
        .slice(0, 19)
        .map((item, i): BatchStep => ({
          id: `old${i}`,
          method: "PATCH",
          url: `${items.value}/${item.id}/fields`,
          body: { Active: false },
          dependsOn: ["new"],
        })),
    ];
    const sent = await sendBatch(this.options.graph, steps, {
      wait: this.options.wait ?? ((s) => new Promise((r) => setTimeout(r, s * 1000))),
    });
    if (!sent.ok) return fail(problemFromGraph(sent.failure, "Saving the letter template"));
    const failed = [...sent.answers.values()].find((answer) => answer.status >= 400);
    if (failed) {
      const body = (failed.body ?? {}) as { error?: { code?: string; message?: string } };
      return fail(
        problemFromGraph(
          {
            status: failed.status,
            code: body.error?.code ?? "unknown",
            message: body.error?.message ?? "",
          },
          "Saving the letter template",
        ),
      );
    }
    return succeed(record);
  }
}
