/**
 * The emulator's data: sites, lists, columns and items, kept in memory and made durable with an
 * append-only journal. Every change is one JSON line appended and fsync'd before the HTTP answer
 * goes out, so a killed process loses nothing it acknowledged; a torn last line (killed mid-write)
 * is ignored on load. On start and on close the journal is folded into a snapshot written to a
 * temporary file, fsync'd and renamed over the old one, so the snapshot is always whole.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { dirname } from "node:path";
import { randomUUID } from "node:crypto";

export interface StoredColumn {
  id: string;
  name: string;
  displayName: string;
  description?: string;
  indexed: boolean;
  enforceUniqueValues: boolean;
  required: boolean;
  hidden: boolean;
  readOnly: boolean;
  /** The type facet, e.g. { text: { maxLength: 255 } } or { number: {} }. */
  facet: Record<string, Record<string, unknown>>;
}

export interface StoredItem {
  id: number;
  guid: string;
  version: number;
  created: string;
  modified: string;
  createdBy: string;
  modifiedBy: string;
  /** The change number of the item's last change (for delta). */
  changeSeq: number;
  fields: Record<string, unknown>;
}

export interface StoredList {
  id: string;
  siteId: string;
  displayName: string;
  description: string;
  template: string;
  created: string;
  columns: StoredColumn[];
  items: Map<number, StoredItem>;
  nextItemId: number;
  changeSeq: number;
  /** Deleted items still reported by delta: item id and change number. */
  tombstones: { id: number; seq: number }[];
  /** Delta tokens older than this change number are stale (410 resync). */
  prunedBefore: number;
  /** Changes if the list is rebuilt; tokens from another epoch are stale. */
  epoch: string;
}

export interface StoredSite {
  id: string;
  hostname: string;
  path: string;
  displayName: string;
  created: string;
}

type JournalRecord =
  | { t: "site"; site: StoredSite }
  | { t: "list"; list: ListMeta }
  | { t: "column"; listId: string; column: StoredColumn }
  | { t: "item"; listId: string; item: StoredItem; nextItemId: number }
  | { t: "delete"; listId: string; id: number; seq: number; prunedBefore: number };

type ListMeta = Omit<StoredList, "items" | "columns" | "tombstones"> & { columns: StoredColumn[] };

interface Snapshot {
  version: 1;
  sites: StoredSite[];
  lists: (ListMeta & { items: StoredItem[]; tombstones: { id: number; seq: number }[] })[];
}

const journalFoldThreshold = 20_000;

export interface ListStoreOptions {
  /** Where the snapshot lives; the journal sits beside it as `<file>.journal`. Omit for memory only. */
  dataFile?: string;
  /** fsync each journal append (default true). */
  fsync?: boolean;
  /** How many deleted items delta remembers before old tokens go stale (default 5,000). */
  tombstoneLimit?: number;
}

export class ListStore {
  readonly sites = new Map<string, StoredSite>();
  readonly lists = new Map<string, StoredList>();
  private journalFd: number | undefined;
  private journalLength = 0;
  private readonly fsyncEach: boolean;
  private readonly tombstoneLimit: number;

  constructor(private readonly options: ListStoreOptions = {}) {
    this.fsyncEach = options.fsync ?? true;
    this.tombstoneLimit = options.tombstoneLimit ?? 5000;
    if (options.dataFile) this.load(options.dataFile);
  }

  private journalPath(): string {
    return `${this.options.dataFile}.journal`;
  }

  private load(dataFile: string): void {
    mkdirSync(dirname(dataFile), { recursive: true });
    if (existsSync(dataFile)) {
      const snapshot = JSON.parse(readFileSync(dataFile, "utf8")) as Snapshot;
      for (const site of snapshot.sites) this.sites.set(site.id, site);
      for (const list of snapshot.lists) {
        const { items, tombstones, ...meta } = list;
        this.lists.set(list.id, {
          ...meta,
          columns: meta.columns,
          items: new Map(items.map((item) => [item.id, item])),
          tombstones,
        });
      }
    }
    const journal = this.journalPath();
    if (existsSync(journal)) {
      const lines = readFileSync(journal, "utf8").split("\n");
      for (const line of lines) {
        if (line.trim() === "") continue;
        let record: JournalRecord;
        try {
          record = JSON.parse(line) as JournalRecord;
        } catch {
          // A torn line: the process was killed while writing it, before it answered the client.
          break;
        }
        this.replay(record);
      }
    }
    this.compact();
  }

