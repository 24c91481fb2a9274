/**
 * Issue 7, part 5: the task pane. (a) The production build's JavaScript, raw and gzip -9, split
 * into what taskpane.html loads first and what loads on demand (the parse worker and its chunks).
 * (b) Time to first render in headless chromium: the browser harness (the pane's own entry with
 * the Excel double installed before it, office.js left out) served from 127.0.0.1, `runs` fresh
 * page loads, each timed inside the page from navigation start (performance.now() = 0).
 *
 *   node -e 'require("./test/support/registerTs"); const b = require("./bench/paneBench.ts");
 *     b.benchPane({ runs: 5 }).then((r) => console.log(b.toMarkdown(r)))'
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { buildHarness } from "../test/browser/buildHarness";
import { buildProduction } from "../test/browser/buildProduction";
import { launchChromium } from "../test/browser/launchChromium";
import { serveDirectory } from "../test/browser/serveDirectory";
import { figure, type Figure } from "./stats";

const ROOT = path.resolve(__dirname, "..");
/** The issue's targets. */
export const FIRST_LOAD_TARGET_GZIP_BYTES = 500_000;
export const FIRST_RENDER_TARGET_MS = 1_000;
/** kB = 1,000 bytes throughout this section. */
const KB = 1_000;

export type BundleGroup = "first load" | "on demand" | "ribbon (commands.html)";

