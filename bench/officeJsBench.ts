/**
 * Issue 7, part 4: the Office.js adapter on the strict Excel double. For each size it runs the
 * pane's own operations (createPaneOperations over OfficeJsWorkbook, as the pane does inside
 * Excel) and counts what Excel would see: context.sync() calls, request and response bytes, the
 * largest single request and response, and the wall time. The double runs in this process, so
 * the wall time is the adapter's and the domain's own work plus the double's bookkeeping, with
 * no network and no Excel behind it; the counts are what Excel would receive.
 *
 *   node -e 'require("./test/support/registerTs"); const b = require("./bench/officeJsBench.ts");
 *     b.benchOfficeJs({ rows: [1000, 10000], runs: 5 }).then((r) => console.log(b.toMarkdown(r)))'
 */
import { loadavg } from "node:os";
import { OfficeJsWorkbook } from "../src/adapters/officeJs/OfficeJsWorkbook";
import { REQUEST_BUDGET_BYTES } from "../src/adapters/officeJs/requestBudget";
import { parametersSheetOf } from "../src/domain/checkWorkbook";
import type { Consolidation, SourceInput } from "../src/domain/consolidation/Consolidation";
import { readParameters } from "../src/domain/parameters/readParameters";
import type { CellValue, WorkbookData } from "../src/domain/ports/WorkbookPort";
import { buildTemplate } from "../src/domain/template/buildTemplate";
import { createPaneOperations } from "../src/taskpane/operations/createPaneOperations";
import { grid } from "../test/builders/grids";
import { standardList } from "../test/builders/openLists";
import { createExcelDouble, type ExcelDouble } from "../test/excelDouble/createExcelDouble";
import { figure, type Figure } from "./stats";

/** The issue's bound on a single request or response: 4 MiB, as the adapter tests take it. */
export const REQUEST_TARGET_BYTES = 4 * 1024 * 1024;
/** Excel on the web refuses a request or response above 5 MB; the double enforces the same. */
export const EXCEL_LIMIT_BYTES = 5 * 1024 * 1024;
/** The issue's bound on syncs for validating 10,000 rows. */
export const CHECK_10K_SYNC_TARGET = 6;
/** Runs of one size are cut to this many (at least 1) when one run takes longer than this. */
export const SLOW_RUN_MS = 60_000;
const MIB = 1024 * 1024;
/** Fixed dates: the same workbook contents on every run. */
const CLOCK = { today: () => "2026-11-22", now: () => "2026-11-22 10:00" };
/** The consolidation's inputs: this many förvaltningar, the rows shared evenly between them. */
const SOURCE_FILES = [
  "kommunledning",
  "samhallsbyggnad",
  "utbildning",
  "vard-och-omsorg",
  "kultur",
];

export type OfficeJsOperation = "template" | "check" | "preview" | "write";

export interface OfficeJsMeasurement {
  readonly operation: OfficeJsOperation;
  /** What was done, in a few words. */
  readonly label: string;
  /** Initiative rows involved (data rows of the list, template rows, or initiatives). */
  readonly rows: number;
  readonly syncs: Figure;
  /** Total bytes of every request the operation sent, and of every response. */
  readonly requestBytes: Figure;
  readonly responseBytes: Figure;
  /** The largest single request and the largest single response. */
  readonly largestRequestBytes: Figure;
  readonly largestResponseBytes: Figure;
  readonly wallMs: Figure;
  /** Syncs per MiB moved (sent + received): syncs follow the bytes, not the rows. */
  readonly syncsPerMiB: number;
  /**
   * The fewest syncs that could carry these bytes with every request and response under 4 MiB:
   * max(⌈sent / 4 MiB⌉, ⌈received / 4 MiB⌉), at least 1.
   */
  readonly byteFloorSyncs: number;
  /** Bytes sent per row (template rows, initiatives; for a check, its marks). */
  readonly sentBytesPerRow: number;
  /** Why fewer runs were made than asked, if they were. */
  readonly note: string | null;
}

