import { rmSync } from "node:fs";
import type { RunningEmulator } from "../../src/emulator/server";
import { startTestEmulator } from "../support/emulatorHarness";
import { cliEnvironment, runFoi } from "../support/registerCli";

jest.setTimeout(30_000);

let emulator: RunningEmulator;
let env: Record<string, string>;
let folder: string;
beforeEach(async () => {
  emulator = await startTestEmulator();
  ({ env, folder } = cliEnvironment(emulator));
});
afterEach(async () => {
  await emulator.close();
  rmSync(folder, { recursive: true, force: true });
});

test("foi provision creates the lists, and a second run says nothing changed", async () => {
  const first = await runFoi(["provision"], env);
  expect(first.code).toBe(0);
  expect(first.io.stdout()).toMatch(/create list 'FOI Requests'/);
  const second = await runFoi(["provision", "--site", env.GRAPH_SITE as string], env);
  expect(second.code).toBe(0);
  expect(second.io.stdout()).toMatch(/Nothing changed/);
});

test("foi provision --dry-run lists the plan and creates nothing", async () => {
  const dry = await runFoi(["provision", "--dry-run"], env);
  expect(dry.io.stdout()).toMatch(/Would make 4 change/);
  expect(emulator.store.lists.size).toBe(0);
});

test("a malformed --site is refused with an example of the right form", async () => {
  const bad = await runFoi(
    ["provision", "--site", "https://contoso.sharepoint.com/sites/foi"],
    env,
  );
  expect(bad.code).toBe(2);
  expect(bad.io.stderr()).toMatch(/contoso\.sharepoint\.com:\/sites\/foi/);
});

test("a tenant address without a token is refused before anything is sent", async () => {
  const result = await runFoi(["provision"], {
    GRAPH_BASE_URL: "https://graph.microsoft.com",
    GRAPH_SITE: "contoso.sharepoint.com:/sites/foi",
  });
  expect(result.code).toBe(2);
  expect(result.io.stderr()).toMatch(/GRAPH_TOKEN/);
});
