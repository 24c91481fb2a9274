/**
 * A shared folder as councils really have them: the portfolio saved among the lists, its backups,
 * the report, lock files, notes, FIFOs and devices, and workbooks other programs wrote in odd ways.
 * Black-box: every case runs the CLI (`main`, or a child process where a hang or a memory blow-up
 * must not take jest down) and reads only the exit code, stdout/stderr, the files on disk and the
 * `--report` JSON. The workbooks come from test/hostile/sharedFolderCases.ts (hand-written XML).
 */
import { spawn, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { unzipSync } from "fflate";
import type { CliIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import {
  BEYOND_ROWS,
  CP1252_ROWS,
  DUPLICATE_SHEET_1,
  DUPLICATE_SHEET_2,
  DUPLICATE_SHEET_NAME,
  ESCAPE_ROWS,
  EXCEL_CELL_LIMIT,
  FAR_ROWS,
  LATIN1_ROWS,
  LIST_A,
  LIST_B,
  LONG_DESCRIPTION,
  LONG_NAME,
  MISSING_SST_CELL,
  MISSING_SST_ROWS,
  TEMPLATE_ROWS,
  TILDE_ROWS,
  TRAILING_SPACE_ROWS,
  beyondGridWorkbook,
  duplicateSheetNames,
  escapeSequenceList,
  excelLockFile,
  lastCellWorkbook,
  listWorkbook,
  longTextList,
  missingSharedString,
  ownWorkbook,
  singleByteSharedStrings,
  templateWorkbook,
  wordDocument,
  writtenStrings,
  type ListRow,
} from "./sharedFolderCases";

const ROOT = path.resolve(__dirname, "../..");
const IDAG = "2026-12-02";
const REGISTER_TS = path.join(ROOT, "test/support/registerTs.js");
const MAIN_TS = path.join(ROOT, "src/cli/main.ts");

// ---------------------------------------------------------------------------------------------
// The report, as the brief describes it (declared here: `notRead` is new)

interface ReportFile {
  readonly path: string;
  readonly status: "ok" | "failed";
  readonly error?: string;
  readonly rowsImported: number;
  readonly rowsSkipped: readonly { sheet: string; row: number; reason: string }[];
}
interface ReportInitiative {
  readonly id: string;
  readonly name: string;
  readonly forvaltning: string;
  readonly source: { file: string; sheet: string; row: number } | null;
}
interface ReportIssue {
  readonly file: string | null;
  readonly sheet: string | null;
  readonly row: number | null;
  readonly column: string | null;
  readonly field: string | null;
  readonly severity: string;
  readonly code: string;
  readonly message: string;
}
interface NotReadEntry {
  readonly path: string;
  readonly reason: string;
  readonly message: string;
}
interface Report {
  readonly files: readonly ReportFile[];
  readonly initiatives: readonly ReportInitiative[];
  readonly issues: readonly ReportIssue[];
  readonly notRead?: readonly NotReadEntry[];
}

const NOT_READ_REASONS = [
  "output",
  "report",
  "backup",
  "temporary",
  "lock_file",
  "not_a_spreadsheet",
  "not_a_regular_file",
  "portfolio",
];

// ---------------------------------------------------------------------------------------------
// Helpers

/** A fresh working folder (its real path, so paths the CLI resolves compare equal). */
function workDir(): string {
  return realpathSync(mkdtempSync(path.join(tmpdir(), "dp-shared-")));
}

function put(dir: string, rel: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  return file;
}

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** Every entry under dir (relative, posix), recursively, without following symlinks. */
function listing(dir: string, prefix = ""): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    found.push(rel);
    if (entry.isDirectory()) found.push(...listing(dir, rel));
  }
  return found.sort();
}

/** sha256 of every regular file under dir (symlinks and FIFOs are not opened). */
function hashes(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rel of listing(dir)) {
    const stat = lstatSync(path.join(dir, rel));
    if (stat.isFile()) result[rel] = sha256(path.join(dir, rel));
  }
  return result;
}

interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

async function runCli(args: readonly string[], cwd: string): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), cwd };
  const code = await main(args, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

interface ChildRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly timedOut: boolean;
  readonly seconds: number;
  readonly out: string;
  readonly err: string;
  /** Peak resident set size of the child in KiB (process.resourceUsage().maxRSS), if it said. */
  readonly maxRssKiB: number | null;
}

/**
 * The CLI in its own Node process, through test/support/registerTs.js (TypeScript transpiled on
 * require), so a read that blocks (a FIFO) or eats memory cannot take jest down. Killed, by its
 * own pid, after `timeoutMs`.
 */
function runChild(args: readonly string[], cwd: string, timeoutMs: number): Promise<ChildRun> {
  const script =
    `require(${JSON.stringify(MAIN_TS)}).main(process.argv.slice(1)).then(` +
    `(c) => { console.error("RSS", process.resourceUsage().maxRSS); process.exit(c); },` +
    `(e) => { console.error("CRASH", (e && e.stack) || e); console.error("RSS", process.resourceUsage().maxRSS); process.exit(70); })`;
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ["-r", REGISTER_TS, "-e", script, "--", ...args], {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const errText = Buffer.concat(err).toString("utf8");
      const rss = [...errText.matchAll(/^RSS (\d+)$/gm)].pop();
      resolve({
        code,
        signal,
        timedOut,
        seconds: (Date.now() - started) / 1000,
        out: Buffer.concat(out).toString("utf8"),
        err: errText,
        maxRssKiB: rss ? Number(rss[1]) : null,
      });
    });
  });
}

