/**
 * `digiportfolj consolidate PATH... --out portfolj.xlsx`: many förvaltning workbooks in, one
 * portfolio out; re-run with new versions and the council's own work in the portfolio stays.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { ReadLimits } from "../../adapters/xlsxFile/ReadLimits";
import { readFilesInThreads } from "../../adapters/xlsxFile/ThreadedFileReader";
import { WorkbookReadError } from "../../adapters/xlsxFile/WorkbookReadError";
import { describeLosses, WorkbookUpdateError } from "../../adapters/xlsxFile/WorkbookUpdateError";
import { XlsxFileWorkbook } from "../../adapters/xlsxFile/XlsxFileWorkbook";
import type { UpdateLoss } from "../../adapters/xlsxFile/updateLoss";
import {
  FileReplaceError,
  removeStaleFiles,
  type FileReplacement,
  type FileSystem,
} from "../../adapters/xlsxFile/replaceFiles";
import { sourceKey } from "../../domain/consolidation/consolidate";
import { consolidateWithPrevious } from "../../domain/consolidation/consolidateWithPrevious";
import type { Consolidation, SourceInput } from "../../domain/consolidation/Consolidation";
import { issueMessage, type Lang } from "../../domain/messages";
import { needsSheetName } from "../../domain/portfolio/layout";
import { isDigiportfoljPortfolio } from "../../domain/portfolio/portfolioMarker";
import { describePortfolio } from "../../domain/portfolio/describePortfolio";
import { rankPortfolio } from "../../domain/portfolio/rankPortfolio";
import {
  readPreviousPortfolio,
  type PreviousPortfolio,
} from "../../domain/portfolio/readPreviousPortfolio";
import { consolidationReport, type ConsolidationReport } from "../consolidationReport";
import { expandInputs, type NotRead } from "../expandInputs";
import { identityOf, sameFile } from "../fileIdentity";
import { formatOverview } from "../formatOverview";
import { EXIT, type CliIo } from "../io";
import { texts } from "../texts";

export interface ConsolidateOptions {
  readonly paths: readonly string[];
  readonly out: string;
  readonly report: string | null;
  readonly force: boolean;
  readonly today: string;
  /** Shown in the portfolio's title; the only thing that differs between two identical runs. */
  readonly generatedAt: string;
  readonly lang: Lang;
  /** Print the overview table (the demo does). */
  readonly quiet?: boolean;
  /** Bounds on each source file (defaults: DEFAULT_READ_LIMITS). */
  readonly readLimits?: ReadLimits;
  /** The file-system calls the portfolio and report are written with (tests make one fail). */
  readonly fileSystem?: FileSystem;
}

export interface ConsolidateOutcome {
  readonly code: number;
  readonly consolidation: Consolidation | null;
}

function readError(error: unknown, file: string): { error: string; errorEn: string } {
  if (error instanceof WorkbookReadError) return { error: error.message, errorEn: error.messageEn };
  const text = error instanceof Error ? error.message : String(error);
  return {
    error: `${file} kunde inte läsas: ${text}`,
    errorEn: `${file} could not be read: ${text}`,
  };
}

async function readPrevious(
  outPath: string,
  options: ConsolidateOptions,
  io: CliIo
): Promise<PreviousPortfolio | null | "stop"> {
  const t = texts(options.lang).consolidate;
  if (!existsSync(outPath)) return null;
  let previous: PreviousPortfolio | null;
  try {
    // The portfolio's own formulas are rewritten, never read: not worked out.
    previous = readPreviousPortfolio(
      await new XlsxFileWorkbook(outPath, { readOnly: true, workOutFormulas: false }).read()
    );
  } catch (error) {
    io.err(
      t.outUnreadable(
        options.out,
        readError(error, options.out)[options.lang === "sv" ? "error" : "errorEn"]
      )
    );
    return "stop";
  }
  if (!previous) {
    if (options.force) return null;
    io.err(t.notAPortfolio(options.out));
    return "stop";
  }
  // A row of Portfölj with no Initiativ-ID cannot be carried to the new run: say which, and stop
  // unless forced. The council's own columns and cells are not the domain's to carry here: the
  // file adapter keeps them where they were, formulas as formulas (write/carrySheet.ts).
  const lost = previous.rowsWithoutId.map((row) => t.rowWithoutId(row));
  if (lost.length && !options.force) {
    io.err(t.wouldLose(options.out));
    for (const line of lost) io.err(`  ${line}`);
    return "stop";
  }
  return { ...previous, extraColumns: [], rows: previous.rows.map((row) => ({ ...row, extra: {} })) };
}