export interface OfficeJsTarget {
  readonly name: string;
  readonly met: boolean;
  /** "met", or what it is missed by. */
  readonly verdict: string;
}

export interface OfficeJsBenchResult {
  readonly rows: readonly number[];
  readonly runsAsked: number;
  readonly measurements: readonly OfficeJsMeasurement[];
  readonly targets: readonly OfficeJsTarget[];
  /** The adapter's own request budget (REQUEST_BUDGET_BYTES) and Excel's limit, for the text. */
  readonly adapterBudgetBytes: number;
  readonly excelLimitBytes: number;
  readonly totalMs: number;
  /** os.loadavg()[0] at the start and end: other work on the machine skews the wall times. */
  readonly loadAverage: { readonly start: number; readonly end: number };
}

/** What one run of one operation cost. */
interface Sample {
  syncs: number;
  requestBytes: number;
  responseBytes: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  wallMs: number;
}

function open(sheets?: string[]) {
  const excel = createExcelDouble(sheets ? { sheets } : {});
  const workbook = new OfficeJsWorkbook(
    excel.run,
    excel.Office.context.requirements.isSetSupported
  );
  return { excel, workbook, operations: createPaneOperations(workbook, CLOCK) };
}

/** Runs `action` and counts the double's syncs and requests it made. */
async function sample(excel: ExcelDouble, action: () => Promise<unknown>): Promise<Sample> {
  const syncsBefore = excel.stats.syncs;
  const requestsBefore = excel.stats.requests.length;
  const started = performance.now();
  await action();
  const wallMs = performance.now() - started;
  const sent = excel.stats.requests.slice(requestsBefore);
  return {
    syncs: excel.stats.syncs - syncsBefore,
    requestBytes: sent.reduce((sum, r) => sum + r.requestBytes, 0),
    responseBytes: sent.reduce((sum, r) => sum + r.responseBytes, 0),
    largestRequestBytes: Math.max(0, ...sent.map((r) => r.requestBytes)),
    largestResponseBytes: Math.max(0, ...sent.map((r) => r.responseBytes)),
    wallMs,
  };
}

/** A förvaltning's list as the file reader would deliver it (the test's approach, 5,000 rows). */
function sourceOf(file: string, rows: number): SourceInput {
  const values = standardList(rows).map((row) =>
    row.map((v): CellValue => (v !== null && typeof v === "object" ? null : v))
  );
  const workbook: WorkbookData = {
    name: file,
    date1904: false,
    sheets: [grid("Initiativ", values)],
    definedNames: [],
  };
  return { file, workbook };
}

/** `total` rows shared as evenly as possible between the five förvaltningar. */
function sourcesOf(total: number): SourceInput[] {
  const n = SOURCE_FILES.length;
  return SOURCE_FILES.map((name, i) =>
    sourceOf(`${name}.xlsx`, Math.floor(total / n) + (i < total % n ? 1 : 0))
  );
}

interface Case {
  operation: OfficeJsOperation;
  label: string;
  rows: number;
  /** Builds a fresh double (untimed) and returns the timed sample. */
  once(): Promise<Sample>;
}

