/**
 * LibreOffice's forced recalculation of whole portfolios (issue 15, item 6): corpora of 9,000 and
 * 50,000 initiatives (bench/corpus.ts, mixed shapes: many equal scores, lists without scores or
 * savings) read and consolidated as the CLI does, a central budget set so Ryms i budget is
 * computed, described by describePortfolio and written by the product's writer; then each file
 * recalculated in a fresh soffice process with a private profile that forces recalculation on load
 * (as test/support/libreoffice.ts does), timed by the wall clock. Rang and Ryms i budget read back
 * are compared with rankPortfolio, so a fast figure is also a right one.
 */
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { readWorkbookBytes } from "../src/adapters/xlsxFile/readXlsx";
import { readFilesInThreads } from "../src/adapters/xlsxFile/ThreadedFileReader";
import { renderWorkbook } from "../src/adapters/xlsxFile/write/writeWorkbook";
import type { Consolidation, SourceInput } from "../src/domain/consolidation/Consolidation";
import { consolidateWithPrevious } from "../src/domain/consolidation/consolidateWithPrevious";
import { numberOf } from "../src/domain/initiative";
import { describePortfolio } from "../src/domain/portfolio/describePortfolio";
import {
  PORTFOLIO_HEADER_ROW,
  PORTFOLIO_META_HEADERS,
  PORTFOLIO_SHEETS,
} from "../src/domain/portfolio/layout";
import { FITS_BUDGET_TEXT } from "../src/domain/portfolio/portfolioSheet";
import { rankPortfolio } from "../src/domain/portfolio/rankPortfolio";
import { makeCorpus } from "./corpus";

export interface RecalcBenchRow {
  /** The corpus asked for. */
  readonly size: number;
  /** Portfölj's rows. */
  readonly rows: number;
  readonly bytes: number;
  /** Wall time of one soffice process: start, load, recalculate every formula, save. */
  readonly wallMs: number;
  /** Rang and Ryms i budget cells that differ from rankPortfolio (0 when right). */
  readonly mismatches: number;
}

const SOFFICE = process.env["SOFFICE"] ?? "soffice";
/** Longer than the old formulas needed at 9,000 rows; at 50,000 they did not end in 25 minutes. */
const TIMEOUT_MS = 30 * 60 * 1000;
const SIZES = [9_000, 50_000] as const;

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** 1,000-row lists of mixed shapes, as many as make `rows`. */
const corpusOf = (rows: number) =>
  makeCorpus(`${rows.toLocaleString("en-GB")} initiativ`, rows / 1_000, 1_000, true);

async function consolidation(rows: number, dir: string): Promise<Consolidation> {
  const corpus = corpusOf(rows);
  const input = path.join(dir, `in-${rows}`);
  rmSync(input, { recursive: true, force: true });
  mkdirSync(input);
  for (const f of corpus.files) writeFileSync(path.join(input, f.name), f.bytes);
  const outcomes = await readFilesInThreads(
    corpus.files.map((f) => ({ name: f.name, path: path.join(input, f.name) }))
  );
  const inputs: SourceInput[] = outcomes.map((o, i) =>
    o.ok
      ? { file: corpus.files[i]!.name, workbook: o.workbook }
      : { file: corpus.files[i]!.name, error: "", errorEn: "" }
  );
  const made = consolidateWithPrevious(inputs, null, "2026-11-22");
  // A budget that about half the investments fit in, so every row's Ryms i budget is worked out.
  const total = made.rows.reduce(
    (sum, r) => sum + (r.initiative ? (numberOf(r.initiative, "investering") ?? 0) : 0),
    0
  );
  return {
    ...made,
    parameters: { ...made.parameters, centralBudget: Math.round(total * 0.45) },
  };
}

/** A private profile that recalculates on load, and one start so its creation is not timed. */
function recalcProfile(dir: string): string {
  const profile = path.join(dir, "profile");
  mkdirSync(path.join(profile, "user"), { recursive: true });
  writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  return profile;
}

function soffice(profile: string, file: string, outDir: string): Promise<number> {
  const args = [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    "--headless",
    "--norestore",
    "--convert-to",
    "xlsx:Calc MS Excel 2007 XML",
    "--outdir",
    outDir,
    file,
  ];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      SOFFICE,
      args,
      { timeout: TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
      (error, _out, stderr) => {
        const out = path.join(outDir, path.basename(file));
        if (error) reject(new Error(`soffice failed: ${error.message}\n${stderr}`));
        else if (!existsSync(out))
          reject(new Error(`soffice wrote no ${path.basename(out)}\n${stderr}`));
        else resolve(performance.now() - started);
      }
    );
  });
}

