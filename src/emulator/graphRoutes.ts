/**
 * The Graph v1.0 routes the register uses, answered from a {@link ListStore}. Transport-free:
 * server.ts turns HTTP(S) requests into {@link EmulatorRequest}s (and $batch bodies into several).
 *
 * Behaviour follows Microsoft's documentation where it speaks:
 * - list create with columns, genericList carries Title: https://learn.microsoft.com/graph/api/list-create
 * - column definitions and facets: https://learn.microsoft.com/graph/api/resources/columndefinition
 * - items with $expand=fields, $filter on fields/…: https://learn.microsoft.com/graph/api/listitem-list
 * - create item {fields}: https://learn.microsoft.com/graph/api/listitem-create
 * - PATCH …/fields with If-Match, 412 on a stale eTag: https://learn.microsoft.com/graph/api/listitem-update
 * - delete item: https://learn.microsoft.com/graph/api/listitem-delete
 * - delta with token, nextLink/deltaLink, deleted facet, 410 resync: https://learn.microsoft.com/graph/api/listitem-delta
 * - paging with @odata.nextLink: https://learn.microsoft.com/graph/paging
 * Where the documentation is silent, it copies observed SharePoint behaviour, marked as such.
 */
import { randomUUID } from "node:crypto";
import { badRequest, failWith, graphError, notFound, type EmulatorResponse } from "./graphErrors";
import type { ListStore, StoredColumn, StoredItem, StoredList } from "./listStore";
import {
  compareByKeys,
  evaluateFilter,
  filterFields,
  parseExpand,
  parseFilter,
  parseOrderBy,
  type OrderKey,
} from "./odataQuery";

export interface EmulatorRequest {
  method: string;
  /** The path after /v1.0, starting with "/". */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
}

/** SharePoint's list view threshold (not adjustable in SharePoint Online). */
export const listViewThreshold = 5000;
const defaultPageSize = 200;
const maxPageSize = 5000;
const preferNonIndexed = "honornonindexedquerieswarningmayfailrandomly";
const facetNames = [
  "text",
  "number",
  "dateTime",
  "choice",
  "boolean",
  "currency",
  "personOrGroup",
  "lookup",
];
const itemContentType = { id: "0x0100", name: "Item" };

function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): EmulatorResponse {
  return { status, headers: { "content-type": "application/json", ...headers }, body };
}

function etagOf(item: StoredItem): string {
  return `"${item.guid},${item.version}"`;
}

