/**
 * `foi import`: brings a council's existing spreadsheet log into the register (thin: parsing and
 * checks in src/shared/register/registerSpreadsheet.ts).
 */
import { resolve } from "node:path";
import type { CliIo } from "../cliCommand";
import {
  describeTarget,
  repositoryFromEnvironment,
} from "../../shared/platform/nodeRegisterConnection";
import { readSheet } from "../../shared/platform/spreadsheetFiles";
import {
  parseMapping,
  planImport,
  registerFields,
  resolveMapping,
  type RejectedRow,
} from "../../shared/register/registerSpreadsheet";

export const summary = "import an existing register from a CSV or Excel file (with --dry-run)";

export const usage = `Usage:
  foi import <register.csv|register.xlsx> [--map field=Header,...] [--dry-run] [--skip-rejected]

Reads the first sheet (or the CSV), one request per row with a header row. Columns are matched by
common names (Reference, Date received, Requester, Email, Request, Status, Outcome, Officer, …);
map others with --map, e.g. --map "reference=Our Ref,received=Date In". Fields:
  ${registerFields.join(", ")}
Due dates are not imported: the deadline engine works them out from the date of receipt.

Every row is checked first, and each rejected row is reported with its reasons (bad date, unknown
status, reference used twice or already in the register). If any row is rejected nothing is
written, unless --skip-rejected is given. --dry-run checks and reports without writing.
Imported references keep their numbers; new registrations continue after the highest.

Talks to the local emulator unless GRAPH_BASE_URL / GRAPH_SITE / GRAPH_TOKEN say otherwise
(see 'foi provision --help').
`;

function flag(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

function report(rejected: RejectedRow[], io: CliIo): void {
  for (const row of rejected) {
    io.err(
      `  row ${row.row}${row.reference ? ` (${row.reference})` : ""}: ${row.reasons.join("; ")}\n`,
    );
  }
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const file = argv.find((arg, i) => !arg.startsWith("--") && argv[i - 1] !== "--map");
  if (!file) {
    io.err(`foi import: name the file to import.\n\n${usage}`);
    return 2;
  }
  const mapText = flag(argv, "--map");
  const mapping = parseMapping(mapText ?? "");
  if (!mapping.ok) {
    io.err(`foi import: ${mapping.problem}\n`);
    return 2;
  }
  const sheet = await readSheet(resolve(io.cwd, file));
  if (!sheet.ok) {
    io.err(`foi import: ${sheet.problem}\n`);
    return 1;
  }
  const resolved = resolveMapping(sheet.value.headers, mapping.value);
  if (!resolved.ok) {
    io.err(`foi import: ${resolved.problem}\n`);
    return 1;
  }
  const plan = planImport(sheet.value.rows, resolved.value);
  const target = await repositoryFromEnvironment(io.env, io.cwd);
  if (!target.ok) {
    io.err(`foi import: ${target.problem}\n`);
    return 1;
  }
  const { repository, connection } = target.value;
  // References already in the register are clashes too; find them before writing anything.
  const accepted = [];
  for (const row of plan.accepted) {
    const existing = await repository.get(row.case.reference);
    if (existing.ok) {
      plan.rejected.push({
        row: row.row,
        reference: row.case.reference,
        reasons: ["the register already has a case with this reference"],
      });
    } else if (existing.problem.kind !== "notFound") {
      io.err(
        `foi import: ${existing.problem.message}\n  (register: ${describeTarget(connection)})\n`,
      );
      return 1;
    } else {
      accepted.push(row);
    }
  }
  plan.rejected.sort((a, b) => a.row - b.row);
  io.out(
    `${sheet.value.rows.length} row(s) read: ${accepted.length} can be imported, ${plan.rejected.length} rejected.\n`,
  );
  if (plan.rejected.length > 0) {
    io.err("Rejected rows:\n");
    report(plan.rejected, io);
  }
  if (argv.includes("--dry-run")) {
    io.out("Dry run: nothing was written.\n");
    return plan.rejected.length > 0 ? 1 : 0;
  }
  if (plan.rejected.length > 0 && !argv.includes("--skip-rejected")) {
    io.err(
      "Nothing was imported. Correct the rows above, or run again with --skip-rejected to import the others.\n",
    );
    return 1;
  }
  let imported = 0;
  for (const row of accepted) {
    const result = await repository.importCase(row.case, "import");
    if (!result.ok) {
      io.err(`foi import: row ${row.row} (${row.case.reference}): ${result.problem.message}\n`);
      io.err(
        `${imported} row(s) were imported before this one; running the import again skips them as already in the register.\n`,
      );
      return 1;
    }
    imported += 1;
  }
  io.out(`Imported ${imported} case(s) into ${describeTarget(connection)}.\n`);
  return 0;
}