function casesFor(rows: number): Case[] {
  // The consolidation's inputs and its preview are built once per size: deterministic, untimed.
  let consolidation: Consolidation | null = null;
  const consolidationOf = async (): Promise<Consolidation> => {
    if (!consolidation)
      consolidation = await open().operations.previewConsolidation(sourcesOf(rows));
    return consolidation;
  };
  return [
    {
      operation: "template",
      label: "template with that many rows, into an empty workbook",
      rows,
      // The pane's insertTemplate() with the template's empty, formula-holding rows set to `rows`
      // (the pane itself inserts 200): read, build, update, through the same adapter calls.
      once: async () => {
        const { excel, workbook } = open();
        return sample(excel, async () => {
          const data = await workbook.read();
          const parameters = readParameters(parametersSheetOf(data)).parameters;
          await workbook.update(buildTemplate(parameters, { rows }));
        });
      },
    },
    {
      operation: "check",
      label: "check (Kontrollera) a list of that many rows",
      rows,
      once: async () => {
        const { excel, operations } = open(["Initiativ"]);
        excel.workbook.seed("Initiativ", "A1", standardList(rows));
        return sample(excel, async () => {
          const summary = await operations.check();
          if (summary.initiatives !== rows)
            throw new Error(`check() found ${summary.initiatives} initiatives, not ${rows}`);
        });
      },
    },
    {
      operation: "preview",
      label: "consolidation: preview (read the open workbook, consolidate)",
      rows,
      once: async () => {
        const { excel, operations } = open();
        const sources = sourcesOf(rows);
        return sample(excel, async () => {
          const preview = await operations.previewConsolidation(sources);
          if (preview.rows.length !== rows)
            throw new Error(`previewConsolidation() gave ${preview.rows.length} rows, not ${rows}`);
        });
      },
    },
    {
      operation: "write",
      label: "consolidation: write the portfolio",
      rows,
      once: async () => {
        const preview = await consolidationOf();
        const { excel, operations } = open();
        return sample(excel, () => operations.writeConsolidation(preview));
      },
    },
  ];
}

const PANE_TEMPLATE_LABEL = "insertTemplate() as the pane runs it (200 rows)";

/** The pane's insertTemplate() as it is (200 template rows): the same at every list size. */
function paneTemplateCase(): Case {
  return {
    operation: "template",
    label: PANE_TEMPLATE_LABEL,
    rows: 200,
    once: async () => {
      const { excel, operations } = open();
      return sample(excel, () => operations.insertTemplate());
    },
  };
}

async function measureCase(c: Case, runs: number): Promise<OfficeJsMeasurement> {
  const samples: Sample[] = [];
  let note: string | null = null;
  while (samples.length < runs) {
    samples.push(await c.once());
    const last = samples[samples.length - 1]!;
    if (samples.length === 1 && last.wallMs > SLOW_RUN_MS && runs > 3) {
      note = `one run took ${(last.wallMs / 1000).toFixed(0)} s (> ${SLOW_RUN_MS / 1000} s): 3 runs instead of ${runs}`;
      runs = 3;
    }
  }
  const of = (key: keyof Sample) => figure(samples.map((s) => s[key]));
  const requestBytes = of("requestBytes");
  const responseBytes = of("responseBytes");
  const syncs = of("syncs");
  return {
    operation: c.operation,
    label: c.label,
    rows: c.rows,
    syncs,
    requestBytes,
    responseBytes,
    largestRequestBytes: of("largestRequestBytes"),
    largestResponseBytes: of("largestResponseBytes"),
    wallMs: of("wallMs"),
    syncsPerMiB: syncs.median / (Math.max(1, requestBytes.median + responseBytes.median) / MIB),
    byteFloorSyncs: Math.max(
      1,
      Math.ceil(requestBytes.median / REQUEST_TARGET_BYTES),
      Math.ceil(responseBytes.median / REQUEST_TARGET_BYTES)
    ),
    sentBytesPerRow: requestBytes.median / Math.max(1, c.rows),
    note,
  };
}

const OPERATION_NAMES: Record<OfficeJsOperation, string> = {
  template: "template insert",
  check: "check",
  preview: "consolidation preview",
  write: "consolidation write",
};

/** Why an operation's syncs grow where they do: the bytes it moves, never its rows as such. */
const GROWTH_REASON: Record<OfficeJsOperation, string> = {
  template: "a write syncs once more per further 4 MB it sends (Excel's 5 MB request limit)",
  check:
    "the read fetches cells in bands of under 4 MB, one sync each (Excel's 5 MB response limit)",
  preview: "the sources come from files, the open workbook is read once",
  write: "a write syncs once more per further 4 MB it sends (Excel's 5 MB request limit)",
};

