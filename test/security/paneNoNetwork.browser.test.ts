/**
 * The task pane keeps the council's data in the browser: the built pane (the browser harness in
 * test/browser, with the Excel double for Excel) inserts the template, checks the workbook,
 * prioritises and consolidates two example workbooks, while every request the page and its
 * workers make is recorded. Every request must go to the harness's own origin, as a GET without
 * a body; anything for another origin is blocked and recorded. No string may be run as code
 * (eval, the Function constructors, setTimeout with a string) and the page's
 * Content-Security-Policy must report no violation.
 *
 * The harness page is taskpane.html minus office.js (see test/browser/README.md); in Excel the
 * page also loads office.js from https://appsforoffice.microsoft.com, which policy.test.ts checks
 * is the only foreign script origin the policy allows.
 *
 *   npx jest test/security/paneNoNetwork.browser.test.ts
 */
import path from "path";
import type { Browser, BrowserContext, Page, Request } from "playwright-core";
import { PanePage, eventually } from "../browser/PanePage";
import { RANKING_CHANGE } from "../browser/seedWorkbook";
import { startHarness } from "../browser/startHarness";

const EXAMPLES = path.resolve(__dirname, "../../examples");
const TWO_EXAMPLES = [
  path.join(EXAMPLES, "kommunledning-it-lista.xlsx"),
  path.join(EXAMPLES, "vard-och-omsorg-tkr.xlsx"),
];

interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly resourceType: string;
  readonly hasBody: boolean;
}

/** What a context saw: every request, and those the route refused as foreign. */
interface Recorder {
  readonly requests: SeenRequest[];
  readonly blocked: string[];
  readonly webSockets: string[];
}

/** Window properties the init script fills in. */
interface CodeRecord {
  readonly kind: string;
  readonly source: string;
  readonly stack: string;
}
interface RecordingWindow {
  __stringsRunAsCode: CodeRecord[];
  __cspViolations: string[];
}

/**
 * Runs in every frame before the page's own scripts: wraps eval, the Function constructors
 * (also reached as `(function () {}).constructor`) and string timers so each call is recorded
 * before it is passed on, and records the policy's violation reports.
 */
function recordStringsRunAsCode(): void {
  const win = window as unknown as RecordingWindow & Record<string, unknown>;
  const calls: CodeRecord[] = [];
  const violations: string[] = [];
  win.__stringsRunAsCode = calls;
  win.__cspViolations = violations;
  // Playwright's own page.evaluate and waitForFunction eval their functions in the page too;
  // only a call with a frame in the page's scripts (served from its origin) is the pane's.
  const record = (kind: string, source: unknown): void => {
    const frames = (new Error().stack ?? "").split("\n").slice(2);
    if (!frames.some((frame) => frame.includes(`${location.origin}/`))) return;
    calls.push({
      kind,
      source: String(source).slice(0, 200),
      stack: frames.slice(0, 4).join(" |"),
    });
  };
  document.addEventListener("securitypolicyviolation", (e) =>
    violations.push(`${e.effectiveDirective}: ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`)
  );

  // eslint-disable-next-line no-eval -- kept to pass recorded calls on unchanged
  const realEval = window.eval;
  win["eval"] = function recordedEval(code: unknown) {
    record("eval", code);
    return realEval(code as string);
  };

  type AnyConstructor = (...args: string[]) => unknown;
  const wrapConstructor = (name: string, real: AnyConstructor): AnyConstructor => {
    const wrapped = function recordedConstructor(...args: string[]) {
      record(name, args[args.length - 1] ?? "");
      return real(...args);
    };
    wrapped.prototype = (real as unknown as { prototype: unknown }).prototype;
    return wrapped;
  };
  const realFunction = Function as unknown as AnyConstructor;
  const wrappedFunction = wrapConstructor("Function", realFunction);
  win["Function"] = wrappedFunction;
  Object.defineProperty(Function.prototype, "constructor", {
    value: wrappedFunction,
    writable: true,
    configurable: true,
  });
  const kinds: Array<[string, unknown]> = [
    ["AsyncFunction", async function () {}],
    ["GeneratorFunction", function* () {}],
    ["AsyncGeneratorFunction", async function* () {}],
  ];
  for (const [name, sample] of kinds) {
    const proto = Object.getPrototypeOf(sample) as { constructor: AnyConstructor };
    Object.defineProperty(proto, "constructor", {
      value: wrapConstructor(name, proto.constructor),
      writable: true,
      configurable: true,
    });
  }

  for (const timer of ["setTimeout", "setInterval"] as const) {
    const real = window[timer] as (...args: unknown[]) => number;
    win[timer] = function recordedTimer(handler: unknown, ...rest: unknown[]) {
      if (typeof handler === "string") record(timer, handler);
      return real.call(window, handler, ...rest);
    };
  }
}

