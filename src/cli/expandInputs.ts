/** The files a consolidation reads: files as given, folders searched for spreadsheets (sorted, so runs repeat). */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Spreadsheet-like files found in folders. Not only .xlsx: an .xls or .csv in the folder is read
 * too, so its "save as .xlsx" message reaches the report instead of the file being skipped silently.
 */
const SPREADSHEET = /\.(xlsx|xlsm|xls|xlsb|ods|csv)$/i;
/** Excel's lock files ("~$lista.xlsx") while a workbook is open. */
const LOCK_FILE = /^~\$/;

export interface ExpandedInputs {
  readonly files: string[];
  readonly missing: string[];
}

export function expandInputs(
  paths: readonly string[],
  cwd: string,
  exclude: readonly string[] = []
): ExpandedInputs {
  const files = new Set<string>();
  const missing: string[] = [];
  const excluded = new Set(exclude.map((p) => path.resolve(cwd, p)));
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name, "sv")
    )) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (SPREADSHEET.test(entry.name) && !LOCK_FILE.test(entry.name) && !excluded.has(full))
        files.add(full);
    }
  };
  for (const p of paths) {
    const full = path.resolve(cwd, p);
    let stats;
    try {
      stats = statSync(full);
    } catch {
      missing.push(p);
      continue;
    }
    if (stats.isDirectory()) walk(full);
    else if (!excluded.has(full)) files.add(full);
  }
  return { files: [...files].map((f) => path.relative(cwd, f) || f), missing };
}