function targetsOf(measurements: readonly OfficeJsMeasurement[]): OfficeJsTarget[] {
  const targets: OfficeJsTarget[] = [];
  const check10k = measurements.find((m) => m.operation === "check" && m.rows === 10_000);
  if (check10k) {
    const syncs = check10k.syncs.max;
    targets.push({
      name: `syncs for validating 10,000 rows ≤ ${CHECK_10K_SYNC_TARGET}`,
      met: syncs <= CHECK_10K_SYNC_TARGET,
      verdict:
        syncs <= CHECK_10K_SYNC_TARGET
          ? `met (${syncs})`
          : `missed by ${syncs - CHECK_10K_SYNC_TARGET} (${syncs} syncs)`,
    });
  }
  // Constant in row count, judged against the smallest size; where it grows, the verdict says by
  // how much and what drives it (the bytes moved per request).
  for (const operation of ["check", "preview", "template", "write"] as const) {
    const series = measurements
      .filter((m) => m.operation === operation && m.label !== PANE_TEMPLATE_LABEL)
      .sort((a, b) => a.rows - b.rows);
    if (series.length < 2) continue;
    const counts = series.map((m) => m.syncs.max);
    const grows = Math.max(...counts) - counts[0]!;
    const text = series
      .map((m) => `${m.rows.toLocaleString("en-US")} rows: ${m.syncs.max}`)
      .join(", ");
    const floors = series.map((m) => m.byteFloorSyncs).join(", ");
    const perRow =
      operation === "check"
        ? `${(series[series.length - 1]!.responseBytes.median / series[series.length - 1]!.rows / 1024).toFixed(2)} KiB received per row`
        : `${(series[series.length - 1]!.sentBytesPerRow / 1024).toFixed(2)} KiB sent per row`;
    targets.push({
      name: `${OPERATION_NAMES[operation]}: syncs constant in row count`,
      met: grows === 0,
      verdict:
        grows === 0
          ? `met (${text})`
          : `missed by ${grows} sync${grows === 1 ? "" : "s"} (${text}; the byte floor alone is ${floors}): ` +
            `${GROWTH_REASON[operation]}, and it moves ${perRow}`,
    });
  }
  const largestOf = (m: OfficeJsMeasurement) =>
    Math.max(m.largestRequestBytes.max, m.largestResponseBytes.max);
  const worst = [...measurements].sort((a, b) => largestOf(b) - largestOf(a))[0];
  if (worst) {
    const largest = largestOf(worst);
    targets.push({
      name: "every request and response < 4 MiB",
      met: largest < REQUEST_TARGET_BYTES,
      verdict: `${
        largest < REQUEST_TARGET_BYTES ? "met" : `missed by ${mib(largest - REQUEST_TARGET_BYTES)}`
      } (largest ${mib(largest)}: ${worst.label})`,
    });
  }
  return targets;
}

/**
 * Every operation at every size, `runs` times each on a fresh double. A size whose first run
 * takes over a minute gets 3 runs (the measurement says so).
 */
export async function benchOfficeJs(options: {
  rows: number[];
  runs: number;
}): Promise<OfficeJsBenchResult> {
  const started = performance.now();
  const loadAtStart = loadavg()[0]!;
  const runs = Math.max(1, options.runs);
  const measurements: OfficeJsMeasurement[] = [await measureCase(paneTemplateCase(), runs)];
  for (const rows of options.rows)
    for (const c of casesFor(rows)) measurements.push(await measureCase(c, runs));
  return {
    rows: options.rows,
    runsAsked: runs,
    measurements,
    targets: targetsOf(measurements),
    adapterBudgetBytes: REQUEST_BUDGET_BYTES,
    excelLimitBytes: EXCEL_LIMIT_BYTES,
    totalMs: performance.now() - started,
    loadAverage: { start: loadAtStart, end: loadavg()[0]! },
  };
}

// --- Markdown ------------------------------------------------------------------------------