/** Records every request of the context, lets only the harness origin through. */
async function recordNetwork(context: BrowserContext, origin: string): Promise<Recorder> {
  const recorder: Recorder = { requests: [], blocked: [], webSockets: [] };
  const seen = (request: Request): SeenRequest => ({
    method: request.method(),
    url: request.url(),
    resourceType: request.resourceType(),
    hasBody: request.postDataBuffer() !== null,
  });
  context.on("request", (request) => recorder.requests.push(seen(request)));
  context.on("page", (page) =>
    page.on("websocket", (socket) => recorder.webSockets.push(socket.url()))
  );
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    recorder.blocked.push(`${route.request().method()} ${url}`);
    return route.abort("blockedbyclient");
  });
  await context.addInitScript(recordStringsRunAsCode);
  return recorder;
}

/**
 * PanePage.open makes its own context and navigates at once; this browser hands it a context
 * that is already recording, so the first request (the page itself) is seen too.
 */
function recordingBrowser(browser: Browser, origin: string, recorders: Recorder[]): Browser {
  const newContext: Browser["newContext"] = async (options) => {
    const context = await browser.newContext(options);
    recorders.push(await recordNetwork(context, origin));
    return context;
  };
  return new Proxy(browser, {
    get(target, property) {
      if (property === "newContext") return newContext;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === "function" ? (value as () => unknown).bind(target) : value;
    },
  });
}

const harness = startHarness();

describe("the task pane sends nothing anywhere", () => {
  it("template, check, prioritise, consolidate: only GETs to its own origin, no string run as code", async () => {
    const { browser, url } = harness.running();
    const origin = new URL(url).origin;
    const recorders: Recorder[] = [];
    const started = Date.now();
    const pane = await PanePage.open(recordingBrowser(browser, origin, recorders), url);
    const steps: string[] = [];
    const step = async (name: string, action: () => Promise<unknown>): Promise<void> => {
      const t = Date.now();
      await action();
      steps.push(`${name} ${((Date.now() - t) / 1000).toFixed(1)} s`);
    };
    try {
      await step("template", () => pane.insertTemplate());
      await step("check", () => pane.checkWorkbook());
      await step("prioritise", async () => {
        await pane.loadPriorities();
        for (const [criterion, weight] of Object.entries(RANKING_CHANGE.weights))
          await pane.setWeight(criterion, weight);
        await pane.setCentralBudget(RANKING_CHANGE.centralBudget);
        await pane.savePriorities();
        await eventually(async () => {
          const names = (await pane.ranking()).map((r) => r["Initiativ"]);
          expect(names[0]).toBe(RANKING_CHANGE.firstAfter);
        });
      });
      await step("consolidate", async () => {
        await pane.readWorkbooks(TWO_EXAMPLES);
        await pane.writeConsolidation();
      });

      const recorder = recorders[0]!;
      const requests = recorder.requests;
      const list = requests.map((r) => `  ${r.method} ${r.url} (${r.resourceType})`).join("\n");
      const foreign = requests.filter((r) => !r.url.startsWith(`${origin}/`));
      const notPlainGets = requests.filter((r) => r.method !== "GET" || r.hasBody);
      const problems = [
        ...foreign.map((r) => `not to ${origin}: ${r.method} ${r.url}`),
        ...recorder.blocked.map((b) => `blocked by the route: ${b}`),
        ...notPlainGets.map((r) => `not a GET without a body: ${r.method} ${r.url}`),
        ...recorder.webSockets.map((url) => `WebSocket: ${url}`),
      ];
      if (problems.length > 0)
        throw new Error(`${problems.join("\n")}\n\nEvery request the pane made:\n${list}`);
      // The recorder saw the page and the parse worker's script (the worker did run).
      expect(requests.some((r) => r.url.endsWith("/index.html"))).toBe(true);
      expect(requests.some((r) => r.url.endsWith("/parse-worker.js"))).toBe(true);

      console.log(
        `Pane without network: harness build ${(harness.buildMs / 1000).toFixed(1)} s; ` +
          `${requests.length} requests, all GET to ${origin}; ` +
          `${steps.join(", ")}; total ${((Date.now() - started) / 1000).toFixed(1)} s\n${list}`
      );
      const { calls, violations } = await pane.page.evaluate(() => {
        const win = window as unknown as RecordingWindow;
        return { calls: win.__stringsRunAsCode, violations: win.__cspViolations };
      });
      // A "Function" call from vendor.js ("get value") with a script-src violation is zod 4's
      // allowsEval probe: z.config({ jitless: true }) before any schema is built turns it off.
      expect({ calls, violations }).toEqual({ calls: [], violations: [] });
      expect(pane.pageErrors).toEqual([]);
    } catch (error) {
      const shot = await pane.screenshotFailure("security-no-network").catch(() => "(none)");
      if (error instanceof Error)
        error.message += `\n\nScreenshot: ${shot}\nConsole:\n${pane.consoleErrors.slice(0, 5).join("\n")}`;
      throw error;
    } finally {
      await pane.close();
    }
  });
});

