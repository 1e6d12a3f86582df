/**
 * Rules for manifest/manifest.json that the JSON schema does not check: the things that make
 * Outlook or Teams reject the app package, or show it wrongly, only after it has been uploaded.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { readPng } from "./readPng";

const root = path.join(__dirname, "..", "..");
const manifestDir = path.join(root, "manifest");
const manifestText = readFileSync(path.join(manifestDir, "manifest.json"), "utf8");

interface Icon {
  size: number;
  url: string;
}
interface Manifest {
  $schema: string;
  manifestVersion: string;
  version: string;
  id: string;
  icons: { color: string; outline: string };
  validDomains: string[];
  staticTabs: { entityId: string; contentUrl: string; scopes: string[] }[];
  configurableTabs: { configurationUrl: string; scopes: string[] }[];
  authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } };
  extensions: {
    requirements: { scopes: string[]; capabilities: { name: string; minVersion: string }[] };
    runtimes: {
      id: string;
      code: { page: string };
      actions: { id: string; type: string; pinnable?: boolean }[];
    }[];
    ribbons: {
      contexts: string[];
      tabs: { groups: { icons: Icon[]; controls: { actionId: string; icons: Icon[] }[] }[] }[];
    }[];
  }[];
}
const manifest = JSON.parse(manifestText) as Manifest;

/** Every string in the manifest that is a web address, with where it is. */
function addresses(value: unknown, where = ""): { where: string; url: string }[] {
  if (typeof value === "string") return /^[a-z]+:\/\//i.test(value) ? [{ where, url: value }] : [];
  if (Array.isArray(value))
    return value.flatMap((item, index) => addresses(item, `${where}/${index}`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => addresses(item, `${where}/${key}`));
  }
  return [];
}
const appAddresses = addresses(manifest).filter((address) => address.where !== "/$schema");

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function iconFile(relativeOrUrl: string): string {
  // Ribbon icons are addresses on the dev server, which serves manifest/icons as /icons.
  const relative = relativeOrUrl.startsWith("https://")
    ? new URL(relativeOrUrl).pathname.slice(1)
    : relativeOrUrl;
  return path.join(manifestDir, relative);
}

describe("manifest.json: addresses", () => {
  it("uses only https:// addresses, because Outlook loads add-ins and Teams loads tabs only over HTTPS", () => {
    expect(appAddresses.length).toBeGreaterThan(0);
    expect(appAddresses.filter((address) => !address.url.startsWith("https://"))).toEqual([]);
  });

  it("lists every host it points at in validDomains, or Teams will not load those pages in the tab", () => {
    const hosts = new Set(appAddresses.map((address) => new URL(address.url).host));
    const covered = (host: string) =>
      manifest.validDomains.some((domain) =>
        domain.startsWith("*.") ? host.endsWith(domain.slice(1)) : domain === host,
      );
    expect([...hosts].filter((host) => !covered(host))).toEqual([]);
  });

  it("points the task pane, the personal tab and the channel tab's configuration at the pages webpack builds", () => {
    const runtime = manifest.extensions[0]?.runtimes[0];
    expect(new URL(runtime?.code.page ?? "").pathname).toBe("/taskpane.html");
    expect(new URL(manifest.staticTabs[0]?.contentUrl ?? "").pathname).toBe("/tab.html");
    const config = new URL(manifest.configurableTabs[0]?.configurationUrl ?? "");
    expect([config.pathname, config.searchParams.get("config")]).toEqual(["/tab.html", "1"]);
  });
});

