/**
 * How command-line tools (and benchmarks) reach the register: the local emulator by default, or a
 * tenant when the environment says so. Node only.
 *
 * - GRAPH_BASE_URL: default https://localhost:8443 (the emulator `npm start` / `npx foi emulator` runs)
 * - GRAPH_SITE: default localhost:/sites/foi; for a tenant e.g. contoso.sharepoint.com:/sites/foi
 * - GRAPH_TOKEN: a bearer token with Sites.Selected (write) on that site; not needed for the emulator
 * - GRAPH_CA_FILE: a certificate to trust; default .data/emulator-cert.pem, which the emulator writes
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fail, succeed, type Result } from "../cases/result";
import { caseDeadlines } from "../cases/caseDeadlines";
import type { Division } from "../deadlines";
import { GraphCaseRepository } from "../register/graphCaseRepository";
import { graphClientRequester, type GraphRequester } from "../register/graphRequester";
import { createGraphClient, type RetrySettings } from "./createGraphClient";
import { nodeHttpsFetch } from "./nodeHttpsFetch";

export interface RegisterConnection {
  requester: GraphRequester;
  site: string;
  baseUrl: string;
  target: "emulator" | "tenant";
}

export const emulatorDefaults = {
  baseUrl: "https://localhost:8443",
  site: "localhost:/sites/foi",
  token: "emulator",
};

/** The connection the environment describes, or why there is none. */
export function connectFromEnvironment(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  overrides: { site?: string; retry?: RetrySettings } = {},
): Result<RegisterConnection, string> {
  const baseUrl = (env.GRAPH_BASE_URL ?? emulatorDefaults.baseUrl).replace(/\/+$/, "");
  let host: string;
  try {
    const parsed = new URL(baseUrl);
    if (parsed.protocol !== "https:")
      return fail(
        "GRAPH_BASE_URL must be an https:// address (the graph client sends tokens only over HTTPS).",
      );
    host = parsed.hostname;
  } catch {
    return fail(`GRAPH_BASE_URL '${baseUrl}' is not a URL.`);
  }
  const local = host === "localhost" || host === "127.0.0.1";
  const token = env.GRAPH_TOKEN ?? (local ? emulatorDefaults.token : undefined);
  if (!token)
    return fail(
      "Set GRAPH_TOKEN to a Graph access token for the site (or leave GRAPH_BASE_URL unset to use the local emulator).",
    );
  const site = overrides.site ?? env.GRAPH_SITE ?? (local ? emulatorDefaults.site : undefined);
  if (!site) return fail("Set GRAPH_SITE (e.g. contoso.sharepoint.com:/sites/foi) or pass --site.");
  const caFile = env.GRAPH_CA_FILE
    ? resolve(cwd, env.GRAPH_CA_FILE)
    : join(cwd, ".data", "emulator-cert.pem");
  const ca =
    local && existsSync(caFile)
      ? readFileSync(caFile, "utf8")
      : env.GRAPH_CA_FILE && existsSync(caFile)
        ? readFileSync(caFile, "utf8")
        : undefined;
  const client = createGraphClient({
    baseUrl,
    token: async () => token,
    ...(local ? { customHosts: new Set([host]) } : {}),
    ...(ca ? { fetch: nodeHttpsFetch({ ca }) } : {}),
    ...(overrides.retry ? { retry: overrides.retry } : {}),
  });
  return succeed({
    requester: graphClientRequester(client),
    site,
    baseUrl,
    target: local ? "emulator" : "tenant",
  });
}

/**
 * The register repository the environment describes, with due dates for the council's nation
 * (read from its settings).
 */
export async function repositoryFromEnvironment(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  overrides: { site?: string } = {},
): Promise<Result<{ repository: GraphCaseRepository; connection: RegisterConnection }, string>> {
  const connection = connectFromEnvironment(env, cwd, overrides);
  if (!connection.ok) return connection;
  const make = (nation?: Division) =>
    new GraphCaseRepository({
      graph: connection.value.requester,
      site: connection.value.site,
      deadlines: caseDeadlines(nation),
      now: () => new Date().toISOString(),
    });
  const settings = await make().settings();
  if (!settings.ok)
    return fail(`${settings.problem.message}\n  (register: ${describeTarget(connection.value)})`);
  return succeed({ repository: make(settings.value.nation), connection: connection.value });
}

/** Why the register could not be reached, with the way to fix it. */
export function describeTarget(connection: RegisterConnection): string {
  return connection.target === "emulator"
    ? `the local emulator at ${connection.baseUrl} (site ${connection.site}; start it with 'npm start' or 'npx foi emulator')`
    : `${connection.baseUrl} (site ${connection.site})`;
}