function encodeToken(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

function decodeToken<T>(text: string): T | undefined {
  try {
    return JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as T;
  } catch {
    return undefined;
  }
}

export class GraphRoutes {
  constructor(
    private readonly store: ListStore,
    private readonly baseUrl: () => string,
  ) {}

  handle(request: EmulatorRequest): EmulatorResponse {
    const segments = request.path
      .split("/")
      .filter((s) => s.length > 0)
      .map(decodeURIComponent);
    if (segments[0] !== "sites" || segments.length < 2) {
      return notFound(`Resource not found for the segment '${segments[0] ?? ""}'.`);
    }
    const siteId = this.resolveSite(segments);
    const rest = segments.slice(this.siteSegmentCount(segments));
    const site = this.store.sites.get(siteId);
    if (!site) return notFound("Requested site could not be found");
    if (rest.length === 0) {
      if (request.method !== "GET") return failWith(405, "methodNotAllowed", "Method not allowed.");
      return json(200, {
        id: site.id,
        name: site.displayName,
        displayName: site.displayName,
        webUrl: `https://${site.hostname}${site.path}`,
        createdDateTime: site.created,
        siteCollection: { hostname: site.hostname },
      });
    }
    if (rest[0] !== "lists") return notFound(`Resource not found for the segment '${rest[0]}'.`);
    if (rest.length === 1) {
      if (request.method === "GET") return this.getLists(site.id, request);
      if (request.method === "POST") return this.createList(site.id, request);
      return failWith(405, "methodNotAllowed", "Method not allowed.");
    }
    const list = this.findList(site.id, rest[1] as string);
    const tail = rest.slice(2);
    const prefix = `/sites/${encodeURIComponent(site.id)}/lists/${list.id}`;
    if (tail.length === 0) {
      if (request.method === "GET")
        return json(200, this.listJson(list, request.query.get("$expand")));
      return failWith(405, "methodNotAllowed", "Method not allowed.");
    }
    if (tail[0] === "columns") {
      if (tail.length === 1 && request.method === "GET") {
        return json(200, { value: list.columns.map((c) => this.columnJson(c)) });
      }
      if (tail.length === 1 && request.method === "POST")
        return this.createColumn(list, request.body);
      if (tail.length === 2 && request.method === "PATCH")
        return this.updateColumn(list, tail[1] as string, request.body);
      return failWith(405, "methodNotAllowed", "Method not allowed.");
    }
    if (tail[0] !== "items") return notFound(`Resource not found for the segment '${tail[0]}'.`);
    if (tail.length === 1) {
      if (request.method === "GET") return this.listItems(list, request, prefix);
      if (request.method === "POST") return this.createItem(list, request.body);
      return failWith(405, "methodNotAllowed", "Method not allowed.");
    }
    const second = tail[1] as string;
    const deltaMatch = /^(?:microsoft\.graph\.)?delta(?:\((?:token='([^']*)')?\))?$/.exec(second);
    if (deltaMatch && tail.length === 2 && request.method === "GET") {
      const token = deltaMatch[1] ?? request.query.get("token") ?? undefined;
      return this.delta(list, request, prefix, token);
    }
    const item = this.findItem(list, second);
    if (tail.length === 2) {
      if (request.method === "GET")
        return json(200, this.itemJson(list, item, parseExpand(request.query.get("$expand"))));
      if (request.method === "DELETE") {
        this.checkIfMatch(item, request.headers["if-match"]);
        this.store.deleteItem(list, item.id);
        return { status: 204, headers: {} };
      }
      if (request.method === "PATCH") {
        const body = request.body as { fields?: Record<string, unknown> } | undefined;
        this.checkIfMatch(item, request.headers["if-match"]);
        const updated = this.updateItem(list, item, body?.fields ?? {}, request);
        return json(200, this.itemJson(list, updated, { expand: true }), { etag: etagOf(updated) });
      }
      return failWith(405, "methodNotAllowed", "Method not allowed.");
    }
    if (tail.length === 3 && tail[2] === "fields") {
      if (request.method === "GET") return json(200, this.fieldsJson(list, item));
      if (request.method === "PATCH") {
        this.checkIfMatch(item, request.headers["if-match"]);
        const updated = this.updateItem(
          list,
          item,
          (request.body ?? {}) as Record<string, unknown>,
          request,
        );
        return json(200, this.fieldsJson(list, updated), { etag: etagOf(updated) });
      }
    }
    return notFound("Resource not found.");
  }

  /** `/sites/{hostname}:/sites/{path}` (optionally followed by `:`), or `/sites/{site-id}`. */
  private resolveSite(segments: string[]): string {
    const first = segments[1] as string;
    if (first.endsWith(":")) {
      const hostname = first.slice(0, -1);
      const pathSegments: string[] = [];
      for (let i = 2; i < segments.length; i += 1) {
        const segment = segments[i] as string;
        if (segment.endsWith(":")) {
          pathSegments.push(segment.slice(0, -1));
          break;
        }
        if (i > 3 && (segment === "lists" || segment === "items")) break;
        pathSegments.push(segment);
      }
      const path = `/${pathSegments.join("/")}`;
      if (pathSegments.length < 2 || pathSegments[0] !== "sites") {
        return badRequest("The site path must look like {hostname}:/sites/{path}.");
      }
      return this.store.siteByPath(hostname, path).id;
    }
    return first;
  }

  private siteSegmentCount(segments: string[]): number {
    const first = segments[1] as string;
    if (!first.endsWith(":")) return 2;
    let i = 2;
    for (; i < segments.length; i += 1) {
      const segment = segments[i] as string;
      if (segment.endsWith(":")) return i + 1;
      if (i > 3 && (segment === "lists" || segment === "items")) return i;
    }
    return i;
  }

  private findList(siteId: string, idOrTitle: string): StoredList {
    for (const list of this.store.lists.values()) {
      if (list.siteId !== siteId) continue;
      if (list.id === idOrTitle || list.displayName.toLowerCase() === idOrTitle.toLowerCase())
        return list;
    }
    return notFound("The specified list was not found");
  }

  private findItem(list: StoredList, id: string): StoredItem {
    const item = /^\d+$/.test(id) ? list.items.get(Number(id)) : undefined;
    return item ?? notFound("The specified item was not found");
  }

  private checkIfMatch(item: StoredItem, ifMatch: string | undefined): void {
    if (ifMatch === undefined || ifMatch === "*") return;
    // SharePoint compares the GUID and version; clients send the eTag back verbatim.
    if (ifMatch.trim() !== etagOf(item)) {
      failWith(
        412,
        "preconditionFailed",
        "The request ETag value does not match the object's ETag value.",
      );
    }
  }

  private getLists(siteId: string, request: EmulatorRequest): EmulatorResponse {
    let lists = [...this.store.lists.values()].filter((l) => l.siteId === siteId);
    const filter = request.query.get("$filter");
    const match = filter ? /^displayName eq '((?:[^']|'')*)'$/.exec(filter.trim()) : null;
    if (filter && !match)
      return badRequest("Only $filter=displayName eq '…' is supported on lists.");
    if (match) {
      const name = (match[1] as string).replace(/''/g, "'");
      lists = lists.filter((l) => l.displayName === name);
    }
    return json(200, { value: lists.map((l) => this.listJson(l, request.query.get("$expand"))) });
  }

  private listJson(list: StoredList, expand: string | null): Record<string, unknown> {
    const site = this.store.sites.get(list.siteId);
    return {
      id: list.id,
      name: list.displayName.replace(/\s+/g, ""),
      displayName: list.displayName,
      description: list.description,
      createdDateTime: list.created,
      webUrl: `https://${site?.hostname ?? "localhost"}${site?.path ?? ""}/Lists/${encodeURIComponent(list.displayName)}`,
      list: { template: list.template, hidden: false, contentTypesEnabled: false },
      ...(expand && /columns/.test(expand)
        ? { columns: list.columns.map((c) => this.columnJson(c)) }
        : {}),
    };
  }

  private columnJson(column: StoredColumn): Record<string, unknown> {
    return {
      id: column.id,
      name: column.name,
      displayName: column.displayName,
      description: column.description ?? "",
      indexed: column.indexed,
      enforceUniqueValues: column.enforceUniqueValues,
      required: column.required,
      hidden: column.hidden,
      readOnly: column.readOnly,
      ...column.facet,
    };
  }

  private parseColumn(body: unknown): StoredColumn {
    const input = (body ?? {}) as Record<string, unknown>;
    const name = input.name;
    if (typeof name !== "string" || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) {
      return badRequest("A column needs a name of letters, digits and underscores.");
    }
    const facets = facetNames.filter((f) => input[f] !== undefined);
    if (facets.length !== 1)
      return badRequest(`Column '${name}' needs exactly one type facet (text, number, …).`);
    const facetName = facets[0] as string;
    const enforceUniqueValues = input.enforceUniqueValues === true;
    const indexed = input.indexed === true;
    if (enforceUniqueValues && !indexed) {
      // SharePoint refuses a unique column that is not indexed ("This field must be indexed to
      // enforce unique values"); observed SharePoint behaviour, not stated on the Graph page.
      return badRequest(`Column '${name}' must be indexed to enforce unique values.`);
    }
    return {
      id: randomUUID(),
      name,
      displayName: typeof input.displayName === "string" ? input.displayName : name,
      ...(typeof input.description === "string" ? { description: input.description } : {}),
      indexed,
      enforceUniqueValues,
      required: input.required === true,
      hidden: input.hidden === true,
      readOnly: input.readOnly === true,
      facet: { [facetName]: (input[facetName] ?? {}) as Record<string, unknown> },
    };
  }

  private createList(siteId: string, request: EmulatorRequest): EmulatorResponse {
    const body = (request.body ?? {}) as {
      displayName?: unknown;
      description?: unknown;
      columns?: unknown[];
      list?: { template?: string };
    };
    if (typeof body.displayName !== "string" || body.displayName.trim() === "") {
      return badRequest("A list needs a displayName.");
    }
    const displayName = body.displayName;
    for (const list of this.store.lists.values()) {
      if (list.siteId === siteId && list.displayName.toLowerCase() === displayName.toLowerCase()) {
        return failWith(
          409,
          "nameAlreadyExists",
          "A list, survey, discussion board, or document library with the specified title already exists in this Web site.",
        );
      }
    }
    const title: StoredColumn = {
      id: randomUUID(),
      name: "Title",
      displayName: "Title",
      indexed: false,
      enforceUniqueValues: false,
      required: false,
      hidden: false,
      readOnly: false,
      facet: { text: { allowMultipleLines: false, maxLength: 255 } },
    };
    const columns = [title];
    for (const input of body.columns ?? []) {
      const column = this.parseColumn(input);
      if (columns.some((c) => c.name.toLowerCase() === column.name.toLowerCase())) {
        return badRequest(`A column named '${column.name}' appears twice.`);
      }
      columns.push(column);
    }
    const list: StoredList = {
      id: randomUUID(),
      siteId,
      displayName,
      description: typeof body.description === "string" ? body.description : "",
      template: body.list?.template ?? "genericList",
      created: new Date().toISOString(),
      columns,
      items: new Map(),
      nextItemId: 1,
      changeSeq: 0,
      tombstones: [],
      prunedBefore: 0,
      epoch: randomUUID(),
    };
    this.store.addList(list);
    return json(201, this.listJson(list, "columns"));
  }

  private createColumn(list: StoredList, body: unknown): EmulatorResponse {
    const column = this.parseColumn(body);
    if (list.columns.some((c) => c.name.toLowerCase() === column.name.toLowerCase())) {
      return failWith(
        409,
        "nameAlreadyExists",
        `A column named '${column.name}' already exists in this list.`,
      );
    }
    this.store.putColumn(list, column);
    return json(201, this.columnJson(column));
  }

  private updateColumn(list: StoredList, id: string, body: unknown): EmulatorResponse {
    const column = list.columns.find((c) => c.id === id || c.name === id);
    if (!column) return notFound("The specified column was not found");
    const input = (body ?? {}) as Record<string, unknown>;
    const next: StoredColumn = { ...column };
    if (typeof input.indexed === "boolean") next.indexed = input.indexed;
    if (typeof input.enforceUniqueValues === "boolean")
      next.enforceUniqueValues = input.enforceUniqueValues;
    if (typeof input.required === "boolean") next.required = input.required;
    if (typeof input.displayName === "string") next.displayName = input.displayName;
    if (next.enforceUniqueValues && !next.indexed)
      return badRequest(`Column '${column.name}' must be indexed to enforce unique values.`);
    if (next.enforceUniqueValues && !column.enforceUniqueValues) {
      const seen = new Set<string>();
      for (const item of list.items.values()) {
        const value = item.fields[column.name];
        if (value === undefined || value === null || value === "") continue;
        const key = String(value).toLowerCase();
        if (seen.has(key))
          return badRequest(
            `Column '${column.name}' has duplicate values, so it cannot enforce unique values.`,
          );
        seen.add(key);
      }
    }
    this.store.putColumn(list, next);
    return json(200, this.columnJson(next));
  }

  /** Checks and normalises field values against the column definitions. */
  private cleanFields(
    list: StoredList,
    input: Record<string, unknown>,
    creating: boolean,
  ): Record<string, unknown> {
    if (typeof input !== "object" || input === null || Array.isArray(input))
      return badRequest("fields must be an object.");
    const clean: Record<string, unknown> = {};
    for (const [name, raw] of Object.entries(input)) {
      if (name.startsWith("@odata")) continue;
      const column = list.columns.find((c) => c.name === name);
      if (!column || column.readOnly) return badRequest(`Field '${name}' is not recognized`);
      if (raw === null || raw === "") {
        if (column.required) return badRequest(`Field '${name}' is required.`);
        clean[name] = null;
        continue;
      }
      const [facet, settings] = Object.entries(column.facet)[0] as [
        string,
        Record<string, unknown>,
      ];
      if (facet === "text") {
        if (typeof raw !== "string") return badRequest(`Field '${name}' needs text.`);
        const limit =
          settings.allowMultipleLines === true ? 63999 : Number(settings.maxLength ?? 255);
        if (raw.length > limit)
          return badRequest(`The value of field '${name}' is longer than ${limit} characters.`);
        clean[name] = raw;
      } else if (facet === "number" || facet === "currency") {
        if (typeof raw !== "number" || !Number.isFinite(raw))
          return badRequest(`Field '${name}' needs a number.`);
        clean[name] = raw;
      } else if (facet === "boolean") {
        if (typeof raw !== "boolean") return badRequest(`Field '${name}' needs true or false.`);
        clean[name] = raw;
      } else if (facet === "dateTime") {
        const time = typeof raw === "string" ? Date.parse(raw) : NaN;
        if (Number.isNaN(time)) return badRequest(`Field '${name}' needs a date and time.`);
        clean[name] = new Date(time).toISOString().replace(/\.\d{3}Z$/, "Z");
      } else if (facet === "choice") {
        const choices = (settings.choices as string[] | undefined) ?? [];
        if (
          typeof raw !== "string" ||
          (settings.allowTextEntry !== true && !choices.includes(raw))
        ) {
          return badRequest(`'${String(raw)}' is not one of the choices of field '${name}'.`);
        }
        clean[name] = raw;
      } else {
        clean[name] = raw;
      }
    }
    if (creating) {
      for (const column of list.columns) {
        if (column.required && (clean[column.name] === undefined || clean[column.name] === null)) {
          return badRequest(`Field '${column.name}' is required.`);
        }
      }
    }
    return clean;
  }

  private checkUnique(list: StoredList, fields: Record<string, unknown>, exceptId?: number): void {
    for (const column of list.columns) {
      if (!column.enforceUniqueValues) continue;
      const value = fields[column.name];
      if (value === undefined || value === null || value === "") continue;
      const key = typeof value === "string" ? value.toLowerCase() : value;
      for (const other of list.items.values()) {
        if (other.id === exceptId) continue;
        const otherValue = other.fields[column.name];
        const otherKey = typeof otherValue === "string" ? otherValue.toLowerCase() : otherValue;
        if (otherKey === key) {
          // Graph answers a unique-value clash with 409; code and wording as SharePoint reports
          // them through Graph [observed, not on the listitem-create page].
          failWith(
            409,
            "nameAlreadyExists",
            "The list item could not be added or updated because duplicate values were found in one or more fields in the list.",
          );
        }
      }
    }
  }

  private createItem(list: StoredList, body: unknown): EmulatorResponse {
    const input = ((body ?? {}) as { fields?: Record<string, unknown> }).fields ?? {};
    const fields = this.cleanFields(list, input, true);
    this.checkUnique(list, fields);
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
    const item: StoredItem = {
      id: list.nextItemId,
      guid: randomUUID(),
      version: 1,
      created: now,
      modified: now,
      createdBy: "Emulator user",
      modifiedBy: "Emulator user",
      changeSeq: 0,
      fields: Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null)),
    };
    list.nextItemId += 1;
    this.store.putItem(list, item);
    return json(201, this.itemJson(list, item, { expand: true }), { etag: etagOf(item) });
  }

  private updateItem(
    list: StoredList,
    item: StoredItem,
    input: Record<string, unknown>,
    _request: EmulatorRequest,
  ): StoredItem {
    const changes = this.cleanFields(list, input, false);
    const fields = { ...item.fields };
    for (const [name, value] of Object.entries(changes)) {
      if (value === null) delete fields[name];
      else fields[name] = value;
    }
    this.checkUnique(list, fields, item.id);
    const updated: StoredItem = {
      ...item,
      version: item.version + 1,
      modified: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
      fields,
    };
    this.store.putItem(list, updated);
    return updated;
  }

  private fieldsJson(
    list: StoredList,
    item: StoredItem,
    select?: string[],
  ): Record<string, unknown> {
    const all: Record<string, unknown> = {
      "@odata.etag": etagOf(item),
      id: String(item.id),
      ContentType: "Item",
      Created: item.created,
      Modified: item.modified,
      ...item.fields,
    };
    if (!select) {
      // Hidden columns come back only when selected (columnDefinition page).
      for (const column of list.columns) if (column.hidden) delete all[column.name];
      return all;
    }
    const chosen: Record<string, unknown> = { "@odata.etag": all["@odata.etag"] };
    for (const name of select) if (all[name] !== undefined) chosen[name] = all[name];
    return chosen;
  }

  private itemJson(
    list: StoredList,
    item: StoredItem,
    expand: { expand: boolean; select?: string[] },
  ): Record<string, unknown> {
    const site = this.store.sites.get(list.siteId);
    return {
      "@odata.etag": etagOf(item),
      id: String(item.id),
      eTag: etagOf(item),
      createdDateTime: item.created,
      lastModifiedDateTime: item.modified,
      createdBy: { user: { displayName: item.createdBy } },
      lastModifiedBy: { user: { displayName: item.modifiedBy } },
      parentReference: { id: list.id, siteId: list.siteId },
      contentType: itemContentType,
      webUrl: `https://${site?.hostname ?? "localhost"}${site?.path ?? ""}/Lists/${encodeURIComponent(list.displayName)}/${item.id}_.000`,
      sharepointIds: { listId: list.id, listItemId: String(item.id), listItemUniqueId: item.guid },
      ...(expand.expand ? { fields: this.fieldsJson(list, item, expand.select) } : {}),
    };
  }

  private fieldValue(item: StoredItem, name: string): unknown {
    if (name === "id" || name === "ID") return item.id;
    if (name === "Created") return item.created;
    if (name === "Modified") return item.modified;
    return item.fields[name];
  }

  private checkIndexed(list: StoredList, names: string[], request: EmulatorRequest): void {
    const prefer = (request.headers.prefer ?? "").toLowerCase().includes(preferNonIndexed);
    for (const name of names) {
      if (name === "id" || name === "ID") continue;
      const column = list.columns.find((c) => c.name === name);
      if (!column) badRequest(`Field '${name}' is not recognized`);
      if (column?.indexed) continue;
      if (!prefer) {
        // Graph refuses non-indexed filter/orderby fields unless the caller opts in (microsoft-graph-docs #2279).
        badRequest(
          `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
        );
      }
      if (list.items.size > listViewThreshold) {
        // With the opt-in header the query runs until the scan passes the threshold, then fails.
        failWith(
          400,
          "notSupported",
          "The request is unprocessable because it uses too many resources",
          "tooManyResources",
        );
      }
    }
  }

  private listItems(list: StoredList, request: EmulatorRequest, prefix: string): EmulatorResponse {
    const expand = parseExpand(request.query.get("$expand"));
    const filterText = request.query.get("$filter");
    const orderText = request.query.get("$orderby");
    const filter = filterText ? parseFilter(filterText) : undefined;
    const order: OrderKey[] = orderText ? parseOrderBy(orderText) : [];
    this.checkIndexed(
      list,
      [...(filter ? filterFields(filter) : []), ...order.map((k) => k.field)],
      request,
    );
    if (filter && !expand.expand) badRequest("Filtering on fields needs $expand=fields.");
    const top = Math.min(
      Number(request.query.get("$top") ?? defaultPageSize) || defaultPageSize,
      maxPageSize,
    );
    const keys: OrderKey[] = [...order, { field: "id", descending: false }];
    const keyOf = (item: StoredItem): unknown[] => keys.map((k) => this.fieldValue(item, k.field));
    let rows = [...list.items.values()];
    if (filter)
      rows = rows.filter((item) => evaluateFilter(filter, (name) => this.fieldValue(item, name)));
    rows.sort((a, b) => compareByKeys(keys, keyOf(a), keyOf(b)));
    const skip = request.query.get("$skiptoken");
    if (skip) {
      const after = decodeToken<unknown[]>(skip);
      if (!Array.isArray(after)) return badRequest("The $skiptoken is not valid.");
      rows = rows.filter((item) => compareByKeys(keys, keyOf(item), after) > 0);
    }
    const page = rows.slice(0, top);
    const body: Record<string, unknown> = {
      value: page.map((item) => this.itemJson(list, item, expand)),
    };
    if (rows.length > top) {
      const last = page[page.length - 1] as StoredItem;
      const params = new URLSearchParams();
      for (const [key, value] of request.query) if (key !== "$skiptoken") params.set(key, value);
      params.set("$skiptoken", encodeToken(keyOf(last)));
      body["@odata.nextLink"] = `${this.baseUrl()}/v1.0${prefix}/items?${params.toString()}`;
    }
    return json(200, body);
  }

  private delta(
    list: StoredList,
    request: EmulatorRequest,
    prefix: string,
    token: string | undefined,
  ): EmulatorResponse {
    const expand = parseExpand(request.query.get("$expand"));
    const top = Math.min(
      Number(request.query.get("$top") ?? defaultPageSize) || defaultPageSize,
      maxPageSize,
    );
    const carry = new URLSearchParams();
    for (const key of ["$expand", "$select", "$top"]) {
      const value = request.query.get(key);
      if (value !== null) carry.set(key, value);
    }
    const link = (kind: "next" | "delta", state: unknown): string => {
      const params = new URLSearchParams(carry);
      params.set("token", encodeToken(state));
      return `${this.baseUrl()}/v1.0${prefix}/items/delta?${params.toString()}`;
    };
    const restart = `${this.baseUrl()}/v1.0${prefix}/items/delta${carry.size > 0 ? `?${carry.toString()}` : ""}`;
    if (token === "latest") {
      return json(200, {
        value: [],
        "@odata.deltaLink": link("delta", { e: list.epoch, s: list.changeSeq }),
      });
    }
    let since = 0;
    let upto = list.changeSeq;
    let after = 0;
    if (token !== undefined && token !== "") {
      const state = decodeToken<{ e?: string; s?: number; u?: number; a?: number }>(token);
      const stale =
        !state ||
        state.e !== list.epoch ||
        typeof state.s !== "number" ||
        (state.s > 0 && state.s < list.prunedBefore - 1);
      if (stale) {
        return graphError(
          410,
          "resyncRequired",
          "The delta token is no longer valid; re-enumerate from the Location URL and apply the differences.",
          {
            headers: { location: restart },
            innerCode: "resyncChangesApplyDifferences",
          },
        );
      }
      since = state.s as number;
      upto = state.u ?? list.changeSeq;
      after = state.a ?? since;
    }
    type Entry = { seq: number; item?: StoredItem; deletedId?: number };
    const entries: Entry[] = [];
    for (const item of list.items.values()) {
      if (item.changeSeq > after && item.changeSeq <= upto)
        entries.push({ seq: item.changeSeq, item });
    }
    if (since > 0) {
      for (const tomb of list.tombstones) {
        if (tomb.seq > after && tomb.seq <= upto)
          entries.push({ seq: tomb.seq, deletedId: tomb.id });
      }
    }
    entries.sort((a, b) => a.seq - b.seq);
    const page = entries.slice(0, top);
    const value = page.map((entry) =>
      entry.item
        ? this.itemJson(list, entry.item, expand)
        : {
            id: String(entry.deletedId),
            deleted: { state: "deleted" },
            parentReference: { id: list.id, siteId: list.siteId },
            contentType: itemContentType,
          },
    );
    if (entries.length > top) {
      const last = page[page.length - 1] as Entry;
      return json(200, {
        value,
        "@odata.nextLink": link("next", { e: list.epoch, s: since, u: upto, a: last.seq }),
      });
    }
    return json(200, { value, "@odata.deltaLink": link("delta", { e: list.epoch, s: upto }) });
  }
}