function readReport(file: string, run: { code: number | null; err: string }): Report {
  if (!existsSync(file))
    throw new Error(
      `expected the --report file ${file} to be written; it was not (exit code ${run.code}, stderr: ${run.err.slice(0, 600)})`
    );
  return JSON.parse(readFileSync(file, "utf8")) as Report;
}

/** report.notRead, checked for shape: an array of { path, reason (one of the known), message }. */
function notReadOf(report: Report): readonly NotReadEntry[] {
  const list = report.notRead;
  if (!Array.isArray(list))
    throw new Error(
      `expected report.notRead to be an array of { path, reason, message }; the report has keys [${Object.keys(report).join(", ")}]`
    );
  for (const entry of list as readonly NotReadEntry[]) {
    if (
      typeof entry.path !== "string" ||
      !NOT_READ_REASONS.includes(entry.reason) ||
      typeof entry.message !== "string" ||
      entry.message.trim() === ""
    )
      throw new Error(
        `expected every notRead entry to have a path, a reason among ${NOT_READ_REASONS.join("|")} and a non-empty message; got ${JSON.stringify(entry)}`
      );
  }
  return list as readonly NotReadEntry[];
}

/** A path the report gives (relative to the CLI's cwd, or absolute) as a posix path relative to dir. */
const relTo = (dir: string, p: string) =>
  path.relative(dir, path.resolve(dir, p)).split(path.sep).join("/");

/** notRead as { "in/portfolj.xlsx": "output", … }, paths relative to dir. */
function notReadReasons(report: Report, dir: string): Record<string, string> {
  const reasons: Record<string, string> = {};
  for (const entry of notReadOf(report)) reasons[relTo(dir, entry.path)] = entry.reason;
  return reasons;
}

/** The files[] entries by path relative to dir. */
function filesByPath(report: Report, dir: string): Record<string, ReportFile> {
  return Object.fromEntries(report.files.map((f) => [relTo(dir, f.path), f]));
}

const initiativesFrom = (report: Report, dir: string, rel: string) =>
  report.initiatives.filter((i) => i.source !== null && relTo(dir, i.source.file) === rel);

const namesOf = (rows: readonly ListRow[]) => rows.map((r) => r.name).sort();

/** Characters that must never reach a terminal raw: C0 (but tab and LF), DEL, C1, bidi controls. */
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function controlCharacters(text: string): string[] {
  return [...text.matchAll(TERMINAL_CONTROL)].map((m) => {
    const code = (m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
    const at = m.index ?? 0;
    return `U+${code} at ${at} in ${JSON.stringify(text.slice(Math.max(0, at - 30), at + 30))}`;
  });
}

/** Every string value anywhere in a parsed JSON value. */
function jsonStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === "object") return Object.values(value).flatMap(jsonStrings);
  return [];
}

function mkfifo(file: string): void {
  execFileSync("mkfifo", [file]);
}

const consolidateArgs = (inputs: readonly string[], out: string, report: string) => [
  "consolidate",
  ...inputs,
  "--out",
  out,
  "--report",
  report,
  "--idag",
  IDAG,
];

const BACKUP_NAME = /^portfolj\.backup-.+\.xlsx$/;

// ---------------------------------------------------------------------------------------------

