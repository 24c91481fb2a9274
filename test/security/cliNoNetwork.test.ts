/**
 * The council's data never leaves the machine: the built CLI runs each command in a child
 * process in which every way Node reaches the network (and child processes) has been replaced,
 * before any product code loads, by a function that logs the attempt and throws
 * (blockNetwork.js, loaded through NODE_OPTIONS so worker threads get it too). Each command must
 * end with its documented exit status and log no attempt. The control tests prove the preload
 * catches what it claims to, in the main thread and in a worker thread.
 *
 *   npx jest test/security/cliNoNetwork.test.ts
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { CLI, ROOT, ensureBuiltCli } from "./builtCli";

const PRELOAD = path.join(__dirname, "blockNetwork.js");
const EXAMPLES = path.join(ROOT, "examples");
const TODAY = "2026-11-22";

interface Attempt {
  readonly pid: number;
  readonly threadId: number;
  readonly kind: string;
  readonly target: string;
}

interface GuardedRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Every network (or child-process) call the preload caught, in order. */
  readonly attempts: Attempt[];
  /** The thread ids the preload ran in (0 is the main thread). */
  readonly coveredThreads: Set<number>;
  /** The thread ids of the worker threads the process created. */
  readonly createdWorkers: number[];
  readonly ms: number;
}

let scratch = "";
let runs = 0;
const timings: string[] = [];

/** Runs `node <args>` with the preload in NODE_OPTIONS and fresh log files; reads them back. */
function runGuarded(args: readonly string[], cwd: string): GuardedRun {
  const logs = path.join(scratch, `logs-${++runs}`);
  const attemptsLog = `${logs}-attempts.jsonl`;
  const preloadLog = `${logs}-preload.jsonl`;
  const started = Date.now();
  const child = spawnSync(process.execPath, [...args], {
    cwd,
    encoding: "utf8",
    timeout: 60_000,
    env: {
      ...process.env,
      NODE_OPTIONS: [process.env.NODE_OPTIONS, `--require=${PRELOAD}`].filter(Boolean).join(" "),
      DIGIPORTFOLJ_NETWORK_LOG: attemptsLog,
      DIGIPORTFOLJ_PRELOAD_LOG: preloadLog,
    },
  });
  const ms = Date.now() - started;
  const lines = (file: string): Record<string, unknown>[] =>
    existsSync(file)
      ? readFileSync(file, "utf8")
          .split("\n")
          .filter(Boolean)
          .map((line) => JSON.parse(line) as Record<string, unknown>)
      : [];
  const preload = lines(preloadLog);
  return {
    code: child.status,
    stdout: child.stdout,
    stderr: child.stderr + (child.error ? `\n${child.error.message}` : ""),
    attempts: lines(attemptsLog) as unknown as Attempt[],
    coveredThreads: new Set(
      preload.filter((l) => l["event"] === "loaded").map((l) => Number(l["threadId"]))
    ),
    createdWorkers: preload
      .filter((l) => l["event"] === "worker-created")
      .map((l) => Number(l["worker"])),
    ms,
  };
}

/** The CLI under the preload, in `cwd` (a fresh temporary folder unless given). */
function runCli(args: readonly string[], cwd = scratch): GuardedRun {
  const run = runGuarded([CLI, ...args], cwd);
  timings.push(`${args[0]} ${(run.ms / 1000).toFixed(1)} s (${run.coveredThreads.size} threads)`);
  return run;
}

/** Expectations every CLI run shares: the preload ran, nothing was attempted, every thread covered. */
function expectNoNetwork(run: GuardedRun): void {
  const context = `stderr:\n${run.stderr.slice(0, 2000)}`;
  expect({ attempts: run.attempts, context }).toEqual({ attempts: [], context });
  expect(run.coveredThreads.has(0)).toBe(true);
  // A worker the preload did not reach could use the network unseen.
  for (const worker of run.createdWorkers) expect(run.coveredThreads).toContain(worker);
}

beforeAll(() => {
  const built = ensureBuiltCli();
  if (built !== "lib/ is current") console.log(`cliNoNetwork: ${built}`);
  scratch = mkdtempSync(path.join(tmpdir(), "digiportfolj-nonet-"));
}, 120_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  if (timings.length) console.log(`CLI without network: ${timings.join(", ")}`);
});

