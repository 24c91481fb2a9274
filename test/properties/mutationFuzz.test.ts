/**
 * Mutation fuzz over valid .xlsx bytes: flipped bits, cut-off files, slices spliced in from another
 * file, slices duplicated or removed, and packages whose parts were swapped, renamed, dropped or
 * damaged inside (re-zipped, so the damage reaches the XML parser past the zip's checksums).
 * Every mutant must end as a workbook or as one WorkbookReadError naming the file, through the
 * CLI's reader threads; the browser's path (pure-JS inflate) may also hang, which the pane's
 * worker time limit turns into an error; and a consolidation with mutants among intact lists keeps
 * every intact list's rows.
 *
 * The mutants are generated up front with fast-check from a fixed seed; reading them runs under a
 * time budget so the file stays within CI's time, and the counts that ran are printed.
 */
import type { ConsolidationReport } from "../../src/cli/consolidationReport";
import fc from "fast-check";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { partBytes, writeZip, zipParts } from "../../src/adapters/xlsxFile/packageParts";
import { readLimits } from "../../src/adapters/xlsxFile/ReadLimits";
import {
  readFilesInThreads,
  type FileReadOutcome,
} from "../../src/adapters/xlsxFile/ThreadedFileReader";
import { WorkbookReadError } from "../../src/adapters/xlsxFile/WorkbookReadError";
import type { CliIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import { readFilesInWorker, type FileReadResult } from "../support/readFilesInWorker";

const ROOT = path.resolve(__dirname, "../..");
const CORPUS = path.resolve(ROOT, "../shared/corpus/real-world");
const SEEDS = [
  path.join(ROOT, "examples/samhallsbyggnad-mall.xlsx"),
  path.join(ROOT, "examples/vard-och-omsorg-tkr.xlsx"),
  path.join(CORPUS, "wps_fn.xlsx"),
  path.join(CORPUS, "mixed_sheets.xlsx"),
].map((file) => ({ name: path.basename(file), bytes: new Uint8Array(readFileSync(file)) }));

/** DP_FUZZ_SEED draws other mutants (by hand; CI keeps the fixed seed). */
const SEED = Number(process.env["DP_FUZZ_SEED"] ?? 20261122) || 20261122;
const MUTANTS = 300;
/** Wall-time budgets (ms): the CLI's reader over all mutants, then the browser's path. */
const BUDGET = { threads: 30_000, browser: 15_000 };
const BROWSER_SUBSET = 100;
const BROWSER_CHUNK = 20;

// ---------------------------------------------------------------------------------------------
// Mutations

type Mutation =
  | { kind: "bitflip"; seed: number; flips: [number, number][] }
  | { kind: "truncate"; seed: number; at: number }
  | {
      kind: "splice";
      seed: number;
      other: number;
      from: number;
      length: number;
      to: number;
      insert: boolean;
    }
  | { kind: "duplicate"; seed: number; from: number; length: number; to: number }
  | { kind: "remove"; seed: number; from: number; length: number }
  | { kind: "swapParts"; seed: number; a: number; b: number }
  | { kind: "renamePart"; seed: number; part: number; to: number }
  | { kind: "dropPart"; seed: number; part: number }
  | {
      kind: "damagePart";
      seed: number;
      part: number;
      flips: [number, number][];
      cut: number | null;
    };

const seedIndex = fc.nat(SEEDS.length - 1);
/**
 * A position in the file as a fraction, spread evenly: fast-check's own bias would put most
 * positions on the first bytes (the zip signature), which only tests the sniffer.
 */
const fraction = fc.noBias(fc.integer({ min: 0, max: 2 ** 30 - 1 })).map((n) => n / 2 ** 30);
/** Byte positions and bit numbers as fractions of the file, so one arbitrary fits every seed. */
const flips = fc.array(fc.tuple(fraction, fc.nat(7)), {
  minLength: 1,
  maxLength: 20,
}) as fc.Arbitrary<[number, number][]>;

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("bitflip" as const), seed: seedIndex, flips }),
  fc.record({ kind: fc.constant("truncate" as const), seed: seedIndex, at: fraction }),
  fc.record({
    kind: fc.constant("splice" as const),
    seed: seedIndex,
    other: seedIndex,
    from: fraction,
    length: fc.integer({ min: 1, max: 4096 }),
    to: fraction,
    insert: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant("duplicate" as const),
    seed: seedIndex,
    from: fraction,
    length: fc.integer({ min: 1, max: 4096 }),
    to: fraction,
  }),
  fc.record({
    kind: fc.constant("remove" as const),
    seed: seedIndex,
    from: fraction,
    length: fc.integer({ min: 1, max: 4096 }),
  }),
  fc.record({ kind: fc.constant("swapParts" as const), seed: seedIndex, a: fc.nat(), b: fc.nat() }),
  fc.record({
    kind: fc.constant("renamePart" as const),
    seed: seedIndex,
    part: fc.nat(),
    to: fc.nat(),
  }),
  fc.record({ kind: fc.constant("dropPart" as const), seed: seedIndex, part: fc.nat() }),
  fc.record({
    kind: fc.constant("damagePart" as const),
    seed: seedIndex,
    part: fc.nat(),
    flips,
    cut: fc.option(fraction, { nil: null }),
  })
);