const mib = (bytes: number): string =>
  bytes >= 0.1 * MIB ? `${(bytes / MIB).toFixed(2)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;

/** "5" when every run agreed, else "5 (4–6)". */
function show(f: Figure, format: (n: number) => string): string {
  return f.min === f.max
    ? format(f.median)
    : `${format(f.median)} (${format(f.min)}–${format(f.max)})`;
}

const count = (n: number): string =>
  Number.isInteger(n) ? n.toLocaleString("en-US") : n.toFixed(1);
const ms = (n: number): string => (n >= 100 ? `${n.toFixed(0)} ms` : `${n.toFixed(1)} ms`);
const range = (f: Figure): string =>
  `${f.min >= 100 ? f.min.toFixed(0) : f.min.toFixed(1)}–${ms(f.max)}, ${f.runs} runs`;

export function toMarkdown(result: OfficeJsBenchResult): string {
  const runsNotes = result.measurements
    .filter((m) => m.note)
    .map((m) => `${m.label}, ${m.rows.toLocaleString("en-US")} rows: ${m.note}.`);
  const lines = [
    "### Office.js adapter on the Excel double",
    "",
    "The pane's operations (`createPaneOperations` over `OfficeJsWorkbook`) run in Node against the " +
      "strict Excel double (`test/excelDouble`), a fresh double per run, inputs generated " +
      "deterministically (`standardList`, 20 columns). Counted per operation: `context.sync()` calls, " +
      "the bytes of every request and response as the double sizes them (the JSON of what is " +
      "queued or loaded), the largest single request and response, and the wall time " +
      `(median of ${result.runsAsked} runs, min–max in brackets when the runs differ; counts ` +
      "are deterministic). The wall time is the adapter's and the domain's work plus the double's " +
      "bookkeeping in this process — no Excel, no network. The template rows insert the pane's " +
      "template with that many empty, formula-holding rows (the pane itself inserts 200, shown " +
      "first); the consolidation shares the initiatives between 5 förvaltningar; its preview " +
      "(reading the open workbook and consolidating) and the portfolio's write are shown apart.",
    "",
    "A write's syncs are expected to grow with its bytes, not its rows: the adapter syncs " +
      `before a request would pass its budget of ${(result.adapterBudgetBytes / 1e6).toFixed(0)} MB ` +
      `(${result.adapterBudgetBytes.toLocaleString("en-US")} bytes), under Excel on the web's ` +
      `${(result.excelLimitBytes / MIB).toFixed(0)} MB request limit, so a write takes about ` +
      "3 syncs plus one per further 4 MB sent. A read likewise fetches cells in bands of under 4 MB, " +
      "one sync each, so a check's syncs grow by one per ~4 MB of cells received. *Byte floor* is " +
      "the fewest syncs that could carry the same bytes with every request and response under " +
      "4 MiB (max of ⌈sent / 4 MiB⌉ and ⌈received / 4 MiB⌉); *syncs per MiB moved* (sent + " +
      "received) shows the rate (– where under 0.1 MiB moved). MiB = 1,048,576 bytes. " +
      `1-minute load average ${result.loadAverage.start.toFixed(1)} at the start, ` +
      `${result.loadAverage.end.toFixed(1)} at the end; the whole part took ` +
      `${(result.totalMs / 1000).toFixed(0)} s.`,
    "",
    "| Operation | Rows | Syncs | Byte floor | Sent | Received | Largest request | Largest response | Syncs per MiB moved | Wall time, median (min–max) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...result.measurements.map((m) =>
      [
        "",
        m.label + (m.note ? " †" : ""),
        m.rows.toLocaleString("en-US"),
        show(m.syncs, count),
        String(m.byteFloorSyncs),
        show(m.requestBytes, mib),
        show(m.responseBytes, mib),
        show(m.largestRequestBytes, mib),
        show(m.largestResponseBytes, mib),
        m.requestBytes.median + m.responseBytes.median < 0.1 * MIB ? "–" : m.syncsPerMiB.toFixed(2),
        `${ms(m.wallMs.median)} (${range(m.wallMs)})`,
        "",
      ]
        .join(" | ")
        .trim()
    ),
    "",
    ...(runsNotes.length > 0 ? [`† Fewer runs: ${runsNotes.join(" ")}`, ""] : []),
    ...result.targets.map((t) => `- target ${t.name}: ${t.verdict}`),
  ];
  return lines.join("\n") + "\n";
}
