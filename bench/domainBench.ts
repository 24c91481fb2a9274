/**
 * The domain alone: validate (find the list, map, read every value, run every rule) and score
 * (economics and weighted score) of N rows already in memory, as ns per row.
 */
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { assessInitiative } from "../src/domain/assessInitiative";
import { checkWorkbook } from "../src/domain/checkWorkbook";
import { DEFAULT_PARAMETERS } from "../src/domain/parameters/Parameters";
import type { CellValue, WorkbookData } from "../src/domain/ports/WorkbookPort";
import { grid, workbook } from "../test/builders/grids";
import { standardList } from "../test/builders/openLists";
import { spread, type Spread } from "./stats";

export interface DomainBenchRow {
  readonly rows: number;
  readonly validateMs: Spread;
  readonly scoreMs: Spread;
  readonly totalMs: Spread;
  readonly nsPerRow: Spread;
}

function listWorkbook(rows: number): WorkbookData {
  // standardList holds plain values only (no formula cells), as a file reader would give them.
  const values = standardList(rows).map((row) =>
    row.map((cell): CellValue =>
      cell !== null && typeof cell === "object" ? null : (cell ?? null)
    )
  );
  return workbook("lista.xlsx", [grid("Initiativ", values)]);
}

const WARM_UP_ROWS = 50_000;

export function benchDomain(sizes: readonly number[], runs: number): DomainBenchRow[] {
  return sizes.map((rows) => {
    const workbook = listWorkbook(rows);
    const validate: number[] = [];
    const score: number[] = [];
    // Unmeasured runs over at least WARM_UP_ROWS rows first, so every size is measured with the
    // code already compiled (one run of 1,000 rows leaves most of it unoptimised).
    const warmUp = Math.ceil(WARM_UP_ROWS / rows);
    for (let run = -warmUp; run < runs; run++) {
      const t0 = performance.now();
      const result = checkWorkbook(workbook, {
        today: "2026-11-22",
        parameters: DEFAULT_PARAMETERS,
      });
      const t1 = performance.now();
      for (const initiative of result.initiatives) assessInitiative(initiative, DEFAULT_PARAMETERS);
      const t2 = performance.now();
      if (result.initiatives.length !== rows)
        throw new Error(`read ${result.initiatives.length} of ${rows} rows`);
      if (run < 0) continue;
      validate.push(t1 - t0);
      score.push(t2 - t1);
    }
    const total = validate.map((v, i) => v + score[i]!);
    return {
      rows,
      validateMs: spread(validate),
      scoreMs: spread(score),
      totalMs: spread(total),
      nsPerRow: spread(total.map((ms) => (ms * 1e6) / rows)),
    };
  });
}

/**
 * Each size in a fresh process: measured in the bench's own process after the consolidation part,
 * the 50,000 rows took 0.81 s instead of 0.45–0.52 s, its heap still holding that part's corpora.
 */
export function benchDomainInChildren(sizes: readonly number[], runs: number): DomainBenchRow[] {
  return sizes.map((rows) => {
    const out = execFileSync(
      process.execPath,
      [
        "-r",
        path.join(__dirname, "../test/support/registerTs.js"),
        __filename,
        String(rows),
        String(runs),
      ],
      { encoding: "utf8", maxBuffer: 1 << 20 }
    );
    return JSON.parse(out.trim().split("\n").pop()!) as DomainBenchRow;
  });
}

if (require.main === module) {
  const [rows, runs] = process.argv.slice(2).map(Number);
  process.stdout.write(`${JSON.stringify(benchDomain([rows!], runs!)[0])}\n`);
}