  private replay(record: JournalRecord): void {
    switch (record.t) {
      case "site":
        this.sites.set(record.site.id, record.site);
        break;
      case "list":
        this.lists.set(record.list.id, {
          ...record.list,
          items: this.lists.get(record.list.id)?.items ?? new Map(),
          tombstones: this.lists.get(record.list.id)?.tombstones ?? [],
        });
        break;
      case "column": {
        const list = this.lists.get(record.listId);
        if (!list) break;
        const at = list.columns.findIndex((c) => c.id === record.column.id);
        if (at >= 0) list.columns[at] = record.column;
        else list.columns.push(record.column);
        break;
      }
      case "item": {
        const list = this.lists.get(record.listId);
        if (!list) break;
        list.items.set(record.item.id, record.item);
        list.nextItemId = Math.max(list.nextItemId, record.nextItemId);
        list.changeSeq = Math.max(list.changeSeq, record.item.changeSeq);
        break;
      }
      case "delete": {
        const list = this.lists.get(record.listId);
        if (!list) break;
        list.items.delete(record.id);
        list.tombstones.push({ id: record.id, seq: record.seq });
        list.changeSeq = Math.max(list.changeSeq, record.seq);
        this.pruneTombstones(list);
        break;
      }
    }
  }

  /** Folds the journal into a fresh snapshot: temp file, fsync, rename, then an empty journal. */
  compact(): void {
    const dataFile = this.options.dataFile;
    if (!dataFile) return;
    if (this.journalFd !== undefined) {
      closeSync(this.journalFd);
      this.journalFd = undefined;
    }
    const snapshot: Snapshot = {
      version: 1,
      sites: [...this.sites.values()],
      lists: [...this.lists.values()].map(({ items, tombstones, ...meta }) => ({
        ...meta,
        items: [...items.values()],
        tombstones,
      })),
    };
    const temp = `${dataFile}.${process.pid}.tmp`;
    const fd = openSync(temp, "w");
    try {
      writeSync(fd, JSON.stringify(snapshot));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, dataFile);
    try {
      const dirFd = openSync(dirname(dataFile), "r");
      fsyncSync(dirFd);
      closeSync(dirFd);
    } catch {
      // Some file systems do not allow fsync on a directory; the rename is still atomic.
    }
    writeFileSync(this.journalPath(), "");
    this.journalFd = openSync(this.journalPath(), "a");
    this.journalLength = 0;
  }

  /** Stops writing without folding the journal, exactly as a killed process leaves the files. */
  detach(): void {
    if (this.journalFd !== undefined) {
      closeSync(this.journalFd);
      this.journalFd = undefined;
    }
  }

  close(): void {
    if (this.options.dataFile) this.compact();
    if (this.journalFd !== undefined) {
      closeSync(this.journalFd);
      this.journalFd = undefined;
    }
  }

  private append(records: JournalRecord[]): void {
    if (this.journalFd === undefined) return;
    writeSync(this.journalFd, records.map((r) => `${JSON.stringify(r)}\n`).join(""));
    if (this.fsyncEach) fsyncSync(this.journalFd);
    this.journalLength += records.length;
    // Fold a long journal into the snapshot now and then, so restarts stay quick.
    if (this.journalLength >= journalFoldThreshold) this.compact();
  }

  siteByPath(hostname: string, path: string): StoredSite {
    for (const site of this.sites.values()) {
      if (site.hostname === hostname && site.path === path) return site;
    }
    const site: StoredSite = {
      id: `${hostname},${randomUUID()},${randomUUID()}`,
      hostname,
      path,
      displayName: path.split("/").pop() ?? path,
      created: new Date().toISOString(),
    };
    this.sites.set(site.id, site);
    this.append([{ t: "site", site }]);
    return site;
  }

  addList(list: StoredList): void {
    this.lists.set(list.id, list);
    const { items: _items, tombstones: _tombstones, ...meta } = list;
    this.append([{ t: "list", list: meta }]);
  }

  putColumn(list: StoredList, column: StoredColumn): void {
    const at = list.columns.findIndex((c) => c.id === column.id);
    if (at >= 0) list.columns[at] = column;
    else list.columns.push(column);
    this.append([{ t: "column", listId: list.id, column }]);
  }

  /** Stores a new or changed item, giving it the list's next change number. */
  putItem(list: StoredList, item: StoredItem): void {
    list.changeSeq += 1;
    item.changeSeq = list.changeSeq;
    list.items.set(item.id, item);
    this.append([{ t: "item", listId: list.id, item, nextItemId: list.nextItemId }]);
  }

  /** Stores many new items with one journal write (bench and seeding). */
  putItems(list: StoredList, items: StoredItem[]): void {
    const records: JournalRecord[] = [];
    for (const item of items) {
      list.changeSeq += 1;
      item.changeSeq = list.changeSeq;
      list.items.set(item.id, item);
      records.push({ t: "item", listId: list.id, item, nextItemId: list.nextItemId });
    }
    this.append(records);
  }

  deleteItem(list: StoredList, id: number): void {
    list.items.delete(id);
    list.changeSeq += 1;
    list.tombstones.push({ id, seq: list.changeSeq });
    this.pruneTombstones(list);
    this.append([
      { t: "delete", listId: list.id, id, seq: list.changeSeq, prunedBefore: list.prunedBefore },
    ]);
  }

  private pruneTombstones(list: StoredList): void {
    const excess = list.tombstones.length - this.tombstoneLimit;
    if (excess > 0) {
      const removed = list.tombstones.splice(0, excess);
      list.prunedBefore = Math.max(list.prunedBefore, (removed[removed.length - 1]?.seq ?? 0) + 1);
    }
  }
}