export interface BundleFile {
  /** Path inside the build's output directory. */
  readonly file: string;
  readonly group: BundleGroup;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

export interface BundleTotals {
  readonly group: BundleGroup;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

export interface FirstRender {
  /** ms from navigation start to the first view's content in the DOM (tabs, the Mall panel's buttons). */
  readonly contentInDom: Figure;
  /** ms from navigation start to the frame after that content, i.e. once it has been painted. */
  readonly contentPainted: Figure;
  /** The browser's own first-contentful-paint and largest-contentful-paint, ms. */
  readonly firstContentfulPaint: Figure;
  readonly largestContentfulPaint: Figure;
}

export interface PaneBenchResult {
  readonly bundles: readonly BundleFile[];
  readonly totals: readonly BundleTotals[];
  /** Scripts taskpane.html loads from elsewhere (office.js from Microsoft's CDN): not built, not measured. */
  readonly externalScripts: readonly string[];
  /** What the harness page itself loads (the pane's first load plus the double and its seed). */
  readonly harnessFirstLoad: {
    readonly files: readonly string[];
    readonly rawBytes: number;
    readonly gzipBytes: number;
  };
  readonly render: FirstRender;
  /** Every script any measured load had fetched once its content was painted. */
  readonly scriptsBeforeRender: readonly string[];
  readonly runs: number;
  readonly chromium: string;
  readonly productionBuildMs: number;
  readonly harnessBuildMs: number;
  readonly totalMs: number;
  /** os.loadavg()[0] at the start and end: other work on the machine skews the wall times. */
  readonly loadAverage: { readonly start: number; readonly end: number };
  readonly targets: readonly {
    readonly name: string;
    readonly met: boolean;
    readonly verdict: string;
  }[];
}

// --- (a) the production build ----------------------------------------------------------------

/** The local scripts a built page loads (its <script src>), and the external ones apart. */
function pageScripts(html: string): { local: string[]; external: string[] } {
  const sources = [
    ...html.matchAll(/<script\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi),
  ].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
  const external = sources.filter((s) => /^(https?:)?\/\//i.test(s));
  const local = sources
    .filter((s) => !external.includes(s))
    .map((s) => path.posix.normalize(s.replace(/^\.?\//, "").split(/[?#]/)[0]!));
  return { local, external };
}

function jsFiles(dir: string, under = ""): string[] {
  return readdirSync(path.join(dir, under), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(under, entry.name);
    if (entry.isDirectory()) return jsFiles(dir, relative);
    return entry.name.endsWith(".js") ? [relative] : [];
  });
}

function sizes(dir: string, file: string): { rawBytes: number; gzipBytes: number } {
  const bytes = readFileSync(path.join(dir, file));
  return { rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

function bundlesOf(out: string): { bundles: BundleFile[]; external: string[] } {
  const pane = pageScripts(readFileSync(path.join(out, "taskpane.html"), "utf8"));
  let ribbon: string[] = [];
  try {
    ribbon = pageScripts(readFileSync(path.join(out, "commands.html"), "utf8")).local;
  } catch {
    ribbon = [];
  }
  const missing = pane.local.filter((s) => !safeIsFile(path.join(out, s)));
  if (missing.length > 0)
    throw new Error(`taskpane.html loads scripts the build lacks: ${missing.join(", ")}`);
  const bundles = jsFiles(out)
    .sort()
    .map((file): BundleFile => {
      const group: BundleGroup = pane.local.includes(file)
        ? "first load"
        : ribbon.includes(file)
          ? "ribbon (commands.html)"
          : "on demand";
      return { file, group, ...sizes(out, file) };
    });
  return { bundles, external: pane.external };
}

function safeIsFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function totalsOf(bundles: readonly BundleFile[]): BundleTotals[] {
  const groups: BundleGroup[] = ["first load", "on demand", "ribbon (commands.html)"];
  return groups
    .map((group) => {
      const of = bundles.filter((b) => b.group === group);
      return {
        group,
        rawBytes: of.reduce((sum, b) => sum + b.rawBytes, 0),
        gzipBytes: of.reduce((sum, b) => sum + b.gzipBytes, 0),
        count: of.length,
      };
    })
    .filter((t) => t.count > 0)
    .map(({ group, rawBytes, gzipBytes }) => ({ group, rawBytes, gzipBytes }));
}

// --- (b) first render in headless chromium -----------------------------------------------------

interface RenderMarks {
  dom: number | null;
  painted: number | null;
  lcp: number | null;
}

/**
 * Runs in the page before any of its scripts: notes when the first view's content (the tabs and
 * the open panel's buttons) is in the DOM, then the time after the next frame, once it is painted;
 * and keeps the latest largest-contentful-paint.
 */
function watchFirstRender(): void {
  const marks: RenderMarks = { dom: null, painted: null, lcp: null };
  (window as unknown as { __benchRender: RenderMarks }).__benchRender = marks;
  const ready = () =>
    document.querySelector('[role="tab"]') !== null &&
    document.querySelector('[role="tabpanel"]:not([hidden]) button') !== null;
  const observer = new MutationObserver(() => {
    if (marks.dom !== null || !ready()) return;
    marks.dom = performance.now();
    observer.disconnect();
    // rAF runs just before the frame is painted; a task queued from it runs after that paint.
    requestAnimationFrame(() => setTimeout(() => (marks.painted = performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) marks.lcp = entry.startTime;
    }).observe({ type: "largest-contentful-paint", buffered: true });
  } catch {
    // No LCP in this browser: reported as missing.
  }
}

interface RenderSample {
  dom: number;
  painted: number;
  fcp: number;
  lcp: number;
  /** The scripts fetched by the time the content was painted (paths on the server). */
  scripts: string[];
}

async function measureRenders(
  dir: string,
  runs: number
): Promise<{ samples: RenderSample[]; chromium: string }> {
  const server = await serveDirectory(dir);
  const browser = await launchChromium();
  try {
    const once = async (): Promise<RenderSample> => {
      // A fresh context each time: no cache, no storage, a new double with its seeded workbook.
      const context = await browser.newContext({
        viewport: { width: 350, height: 900 },
        locale: "sv-SE",
      });
      try {
        const page = await context.newPage();
        const errors: string[] = [];
        const scripts: string[] = [];
        page.on("pageerror", (e) => errors.push(e.message));
        page.on("request", (request) => {
          if (request.resourceType() === "script" || /\.js(\?|$)/.test(request.url()))
            scripts.push(new URL(request.url()).pathname.replace(/^\//, ""));
        });
        await page.addInitScript(watchFirstRender);
        await page.goto(`${server.url}index.html`);
        await page.waitForFunction(
          () =>
            (window as unknown as { __benchRender: RenderMarks }).__benchRender.painted !== null,
          null,
          { timeout: 30_000 }
        );
        const fetched = [...new Set(scripts)].sort();
        // Let a last LCP entry land before reading it.
        await page.waitForTimeout(100);
        const read = await page.evaluate(() => {
          const marks = (window as unknown as { __benchRender: RenderMarks }).__benchRender;
          const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null;
          return { ...marks, fcp };
        });
        if (errors.length > 0) throw new Error(`The harness page threw: ${errors.join("; ")}`);
        if (read.dom === null || read.painted === null || read.fcp === null)
          throw new Error(`The page gave no timing: ${JSON.stringify(read)}`);
        return {
          dom: read.dom,
          painted: read.painted,
          fcp: read.fcp,
          lcp: read.lcp ?? Number.NaN,
          scripts: fetched,
        };
      } finally {
        await context.close();
      }
    };
    // One load first, not counted: it starts chromium's renderer and GPU processes and warms the
    // OS file cache, which a pane opened inside Office does not pay on each opening either.
    await once();
    const samples: RenderSample[] = [];
    for (let i = 0; i < runs; i++) samples.push(await once());
    return { samples, chromium: browser.version() };
  } finally {
    await browser.close();
    await server.close();
  }
}

// --- the whole -------------------------------------------------------------------------------

/**
 * Builds the production pane and the harness into temporary directories (removed afterwards),
 * measures the bundles, then `runs` (at least 5 is the issue's rule) first renders.
 * `harnessDir`: an existing harness build (e.g. .harness-dist) to serve instead of building one.
 */
export async function benchPane(options: {
  runs: number;
  harnessDir?: string;
}): Promise<PaneBenchResult> {
  const started = performance.now();
  const loadAtStart = loadavg()[0]!;
  const runs = Math.max(1, options.runs);
  const work = mkdtempSync(path.join(tmpdir(), "digiportfolj-bench-pane-"));
  try {
    const production = path.join(work, "production");
    const productionBuildMs = await buildProduction(production);
    const { bundles, external } = bundlesOf(production);

    const harness = options.harnessDir ?? path.join(work, "harness");
    // Its own directory and webpack cache, so a browser test running meanwhile keeps its build.
    const harnessBuildMs = options.harnessDir
      ? 0
      : (
          await buildHarness({
            dir: harness,
            cacheDirectory: path.join(ROOT, "node_modules/.cache/bench-harness-webpack"),
          })
        ).milliseconds;
    const harnessFiles = pageScripts(readFileSync(path.join(harness, "index.html"), "utf8")).local;
    const harnessSizes = harnessFiles.map((f) => sizes(harness, f));
    const { samples, chromium } = await measureRenders(harness, runs);

    const render: FirstRender = {
      contentInDom: figure(samples.map((s) => s.dom)),
      contentPainted: figure(samples.map((s) => s.painted)),
      firstContentfulPaint: figure(samples.map((s) => s.fcp)),
      largestContentfulPaint: figure(samples.map((s) => s.lcp)),
    };
    const totals = totalsOf(bundles);
    const firstLoad = totals.find((t) => t.group === "first load")?.gzipBytes ?? 0;
    const painted = render.contentPainted.median;
    const targets = [
      {
        name: `first load < ${FIRST_LOAD_TARGET_GZIP_BYTES / KB} kB gzipped`,
        met: firstLoad < FIRST_LOAD_TARGET_GZIP_BYTES,
        verdict:
          firstLoad < FIRST_LOAD_TARGET_GZIP_BYTES
            ? `met (${kb(firstLoad)})`
            : `missed by ${kb(firstLoad - FIRST_LOAD_TARGET_GZIP_BYTES)} (${kb(firstLoad)})`,
      },
      {
        name: `first render < ${FIRST_RENDER_TARGET_MS / 1000} s (median, content painted)`,
        met: painted < FIRST_RENDER_TARGET_MS,
        verdict:
          painted < FIRST_RENDER_TARGET_MS
            ? `met (${msText(painted)}, slowest run ${msText(render.contentPainted.max)})`
            : `missed by ${msText(painted - FIRST_RENDER_TARGET_MS)} (${msText(painted)})`,
      },
    ];
    return {
      bundles,
      totals,
      externalScripts: external,
      harnessFirstLoad: {
        files: harnessFiles,
        rawBytes: harnessSizes.reduce((sum, s) => sum + s.rawBytes, 0),
        gzipBytes: harnessSizes.reduce((sum, s) => sum + s.gzipBytes, 0),
      },
      render,
      scriptsBeforeRender: [...new Set(samples.flatMap((s) => s.scripts))].sort(),
      runs,
      chromium,
      productionBuildMs,
      harnessBuildMs,
      totalMs: performance.now() - started,
      loadAverage: { start: loadAtStart, end: loadavg()[0]! },
      targets,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// --- Markdown ------------------------------------------------------------------------------

const kb = (bytes: number): string =>
  `${(bytes / KB).toLocaleString("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 1 })} kB`;
const msText = (n: number): string => `${Math.round(n).toLocaleString("en-US")} ms`;
const spreadMs = (f: Figure): string =>
  Number.isNaN(f.median) ? "n/a" : `${msText(f.median)} (${Math.round(f.min)}–${msText(f.max)})`;

export function toMarkdown(result: PaneBenchResult): string {
  const r = result.render;
  const groupOrder: BundleGroup[] = ["first load", "on demand", "ribbon (commands.html)"];
  const files = [...result.bundles].sort(
    (a, b) => groupOrder.indexOf(a.group) - groupOrder.indexOf(b.group) || b.rawBytes - a.rawBytes
  );
  const external = result.externalScripts.length > 0 ? result.externalScripts.join(", ") : "none";
  return (
    [
      "### Task pane: bundle size and first render",
      "",
      "The production build (`webpack --mode production`, into a temporary directory) measured file " +
        "by file, raw and gzip -9 (`zlib.gzipSync`, level 9); kB = 1,000 bytes. *First load* is what " +
        "the built `taskpane.html` loads with `<script src>`; *on demand* is the rest of the pane's " +
        "JavaScript (the parse worker and its chunks, fetched when files are read); the ribbon's " +
        `\`commands.js\` is apart. Scripts from elsewhere, not part of the build and not measured: ${external}.`,
      "",
      "| File | Loads | Raw | gzip -9 |",
      "| --- | --- | ---: | ---: |",
      ...files.map(
        (b) => `| \`${b.file}\` | ${b.group} | ${kb(b.rawBytes)} | ${kb(b.gzipBytes)} |`
      ),
      ...result.totals.map(
        (t) => `| **total, ${t.group}** | | **${kb(t.rawBytes)}** | **${kb(t.gzipBytes)}** |`
      ),
      "",
      `Time to first render in headless chromium ${result.chromium} (Debian's, via playwright-core), ` +
        `median of ${result.runs} fresh page loads (a new browser context each, after one uncounted ` +
        "load that starts chromium's processes), min–max in brackets, all from navigation start. " +
        "The page is the browser-test harness: the pane's own entry (`src/taskpane/index.tsx`, built " +
        "with the production config) with the Excel double and its seeded workbook installed before " +
        "it, served from 127.0.0.1 without compression; office.js from Microsoft's CDN is not loaded " +
        "and not part of the measurement (inside Office it comes first and `Office.onReady` waits " +
        `for it). The harness page loads ${result.harnessFirstLoad.files.map((f) => `\`${f}\``).join(" + ")}: ` +
        `${kb(result.harnessFirstLoad.rawBytes)} raw, ${kb(result.harnessFirstLoad.gzipBytes)} gzipped ` +
        "(the pane's first load plus the double and the seed). *Content painted* is read in the page: " +
        "the first moment the tabs and the open view's buttons are in the DOM (a MutationObserver), " +
        "then the frame after it (requestAnimationFrame, then a task), i.e. once painted. Scripts " +
        `fetched by then: ${result.scriptsBeforeRender.map((f) => `\`${f}\``).join(", ")} (the parse ` +
        "worker is made when the first file is read). 1-minute load average " +
        `${result.loadAverage.start.toFixed(1)} at the start, ${result.loadAverage.end.toFixed(1)} ` +
        `at the end; the whole part took ${(result.totalMs / 1000).toFixed(0)} s (builds ` +
        `${(result.productionBuildMs / 1000).toFixed(0)} s and ${(result.harnessBuildMs / 1000).toFixed(0)} s).`,
      "",
      "| First render | Median (min–max) |",
      "| --- | ---: |",
      `| first view's content in the DOM | ${spreadMs(r.contentInDom)} |`,
      `| first view's content painted | ${spreadMs(r.contentPainted)} |`,
      `| first-contentful-paint | ${spreadMs(r.firstContentfulPaint)} |`,
      `| largest-contentful-paint | ${spreadMs(r.largestContentfulPaint)} |`,
      "",
      ...result.targets.map((t) => `- target ${t.name}: ${t.verdict}`),
    ].join("\n") + "\n"
  );
}