describe("a. the portfolio saved inside the input folder", () => {
  const expectedIds = [...LIST_A, ...LIST_B].map((r) => r.id as string).sort();

  test("five runs of `consolidate in --out in/portfolj.xlsx --report in/rapport.json`: the same 4 initiatives each time, the output, report and backups listed in notRead, never read", async () => {
    const dir = workDir();
    put(dir, "in/a.xlsx", listWorkbook(LIST_A));
    put(dir, "in/b.xlsx", listWorkbook(LIST_B));
    const sources = hashes(path.join(dir, "in"));
    let firstIds: string[] | undefined;

    for (let run = 1; run <= 5; run++) {
      const present = readdirSync(path.join(dir, "in")).sort();
      const result = await runCli(
        consolidateArgs(["in"], "in/portfolj.xlsx", "in/rapport.json"),
        dir
      );
      expect({ run, exitCode: result.code }).toEqual({ run, exitCode: 0 });
      const report = readReport(path.join(dir, "in/rapport.json"), result);

      const ids = report.initiatives.map((i) => i.id).sort();
      firstIds ??= ids;
      expect({ run, initiativeCount: ids.length }).toEqual({ run, initiativeCount: 4 });
      expect({ run, ids }).toEqual({ run, ids: run === 1 ? expectedIds : firstIds });

      // Only the two lists are sources: the portfolio, its backups and the report never are.
      const read = report.files.map((f) => relTo(dir, f.path)).sort();
      expect({ run, filesRead: read }).toEqual({ run, filesRead: ["in/a.xlsx", "in/b.xlsx"] });

      // Every file that was in the folder when the run began and is not a list is in notRead,
      // with its reason; and whatever notRead names, it names with the right reason.
      const reasons = notReadReasons(report, dir);
      const reasonFor = (name: string) =>
        name === "portfolj.xlsx"
          ? "output"
          : name === "rapport.json"
            ? "report"
            : BACKUP_NAME.test(name)
              ? "backup"
              : "(unexpected file)";
      const expected = Object.fromEntries(
        present
          .filter((n) => n !== "a.xlsx" && n !== "b.xlsx")
          .map((n) => [`in/${n}`, reasonFor(n)])
      );
      const listedForPresent = Object.fromEntries(
        Object.keys(expected).map((k) => [k, reasons[k] ?? "(not listed)"])
      );
      expect({ run, notReadOfFilesPresentAtStart: listedForPresent }).toEqual({
        run,
        notReadOfFilesPresentAtStart: expected,
      });
      const wrong = Object.entries(reasons).filter(([p, reason]) => {
        const name = path.posix.basename(p);
        if (!p.startsWith("in/") || p.split("/").length !== 2) return true;
        if (name === "a.xlsx" || name === "b.xlsx") return true;
        return reasonFor(name) !== reason;
      });
      expect({ run, notReadEntriesWithWrongPathOrReason: wrong }).toEqual({
        run,
        notReadEntriesWithWrongPathOrReason: [],
      });
      if (run >= 2) {
        expect({ run, listsOutputAsOutput: reasons["in/portfolj.xlsx"] }).toEqual({
          run,
          listsOutputAsOutput: "output",
        });
        const backups = readdirSync(path.join(dir, "in")).filter((n) => BACKUP_NAME.test(n));
        expect({ run, backupKeptBesideOut: backups.length > 0 }).toEqual({
          run,
          backupKeptBesideOut: true,
        });
      }
      if (run >= 3) {
        const backupEntries = Object.values(reasons).filter((r) => r === "backup").length;
        expect({ run, backupsListedInNotRead: backupEntries > 0 }).toEqual({
          run,
          backupsListedInNotRead: true,
        });
      }
    }
    expect({ sourcesUnchanged: hashes(path.join(dir, "in")) }).toEqual({
      sourcesUnchanged: expect.objectContaining(sources),
    });
  });

  test("a backup copied into a second input folder (under its own name and renamed) is listed as portfolio, not read", async () => {
    const dir = workDir();
    put(dir, "in/a.xlsx", listWorkbook(LIST_A));
    put(dir, "in/b.xlsx", listWorkbook(LIST_B));
    for (let run = 1; run <= 2; run++) {
      const r = await runCli(consolidateArgs(["in"], "in/portfolj.xlsx", "in/rapport.json"), dir);
      expect({ preparingRun: run, exitCode: r.code }).toEqual({ preparingRun: run, exitCode: 0 });
    }
    const backup = readdirSync(path.join(dir, "in")).find((n) => BACKUP_NAME.test(n));
    if (!backup)
      throw new Error(
        "expected a backup portfolj.backup-….xlsx beside --out after the second run; there is none"
      );
    mkdirSync(path.join(dir, "in2"));
    copyFileSync(path.join(dir, "in", backup), path.join(dir, "in2", backup));
    copyFileSync(path.join(dir, "in", backup), path.join(dir, "in2", "portfolj-fran-i-fjol.xlsx"));

    const result = await runCli(
      consolidateArgs(["in", "in2"], "in/portfolj.xlsx", "in/rapport.json"),
      dir
    );
    expect({ exitCode: result.code }).toEqual({ exitCode: 0 });
    const report = readReport(path.join(dir, "in/rapport.json"), result);
    const reasons = notReadReasons(report, dir);
    expect({
      [`in2/${backup}`]: reasons[`in2/${backup}`] ?? "(not listed)",
      "in2/portfolj-fran-i-fjol.xlsx": reasons["in2/portfolj-fran-i-fjol.xlsx"] ?? "(not listed)",
    }).toEqual({ [`in2/${backup}`]: "portfolio", "in2/portfolj-fran-i-fjol.xlsx": "portfolio" });
    expect({ filesRead: report.files.map((f) => relTo(dir, f.path)).sort() }).toEqual({
      filesRead: ["in/a.xlsx", "in/b.xlsx"],
    });
    expect({ ids: report.initiatives.map((i) => i.id).sort() }).toEqual({ ids: expectedIds });
  });
});

// ---------------------------------------------------------------------------------------------