/** Names a part may be renamed to: another part's (it is overwritten) or a plausible new one. */
const NEW_PART_NAMES = [
  "xl/workbook2.xml",
  "xl/worksheets/sheet9.xml",
  "xl/sharedStrings2.xml",
  "XL/WORKBOOK.XML",
  "xl/styles.bin",
];

const at = (bytes: Uint8Array, f: number) => Math.floor(f * bytes.length);

function flipBits(bytes: Uint8Array, edits: readonly [number, number][]): Uint8Array {
  const copy = Uint8Array.from(bytes);
  for (const [f, bit] of edits) if (copy.length) copy[at(copy, f)]! ^= 1 << bit;
  return copy;
}

const concat = (...chunks: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
};

/** The package's parts in a fixed order, so a part index means the same part every time. */
function parts(bytes: Uint8Array): [string, Uint8Array][] {
  return [...partBytes(zipParts(bytes))].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function mutate(m: Mutation): Uint8Array {
  const bytes = SEEDS[m.seed]!.bytes;
  switch (m.kind) {
    case "bitflip":
      return flipBits(bytes, m.flips);
    case "truncate":
      return bytes.slice(0, at(bytes, m.at));
    case "splice": {
      const other = SEEDS[m.other]!.bytes;
      const slice = other.slice(at(other, m.from), at(other, m.from) + m.length);
      const to = at(bytes, m.to);
      return m.insert
        ? concat(bytes.subarray(0, to), slice, bytes.subarray(to))
        : concat(
            bytes.subarray(0, to),
            slice,
            bytes.subarray(Math.min(bytes.length, to + slice.length))
          );
    }
    case "duplicate": {
      const slice = bytes.slice(at(bytes, m.from), at(bytes, m.from) + m.length);
      const to = at(bytes, m.to);
      return concat(bytes.subarray(0, to), slice, bytes.subarray(to));
    }
    case "remove": {
      const from = at(bytes, m.from);
      return concat(bytes.subarray(0, from), bytes.subarray(from + m.length));
    }
    case "swapParts": {
      const list = parts(bytes);
      const a = m.a % list.length;
      const b = (a + 1 + (m.b % (list.length - 1))) % list.length;
      const swapped = list.map(([name, content], i): [string, Uint8Array] => [
        name,
        i === a ? list[b]![1] : i === b ? list[a]![1] : content,
      ]);
      return writeZip(new Map(swapped));
    }
    case "renamePart": {
      const list = parts(bytes);
      const part = m.part % list.length;
      const names = [...list.map(([name]) => name), ...NEW_PART_NAMES];
      const to = names[m.to % names.length]!;
      const renamed = new Map(list.filter((_, i) => i !== part));
      renamed.set(to, list[part]![1]);
      return writeZip(renamed);
    }
    case "dropPart": {
      const list = parts(bytes);
      return writeZip(new Map(list.filter((_, i) => i !== m.part % list.length)));
    }
    case "damagePart": {
      const list = parts(bytes);
      const part = m.part % list.length;
      return writeZip(
        new Map(
          list.map(([name, content], i): [string, Uint8Array] => {
            if (i !== part) return [name, content];
            const damaged = flipBits(content, m.flips);
            return [name, m.cut === null ? damaged : damaged.slice(0, at(damaged, m.cut))];
          })
        )
      );
    }
  }
}

const mutations = fc.sample(mutationArbitrary, { numRuns: MUTANTS, seed: SEED });
const mutants = mutations.map((m, i) => ({
  kind: m.kind,
  name: `mutant-${String(i).padStart(3, "0")}-${m.kind}-of-${SEEDS[m.seed]!.name}`,
  bytes: mutate(m),
}));

// ---------------------------------------------------------------------------------------------
// Tables

function table(title: string, rows: Map<string, Map<string, number>>): string {
  const columns = [...new Set([...rows.values()].flatMap((r) => [...r.keys()]))].sort();
  const width = Math.max(12, ...[...rows.keys()].map((k) => k.length));
  const line = (label: string, cells: string[]) =>
    `${label.padEnd(width)} | ${cells.map((c, i) => c.padStart(columns[i]!.length)).join(" | ")}`;
  const totals = columns.map((c) => [...rows.values()].reduce((n, r) => n + (r.get(c) ?? 0), 0));
  return [
    title,
    line("", columns),
    ...[...rows].map(([kind, counts]) =>
      line(
        kind,
        columns.map((c) => String(counts.get(c) ?? 0))
      )
    ),
    line("total", totals.map(String)),
  ].join("\n");
}

function count(rows: Map<string, Map<string, number>>, row: string, column: string): void {
  const counts = rows.get(row) ?? new Map<string, number>();
  rows.set(row, counts);
  counts.set(column, (counts.get(column) ?? 0) + 1);
}

// ---------------------------------------------------------------------------------------------

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "dp-mutants-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the CLI's reader made of each mutant (those read within the budget). */
const threadOutcomes: { name: string; kind: string; outcome: FileReadOutcome }[] = [];

describe(`mutation fuzz over valid .xlsx bytes (${MUTANTS} mutants of ${SEEDS.length} workbooks)`, () => {
  test(`the CLI's reader threads: each mutant is a workbook or a WorkbookReadError naming the file (up to ${MUTANTS} mutants, ${BUDGET.threads / 1000} s budget)`, async () => {
    const started = Date.now();
    const limits = readLimits({ timeoutMs: 5000 });
    // In chunks, so the budget can stop between them; each chunk starts its own threads.
    for (let i = 0; i < mutants.length && Date.now() - started < BUDGET.threads; i += 60) {
      const chunk = mutants.slice(i, i + 60);
      const outcomes = await readFilesInThreads(
        chunk.map(({ name, bytes }) => ({ name, bytes })),
        { limits }
      );
      chunk.forEach((m, j) =>
        threadOutcomes.push({ name: m.name, kind: m.kind, outcome: outcomes[j]! })
      );
    }

    const byReason = new Map<string, Map<string, number>>();
    const wrong: string[] = [];
    for (const { name, kind, outcome } of threadOutcomes) {
      if (outcome === undefined) {
        wrong.push(`${name}: no outcome`);
        continue;
      }
      count(byReason, kind, outcome.ok ? "read" : outcome.error.reason);
      if (outcome.ok) {
        if (outcome.workbook.sheets.length < 1) wrong.push(`${name}: read with no sheet`);
      } else if (
        !(outcome.error instanceof WorkbookReadError) ||
        outcome.error.fileName !== name ||
        !outcome.error.message.includes(`”${name}”`) ||
        !outcome.error.messageEn.includes(`"${name}"`)
      ) {
        wrong.push(`${name}: ${String(outcome.error)}`);
      }
    }
    console.log(
      `${table(`CLI reader threads: ${threadOutcomes.length} of ${mutants.length} mutants read in ${((Date.now() - started) / 1000).toFixed(1)} s`, byReason)}`
    );
    expect(wrong).toEqual([]);
    expect(threadOutcomes.length).toBeGreaterThanOrEqual(Math.min(mutants.length, 60));
    // Not only refusals: some damage leaves a readable workbook, and the rest is refused.
    expect(threadOutcomes.some((o) => o.outcome.ok)).toBe(true);
    expect(threadOutcomes.some((o) => !o.outcome.ok)).toBe(true);
  });

  test(`the browser's path (pure-JS inflate): each mutant is read, refused, or hung (up to ${BROWSER_SUBSET} mutants, ${BUDGET.browser / 1000} s budget)`, async () => {
    const started = Date.now();
    const subset = mutants
      .filter((_, i) => i % Math.ceil(mutants.length / BROWSER_SUBSET) === 0)
      .slice(0, BROWSER_SUBSET);
    mkdirSync(path.join(dir, "browser"), { recursive: true });
    const files = subset.map((m) => {
      const file = path.join(dir, "browser", m.name);
      writeFileSync(file, m.bytes);
      return file;
    });
    const results: FileReadResult[] = [];
    for (let i = 0; i < files.length && Date.now() - started < BUDGET.browser; i += BROWSER_CHUNK)
      results.push(
        ...(await readFilesInWorker({
          reader: "adapter-js-inflate",
          files: files.slice(i, i + BROWSER_CHUNK),
          timeoutMs: 3000,
        }))
      );

    const byStatus = new Map<string, Map<string, number>>();
    const wrong: string[] = [];
    const hung: string[] = [];
    results.forEach((r) => {
      const kind = subset[files.indexOf(r.file)]?.kind ?? "?";
      count(byStatus, kind, r.status === "refused" ? `refused:${r.reason}` : r.status);
      if (r.status === "hung") hung.push(path.basename(r.file));
      const fine =
        (r.status === "read" && (r.sheets ?? 0) >= 1) ||
        (r.status === "refused" &&
          r.fileName === path.basename(r.file) &&
          (r.message ?? "").includes(`”${path.basename(r.file)}”`)) ||
        r.status === "hung";
      if (!fine)
        wrong.push(`${path.basename(r.file)}: ${r.status} ${r.errorName ?? ""} ${r.message ?? ""}`);
    });
    console.log(
      `${table(`Browser path (adapter-js-inflate, 3 s per file): ${results.length} of ${subset.length} mutants in ${((Date.now() - started) / 1000).toFixed(1)} s; hung: ${hung.length}${hung.length ? ` (${hung.join(", ")})` : ""}`, byStatus)}`
    );
    expect(wrong).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(Math.min(subset.length, BROWSER_CHUNK));
    // What hangs the pure-JS inflate is settled at once by the Node reader (native zlib).
    for (const name of hung)
      expect(threadOutcomes.find((o) => o.name === name)?.outcome).not.toMatchObject({
        error: { reason: "timeout" },
      });
  });

  test("a consolidation of 5 mutants and 2 intact lists: exit 0 or 1, and every intact list's rows are in the report", async () => {
    const work = path.join(dir, "consolidate");
    mkdirSync(path.join(work, "in"), { recursive: true });
    // Mutants the reader threads both read and refused, so the run meets both.
    const readable = threadOutcomes.filter((o) => o.outcome.ok).slice(0, 2);
    const refused = threadOutcomes.filter((o) => !o.outcome.ok).slice(0, 5 - readable.length);
    const chosen = [...readable, ...refused].map((o) => mutants.find((m) => m.name === o.name)!);
    for (const m of chosen.length ? chosen : mutants.slice(0, 5))
      writeFileSync(path.join(work, "in", m.name), m.bytes);
    const intact = ["kommunledning-it-lista.xlsx", "utbildning-summarad.xlsx"];
    for (const name of intact)
      writeFileSync(path.join(work, "in", name), readFileSync(path.join(ROOT, "examples", name)));

    const run = async (inputs: string[], out: string, report: string) => {
      const lines: string[] = [];
      const io: CliIo = { out: (l) => lines.push(l), err: (l) => lines.push(l), cwd: work };
      const code = await main(
        ["consolidate", ...inputs, "--out", out, "--report", report, "--idag", "2026-11-22"],
        io
      );
      return {
        code,
        lines,
        report: JSON.parse(readFileSync(path.join(work, report), "utf8")) as ConsolidationReport,
      };
    };
    const alone = await run(
      intact.map((n) => `in/${n}`),
      "alone.xlsx",
      "alone.json"
    );
    const mixed = await run(["in"], "mixed.xlsx", "mixed.json");
    expect([0, 1]).toContain(mixed.code);
    expect(mixed.report.files).toHaveLength(7);
    const rowsOf = (report: ConsolidationReport, file: string) =>
      report.initiatives
        .filter((i) => i.source?.file === `in/${file}`)
        .map((i) => `${i.source!.sheet}!${i.source!.row} ${i.name}`)
        .sort();
    for (const name of intact) {
      expect(mixed.report.files.find((f) => f.path === `in/${name}`)).toEqual(
        alone.report.files.find((f) => f.path === `in/${name}`)
      );
      expect(rowsOf(mixed.report, name)).toEqual(rowsOf(alone.report, name));
      expect(rowsOf(mixed.report, name).length).toBeGreaterThan(0);
    }
    for (const f of mixed.report.files.filter((f) => f.status === "failed"))
      expect(f.error).toContain(`”${path.basename(f.path)}”`);
    console.log(
      `consolidation with mutants: exit ${mixed.code}; ${mixed.report.files.map((f) => `${path.basename(f.path)} ${f.status} ${f.rowsImported}`).join("; ")}`
    );
  });
});

/**
 * Bytes inserted before the zip's central directory shift it; fflate then lists a garbage entry
 * (packed larger than the whole file). That is damage, not a zip bomb: the declared-size check
 * ignores such a directory and SheetJS calls the file corrupt.
 */
test("a workbook with 100 bytes inserted is refused as damaged (corrupt), not as a zip bomb", async () => {
  const original = SEEDS[0]!.bytes;
  const inserted = concat(
    original.subarray(0, 20_000),
    original.slice(5_000, 5_100),
    original.subarray(20_000)
  );
  const [outcome] = await readFilesInThreads([{ name: "infogad.xlsx", bytes: inserted }], {
    limits: readLimits({ timeoutMs: 5000 }),
  });
  expect(outcome).toMatchObject({ ok: false, error: { reason: "corrupt" } });
});