/** Rang and Ryms i budget as LibreOffice computed them, against rankPortfolio. */
function mismatches(file: string, made: Consolidation): number {
  const book = readWorkbookBytes(new Uint8Array(readFileSync(file)), path.basename(file));
  const sheet = book.sheets.find((s) => s.name === PORTFOLIO_SHEETS.portfolio);
  if (!sheet) throw new Error("no Portfölj in the recalculated file");
  const headers = sheet.values[PORTFOLIO_HEADER_ROW - sheet.top] ?? [];
  const rankAt = headers.indexOf(PORTFOLIO_META_HEADERS.rank);
  const fitsAt = headers.indexOf(PORTFOLIO_META_HEADERS.fitsBudget);
  const expected = rankPortfolio(made.rows, made.parameters.centralBudget);
  let wrong = 0;
  expected.forEach((e, i) => {
    const values = sheet.values[PORTFOLIO_HEADER_ROW + 1 + i - sheet.top] ?? [];
    const rank = values[rankAt] ?? null;
    const fits = values[fitsAt] ?? null;
    const fitsText =
      e.fitsBudget === null ? null : e.fitsBudget ? FITS_BUDGET_TEXT.yes : FITS_BUDGET_TEXT.no;
    if ((rank === "" ? null : rank) !== e.rank || (fits === "" ? null : fits) !== fitsText) wrong++;
  });
  return wrong;
}

export async function benchRecalc(
  log: (line: string) => void,
  sizes: readonly number[] = SIZES
): Promise<RecalcBenchRow[]> {
  execFileSync(SOFFICE, ["--version"], { encoding: "utf8" });
  const dir = mkdtempSync(path.join(tmpdir(), "digiportfolj-recalc-bench-"));
  try {
    const profile = recalcProfile(dir);
    const warm = path.join(dir, "warm");
    mkdirSync(warm);
    const small = await consolidation(1_000, dir);
    const smallFile = path.join(warm, "warm.xlsx");
    writeFileSync(
      smallFile,
      await renderWorkbook(describePortfolio(small, { generatedAt: "2026-11-22 10:00" }))
    );
    await soffice(profile, smallFile, path.join(warm, "out"));

    const rows: RecalcBenchRow[] = [];
    for (const size of sizes) {
      log(`recalc: ${size.toLocaleString("en-GB")} rows: consolidating and writing`);
      const made = await consolidation(size, dir);
      const file = path.join(dir, `portfolj-${size}.xlsx`);
      const bytes = await renderWorkbook(
        describePortfolio(made, { generatedAt: "2026-11-22 10:00" })
      );
      writeFileSync(file, bytes);
      log(`recalc: ${size.toLocaleString("en-GB")} rows: LibreOffice recalculating`);
      const outDir = path.join(dir, `out-${size}`);
      const wallMs = await soffice(profile, file, outDir);
      const wrong = mismatches(path.join(outDir, path.basename(file)), made);
      log(
        `recalc: ${size.toLocaleString("en-GB")} rows: ${(wallMs / 1000).toFixed(1)} s, ${wrong} mismatches`
      );
      rows.push({ size, rows: made.rows.length, bytes: bytes.length, wallMs, mismatches: wrong });
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Targets of issue 15, item 6: seconds by corpus size. */
const TARGET_MS: Readonly<Record<number, number>> = { 9_000: 30_000, 50_000: 180_000 };

export function recalcMarkdown(rows: readonly RecalcBenchRow[]): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const lines = [
    "### Recalculation of the portfolio in LibreOffice",
    "",
    "A portfolio consolidated from the bench corpus (1,000-row lists of mixed shapes: many equal scores, lists " +
      "without scores or savings), a central budget about half the investments fit in, written by the product's " +
      "writer; LibreOffice recalculating every formula on load (forced by the profile) and saving, in a fresh " +
      "soffice process with a private profile, timed by the wall clock (one run). Rang and Ryms i budget read back " +
      "and compared with rankPortfolio.",
    "",
    "| rows | file | forced recalculation | Rang or Ryms i budget unlike TypeScript |",
    "|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${r.rows.toLocaleString("en-GB")} | ${(r.bytes / 1024 / 1024).toFixed(1)} MB | ${seconds(r.wallMs)} | ${r.mismatches} |`
    ),
    "",
  ];
  const first = rows[0];
  const last = rows[rows.length - 1];
  const targets = rows.flatMap((r) => {
    const target = TARGET_MS[r.size];
    return target === undefined
      ? []
      : [
          `- ${r.size.toLocaleString("en-GB")} rows under ${seconds(target)}: ${r.wallMs < target ? "met" : "**missed**"} (${seconds(r.wallMs)})`,
        ];
  });
  if (first && last && first !== last) {
    const ratio = last.wallMs / first.wallMs;
    const linear = last.rows / first.rows;
    lines.push(
      `Ratio ${last.rows.toLocaleString("en-GB")} ÷ ${first.rows.toLocaleString("en-GB")} rows: ${ratio.toFixed(2)} ` +
        `(linear ${linear.toFixed(2)}, quadratic ${(linear * linear).toFixed(2)}).`,
      ""
    );
    targets.push(
      `- grows about linearly (ratio within 1.5 × linear): ${ratio <= 1.5 * linear ? "met" : "**missed**"} (${ratio.toFixed(2)})`
    );
  }
  targets.push(
    `- every Rang and Ryms i budget as TypeScript: ${rows.every((r) => r.mismatches === 0) ? "met" : "**missed**"}`
  );
  lines.push("Targets:", ...targets);
  return lines.join("\n");
}
