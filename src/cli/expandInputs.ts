/**
 * The files a consolidation reads: files as given, folders searched for spreadsheets (sorted, so
 * runs repeat), and every other file a folder holds with the reason it is not read. What the run
 * itself writes (the portfolio, its backups and temporary files, the report) is never a source,
 * wherever it lies; only regular files are read, a link only when it leads to one.
 */
import {
  closeSync,
  constants,
  lstatSync,
  openSync,
  readSync,
  readdirSync,
  statSync,
} from "node:fs";
import type { Stats } from "node:fs";
import path from "node:path";
import { isBackupOf } from "../adapters/xlsxFile/backupFileName";
import { isTemporaryFile } from "../adapters/xlsxFile/replaceFiles";
import { identityOf, realPath, sameFile } from "./fileIdentity";

/**
 * Spreadsheet-like files. Not only .xlsx: an .xls or .csv in the folder is read too, so its "save
 * as .xlsx" message reaches the report instead of the file being skipped silently. Templates
 * (.xltx, .xltm) are workbooks like any other.
 */
const SPREADSHEET = /\.(xlsx|xlsm|xltx|xltm|xls|xlsb|ods|csv)$/i;
/** Excel's lock files ("~$lista.xlsx") while a workbook is open: a few hundred bytes, not a zip. */
const LOCK_FILE = /^~\$/;
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

export type NotReadReason =
  | "output"
  | "report"
  | "backup"
  | "temporary"
  | "lock_file"
  | "not_a_spreadsheet"
  | "not_a_regular_file"
  | "linked_folder"
  | "portfolio";

export interface NotRead {
  readonly path: string;
  readonly reason: NotReadReason;
}

export interface SourceFile {
  /** As the user sees it: relative to the working directory. */
  readonly path: string;
  /** Where a link leads, when the file was found through one. */
  readonly linkedTo?: string;
}

export interface ExpandedInputs {
  readonly files: SourceFile[];
  readonly missing: string[];
  readonly notRead: NotRead[];
  /** Files named on the command line that are the run's own output or report. */
  readonly clashes: { readonly path: string; readonly with: "output" | "report" }[];
}

export interface RunFiles {
  readonly output: string;
  readonly report: string | null;
}

/** "lista.xlsx " and "lista.xlsx." as Windows and some sync tools leave them: still .xlsx. */
const looksLikeSpreadsheet = (name: string): boolean =>
  SPREADSHEET.test(name.replace(/[\s.]+$/, ""));

/** Whether a regular file starts like a zip package (a real workbook that merely has a lock file's name). */
function startsLikeZip(file: string): boolean {
  let fd: number | null = null;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const head = Buffer.alloc(4);
    const n = readSync(fd, head, 0, 4, 0);
    return n === 4 && ZIP_SIGNATURE.every((b, i) => head[i] === b);
  } catch {
    return false;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

export function expandInputs(paths: readonly string[], cwd: string, run: RunFiles): ExpandedInputs {
  const files = new Map<string, SourceFile>();
  const notRead = new Map<string, NotRead>();
  const missing: string[] = [];
  const clashes: ExpandedInputs["clashes"][number][] = [];
  const output = identityOf(path.resolve(cwd, run.output));
  const report = run.report === null ? null : identityOf(path.resolve(cwd, run.report));
  const shown = (full: string) => path.relative(cwd, full) || full;
  const skip = (full: string, reason: NotReadReason) =>
    notRead.set(full, { path: shown(full), reason });

  /** What the run does with one file; `named` when the user named it rather than its folder. */
  const consider = (full: string, named: boolean): void => {
    const name = path.basename(full);
    let link: Stats;
    let target: Stats;
    try {
      link = lstatSync(full);
      target = link.isSymbolicLink() ? statSync(full) : link;
    } catch {
      // A link that leads nowhere.
      skip(full, "not_a_regular_file");
      return;
    }
    if (target.isDirectory()) return void skip(full, "linked_folder");
    if (!target.isFile()) return void skip(full, "not_a_regular_file");
    const identity = identityOf(full, target);
    if (sameFile(identity, output)) {
      if (named) clashes.push({ path: shown(full), with: "output" });
      return void skip(full, "output");
    }
    if (report && sameFile(identity, report)) {
      // The report would be written over a list the user meant to read.
      if (named || looksLikeSpreadsheet(name)) clashes.push({ path: shown(full), with: "report" });
      return void skip(full, "report");
    }
    if (isTemporaryFile(name)) return void skip(full, "temporary");
    if (isBackupOf(name, path.basename(run.output)) && sameDir(full, run.output, cwd))
      return void skip(full, "backup");
    if (!named && !looksLikeSpreadsheet(name)) return void skip(full, "not_a_spreadsheet");
    if (LOCK_FILE.test(name) && !startsLikeZip(full)) return void skip(full, "lock_file");
    files.set(full, {
      path: shown(full),
      ...(link.isSymbolicLink() ? { linkedTo: realPath(full) } : {}),
    });
  };

  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name, "sv")
    );
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      // Folders are searched; a link to a folder is not followed (it may lead back up).
      if (entry.isDirectory()) walk(full);
      else consider(full, false);
    }
  };

  for (const p of paths) {
    const full = path.resolve(cwd, p);
    let stats: Stats;
    try {
      stats = statSync(full);
    } catch {
      missing.push(p);
      continue;
    }
    if (stats.isDirectory()) walk(full);
    else consider(full, true);
  }
  return {
    files: [...files.values()],
    missing,
    notRead: [...notRead.values()],
    clashes,
  };
}

function sameDir(file: string, output: string, cwd: string): boolean {
  const a = identityOf(path.dirname(file));
  const b = identityOf(path.dirname(path.resolve(cwd, output)));
  return sameFile(a, b);
}
