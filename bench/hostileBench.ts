/**
 * Every hostile input consolidated alone, as the CLI runs it (lib/, reader threads), each in a
 * process of its own: whether the run ends, its exit code, its wall time and its peak memory
 * (maxRSS, threads included). Issue 14's target: every run ends, and under 1 GiB.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { HOSTILE_CASES } from "../test/hostile/hostileCorpus";
import { mib } from "./stats";

export interface HostileBenchRow {
  readonly file: string;
  /** Null when the run was ended from outside (it would not end by itself). */
  readonly exitCode: number | null;
  readonly wallMs: number;
  readonly peakRssBytes: number | null;
}

/** Longer than any limit of the reader (60 s per file): a run still going then has no end. */
const NO_END_MS = 5 * 60 * 1000;
const GIB = 1024 ** 3;

const RUN_ONE = `
const { main } = require(${JSON.stringify(path.join(__dirname, "../lib/cli/main.js"))});
const quiet = { out() {}, err() {}, cwd: process.cwd() };
main(process.argv.slice(1), quiet).then((code) => {
  process.stdout.write(JSON.stringify({ code, maxRss: process.resourceUsage().maxRSS * 1024 }));
  process.exit(code);
});`;

export async function benchHostile(log: (line: string) => void): Promise<HostileBenchRow[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "digiportfolj-hostile-bench-"));
  const rows: HostileBenchRow[] = [];
  try {
    for (const hostile of HOSTILE_CASES) {
      const input = path.join(dir, "in");
      rmSync(input, { recursive: true, force: true });
      mkdirSync(input);
      writeFileSync(path.join(input, hostile.file), await hostile.make());
      const started = process.hrtime.bigint();
      const child = spawnSync(
        process.execPath,
        ["-e", RUN_ONE, "consolidate", input, "--out", path.join(dir, "portfolj.xlsx"), "--force"],
        { cwd: dir, timeout: NO_END_MS, maxBuffer: 1024 * 1024, encoding: "utf8" }
      );
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      rmSync(path.join(dir, "portfolj.xlsx"), { force: true });
      let result: { code: number; maxRss: number } | null = null;
      try {
        result = JSON.parse(child.stdout) as { code: number; maxRss: number };
      } catch {
        result = null;
      }
      rows.push({
        file: hostile.file,
        exitCode: child.signal ? null : (result?.code ?? child.status),
        wallMs,
        peakRssBytes: result?.maxRss ?? null,
      });
      log(
        `  ${hostile.file}: ${(wallMs / 1000).toFixed(1)} s, ${result ? mib(result.maxRss) : "—"}`
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

export function hostileMarkdown(rows: readonly HostileBenchRow[]): string {
  const ended = rows.every((r) => r.exitCode !== null);
  const largest = Math.max(...rows.map((r) => r.peakRssBytes ?? Infinity));
  const worst = rows.find((r) => (r.peakRssBytes ?? Infinity) === largest);
  return [
    "### Each hostile input alone",
    "",
    "Every file of the hostile corpus (test/hostile/hostileCorpus.ts, written by " +
      "`node scripts/make-hostile-corpus.js`) consolidated alone by the compiled CLI " +
      "(`consolidate in --out portfolj.xlsx --force`), each in a process of its own; one run each. " +
      "Exit 0: read; 2: the file was refused with its sentence, so there was nothing to consolidate.",
    "",
    "| file | exit | wall time | peak memory |",
    "| --- | ---: | ---: | ---: |",
    ...rows.map(
      (r) =>
        `| \`${r.file}\` | ${r.exitCode ?? "no end"} | ${(r.wallMs / 1000).toFixed(1)} s | ` +
        `${r.peakRssBytes === null ? "—" : mib(r.peakRssBytes)} |`
    ),
    "",
    `Targets: every run ends: ${ended ? "met" : "**missed**"}; peak memory of every run under 1 GiB: ` +
      `${largest < GIB ? "met" : "**missed**"} (largest ${Number.isFinite(largest) ? mib(largest) : "unknown"}, ` +
      `\`${worst?.file ?? "?"}\`).`,
  ].join("\n");
}