describe("b. --report naming one of the sources", () => {
  type Spelling = readonly [label: string, report: (dir: string) => string];
  const spellings: readonly Spelling[] = [
    ["the same spelling (in/a.xlsx)", () => "in/a.xlsx"],
    ["./in/../in/a.xlsx", () => "./in/../in/a.xlsx"],
    ["its absolute path", (dir) => path.join(dir, "in/a.xlsx")],
    [
      "a symlink to it outside the input folder",
      (dir) => {
        symlinkSync(path.join(dir, "in/a.xlsx"), path.join(dir, "lank.xlsx"));
        return "lank.xlsx";
      },
    ],
    [
      "a hard link to it outside the input folder",
      (dir) => {
        linkSync(path.join(dir, "in/a.xlsx"), path.join(dir, "hard.xlsx"));
        return "hard.xlsx";
      },
    ],
  ];

  // Sources are only ever read: --force (which lets the CLI replace a file that is not its own)
  // must not make a source writable either.
  const cases = spellings.flatMap(([label, spell]) => [
    [label, "", spell] as const,
    [label, " with --force", spell] as const,
  ]);

  test.each(cases)(
    "--report as %s%s: exit 2, the source's bytes unchanged, --out not created",
    async (_label, force, spell) => {
      const dir = workDir();
      put(dir, "in/a.xlsx", listWorkbook(LIST_A));
      put(dir, "in/b.xlsx", listWorkbook(LIST_B));
      const reportArg = spell(dir);
      const sourceHash = sha256(path.join(dir, "in/a.xlsx"));
      const before = hashes(dir);
      const linkBefore = existsSync(path.join(dir, "lank.xlsx"))
        ? readlinkSync(path.join(dir, "lank.xlsx"))
        : null;

      const result = await runCli(
        [...consolidateArgs(["in"], "out.xlsx", reportArg), ...(force ? ["--force"] : [])],
        dir
      );

      expect({ exitCode: result.code }).toEqual({ exitCode: 2 });
      expect({ sourceSha256: sha256(path.join(dir, "in/a.xlsx")) }).toEqual({
        sourceSha256: sourceHash,
      });
      expect({ everyFileUnchanged: hashes(dir) }).toEqual({ everyFileUnchanged: before });
      expect({ outCreated: existsSync(path.join(dir, "out.xlsx")) }).toEqual({ outCreated: false });
      if (linkBefore !== null) {
        const stillSymlink = lstatSync(path.join(dir, "lank.xlsx")).isSymbolicLink();
        expect({
          symlinkStillPointsAtSource: stillSymlink
            ? readlinkSync(path.join(dir, "lank.xlsx"))
            : "(replaced)",
        }).toEqual({
          symlinkStillPointsAtSource: linkBefore,
        });
      }
      expect({ stderrSaysWhy: result.err.trim().length > 0 }).toEqual({ stderrSaysWhy: true });
    }
  );
});

// ---------------------------------------------------------------------------------------------

