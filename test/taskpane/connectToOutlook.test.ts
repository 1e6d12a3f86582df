import { connectToOutlook } from "../../src/taskpane/office/connectToOutlook";

type ReadyInfo = { host: string | null; platform: string | null };

/** A stand-in for the global `Office`, with only what the adapter touches. */
function fakeOffice(options: {
  onReady: () => Promise<ReadyInfo>;
  item?: { dateTimeCreated?: Date } | null;
  mailbox15?: boolean;
}) {
  const handlers: Record<string, () => void> = {};
  const office = {
    onReady: options.onReady,
    EventType: { ItemChanged: "olkItemSelectedChanged" },
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === "Mailbox" && version === "1.5" && options.mailbox15 !== false,
      },
      mailbox: {
        item: options.item ?? null,
        addHandlerAsync: (type: string, handler: () => void) => {
          handlers[type] = handler;
        },
        removeHandlerAsync: (type: string) => {
          delete handlers[type];
        },
      },
    },
  };
  return { office: office as unknown as typeof Office, handlers, mailbox: office.context.mailbox };
}

const never = () => new Promise<ReadyInfo>(() => undefined);
const noWait = () => Promise.resolve();
const hang = () => new Promise<void>(() => undefined);

describe("connectToOutlook: preview mode whenever the pane is not inside Outlook", () => {
  it("is preview at once when Office.js did not load (offline, or the CDN was blocked)", async () => {
    const adapter = await connectToOutlook({ office: undefined });
    expect(adapter.host).toEqual({
      mode: "preview",
      product: "outlook",
      reason: expect.stringContaining("Office.js did not load"),
    });
    expect(adapter.selectedMessageReceivedAt()).toBeUndefined();
  });

  it("is preview when Office.onReady never answers, after the timeout rather than hanging", async () => {
    const { office } = fakeOffice({ onReady: never });
    const waited: number[] = [];
    const adapter = await connectToOutlook({
      office,
      timeoutMs: 2500,
      wait: (ms) => {
        waited.push(ms);
        return Promise.resolve();
      },
    });
    expect(waited).toEqual([2500]);
    expect(adapter.host).toMatchObject({
      mode: "preview",
      reason: expect.stringMatching(/2\.5 seconds/),
    });
  });

  it("is preview when Office.onReady says there is no host (a page opened in a browser)", async () => {
    const { office } = fakeOffice({
      onReady: () => Promise.resolve({ host: null, platform: null }),
    });
    const adapter = await connectToOutlook({ office, wait: hang });
    expect(adapter.host).toMatchObject({
      mode: "preview",
      reason: expect.stringMatching(/web browser/),
    });
  });

  it("is preview, naming the app, when opened in another Office app", async () => {
    const { office } = fakeOffice({
      onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
    });
    const adapter = await connectToOutlook({ office, wait: hang });
    expect(adapter.host).toMatchObject({ mode: "preview", reason: expect.stringMatching(/Excel/) });
  });

  it("is preview when Office.onReady fails, instead of throwing", async () => {
    const { office } = fakeOffice({ onReady: () => Promise.reject(new Error("boom")) });
    const adapter = await connectToOutlook({ office, wait: noWait });
    expect(adapter.host.mode).toBe("preview");
  });
});

describe("connectToOutlook: inside Outlook", () => {
  const outlook = () => Promise.resolve({ host: "Outlook", platform: "OfficeOnline" });

  it("is connected, and reads when the selected message was received", async () => {
    const received = new Date("2026-03-06T17:45:00Z");
    const { office } = fakeOffice({ onReady: outlook, item: { dateTimeCreated: received } });
    const adapter = await connectToOutlook({ office, wait: hang });
    expect(adapter.host).toMatchObject({
      mode: "connected",
      product: "outlook",
      hostName: "Outlook",
    });
    expect(adapter.selectedMessageReceivedAt()).toBe(received);
  });

  it("has no received date when no message is selected (Outlook gives a null item)", async () => {
    const { office } = fakeOffice({ onReady: outlook, item: null });
    const adapter = await connectToOutlook({ office, wait: hang });
    expect(adapter.selectedMessageReceivedAt()).toBeUndefined();
  });

  it("follows the selection in a pinned pane (Mailbox 1.5), and stops when asked", async () => {
    const { office, handlers, mailbox } = fakeOffice({ onReady: outlook, item: null });
    const adapter = await connectToOutlook({ office, wait: hang });
    const changes: Date[] = [];
    const stop = adapter.onSelectedMessageChange(() => {
      const at = adapter.selectedMessageReceivedAt();
      if (at) changes.push(at);
    });
    const next = new Date("2026-03-09T09:00:00Z");
    mailbox.item = { dateTimeCreated: next };
    handlers["olkItemSelectedChanged"]?.();
    expect(changes).toEqual([next]);
    stop();
    expect(handlers["olkItemSelectedChanged"]).toBeUndefined();
  });

  it("does not subscribe to selection changes where Mailbox 1.5 is not supported", async () => {
    const { office, handlers } = fakeOffice({ onReady: outlook, mailbox15: false });
    const adapter = await connectToOutlook({ office, wait: hang });
    adapter.onSelectedMessageChange(() => undefined);
    expect(Object.keys(handlers)).toEqual([]);
  });
});
