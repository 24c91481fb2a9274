/**
 * One consolidation over the hostile corpus and two ordinary example lists, through the CLI as a
 * strategist runs it, and the docs table of what the user saw for each file. Shared by the test
 * (which checks the table in docs/ is what the product says today) and scripts/hostile-report.js.
 */
import { createHash } from "node:crypto";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { ConsolidationReport } from "../../src/cli/consolidationReport";
import type { CliIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import type { HostileCase } from "./hostileCorpus";

const ROOT = path.resolve(__dirname, "../..");
export const ORDINARY_EXAMPLES = ["kommunledning-it-lista.xlsx", "vard-och-omsorg-tkr.xlsx"];

export interface ConsolidationRun {
  readonly dir: string;
  readonly code: number;
  readonly out: string;
  readonly err: string;
  readonly report: ConsolidationReport;
  /** sha256 of each input before and after the run. */
  readonly hashesBefore: ReadonlyMap<string, string>;
  readonly hashesAfter: ReadonlyMap<string, string>;
}

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const hashes = (dir: string) =>
  new Map(readdirSync(dir).map((f) => [f, sha(path.join(dir, f))] as const));

/** Writes the inputs to a fresh folder and consolidates them with the CLI, in-process. */
export async function consolidateFiles(
  inputs: readonly { name: string; bytes: Uint8Array }[]
): Promise<ConsolidationRun> {
  const dir = mkdtempSync(path.join(tmpdir(), "dp-hostile-"));
  mkdirSync(path.join(dir, "in"));
  for (const { name, bytes } of inputs) writeFileSync(path.join(dir, "in", name), bytes);
  const hashesBefore = hashes(path.join(dir, "in"));
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), cwd: dir };
  const args = [
    "consolidate",
    "in",
    "--out",
    "p.xlsx",
    "--report",
    "r.json",
    "--idag",
    "2026-11-22",
  ];
  const code = await main(args, io);
  const report = JSON.parse(readFileSync(path.join(dir, "r.json"), "utf8")) as ConsolidationReport;
  return {
    dir,
    code,
    out: out.join("\n"),
    err: err.join("\n"),
    report,
    hashesBefore,
    hashesAfter: hashes(path.join(dir, "in")),
  };
}

export const exampleInputs = () =>
  ORDINARY_EXAMPLES.map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(path.join(ROOT, "examples", name))),
  }));

export async function hostileInputs(cases: readonly HostileCase[]) {
  return Promise.all(cases.map(async (c) => ({ name: c.file, bytes: await c.make() })));
}

/** The issue codes that say something about the file as a whole, shown in the table. */
const FILE_NOTICES = new Set([
  "macros_ignored",
  "external_links",
  "hidden_sheet",
  "hidden_rows",
  "hidden_columns",
  "no_initiative_table",
]);

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** What the user saw for one file: the refusal, or what was read and what they were told. */
export function whatTheUserSees(run: ConsolidationRun, file: string): string {
  const entry = run.report.files.find((f) => path.basename(f.path) === file);
  if (!entry) return "(inte med i körningen)";
  if (entry.status === "failed") return `**Läses inte:** ${entry.error ?? ""}`;
  const issues = run.report.issues.filter((i) => i.file && path.basename(i.file) === file);
  const notices = [
    ...new Set(issues.filter((i) => FILE_NOTICES.has(i.code)).map((i) => i.message)),
  ];
  const perCell = issues.filter((i) => !FILE_NOTICES.has(i.code));
  const codes = [...new Set(perCell.map((i) => i.code))].sort();
  const parts = [
    `**Läst:** ${entry.rowsImported} initiativ` +
      (entry.rowsSkipped.length ? `, ${entry.rowsSkipped.length} rader överhoppade med skäl` : "") +
      ".",
    ...notices,
    ...(perCell.length
      ? [`${perCell.length} avvikelser på rader och celler (${codes.join(", ")}).`]
      : []),
  ];
  return parts.join(" ");
}

/** The Markdown table for docs/hostile-inputs.md. */
export function hostileTable(cases: readonly HostileCase[], run: ConsolidationRun): string {
  const rows = cases.map(
    (c) => `| \`${c.file}\` | ${cell(c.title)} | ${cell(whatTheUserSees(run, c.file))} |`
  );
  const examples = run.report.initiatives.filter(
    (i) => i.source && ORDINARY_EXAMPLES.includes(path.basename(i.source.file))
  ).length;
  return [
    "| fil | vad det är | vad användaren ser (kommandoraden och fönstret) |",
    "|---|---|---|",
    ...rows,
    "",
    `Samma körning: de två vanliga listorna (${ORDINARY_EXAMPLES.map((e) => `\`${e}\``).join(", ")}) ` +
      `gav sina ${examples} initiativ i portföljen, och körningen slutade med kod ${run.code} ` +
      `(1: någon fil kunde inte läsas; resten sammanställdes).`,
  ].join("\n");
}
