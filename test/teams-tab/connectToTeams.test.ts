import { configureTab } from "../../src/teams-tab/teams/configureTab";
import { connectToTeams } from "../../src/teams-tab/teams/connectToTeams";
import type { TeamsSdk } from "../../src/teams-tab/teams/teamsSdk";
import { hostThemeFromTeams } from "../../src/teams-tab/teams/teamsTheme";

const topLevel = (() => {
  const page = { opener: null } as { self?: unknown; parent?: unknown; opener: unknown };
  page.self = page;
  page.parent = page;
  return page as { self: unknown; parent: unknown; opener: unknown };
})();
const framed = { self: {}, parent: {}, opener: null };

function fakeSdk(overrides: Partial<TeamsSdk> = {}) {
  const calls: string[] = [];
  let themeHandler: ((theme: string) => void) | undefined;
  let saveHandler: Parameters<TeamsSdk["config"]["registerOnSaveHandler"]>[0] | undefined;
  const sdk: TeamsSdk = {
    initialize: () => Promise.resolve(),
    getContext: () => Promise.resolve({ app: { theme: "default", host: { name: "Teams" } } }),
    registerOnThemeChangeHandler: (handler) => {
      themeHandler = handler;
    },
    config: {
      isSupported: () => true,
      setValidityState: (valid) => calls.push(`valid:${valid}`),
      registerOnSaveHandler: (handler) => {
        saveHandler = handler;
      },
      setConfig: (config) => {
        calls.push(`setConfig:${config.contentUrl}`);
        return Promise.resolve();
      },
    },
    ...overrides,
  };
  return {
    sdk,
    calls,
    changeTheme: (name: string) => themeHandler?.(name),
    save: () => saveHandler,
  };
}

const hang = () => new Promise<void>(() => undefined);

describe("connectToTeams: preview mode whenever the tab is not inside Teams", () => {
  it("is preview at once on a top-level page, without loading teams-js (which would call a CDN)", async () => {
    const loadSdk = jest.fn();
    const connection = await connectToTeams({ page: topLevel, loadSdk });
    expect(connection.host).toMatchObject({ mode: "preview", product: "teams" });
    expect(connection.sdk).toBeUndefined();
    expect(loadSdk).not.toHaveBeenCalled();
  });

  it("is preview when app.initialize() rejects", async () => {
    const { sdk } = fakeSdk({
      initialize: () => Promise.reject(new Error("No Parent window found")),
    });
    const connection = await connectToTeams({
      page: framed,
      loadSdk: () => Promise.resolve(sdk),
      wait: hang,
    });
    expect(connection.host.mode).toBe("preview");
  });

  it("is preview after the timeout when framed by a page that is not Teams (initialize would hang 60 s)", async () => {
    const { sdk } = fakeSdk({ initialize: () => new Promise(() => undefined) });
    const connection = await connectToTeams({
      page: framed,
      loadSdk: () => Promise.resolve(sdk),
      wait: () => Promise.resolve(),
      timeoutMs: 2000,
    });
    expect(connection.host).toMatchObject({
      mode: "preview",
      reason: expect.stringMatching(/2 seconds/),
    });
  });
});

describe("connectToTeams: inside Teams", () => {
  it("is connected with the host's name and theme, and passes on theme changes", async () => {
    const { sdk, changeTheme } = fakeSdk({
      getContext: () => Promise.resolve({ app: { theme: "dark", host: { name: "Outlook" } } }),
    });
    const connection = await connectToTeams({
      page: framed,
      loadSdk: () => Promise.resolve(sdk),
      wait: hang,
    });
    expect(connection.host).toMatchObject({
      mode: "connected",
      hostName: "Outlook",
      theme: "dark",
    });
    const seen: string[] = [];
    if (connection.host.mode !== "connected") throw new Error("expected a connection");
    const stop = connection.host.onThemeChange?.((theme) => seen.push(theme));
    changeTheme("contrast");
    stop?.();
    changeTheme("default");
    expect(seen).toEqual(["contrast"]);
  });
});

describe("hostThemeFromTeams", () => {
  it.each([
    ["default", "light"],
    ["dark", "dark"],
    ["contrast", "contrast"],
    ["glass", "light"],
    [undefined, "light"],
  ])("maps the Teams theme %s to %s", (teams, expected) => {
    expect(hostThemeFromTeams(teams)).toBe(expected);
  });
});

describe("configureTab: the channel tab's configuration page", () => {
  it("enables Save at once and saves the tab page as the tab's content", async () => {
    const { sdk, calls, save } = fakeSdk();
    configureTab(sdk, "https://localhost:3000/tab.html?config=1");
    expect(calls).toEqual(["valid:true"]);
    const notified: string[] = [];
    save()?.({
      notifySuccess: () => notified.push("ok"),
      notifyFailure: () => notified.push("failed"),
    });
    await new Promise((resolve) => setImmediate(resolve)); // let the save promise settle
    expect(calls).toContain("setConfig:https://localhost:3000/tab.html");
    expect(notified).toEqual(["ok"]);
  });

  it("does nothing where Teams has no configuration API", () => {
    const { sdk, calls } = fakeSdk();
    sdk.config.isSupported = () => false;
    configureTab(sdk, "https://localhost:3000/tab.html?config=1");
    expect(calls).toEqual([]);
  });
});