describe("manifest.json: identity", () => {
  it("has a GUID as its app id, as Teams and the Microsoft 365 admin centre require", () => {
    expect(manifest.id).toMatch(guid);
  });

  it("has a three-part version (n.n.n), which the Teams store and admin centre insist on", () => {
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("declares the same manifest version as the schema it names", () => {
    expect(manifest.$schema).toContain(`/v${manifest.manifestVersion}/`);
  });
});

describe("manifest.json: icons", () => {
  it("has a 192×192 colour icon, the size Teams requires", () => {
    const png = readPng(readFileSync(iconFile(manifest.icons.color)));
    expect([png.width, png.height]).toEqual([192, 192]);
  });

  it("has a 32×32 outline icon that is white on a transparent background, as Teams requires", () => {
    const png = readPng(readFileSync(iconFile(manifest.icons.outline)));
    expect([png.width, png.height]).toEqual([32, 32]);
    const pixels = png.rgba;
    if (!pixels) throw new Error("outline.png is not an 8-bit RGBA PNG");
    let drawn = 0;
    const notWhite: number[] = [];
    for (let offset = 0; offset < pixels.length; offset += 4) {
      if ((pixels[offset + 3] ?? 0) === 0) continue;
      drawn += 1;
      if (pixels[offset] !== 255 || pixels[offset + 1] !== 255 || pixels[offset + 2] !== 255) {
        notWhite.push(offset / 4);
      }
    }
    expect(pixels[3]).toBe(0); // the top-left corner is transparent
    expect(drawn).toBeGreaterThan(0);
    expect(notWhite).toEqual([]);
  });

  it("has a file of the declared size for every ribbon icon", () => {
    const icons = manifest.extensions.flatMap((extension) =>
      extension.ribbons.flatMap((ribbon) =>
        ribbon.tabs.flatMap((tab) =>
          tab.groups.flatMap((group) => [
            ...group.icons,
            ...group.controls.flatMap((control) => control.icons),
          ]),
        ),
      ),
    );
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) {
      const file = iconFile(icon.url);
      expect(existsSync(file)).toBe(true);
      const png = readPng(readFileSync(file));
      expect({ url: icon.url, size: [png.width, png.height] }).toEqual({
        url: icon.url,
        size: [icon.size, icon.size],
      });
    }
  });
});

describe("manifest.json: the Outlook add-in", () => {
  const extension = manifest.extensions[0];

  it("is a mail add-in needing only Mailbox 1.5 (pinnable pane, item-changed events)", () => {
    expect(manifest.extensions).toHaveLength(1);
    expect(extension?.requirements.scopes).toEqual(["mail"]);
    expect(extension?.requirements.capabilities).toEqual([{ name: "Mailbox", minVersion: "1.5" }]);
  });

  it("asks to read the open item and to run in shared mailboxes, and nothing more", () => {
    const names = manifest.authorization.permissions.resourceSpecific.map((p) => p.name).sort();
    expect(names).toEqual(["Mailbox.SharedFolder", "MailboxItem.Read.User"]);
  });

  it("opens a pinnable task pane from a button on the message-reading ribbon", () => {
    const actions = extension?.runtimes.flatMap((runtime) => runtime.actions) ?? [];
    const ribbon = extension?.ribbons[0];
    expect(ribbon?.contexts).toEqual(["mailRead"]);
    const actionIds = ribbon?.tabs.flatMap((tab) =>
      tab.groups.flatMap((group) => group.controls.map((control) => control.actionId)),
    );
    expect(actionIds?.length).toBeGreaterThan(0);
    for (const actionId of actionIds ?? []) {
      expect(actions.find((action) => action.id === actionId)).toMatchObject({
        type: "openPage",
        pinnable: true,
      });
    }
  });
});

describe("manifest.json: the Teams tabs", () => {
  it("has a personal tab (also shown in Outlook and the Microsoft 365 app) and a channel tab", () => {
    expect(manifest.staticTabs.map((tab) => tab.scopes)).toEqual([["personal"]]);
    expect(manifest.configurableTabs.map((tab) => tab.scopes)).toEqual([["team"]]);
  });
});

describe("production build of the manifest", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { manifestForDeployment } = require("../../webpack.config.js") as {
    manifestForDeployment(content: string, target?: string): string;
  };

  it("moves every address and the valid domain to the deployed address, leaving no localhost", () => {
    const deployed = manifestForDeployment(manifestText, "https://foi.example.gov.uk/desk");
    expect(deployed).not.toContain("localhost");
    const parsed = JSON.parse(deployed) as Manifest;
    expect(parsed.validDomains).toEqual(["foi.example.gov.uk"]);
    expect(parsed.extensions[0]?.runtimes[0]?.code.page).toBe(
      "https://foi.example.gov.uk/desk/taskpane.html",
    );
  });

  it("refuses a plain http:// address, which Outlook and Teams would not load", () => {
    expect(() => manifestForDeployment(manifestText, "http://foi.example.gov.uk/")).toThrow(
      /https/,
    );
  });

  it("leaves the manifest as it is when no address is given (development)", () => {
    expect(manifestForDeployment(manifestText, "")).toBe(manifestText);
  });
});
