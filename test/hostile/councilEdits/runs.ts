/**
 * Running `digiportfolj consolidate` as a strategist does, in a folder of its own, and recording
 * what it left on disk: the CLI's `main` in-process, reading only the exit code, what it printed
 * and the files.
 */
import { createHash } from "node:crypto";
import { copyFileSync, lstatSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import type { CliIo } from "../../../src/cli/io";
import { main } from "../../../src/cli/main";

export const ROOT = path.resolve(__dirname, "../../..");
export const EXAMPLES = path.join(ROOT, "examples");
export const IDAG = "2026-11-22";
export const OUT = "portfolj.xlsx";
export const REPORT = "rapport.json";

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function runCli(args: readonly string[], cwd: string): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), cwd };
  const code = await main(args, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

export const consolidateArgs = (force: boolean): string[] => [
  "consolidate",
  "in",
  "--out",
  OUT,
  "--report",
  REPORT,
  "--idag",
  IDAG,
  ...(force ? ["--force"] : []),
];

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** sha256 of every regular file under dir, by posix path relative to dir. */
export function folderHashes(dir: string, prefix = ""): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    const full = path.join(dir, rel);
    if (entry.isDirectory()) Object.assign(result, folderHashes(dir, rel));
    else if (lstatSync(full).isFile()) result[rel] = sha(full);
  }
  return result;
}

export interface Scenario {
  readonly name: string;
  readonly dir: string;
  /** The portfolio as it was before the run. */
  readonly before: Uint8Array;
  readonly folderBefore: Record<string, string>;
  readonly run: CliRun;
  /** The portfolio after the run (the same bytes as `before` when nothing was written). */
  readonly after: Uint8Array;
  readonly folderAfter: Record<string, string>;
  /** Names of the backups the run left beside the portfolio. */
  readonly backups: readonly string[];
  readonly written: boolean;
}

/**
 * A folder `<root>/<name>` holding `in/` with copies of the example lists (`[from, as]`), the
 * portfolio as `portfolj.xlsx` and the previous run's report; then one consolidate run in it.
 */
export async function scenario(
  root: string,
  name: string,
  portfolio: Uint8Array,
  lists: readonly (readonly [string, string])[],
  report: Uint8Array,
  force: boolean
): Promise<Scenario> {
  const dir = path.join(root, name);
  mkdirSync(path.join(dir, "in"), { recursive: true });
  for (const [from, as] of lists) copyFileSync(path.join(EXAMPLES, from), path.join(dir, "in", as));
  writeFileSync(path.join(dir, OUT), portfolio);
  writeFileSync(path.join(dir, REPORT), report);
  const folderBefore = folderHashes(dir);
  const run = await runCli(consolidateArgs(force), dir);
  const after = new Uint8Array(readFileSync(path.join(dir, OUT)));
  const backups = readdirSync(dir).filter((n) => /^portfolj\.backup-.*\.xlsx$/.test(n));
  const written = Buffer.compare(Buffer.from(after), Buffer.from(portfolio)) !== 0;
  return {
    name,
    dir,
    before: portfolio,
    folderBefore,
    run,
    after,
    folderAfter: folderHashes(dir),
    backups,
    written,
  };
}

/** What the run printed, both streams, for matching cell and part names. */
export const printed = (run: CliRun): string => `${run.out}\n${run.err}`;

/** The printed lines that mention `pattern`, for failure messages. */
export function linesMatching(run: CliRun, pattern: RegExp): string[] {
  return printed(run)
    .split("\n")
    .filter((l) => pattern.test(l));
}

/** The first lines of what the run printed, for failure messages. */
export function summary(run: CliRun, lines = 12): string {
  const all = printed(run).split("\n").filter((l) => l.trim() !== "");
  const head = all.slice(0, lines).join("\n    ");
  return `exit ${run.code}; printed:\n    ${head}${all.length > lines ? `\n    … (${all.length - lines} more lines)` : ""}`;
}
