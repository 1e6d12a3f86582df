/**
 * `foi export`: the register, and the disclosure log, as CSV or Excel (thin: rows are built in
 * src/shared/register/registerSpreadsheet.ts).
 */
import { resolve } from "node:path";
import type { CliIo } from "../cliCommand";
import { isIsoDate } from "../../shared/deadlines";
import {
  describeTarget,
  repositoryFromEnvironment,
} from "../../shared/platform/nodeRegisterConnection";
import { writeSheet } from "../../shared/platform/spreadsheetFiles";
import {
  caseToDisclosureRow,
  caseToRegisterRow,
  disclosureLogHeaders,
  registerExportHeaders,
} from "../../shared/register/registerSpreadsheet";

export const summary = "export the register and the disclosure log as CSV or Excel";

export const usage = `Usage:
  foi export --format csv|xlsx [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--out FILE] [--disclosure-log]

Writes the cases received between --from and --to (inclusive; default all) in reference order.
xlsx: one workbook with two sheets, "Register" and "Disclosure log".
csv: the register, or with --disclosure-log the disclosure log (answered cases only, with no
requester details, as published logs should be).
The default file is foi-register.<format> (foi-disclosure-log.csv with --disclosure-log).

Talks to the local emulator unless GRAPH_BASE_URL / GRAPH_SITE / GRAPH_TOKEN say otherwise
(see 'foi provision --help').
`;

function flag(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const format = flag(argv, "--format");
  if (format !== "csv" && format !== "xlsx") {
    io.err("foi export: --format must be csv or xlsx.\n");
    return 2;
  }
  const from = flag(argv, "--from");
  const to = flag(argv, "--to");
  for (const [name, date] of [
    ["--from", from],
    ["--to", to],
  ] as const) {
    if (date !== undefined && !isIsoDate(date)) {
      io.err(`foi export: ${name} must be a date written YYYY-MM-DD.\n`);
      return 2;
    }
  }
  const disclosureOnly = argv.includes("--disclosure-log");
  const out = resolve(
    io.cwd,
    flag(argv, "--out") ??
      (disclosureOnly && format === "csv" ? "foi-disclosure-log.csv" : `foi-register.${format}`),
  );
  if (!out.toLowerCase().endsWith(`.${format}`)) {
    io.err(`foi export: the output file must end in .${format}.\n`);
    return 2;
  }
  const target = await repositoryFromEnvironment(io.env, io.cwd);
  if (!target.ok) {
    io.err(`foi export: ${target.problem}\n`);
    return 1;
  }
  const listed = await target.value.repository.list({
    ...(from && isIsoDate(from) ? { receivedFrom: from } : {}),
    ...(to && isIsoDate(to) ? { receivedTo: to } : {}),
    orderBy: "reference",
  });
  if (!listed.ok) {
    io.err(
      `foi export: ${listed.problem.message}\n  (register: ${describeTarget(target.value.connection)})\n`,
    );
    return 1;
  }
  const cases = listed.value.map((s) => s.case);
  const register = {
    name: "Register",
    headers: registerExportHeaders,
    rows: cases.map(caseToRegisterRow),
  };
  const disclosure = {
    name: "Disclosure log",
    headers: disclosureLogHeaders,
    rows: cases
      .map(caseToDisclosureRow)
      .filter((row): row is NonNullable<typeof row> => row !== undefined),
  };
  const sheets =
    format === "xlsx" ? [register, disclosure] : [disclosureOnly ? disclosure : register];
  await writeSheet(out, sheets);
  io.out(
    `Wrote ${sheets.map((s) => `${s.rows.length} ${s.name.toLowerCase()} row(s)`).join(" and ")} to ${out}\n`,
  );
  return 0;
}
