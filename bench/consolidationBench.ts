/**
 * Consolidation end to end against its floors, side by side: each iteration runs one consolidation
 * in a child process (bench/consolidateOnce.js, so its peak memory is its own), then the raw read
 * floor, the chosen reader, the product's writer and the floor writer (bench/floorWriter.js) on the
 * same files, each in a child process of its
 * own too (bench/floorOnce.js): the CLI runs once per process, so its libraries' code is as cold
 * as theirs. Ratios are taken within an iteration, then summarised.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { readFilesInThreads } from "../src/adapters/xlsxFile/ThreadedFileReader";
import { consolidateWithPrevious } from "../src/domain/consolidation/consolidateWithPrevious";
import type { SourceInput } from "../src/domain/consolidation/Consolidation";
import { describePortfolio } from "../src/domain/portfolio/describePortfolio";
import type { BenchCorpus } from "./corpus";
/** What bench/consolidateOnce.js prints. */
interface ConsolidationTiming {
  readonly wallMs: number;
  readonly readMs: number;
  readonly domainMs: number;
  readonly findMapMs: number;
  readonly validateMs: number;
  readonly scoreMs: number;
  readonly describeMs: number;
  readonly writeMs: number;
  readonly initiatives: number;
  readonly peakRssBytes: number;
}
import { spread, type Spread } from "./stats";

export interface ConsolidationBenchResult {
  readonly corpus: string;
  readonly files: number;
  readonly rows: number;
  readonly bytes: number;
  readonly runs: number;
  readonly wallMs: Spread;
  readonly shares: Readonly<Record<string, Spread>>;
  readonly peakRssBytes: Spread;
  readonly rawFloorMs: Spread;
  readonly readerMs: Spread;
  readonly writerMs: Spread;
  readonly floorWriterMs: Spread;
  /** the product's writer ÷ the floor writer, per iteration. */
  readonly writerOverFloor: Spread;
  /** consolidation ÷ (reader + floor writer), per iteration. */
  readonly overReaderFloor: Spread;
  /** reader ÷ raw floor, per iteration. */
  readonly readerOverRaw: Spread;
}

async function portfolioDescription(dir: string, corpus: BenchCorpus) {
  const outcomes = await readFilesInThreads(
    corpus.files.map((f) => ({ name: f.name, path: path.join(dir, f.name) }))
  );
  const inputs: SourceInput[] = outcomes.map((o, i) =>
    o.ok
      ? { file: corpus.files[i]!.name, workbook: o.workbook }
      : { file: corpus.files[i]!.name, error: "", errorEn: "" }
  );
  return describePortfolio(consolidateWithPrevious(inputs, null, "2026-11-22"), {
    generatedAt: "2026-11-22 10:00",
  });
}

export async function benchConsolidation(
  corpus: BenchCorpus,
  runs: number,
  log: (line: string) => void
): Promise<ConsolidationBenchResult> {
  const dir = mkdtempSync(path.join(tmpdir(), "dp-bench-"));
  const input = path.join(dir, "in");
  mkdirSync(input);
  for (const f of corpus.files) writeFileSync(path.join(input, f.name), f.bytes);
  try {
    const descriptionFile = path.join(dir, "portfolio.json");
    writeFileSync(descriptionFile, JSON.stringify(await portfolioDescription(input, corpus)));
    const child = (script: string, args: readonly string[]): string =>
      execFileSync(process.execPath, [path.join(__dirname, script), ...args], {
        encoding: "utf8",
        maxBuffer: 1 << 20,
      });
    const floor = (kind: "raw" | "reader" | "writer" | "floor"): number =>
      (
        JSON.parse(
          child("floorOnce.js", [kind, kind === "writer" || kind === "floor" ? descriptionFile : input])
            .trim()
            .split("\n")
            .pop()!
        ) as { ms: number }
      ).ms;
    const timings: ConsolidationTiming[] = [];
    const raw: number[] = [];
    const reader: number[] = [];
    const writer: number[] = [];
    const floorWriter: number[] = [];
    for (let run = 0; run < runs; run++) {
      const out = path.join(dir, `p${run}.xlsx`);
      const line = child("consolidateOnce.js", [input, out]);
      timings.push(JSON.parse(line.trim().split("\n").pop()!) as ConsolidationTiming);
      raw.push(floor("raw"));
      reader.push(floor("reader"));
      writer.push(floor("writer"));
      floorWriter.push(floor("floor"));
      rmSync(out, { force: true });
      log(
        `  ${corpus.label}: run ${run + 1}/${runs}: ${(timings[run]!.wallMs / 1000).toFixed(2)} s`
      );
    }
    const share = (pick: (t: ConsolidationTiming) => number) =>
      spread(timings.map((t) => pick(t) / t.wallMs));
    return {
      corpus: corpus.label,
      files: corpus.files.length,
      rows: corpus.rows,
      bytes: corpus.files.reduce((sum, f) => sum + f.bytes.length, 0),
      runs,
      wallMs: spread(timings.map((t) => t.wallMs)),
      shares: {
        "läsa (trådar)": share((t) => t.readMs),
        "hitta och mappa": share((t) => t.findMapMs),
        kontrollera: share((t) => t.validateMs),
        "poäng och ekonomi": share((t) => t.scoreMs),
        "överlapp, dubbletter, översikt": share((t) =>
          Math.max(0, t.domainMs - t.findMapMs - t.validateMs - t.scoreMs)
        ),
        "beskriva portföljen": share((t) => t.describeMs),
        "skriva .xlsx": share((t) => t.writeMs),
      },
      peakRssBytes: spread(timings.map((t) => t.peakRssBytes)),
      rawFloorMs: spread(raw),
      readerMs: spread(reader),
      writerMs: spread(writer),
      floorWriterMs: spread(floorWriter),
      writerOverFloor: spread(writer.map((w, i) => w / floorWriter[i]!)),
      overReaderFloor: spread(timings.map((t, i) => t.wallMs / (reader[i]! + floorWriter[i]!))),
      readerOverRaw: spread(reader.map((r, i) => r / raw[i]!)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