/** A file the run may write: absent, or a regular file. */
function isWritable(full: string): boolean {
  try {
    return statSync(full).isFile();
  } catch {
    return true;
  }
}

/** An earlier report of ours (JSON with the report's keys), which a run may replace. */
function isOurReport(full: string): boolean {
  try {
    if (statSync(full).size > MAX_REPORT_BYTES) return false;
    const parsed: unknown = JSON.parse(readFileSync(full, "utf8"));
    return (
      typeof parsed === "object" &&
      parsed !== null &&
      Array.isArray((parsed as ConsolidationReport).files) &&
      Array.isArray((parsed as ConsolidationReport).initiatives)
    );
  } catch {
    return false;
  }
}

const MAX_REPORT_BYTES = 512 * 1024 * 1024;

/** Why the run cannot write where it was told to; null when it can. */
function refusalOfTargets(options: ConsolidateOptions, io: CliIo): string | null {
  const t = texts(options.lang).consolidate;
  const outPath = path.resolve(io.cwd, options.out);
  if (!isWritable(outPath)) return t.notARegularFile(options.out, "--out");
  if (options.report === null) return null;
  const reportPath = path.resolve(io.cwd, options.report);
  if (sameFile(identityOf(outPath), identityOf(reportPath)))
    return t.sameOutAndReport(options.report);
  if (!isWritable(reportPath)) return t.notARegularFile(options.report, "--report");
  if (existsSync(reportPath) && !options.force && !isOurReport(reportPath))
    return t.reportNotOurs(options.report);
  return null;
}