describe("controls: the recorder and the policy catch what they claim to", () => {
  /** A page on the harness in a context that records, optionally without the page's policy. */
  async function recordedPage(bypassCSP: boolean): Promise<{ page: Page; recorder: Recorder }> {
    const { browser, url } = harness.running();
    const context = await browser.newContext({ bypassCSP });
    const recorder = await recordNetwork(context, new URL(url).origin);
    const page = await context.newPage();
    await page.goto(`${url}index.html`);
    await page.getByRole("tab").first().waitFor();
    return { page, recorder };
  }

  /** Sends a body to another origin from the page and from a worker it starts. */
  const sendAway = (page: Page): Promise<void> =>
    page.evaluate(async () => {
      await fetch("https://example.org/from-page", { method: "POST", body: "data" }).catch(
        () => undefined
      );
      const code =
        "fetch('https://example.org/from-worker').catch(() => {}).then(() => postMessage(1))";
      const worker = new Worker(URL.createObjectURL(new Blob([code], { type: "text/javascript" })));
      await new Promise((resolve) => {
        worker.onmessage = resolve;
        worker.onerror = resolve;
        setTimeout(resolve, 3_000);
      });
    });

  it("without the policy, the route blocks and records a POST from the page and a worker's GET", async () => {
    const { page, recorder } = await recordedPage(true);
    try {
      await sendAway(page);
      expect(recorder.blocked.sort()).toEqual([
        "GET https://example.org/from-worker",
        "POST https://example.org/from-page",
      ]);
      expect(recorder.requests).toContainEqual(
        expect.objectContaining({
          method: "POST",
          url: "https://example.org/from-page",
          hasBody: true,
        })
      );
    } finally {
      await page.context().close();
    }
  });

  it("with the page's policy, the same calls never leave the page: connect-src refuses them", async () => {
    const { page, recorder } = await recordedPage(false);
    try {
      await sendAway(page);
      expect(recorder.blocked).toEqual([]);
      const violations = await page.evaluate(
        () => (window as unknown as RecordingWindow).__cspViolations
      );
      expect(violations).toContainEqual(
        expect.stringMatching(/^connect-src: https:\/\/example\.org/)
      );
    } finally {
      await page.context().close();
    }
  });
});
