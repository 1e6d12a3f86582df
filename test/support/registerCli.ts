/**
 * Runs `foi provision|import|export` against a test emulator, with the environment a council
 * would set for a tenant (GRAPH_BASE_URL, GRAPH_SITE, GRAPH_TOKEN) plus GRAPH_CA_FILE to trust the
 * emulator's certificate.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/foi";
import type { RunningEmulator } from "../../src/emulator/server";
import { memoryIo, type MemoryIo } from "./memoryIo";
import { testSite } from "./emulatorHarness";

export function cliEnvironment(emulator: RunningEmulator): {
  env: Record<string, string>;
  folder: string;
} {
  const folder = mkdtempSync(join(tmpdir(), "foi-cli-"));
  const caFile = join(folder, "emulator-cert.pem");
  writeFileSync(caFile, emulator.cert);
  return {
    folder,
    env: {
      GRAPH_BASE_URL: emulator.url,
      GRAPH_SITE: testSite,
      GRAPH_TOKEN: "cli-test-token",
      GRAPH_CA_FILE: caFile,
    },
  };
}

export async function runFoi(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; io: MemoryIo }> {
  const io = memoryIo([], env);
  const code = await main(args, io);
  return { code, io };
}