describe("the preload (control: it catches what it claims to)", () => {
  const cases: Array<[string, string, string]> = [
    ["https.get", "require('https').get('https://example.org')", "https.get"],
    ["http.request", "require('http').request('http://example.org').end()", "http.request"],
    ["fetch", "fetch('https://example.org').catch(() => {})", "globalThis.fetch"],
    ["dns.lookup", "require('dns').lookup('example.org', () => {})", "dns.lookup"],
    [
      "dns.promises.resolve4",
      "require('dns').promises.resolve4('example.org').catch(() => {})",
      "dns.promises.resolve4",
    ],
    ["net.connect", "require('net').connect(443, 'example.org')", "net.connect"],
    [
      "a socket's connect",
      "new (require('net').Socket)().connect(443, 'example.org')",
      "net.Socket.prototype.connect",
    ],
    ["tls.connect", "require('tls').connect(443, 'example.org')", "tls.connect"],
    ["dgram.createSocket", "require('dgram').createSocket('udp4')", "dgram.createSocket"],
    [
      "child_process.execFile",
      "require('child_process').execFile('curl')",
      "child_process.execFile",
    ],
  ];

  it.each(cases)("logs one attempt for %s, then throws", (_name, code, kind) => {
    const run = runGuarded(["-e", code], scratch);
    expect(run.attempts.map((a) => a.kind)).toEqual([kind]);
    expect(run.stderr).toContain("Network access blocked");
    expect(run.code).not.toBe(0);
  });

  it("reaches worker threads, also one created with an env of its own (no NODE_OPTIONS)", () => {
    const code = [
      "const { Worker } = require('worker_threads');",
      "for (const env of [undefined, {}]) new Worker(",
      "  \"require('https').get('https://example.org')\",",
      "  { eval: true, ...(env ? { env } : {}) }",
      ").on('error', () => {});",
    ].join("\n");
    const run = runGuarded(["-e", code], scratch);
    expect(run.createdWorkers).toHaveLength(2);
    expect(run.attempts.map((a) => a.kind)).toEqual(["https.get", "https.get"]);
    expect(new Set(run.attempts.map((a) => a.threadId))).toEqual(new Set(run.createdWorkers));
    expect([...run.coveredThreads].sort()).toEqual([0, ...run.createdWorkers].sort());
  });
});

describe("the built CLI makes no network call", () => {
  it("template: writes the template, exit 0", () => {
    const run = runCli(["template", "--out", "mall.xlsx"]);
    expectNoNetwork(run);
    expect(run.code).toBe(0);
    expect(existsSync(path.join(scratch, "mall.xlsx"))).toBe(true);
  });

  it("validate: exit 1 on an example with fel, 0 on one without", () => {
    const withErrors = runCli([
      "validate",
      path.join(EXAMPLES, "kommunledning-it-lista.xlsx"),
      "--idag",
      TODAY,
    ]);
    expectNoNetwork(withErrors);
    expect(withErrors.stdout).toMatch(/Summering: [1-9]\d* fel/);
    expect(withErrors.code).toBe(1);
    expect(withErrors.coveredThreads.size).toBeGreaterThan(1); // read in a worker thread

    const clean = runCli(["validate", path.join(EXAMPLES, "vard-och-omsorg-tkr.xlsx")]);
    expectNoNetwork(clean);
    expect(clean.stdout).toContain("Inga fel hittades");
    expect(clean.code).toBe(0);
  });

  it("consolidate examples/*.xlsx --out --report: exit 0, both files written", () => {
    const examples = readdirSync(EXAMPLES)
      .filter((f) => f.endsWith(".xlsx"))
      .sort()
      .map((f) => path.join(EXAMPLES, f));
    const out = path.join(scratch, "p.xlsx");
    const report = path.join(scratch, "r.json");
    const run = runCli([
      "consolidate",
      ...examples,
      "--out",
      out,
      "--report",
      report,
      "--idag",
      TODAY,
    ]);
    expectNoNetwork(run);
    expect(run.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const parsed = JSON.parse(readFileSync(report, "utf8")) as { files: unknown[] };
    expect(parsed.files).toHaveLength(examples.length);
    // The sources are read in worker threads: the preload ran there too (and expectNoNetwork
    // has checked that every worker the process created ran it).
    expect(run.createdWorkers.length).toBeGreaterThan(0);
    expect(run.coveredThreads.size).toBeGreaterThan(1);
  });

  it("demo: consolidates the examples and writes a template into --ut, exit 0", () => {
    const run = runCli(["demo", "--ut", "out", "--idag", TODAY]);
    expectNoNetwork(run);
    expect(run.code).toBe(0);
    expect(run.coveredThreads.size).toBeGreaterThan(1);
    for (const file of ["portfolj.xlsx", "rapport.json", "mall.xlsx"])
      expect(existsSync(path.join(scratch, "out", file))).toBe(true);
  });
});
