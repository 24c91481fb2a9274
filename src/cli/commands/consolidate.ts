/**
 * `digiportfolj consolidate PATH... --out portfolj.xlsx`: many förvaltning workbooks in, one
 * portfolio out; re-run with new versions and the council's own work in the portfolio stays.
 */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ReadLimits } from "../../adapters/xlsxFile/ReadLimits";
import { readFilesInThreads } from "../../adapters/xlsxFile/ThreadedFileReader";
import { WorkbookReadError } from "../../adapters/xlsxFile/WorkbookReadError";
import { describeLosses, WorkbookUpdateError } from "../../adapters/xlsxFile/WorkbookUpdateError";
import { XlsxFileWorkbook, type UpdateOutcome } from "../../adapters/xlsxFile/XlsxFileWorkbook";
import { sourceKey } from "../../domain/consolidation/consolidate";
import { consolidateWithPrevious } from "../../domain/consolidation/consolidateWithPrevious";
import type { Consolidation, SourceInput } from "../../domain/consolidation/Consolidation";
import { issueMessage, type Lang } from "../../domain/messages";
import { needsSheetName } from "../../domain/portfolio/layout";
import { describePortfolio } from "../../domain/portfolio/describePortfolio";
import { rankPortfolio } from "../../domain/portfolio/rankPortfolio";
import {
  readPreviousPortfolio,
  type PreviousPortfolio,
} from "../../domain/portfolio/readPreviousPortfolio";
import { consolidationReport } from "../consolidationReport";
import { expandInputs } from "../expandInputs";
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
  // What a rewrite of Portfölj could not carry by Initiativ-ID: say which, and stop unless forced.
  const lost = [
    ...previous.outsideTable.map((cell) => t.outsideTable(cell)),
    ...previous.rowsWithoutId.map((row) => t.rowWithoutId(row)),
  ];
  if (lost.length && !options.force) {
    io.err(t.wouldLose(options.out));
    for (const line of lost) io.err(`  ${line}`);
    return "stop";
  }
  return previous;
}

export async function consolidateCommand(
  options: ConsolidateOptions,
  io: CliIo
): Promise<ConsolidateOutcome> {
  const t = texts(options.lang).consolidate;
  const outPath = path.resolve(io.cwd, options.out);
  const { files, missing } = expandInputs(options.paths, io.cwd, [options.out]);
  if (missing.length) {
    for (const p of missing) io.err(t.noSuchPath(p));
    return { code: EXIT.usage, consolidation: null };
  }
  if (files.length === 0) {
    io.err(t.noFiles);
    return { code: EXIT.usage, consolidation: null };
  }

  const previous = await readPrevious(outPath, options, io);
  if (previous === "stop") return { code: EXIT.usage, consolidation: null };

  // Read in worker threads, each file under the time limit; one bad file never stops the run.
  let settledCount = 0;
  const outcomes = await readFilesInThreads(
    files.map((file) => ({ name: sourceKey(file), path: path.resolve(io.cwd, file) })),
    {
      ...(options.readLimits ? { limits: options.readLimits } : {}),
      onSettled: (index, outcome) => {
        const progress = `[${++settledCount}/${files.length}] ${files[index]}`;
        if (outcome.ok) io.err(`${progress} ${t.read}`);
        else {
          const error = options.lang === "sv" ? outcome.error.message : outcome.error.messageEn;
          io.err(`${progress} ${t.failed(error)}`);
        }
      },
    }
  );
  const inputs: SourceInput[] = outcomes.map((outcome, index) => {
    const file = files[index]!;
    return outcome.ok
      ? { file, workbook: outcome.workbook }
      : { file, ...readError(outcome.error, sourceKey(file)) };
  });
  if (inputs.every((i) => "error" in i)) {
    io.err(t.nothingRead);
    return { code: EXIT.usage, consolidation: null };
  }

  const consolidation: Consolidation = consolidateWithPrevious(inputs, previous, options.today);
  const parameters = consolidation.parameters;

  let outcome: UpdateOutcome;
  try {
    // Only the portfolio's own sheets are replaced; the council's other sheets stay as they are.
    outcome = await new XlsxFileWorkbook(outPath).update(
      describePortfolio(consolidation, {
        generatedAt: options.generatedAt,
        councilSheets: previous?.councilSheets ?? [],
      }),
      {
        force: options.force,
      }
    );
  } catch (error) {
    if (error instanceof WorkbookUpdateError)
      io.err(options.lang === "sv" ? error.message : error.messageEn);
    else io.err(t.writeFailed(options.out, error instanceof Error ? error.message : String(error)));
    return { code: EXIT.usage, consolidation };
  }

  const ranks = rankPortfolio(consolidation.rows, parameters.centralBudget).map((r) => r.rank);
  if (options.report) {
    writeFileSync(
      path.resolve(io.cwd, options.report),
      `${JSON.stringify(consolidationReport(consolidation, ranks, options.lang), null, 2)}\n`
    );
  }

  const failed = consolidation.files.filter((f) => f.status === "failed");
  const kept = consolidation.rows.filter((r) => r.missingFromLatest && !r.needsReview).length;
  const review = consolidation.rows.filter((r) => r.needsReview).length;
  const present = consolidation.rows.filter((r) => r.initiative !== null).length;
  if (!options.quiet)
    for (const line of formatOverview(consolidation.overview, options.lang)) io.out(line);
  io.out("");
  io.out(t.wrote(options.out, present, files.length - failed.length, files.length));
  if (kept) io.out(t.keptMissing(kept));
  if (review) io.out(t.keptForReview(review));
  if (consolidation.needs.length > 0)
    io.out(t.needsCollected(consolidation.needs.length, needsSheetName(previous?.councilSheets)));
  if (outcome.backupPath)
    io.out(t.backup(path.relative(io.cwd, outcome.backupPath) || outcome.backupPath));
  for (const line of describeLosses(outcome.losses, options.lang)) io.out(t.lost(line));
  for (const issue of previous?.issues ?? [])
    io.out(`${t.previousIssue} ${issueMessage(issue, options.lang)}`);
  const errors = consolidation.issues.filter((i) => i.severity === "error").length;
  io.out(t.issueSummary(errors, consolidation.issues.length - errors));
  for (const f of failed)
    io.out(t.failedFile(f.path, (options.lang === "sv" ? f.error : f.errorEn) ?? ""));
  return { code: failed.length ? EXIT.problems : EXIT.ok, consolidation };
}
