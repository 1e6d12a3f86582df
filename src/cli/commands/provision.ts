/**
 * `foi provision`: creates or upgrades the FOI Desk lists on a SharePoint site through Graph
 * (thin: the plan and its execution live in src/shared/register).
 */
import type { CliIo } from "../cliCommand";
import {
  connectFromEnvironment,
  describeTarget,
} from "../../shared/platform/nodeRegisterConnection";
import { provision } from "../../shared/register/provision";
import { describeStep } from "../../shared/register/provisionPlan";

export const summary = "create or upgrade the register's SharePoint lists (safe to run again)";

export const usage = `Usage:
  foi provision [--site <hostname>:/sites/<path>] [--dry-run]

Creates the lists "FOI Requests", "FOI Events", "FOI Settings" and "FOI Templates" on the site,
with every column, index and unique constraint FOI Desk needs. On a site that has them already it
changes nothing; on an older schema it adds only what is missing. --dry-run shows the plan only.

Talks to the local emulator unless GRAPH_BASE_URL is set:
  GRAPH_BASE_URL  https://graph.microsoft.com for a tenant (default https://localhost:8443)
  GRAPH_SITE      the site, if --site is not given (default localhost:/sites/foi)
  GRAPH_TOKEN     a Graph token with write (or manage) access to the site (Sites.Selected)
`;

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const siteAt = argv.indexOf("--site");
  const site = siteAt >= 0 ? argv[siteAt + 1] : undefined;
  if (siteAt >= 0 && (!site || !/^[^:/]+:\/sites\/.+/.test(site))) {
    io.err(
      "foi provision: --site needs <hostname>:/sites/<path>, e.g. contoso.sharepoint.com:/sites/foi\n",
    );
    return 2;
  }
  const connection = connectFromEnvironment(io.env, io.cwd, site ? { site } : {});
  if (!connection.ok) {
    io.err(`foi provision: ${connection.problem}\n`);
    return 2;
  }
  const dryRun = argv.includes("--dry-run");
  const report = await provision(connection.value.requester, connection.value.site, { dryRun });
  if (!report.ok) {
    io.err(
      `foi provision: ${report.problem.message}\n  (register: ${describeTarget(connection.value)})\n`,
    );
    return 1;
  }
  const { plan, done } = report.value;
  for (const warning of plan.warnings) io.err(`warning: ${warning}\n`);
  if (plan.steps.length === 0) {
    io.out(
      `The site ${connection.value.site} already has every list, column and index FOI Desk needs. Nothing changed.\n`,
    );
    return 0;
  }
  if (dryRun) {
    io.out(
      `Would make ${plan.steps.length} change(s) on ${connection.value.site}:\n${plan.steps.map((s, i) => `  ${i + 1}. ${describeStep(s)}\n`).join("")}`,
    );
    return 0;
  }
  io.out(`Provisioned ${connection.value.site}:\n${done.map((line) => `  - ${line}\n`).join("")}`);
  return 0;
}