describe("c. --report the same file as --out", () => {
  type Pair = readonly [label: string, out: string, report: (dir: string) => string];
  const pairs: readonly Pair[] = [
    ["the same spelling", "p.xlsx", () => "p.xlsx"],
    ["./sub/../p.xlsx for p.xlsx", "p.xlsx", () => "./sub/../p.xlsx"],
    ["the absolute path for p.xlsx", "p.xlsx", (dir) => path.join(dir, "p.xlsx")],
    ["p.xlsx for --out sub/../p.xlsx", "sub/../p.xlsx", () => "p.xlsx"],
  ];

  const withForce = pairs.flatMap(([label, out, report]) => [
    [label, "", out, report] as const,
    [label, " with --force", out, report] as const,
  ]);

  test.each(withForce)("%s%s: exit 2, nothing written", async (_label, force, out, report) => {
    const dir = workDir();
    put(dir, "in/a.xlsx", listWorkbook(LIST_A));
    mkdirSync(path.join(dir, "sub"));
    const before = listing(dir);
    const result = await runCli(
      [...consolidateArgs(["in"], out, report(dir)), ...(force ? ["--force"] : [])],
      dir
    );
    expect({ exitCode: result.code }).toEqual({ exitCode: 2 });
    expect({ filesAfterRun: listing(dir) }).toEqual({ filesAfterRun: before });
    expect({ stderrSaysWhy: result.err.trim().length > 0 }).toEqual({ stderrSaysWhy: true });
  });

  test("an existing portfolio given as both --out p.xlsx and --report ./p.xlsx: exit 2, its bytes unchanged, no backup", async () => {
    const dir = workDir();
    put(dir, "in/a.xlsx", listWorkbook(LIST_A));
    const first = await runCli(consolidateArgs(["in"], "p.xlsx", "r.json"), dir);
    expect({ preparingRunExitCode: first.code }).toEqual({ preparingRunExitCode: 0 });
    const before = hashes(dir);
    const result = await runCli(consolidateArgs(["in"], "p.xlsx", "./p.xlsx"), dir);
    expect({ exitCode: result.code }).toEqual({ exitCode: 2 });
    expect({ everyFileUnchangedNoneAdded: hashes(dir) }).toEqual({
      everyFileUnchangedNoneAdded: before,
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe("d. --out is the user's own workbook with sheets Portfölj and Översikt", () => {
  test("without --force: exit 2, the workbook's bytes unchanged, stderr names the file, no backup or temporary file left", async () => {
    const dir = workDir();
    put(dir, "in/a.xlsx", listWorkbook(LIST_A));
    const own = put(dir, "egen-portfolj.xlsx", ownWorkbook());
    const ownHash = sha256(own);
    const before = listing(dir);

    const result = await runCli(consolidateArgs(["in"], "egen-portfolj.xlsx", "r.json"), dir);

    expect({ exitCode: result.code }).toEqual({ exitCode: 2 });
    expect({ ownWorkbookSha256: sha256(own) }).toEqual({ ownWorkbookSha256: ownHash });
    expect({
      stderrNamesTheFile: result.err.includes("egen-portfolj.xlsx"),
      stderr: result.err,
    }).toEqual({
      stderrNamesTheFile: true,
      stderr: result.err,
    });
    const added = listing(dir).filter((f) => !before.includes(f) && f !== "r.json");
    expect({ filesAddedBesideTheWorkbook: added }).toEqual({ filesAddedBesideTheWorkbook: [] });
  });
});

// ---------------------------------------------------------------------------------------------

describe("e. a workbook listing two sheets with the same name", () => {
  test("the rows of both sheets become initiatives or are named in the report; none silently lost, none read twice", async () => {
    const dir = workDir();
    put(dir, "in/dubbla-blad.xlsx", duplicateSheetNames());
    put(dir, "in/a.xlsx", listWorkbook(LIST_A));
    const result = await runCli(consolidateArgs(["in"], "p.xlsx", "r.json"), dir);
    const report = readReport(path.join(dir, "r.json"), result);
    const entry = filesByPath(report, dir)["in/dubbla-blad.xlsx"];
    if (!entry) throw new Error("expected in/dubbla-blad.xlsx in report.files; it is not there");
    expect({ otherListRead: filesByPath(report, dir)["in/a.xlsx"]?.status }).toEqual({
      otherListRead: "ok",
    });

    if (entry.status === "failed") {
      // Refusing the file is acceptable only with a sentence that names the sheet.
      expect({
        exitCode: result.code,
        errorNamesTheSheet: (entry.error ?? "").includes(DUPLICATE_SHEET_NAME),
        error: entry.error,
      }).toEqual({
        exitCode: 1,
        errorNamesTheSheet: true,
        error: entry.error,
      });
      return;
    }
    expect({ exitCode: result.code }).toEqual({ exitCode: 0 });
    const initiatives = initiativesFrom(report, dir, "in/dubbla-blad.xlsx");
    const names = initiatives.map((i) => i.name);
    expect({ initiativesReadTwice: names.filter((n, i) => names.indexOf(n) !== i) }).toEqual({
      initiativesReadTwice: [],
    });
    const rows = [
      ...DUPLICATE_SHEET_1.map((r, i) => ({ name: r.name, row: 2 + i })),
      ...DUPLICATE_SHEET_2.map((r, i) => ({ name: r.name, row: 4 + i })),
    ];
    const accounted = rows.map(({ name, row }) => {
      if (names.includes(name)) return { name, row, where: "initiative" };
      const issue = report.issues.some(
        (i) => i.file !== null && relTo(dir, i.file) === "in/dubbla-blad.xlsx" && i.row === row
      );
      const skipped = entry.rowsSkipped.some((s) => s.row === row);
      return { name, row, where: issue ? "issue" : skipped ? "rowsSkipped" : "LOST" };
    });
    expect({ rowsLost: accounted.filter((a) => a.where === "LOST") }).toEqual({ rowsLost: [] });
    expect({ rowsImportedMatchesInitiatives: entry.rowsImported }).toEqual({
      rowsImportedMatchesInitiatives: initiatives.length,
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe("f. sharedStrings.xml in a single-byte encoding", () => {
  test("ISO-8859-1 and windows-1252 (with – 0x96, ” 0x94, € 0x80): names with å ä ö, förvaltningar and headers read as written", async () => {
    const dir = workDir();
    put(dir, "in/latin1.xlsx", singleByteSharedStrings(LATIN1_ROWS, "ISO-8859-1"));
    put(dir, "in/cp1252.xlsx", singleByteSharedStrings(CP1252_ROWS, "windows-1252"));
    const result = await runCli(consolidateArgs(["in"], "p.xlsx", "r.json"), dir);
    const report = readReport(path.join(dir, "r.json"), result);
    const files = filesByPath(report, dir);
    expect({
      "in/latin1.xlsx": files["in/latin1.xlsx"]?.status,
      "in/cp1252.xlsx": files["in/cp1252.xlsx"]?.status,
      exitCode: result.code,
    }).toEqual({ "in/latin1.xlsx": "ok", "in/cp1252.xlsx": "ok", exitCode: 0 });

    for (const [file, rows] of [
      ["in/latin1.xlsx", LATIN1_ROWS],
      ["in/cp1252.xlsx", CP1252_ROWS],
    ] as const) {
      const got = initiativesFrom(report, dir, file);
      expect({ file, names: got.map((i) => i.name).sort() }).toEqual({
        file,
        names: namesOf(rows),
      });
      const forvaltningByName = Object.fromEntries(got.map((i) => [i.name, i.forvaltning]));
      expect({ file, forvaltningByName }).toEqual({
        file,
        forvaltningByName: Object.fromEntries(rows.map((r) => [r.name, r.forvaltning])),
      });
      // "Förvaltning" read as its header: no förvaltning had to be guessed from the file name.
      const guessed = report.issues.filter(
        (i) =>
          i.code === "forvaltning_from_file_name" && i.file !== null && relTo(dir, i.file) === file
      );
      expect({ file, forvaltningGuessedFromFileName: guessed.length }).toEqual({
        file,
        forvaltningGuessedFromFileName: 0,
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe("g. a source text of 40,000 characters", () => {
  test("the written portfolio holds no string over 32,767 characters, the cut is marked, and the report says text_truncated", async () => {
    const dir = workDir();
    put(dir, "in/lang.xlsx", longTextList());
    const result = await runCli(consolidateArgs(["in"], "p.xlsx", "r.json"), dir);
    expect({ exitCode: result.code }).toEqual({ exitCode: 0 });
    const report = readReport(path.join(dir, "r.json"), result);

    const parts = unzipSync(new Uint8Array(readFileSync(path.join(dir, "p.xlsx"))));
    const strings = writtenStrings(parts);
    const tooLong = strings
      .filter((s) => s.text.length > EXCEL_CELL_LIMIT)
      .map(
        (s) =>
          `${s.part} <${s.kind}> ${s.text.length} characters: ${JSON.stringify(s.text.slice(0, 50))}…`
      );
    expect({ stringsOverExcelsLimit: tooLong }).toEqual({ stringsOverExcelsLimit: [] });

    // Whole strings (a shared string with all its runs, an inline string) that hold a long text
    // from its start, perhaps after a short mark: the name must be there, and each such string must
    // carry a visible mark, i.e. not be a plain prefix of the original (a silent cut).
    const holding = (original: string) =>
      strings.filter(
        (s) =>
          (s.kind === "si" || s.kind === "is") &&
          s.text.slice(0, 60).includes(original.slice(0, 40))
      );
    expect({ longNameWrittenToPortfolio: holding(LONG_NAME).length > 0 }).toEqual({
      longNameWrittenToPortfolio: true,
    });
    const silentCuts = [LONG_NAME, LONG_DESCRIPTION].flatMap((original) =>
      holding(original)
        .filter((s) => original.startsWith(s.text))
        .map(
          (s) =>
            `${s.part}: ${s.text.length} characters ending ${JSON.stringify(s.text.slice(-30))}`
        )
    );
    expect({ cutsWithoutAVisibleMark: silentCuts }).toEqual({ cutsWithoutAVisibleMark: [] });

    const truncated = report.issues.filter((i) => i.code === "text_truncated");
    expect({
      textTruncatedIssues: truncated.length > 0,
      codes: [...new Set(report.issues.map((i) => i.code))].sort(),
    }).toEqual({
      textTruncatedIssues: true,
      codes: expect.arrayContaining(["text_truncated"]),
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe("h. non-regular files in the input folder and as --out", () => {
  const GOOD: readonly ListRow[] = [
    {
      id: "BRA-1",
      name: "Digital post till medborgare",
      forvaltning: "Kommunledningsförvaltningen",
      status: "Pågår",
      investment: 85000,
    },
  ];
  const LINKED: readonly ListRow[] = [
    {
      id: "LNK-1",
      name: "Initiativ i en länkad lista",
      forvaltning: "Servicenämnden",
      status: "Idé",
      investment: 12000,
    },
  ];

  test("a FIFO lista.xlsx and noll.xlsx -> /dev/zero beside a good list and a symlink to another: the run ends, both listed as not_a_regular_file, the lists read", async () => {
    const dir = workDir();
    put(dir, "in/bra.xlsx", listWorkbook(GOOD));
    put(dir, "annanstans/annan.xlsx", listWorkbook(LINKED));
    mkfifo(path.join(dir, "in/lista.xlsx"));
    symlinkSync("/dev/zero", path.join(dir, "in/noll.xlsx"));
    symlinkSync(path.join(dir, "annanstans/annan.xlsx"), path.join(dir, "in/lankad.xlsx"));

    const run = await runChild(consolidateArgs(["in"], "p.xlsx", "r.json"), dir, 100_000);
    expect({ runEnded: !run.timedOut, seconds: Math.round(run.seconds) }).toEqual({
      runEnded: true,
      seconds: expect.any(Number),
    });
    expect({
      exitCode0or1: run.code === 0 || run.code === 1,
      code: run.code,
      signal: run.signal,
    }).toEqual({
      exitCode0or1: true,
      code: run.code,
      signal: null,
    });
    const report = readReport(path.join(dir, "r.json"), run);
    const reasons = notReadReasons(report, dir);
    expect({
      "in/lista.xlsx": reasons["in/lista.xlsx"] ?? "(not listed)",
      "in/noll.xlsx": reasons["in/noll.xlsx"] ?? "(not listed)",
    }).toEqual({
      "in/lista.xlsx": "not_a_regular_file",
      "in/noll.xlsx": "not_a_regular_file",
    });
    const files = filesByPath(report, dir);
    expect({
      nonRegularInFiles: ["in/lista.xlsx", "in/noll.xlsx"].filter((f) => files[f]),
    }).toEqual({ nonRegularInFiles: [] });
    expect({ goodList: files["in/bra.xlsx"]?.status }).toEqual({ goodList: "ok" });
    const linked = report.files.find((f) =>
      ["lankad.xlsx", "annan.xlsx"].includes(path.basename(f.path))
    );
    expect({ symlinkedList: linked?.status ?? "(not in files)" }).toEqual({ symlinkedList: "ok" });
    expect({ names: report.initiatives.map((i) => i.name).sort() }).toEqual({
      names: [...namesOf(GOOD), ...namesOf(LINKED)].sort(),
    });
  }, 120_000);

  test("--out pointing at a FIFO: exit 2 (and the FIFO left a FIFO)", async () => {
    const dir = workDir();
    put(dir, "in/bra.xlsx", listWorkbook(GOOD));
    mkfifo(path.join(dir, "ut.xlsx"));
    const run = await runChild(consolidateArgs(["in"], "ut.xlsx", "r.json"), dir, 100_000);
    expect({ runEnded: !run.timedOut, exitCode: run.code }).toEqual({
      runEnded: true,
      exitCode: 2,
    });
    expect({ outStillAFifo: lstatSync(path.join(dir, "ut.xlsx")).isFIFO() }).toEqual({
      outStillAFifo: true,
    });
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------

describe("i. cells at XFD1048576 and at A99999999", () => {
  const GOOD: readonly ListRow[] = [
    {
      id: "OK-1",
      name: "Ett vanligt initiativ bredvid",
      forvaltning: "Servicenämnden",
      status: "Pågår",
      investment: 50000,
    },
  ];
  const rowNumber = (digits: string) =>
    new RegExp(digits.replace(/(\d)(?=(\d{3})+$)/g, "$1[\\s\\u00a0\\u202f.,]?"));

  test("in a child process: the run ends with peak RSS under 1 GiB; each file is read, or failed naming its sheet and the address; the other list is read", async () => {
    const dir = workDir();
    put(dir, "in/hornet.xlsx", lastCellWorkbook());
    put(dir, "in/bortom.xlsx", beyondGridWorkbook());
    put(dir, "in/vanlig.xlsx", listWorkbook(GOOD));
    const run = await runChild(consolidateArgs(["in"], "p.xlsx", "r.json"), dir, 150_000);

    expect({ runEnded: !run.timedOut, signal: run.signal }).toEqual({
      runEnded: true,
      signal: null,
    });
    expect({
      exitCode0or1: run.code === 0 || run.code === 1,
      code: run.code,
      crash: run.err.match(/CRASH[^\n]*/)?.[0] ?? null,
    }).toEqual({
      exitCode0or1: true,
      code: run.code,
      crash: null,
    });
    if (run.maxRssKiB === null)
      throw new Error(`expected the child to print its peak RSS; stderr: ${run.err.slice(-600)}`);
    expect({
      peakRssUnder1GiB: run.maxRssKiB < 1024 * 1024,
      peakRssMiB: Math.round(run.maxRssKiB / 1024),
    }).toEqual({
      peakRssUnder1GiB: true,
      peakRssMiB: Math.round(run.maxRssKiB / 1024),
    });

    const report = readReport(path.join(dir, "r.json"), run);
    const files = filesByPath(report, dir);
    const cases = [
      {
        file: "in/hornet.xlsx",
        sheet: "Hörnet",
        address: "XFD1048576",
        row: rowNumber("1048576"),
        rows: FAR_ROWS,
      },
      {
        file: "in/bortom.xlsx",
        sheet: "Bortom",
        address: "A99999999",
        row: rowNumber("99999999"),
        rows: BEYOND_ROWS,
      },
    ];
    for (const c of cases) {
      const entry = files[c.file];
      if (!entry)
        throw new Error(`expected ${c.file} in report.files (read or failed); it is not there`);
      if (entry.status === "failed") {
        const error = entry.error ?? "";
        expect({
          file: c.file,
          errorNamesSheet: error.includes(c.sheet),
          errorNamesAddress: error.includes(c.address) || c.row.test(error),
          error,
        }).toEqual({
          file: c.file,
          errorNamesSheet: true,
          errorNamesAddress: true,
          error,
        });
      } else {
        const names = initiativesFrom(report, dir, c.file).map((i) => i.name);
        expect({
          file: c.file,
          listRowsRead: namesOf(c.rows).filter((n) => names.includes(n)),
        }).toEqual({ file: c.file, listRowsRead: namesOf(c.rows) });
      }
    }
    expect({
      otherList: files["in/vanlig.xlsx"]?.status,
      names: initiativesFrom(report, dir, "in/vanlig.xlsx").map((i) => i.name),
    }).toEqual({
      otherList: "ok",
      names: namesOf(GOOD),
    });
  }, 180_000);
});

// ---------------------------------------------------------------------------------------------

describe("j. validate on a list whose cells hold terminal escape sequences", () => {
  const setup = () => {
    const dir = workDir();
    put(dir, "esc.xlsx", escapeSequenceList());
    return dir;
  };

  test("plain output: no raw ESC, BEL, C1 or bidi control on stdout or stderr; the text around them visible", async () => {
    const dir = setup();
    const result = await runCli(["validate", "esc.xlsx", "--idag", IDAG], dir);
    expect({ exitCode: result.code }).toEqual({ exitCode: 1 });
    expect({
      controlCharactersOnStdout: controlCharacters(result.out),
      controlCharactersOnStderr: controlCharacters(result.err),
    }).toEqual({
      controlCharactersOnStdout: [],
      controlCharactersOnStderr: [],
    });
    const shown = `${result.out}\n${result.err}`;
    const missing = ESCAPE_ROWS.flatMap((r) => r.visible).filter((w) => !shown.includes(w));
    expect({ surroundingTextMissing: missing }).toEqual({ surroundingTextMissing: [] });
  });

  test("plain output: cells read as Excel reads them (the file's _x001B_ escape decoded, not shown as such)", async () => {
    const dir = setup();
    const result = await runCli(["validate", "esc.xlsx", "--idag", IDAG], dir);
    const shown = `${result.out}\n${result.err}`;
    expect({ literalXmlEscapesShown: shown.match(/_x00[0-9A-F]{2}_/g) ?? [] }).toEqual({
      literalXmlEscapesShown: [],
    });
  });

  test("--json: valid JSON, no raw control character (U+202E included) on stdout or stderr, the texts kept", async () => {
    const dir = setup();
    const result = await runCli(["validate", "esc.xlsx", "--json", "--idag", IDAG], dir);
    expect({
      controlCharactersOnStdout: controlCharacters(result.out),
      controlCharactersOnStderr: controlCharacters(result.err),
    }).toEqual({
      controlCharactersOnStdout: [],
      controlCharactersOnStderr: [],
    });
    let parsed: unknown;
    try {
      parsed = JSON.parse(result.out);
    } catch (e) {
      throw new Error(
        `expected stdout of validate --json to be JSON; ${String(e)}; stdout starts ${JSON.stringify(result.out.slice(0, 200))}`
      );
    }
    const texts = jsonStrings(parsed).join("\n");
    const missing = ESCAPE_ROWS.flatMap((r) => r.visible).filter((w) => !texts.includes(w));
    expect({ surroundingTextMissingFromJson: missing }).toEqual({
      surroundingTextMissingFromJson: [],
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe("k. a shared-string index past the end of sharedStrings", () => {
  test("the file is read, the other rows imported, and shared_string_missing names the row", async () => {
    const dir = workDir();
    put(dir, "in/sst.xlsx", missingSharedString());
    // A good list beside it, so the report is written even when sst.xlsx is refused.
    put(dir, "in/a.xlsx", listWorkbook(LIST_A));
    const result = await runCli(consolidateArgs(["in"], "p.xlsx", "r.json"), dir);
    const report = readReport(path.join(dir, "r.json"), result);
    const entry = filesByPath(report, dir)["in/sst.xlsx"];
    expect({
      status: entry?.status ?? "(not in files)",
      error: entry?.error ?? null,
      exitCode: result.code,
    }).toEqual({
      status: "ok",
      error: null,
      exitCode: 0,
    });
    const names = initiativesFrom(report, dir, "in/sst.xlsx").map((i) => i.name);
    const others = [MISSING_SST_ROWS[0]!.name, MISSING_SST_ROWS[2]!.name];
    expect({ otherRowsImported: others.filter((n) => names.includes(n)) }).toEqual({
      otherRowsImported: others,
    });
    const issues = report.issues
      .filter((i) => i.code === "shared_string_missing")
      .map((i) => ({
        file: i.file === null ? null : relTo(dir, i.file),
        sheet: i.sheet,
        row: i.row,
        column: i.column,
      }));
    expect({ sharedStringMissingIssues: issues }).toEqual({
      sharedStringMissingIssues: [
        {
          file: "in/sst.xlsx",
          sheet: MISSING_SST_CELL.sheet,
          row: MISSING_SST_CELL.row,
          column: MISSING_SST_CELL.column,
        },
      ],
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe("l. a template, odd names, a lock file and notes in the folder", () => {
  test(".xltx, ~$budget.xlsx (a real workbook) and 'budget.xlsx ' are read; the 165-byte ~$lista.xlsx is a lock_file; notes.txt and a .docx are not_a_spreadsheet", async () => {
    const dir = workDir();
    put(dir, "in/mall.xltx", templateWorkbook());
    put(dir, "in/~$budget.xlsx", listWorkbook(TILDE_ROWS));
    put(dir, "in/budget.xlsx ", listWorkbook(TRAILING_SPACE_ROWS));
    const lock = excelLockFile();
    put(dir, "in/~$lista.xlsx", lock);
    put(dir, "in/notes.txt", "Att göra: fråga socialförvaltningen om listan.\n");
    put(dir, "in/protokoll.docx", wordDocument());
    expect({ lockFileBytes: lock.length }).toEqual({ lockFileBytes: 165 });

    const result = await runCli(consolidateArgs(["in"], "p.xlsx", "r.json"), dir);
    expect({ exitCode: result.code }).toEqual({ exitCode: 0 });
    const report = readReport(path.join(dir, "r.json"), result);
    const files = filesByPath(report, dir);
    expect({
      "in/mall.xltx": files["in/mall.xltx"]?.status ?? "(not in files)",
      "in/~$budget.xlsx": files["in/~$budget.xlsx"]?.status ?? "(not in files)",
      "in/budget.xlsx ": files["in/budget.xlsx "]?.status ?? "(not in files)",
    }).toEqual({ "in/mall.xltx": "ok", "in/~$budget.xlsx": "ok", "in/budget.xlsx ": "ok" });
    for (const [file, rows] of [
      ["in/mall.xltx", TEMPLATE_ROWS],
      ["in/~$budget.xlsx", TILDE_ROWS],
      ["in/budget.xlsx ", TRAILING_SPACE_ROWS],
    ] as const) {
      expect({
        file,
        initiatives: initiativesFrom(report, dir, file)
          .map((i) => i.name)
          .sort(),
      }).toEqual({ file, initiatives: namesOf(rows) });
    }
    const reasons = notReadReasons(report, dir);
    expect({
      "in/~$lista.xlsx": reasons["in/~$lista.xlsx"] ?? "(not listed)",
      "in/notes.txt": reasons["in/notes.txt"] ?? "(not listed)",
      "in/protokoll.docx": reasons["in/protokoll.docx"] ?? "(not listed)",
    }).toEqual({
      "in/~$lista.xlsx": "lock_file",
      "in/notes.txt": "not_a_spreadsheet",
      "in/protokoll.docx": "not_a_spreadsheet",
    });
    const readable = ["in/mall.xltx", "in/~$budget.xlsx", "in/budget.xlsx "];
    expect({ readFilesAlsoInNotRead: readable.filter((f) => reasons[f] !== undefined) }).toEqual({
      readFilesAlsoInNotRead: [],
    });
    expect({
      notReadFilesInFiles: ["in/~$lista.xlsx", "in/notes.txt", "in/protokoll.docx"].filter(
        (f) => files[f]
      ),
    }).toEqual({
      notReadFilesInFiles: [],
    });
  });
});
