/**
 * Reading and writing register spreadsheets (CSV and Excel) for the command line. Node only.
 * Files are written to a temporary name and renamed, so a failed export never leaves half a file.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { extname } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { fail, succeed, type Result } from "../cases/result";

export interface Sheet {
  headers: string[];
  rows: Record<string, string>[];
}

export type SpreadsheetFormat = "csv" | "xlsx";

export function formatOf(path: string): SpreadsheetFormat | undefined {
  const ext = extname(path).toLowerCase();
  return ext === ".csv" ? "csv" : ext === ".xlsx" ? "xlsx" : undefined;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    return "";
  }
  return String(value);
}

export async function readSheet(path: string): Promise<Result<Sheet, string>> {
  const format = formatOf(path);
  if (!format) return fail(`'${path}' is neither .csv nor .xlsx.`);
  try {
    if (format === "csv") {
      const records = parse(readFileSync(path, "utf8"), {
        columns: true,
        skip_empty_lines: true,
        bom: true,
        trim: true,
        relax_column_count: false,
      }) as Record<string, string>[];
      const headers = records.length > 0 ? Object.keys(records[0] as object) : [];
      return succeed({ headers, rows: records });
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.worksheets[0];
    if (!sheet) return fail(`'${path}' has no worksheet.`);
    const headers: string[] = [];
    sheet.getRow(1).eachCell({ includeEmpty: false }, (cell, column) => {
      headers[column - 1] = cellText(cell.value).trim();
    });
    const rows: Record<string, string>[] = [];
    for (let r = 2; r <= sheet.rowCount; r += 1) {
      const row = sheet.getRow(r);
      if (!row.hasValues) continue;
      const record: Record<string, string> = {};
      headers.forEach((header, index) => {
        if (header) record[header] = cellText(row.getCell(index + 1).value).trim();
      });
      rows.push(record);
    }
    return succeed({ headers: headers.filter((h) => h !== undefined && h !== ""), rows });
  } catch (error) {
    // csv-parse names the line of a malformed row, e.g. "Invalid Record Length: … on line 4".
    return fail(`'${path}' could not be read: ${(error as Error).message}`);
  }
}

export async function writeSheet(
  path: string,
  sheets: { name: string; headers: readonly string[]; rows: readonly Record<string, string>[] }[],
): Promise<void> {
  const format = formatOf(path);
  const temporary = `${path}.${process.pid}.tmp`;
  if (format === "csv") {
    const sheet = sheets[0];
    if (!sheet) throw new Error("nothing to write");
    writeFileSync(
      temporary,
      stringify(sheet.rows as Record<string, string>[], {
        header: true,
        columns: [...sheet.headers],
        bom: true,
      }),
    );
  } else {
    const workbook = new ExcelJS.Workbook();
    for (const sheet of sheets) {
      const worksheet = workbook.addWorksheet(sheet.name);
      worksheet.columns = sheet.headers.map((header) => ({
        header,
        key: header,
        width: Math.max(12, header.length + 2),
      }));
      for (const row of sheet.rows) worksheet.addRow(row);
      worksheet.getRow(1).font = { bold: true };
    }
    await workbook.xlsx.writeFile(temporary);
  }
  renameSync(temporary, path);
}