export async function consolidateCommand(
  options: ConsolidateOptions,
  io: CliIo
): Promise<ConsolidateOutcome> {
  const t = texts(options.lang).consolidate;
  const sv = options.lang === "sv";
  const stop = (...lines: string[]): ConsolidateOutcome => {
    for (const line of lines) io.err(line);
    return { code: EXIT.usage, consolidation: null };
  };
  const outPath = path.resolve(io.cwd, options.out);
  const reportPath = options.report === null ? null : path.resolve(io.cwd, options.report);
  const refusal = refusalOfTargets(options, io);
  if (refusal) return stop(refusal);
  const found = expandInputs(options.paths, io.cwd, {
    output: options.out,
    report: options.report,
  });
  if (found.clashes.length)
    return stop(
      ...found.clashes.map((c) =>
        (c.with === "output" ? t.sourceIsOutput : t.sourceIsReport)(c.path)
      )
    );
  if (found.missing.length) return stop(...found.missing.map((p) => t.noSuchPath(p)));
  const notRead: NotRead[] = [...found.notRead];
  if (found.files.length === 0) {
    for (const n of notRead) io.err(t.notReadLine(n.path, t.notRead[n.reason]));
    return stop(t.noFiles);
  }

  // What an earlier run killed half-way left beside the portfolio and the report.
  const dirs = new Set([path.dirname(outPath), ...(reportPath ? [path.dirname(reportPath)] : [])]);
  let stale = 0;
  for (const dir of dirs) stale += (await removeStaleFiles(dir)).length;
  if (stale) io.err(t.staleRemoved(stale));

  const previous = await readPrevious(outPath, options, io);
  if (previous === "stop") return { code: EXIT.usage, consolidation: null };

  // Read in worker threads, each file under the time limit; one bad file never stops the run.
  const files = found.files;
  let settledCount = 0;
  const outcomes = await readFilesInThreads(
    files.map((file) => ({ name: sourceKey(file.path), path: path.resolve(io.cwd, file.path) })),
    {
      ...(options.readLimits ? { limits: options.readLimits } : {}),
      onSettled: (index, outcome) => {
        const file = files[index]!;
        const progress = `[${++settledCount}/${files.length}] ${file.path}${file.linkedTo ? ` ${t.linkedTo(path.relative(io.cwd, file.linkedTo) || file.linkedTo)}` : ""}`;
        if (!outcome.ok)
          io.err(`${progress} ${t.failed(sv ? outcome.error.message : outcome.error.messageEn)}`);
        else if (isDigiportfoljPortfolio(outcome.workbook))
          io.err(`${progress} ${t.skipped(t.notRead.portfolio)}`);
        else io.err(`${progress} ${t.read}`);
      },
    }
  );
  const inputs: SourceInput[] = [];
  outcomes.forEach((outcome, index) => {
    const file = files[index]!.path;
    if (outcome.ok && isDigiportfoljPortfolio(outcome.workbook))
      notRead.push({ path: file, reason: "portfolio" });
    else
      inputs.push(
        outcome.ok
          ? { file, workbook: outcome.workbook }
          : { file, ...readError(outcome.error, sourceKey(file)) }
      );
  });
  if (inputs.length === 0 || inputs.every((i) => "error" in i)) return stop(t.nothingRead);

  const consolidation: Consolidation = consolidateWithPrevious(inputs, previous, options.today);
  const parameters = consolidation.parameters;
  const ranks = rankPortfolio(consolidation.rows, parameters.centralBudget).map((r) => r.rank);

  const portfolio = new XlsxFileWorkbook(
    outPath,
    options.fileSystem ? { fileSystem: options.fileSystem } : {}
  );
  let backupPath: string | null;
  let losses: readonly UpdateLoss[];
  try {
    // Only the portfolio's own sheets are replaced; the council's other sheets stay as they are.
    const prepared = await portfolio.prepareUpdate(
      describePortfolio(consolidation, {
        generatedAt: options.generatedAt,
        councilSheets: previous?.councilSheets ?? [],
      }),
      { force: options.force }
    );
    losses = prepared.losses;
    const report: FileReplacement[] = reportPath
      ? [
          {
            path: reportPath,
            bytes: new TextEncoder().encode(
              `${JSON.stringify(consolidationReport(consolidation, ranks, options.lang, notRead), null, 2)}\n`
            ),
          },
        ]
      : [];
    // The report first, then the portfolio: a failure on either leaves both as they were.
    const backups = await portfolio.replaceAll([...report, prepared.replacement]);
    backupPath = backups[backups.length - 1] ?? null;
  } catch (error) {
    if (error instanceof WorkbookUpdateError) return stop(sv ? error.message : error.messageEn);
    if (error instanceof FileReplaceError) {
      const shown = path.relative(io.cwd, error.target) || error.target;
      return stop(
        t.fileError(shown, error.code, String((error.cause as Error)?.message ?? error.cause))
      );
    }
    return stop(t.writeFailed(options.out, error instanceof Error ? error.message : String(error)));
  }

  const failed = consolidation.files.filter((f) => f.status === "failed");
  const kept = consolidation.rows.filter((r) => r.missingFromLatest && !r.needsReview).length;
  const review = consolidation.rows.filter((r) => r.needsReview).length;
  const present = consolidation.rows.filter((r) => r.initiative !== null).length;
  const sources = inputs.length;
  if (!options.quiet)
    for (const line of formatOverview(consolidation.overview, options.lang)) io.out(line);
  io.out("");
  io.out(t.wrote(options.out, present, sources - failed.length, sources));
  if (kept) io.out(t.keptMissing(kept));
  if (review) io.out(t.keptForReview(review));
  if (consolidation.needs.length > 0)
    io.out(t.needsCollected(consolidation.needs.length, needsSheetName(previous?.councilSheets)));
  if (backupPath) io.out(t.backup(path.relative(io.cwd, backupPath) || backupPath));
  for (const line of describeLosses(losses, options.lang)) io.out(t.lost(line));
  for (const issue of previous?.issues ?? [])
    io.out(`${t.previousIssue} ${issueMessage(issue, options.lang)}`);
  const errors = consolidation.issues.filter((i) => i.severity === "error").length;
  io.out(t.issueSummary(errors, consolidation.issues.length - errors));
  for (const f of failed) io.out(t.failedFile(f.path, (sv ? f.error : f.errorEn) ?? ""));
  for (const n of notRead) io.out(t.notReadLine(n.path, t.notRead[n.reason]));
  return { code: failed.length ? EXIT.problems : EXIT.ok, consolidation };
}
