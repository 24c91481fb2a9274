import { readFileSync } from "node:fs";
import * as path from "node:path";
import { readWorkbookBytes } from "../../../src/adapters/xlsxFile/readXlsx";
import { renderWorkbook } from "../../../src/adapters/xlsxFile/write/writeWorkbook";
import { consolidateWithPrevious } from "../../../src/domain/consolidation/consolidateWithPrevious";
import type { SourceInput } from "../../../src/domain/consolidation/Consolidation";
import { describePortfolio } from "../../../src/domain/portfolio/describePortfolio";
import {
  handleParseRequest,
  type ParseRequest,
  type ParseResponse,
} from "../../../src/taskpane/files/parseProtocol";
import { WorkerFileReading, type WorkerLike } from "../../../src/taskpane/files/WorkerFileReading";
import type { FileProgress, PickedFile } from "../../../src/taskpane/operations/PaneOperations";

const EXAMPLES = path.resolve(__dirname, "../../../examples");

/**
 * A worker that behaves by the file's name: "hang…" never answers (SheetJS spinning on a damaged
 * file), "crash…" raises an error event; anything else is parsed in-process, asynchronously, with
 * request and response passed through structured clone as postMessage would.
 */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<ParseResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly posted: string[] = [];
  terminated = false;

  postMessage(request: ParseRequest, transfer: Transferable[]): void {
    if (this.terminated) throw new Error("posted to a terminated worker");
    const received = structuredClone(request, { transfer });
    this.posted.push(received.name);
    if (received.name.startsWith("hang")) return;
    setTimeout(() => {
      if (this.terminated) return;
      if (received.name.startsWith("crash")) {
        this.onerror?.({ message: "out of memory" } as ErrorEvent);
        return;
      }
      const data = structuredClone(handleParseRequest(received));
      this.onmessage?.({ data } as MessageEvent<ParseResponse>);
    }, 1);
  }

  terminate(): void {
    this.terminated = true;
  }
}

function workerFactory() {
  const workers: FakeWorker[] = [];
  const create = () => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  };
  return { workers, create };
}

function example(name: string, as = name): PickedFile & { buffer?: ArrayBuffer } {
  const picked: PickedFile & { buffer?: ArrayBuffer } = {
    name: as,
    bytes: async () => {
      picked.buffer = Uint8Array.from(readFileSync(path.join(EXAMPLES, name))).buffer;
      return picked.buffer;
    },
  };
  return picked;
}

const GOOD = [
  "kommunledning-it-lista.xlsx",
  "miljo-1904-dold-kolumn.xlsx",
  "vard-och-omsorg-tkr.xlsx",
];

/** Progress as compact rows, e.g. ["a.xlsx:read", "b.xlsx:waiting"]. */
function states(progress: readonly FileProgress[]): string[] {
  return progress.map((p) => `${p.file}:${p.state}`);
}

function summary(inputs: readonly SourceInput[]): string[] {
  return inputs.map((input) =>
    "workbook" in input ? `${input.file}:workbook ${input.workbook.name}` : `${input.file}:error`
  );
}

describe("WorkerFileReading", () => {
  it("reads the files one by one in one worker, reporting each state change", async () => {
    const { workers, create } = workerFactory();
    const files = GOOD.map((name) => example(name));
    const seen: string[][] = [];
    const reported: (readonly FileProgress[])[] = [];
    const inputs = await new WorkerFileReading(create).readFiles(
      files,
      (p) => {
        seen.push(states(p));
        reported.push(p);
      },
      new AbortController().signal
    );

    const [a, b, c] = GOOD;
    expect(seen).toEqual([
      [`${a}:waiting`, `${b}:waiting`, `${c}:waiting`],
      [`${a}:reading`, `${b}:waiting`, `${c}:waiting`],
      [`${a}:read`, `${b}:waiting`, `${c}:waiting`],
      [`${a}:read`, `${b}:reading`, `${c}:waiting`],
      [`${a}:read`, `${b}:read`, `${c}:waiting`],
      [`${a}:read`, `${b}:read`, `${c}:reading`],
      [`${a}:read`, `${b}:read`, `${c}:read`],
    ]);
    // Each report is a snapshot of its own (a React state update needs a new array).
    expect(reported.map(states)).toEqual(seen);
    expect(summary(inputs)).toEqual(GOOD.map((name) => `${name}:workbook ${name}`));
    const miljo = inputs[1];
    expect(miljo && "workbook" in miljo && miljo.workbook.date1904).toBe(true);
    expect(workers).toHaveLength(1);
    expect(workers[0]?.posted).toEqual(GOOD);
    // The bytes were transferred, not copied: the pane's buffer is detached.
    expect(files[0]?.buffer?.byteLength).toBe(0);
    // The batch's worker is let go when the batch ends.
    expect(workers[0]?.terminated).toBe(true);
  });

  it("never reads a portfolio Digiportfölj wrote (a backup picked by mistake) as a list", async () => {
    const list = readWorkbookBytes(
      new Uint8Array(readFileSync(path.join(EXAMPLES, GOOD[0]!))),
      GOOD[0]!
    );
    const consolidation = consolidateWithPrevious(
      [{ file: GOOD[0]!, workbook: list }],
      null,
      "2026-12-02"
    );
    const portfolioBytes = await renderWorkbook(
      describePortfolio(consolidation, { generatedAt: "2026-12-02 10:00" })
    );
    const backup: PickedFile = {
      name: "portfolj.backup-20261201-080000.xlsx",
      bytes: async () => Uint8Array.from(portfolioBytes).buffer,
    };
    const { create } = workerFactory();
    let last: readonly FileProgress[] = [];
    const inputs = await new WorkerFileReading(create).readFiles(
      [example(GOOD[1]!), backup],
      (p) => (last = p),
      new AbortController().signal
    );
    expect(summary(inputs)).toEqual([`${GOOD[1]}:workbook ${GOOD[1]}`, `${backup.name}:error`]);
    expect(last[1]).toMatchObject({ state: "failed" });
    expect((last[1] as { error?: string }).error).toMatch(
      /är en portfölj som Digiportfölj skrivit/
    );
  });

  it("resolves with nothing for no files, without making a worker", async () => {
    const { workers, create } = workerFactory();
    const seen: string[][] = [];
    const inputs = await new WorkerFileReading(create).readFiles(
      [],
      (p) => seen.push(states(p)),
      new AbortController().signal
    );
    expect(inputs).toEqual([]);
    expect(seen).toEqual([[]]);
    expect(workers).toHaveLength(0);
  });

  it("marks a file the reader refuses as failed, with the reader's sentences, and goes on", async () => {
    const { workers, create } = workerFactory();
    const junk: PickedFile = {
      name: "budget.xlsx",
      bytes: async () => new TextEncoder().encode("Projekt;Budget\nA;100\n").buffer,
    };
    const progress: (readonly FileProgress[])[] = [];
    const inputs = await new WorkerFileReading(create).readFiles(
      [junk, example(GOOD[0]!)],
      (p) => progress.push(p),
      new AbortController().signal
    );
    const error =
      "Filen ”budget.xlsx” är en textfil (t.ex. CSV eller en webbsida), inte en Excel-arbetsbok; " +
      "öppna den i Excel och spara som .xlsx.";
    const errorEn =
      'The file "budget.xlsx" is a text file (e.g. CSV or a web page), not an Excel workbook; ' +
      "open it in Excel and save it as .xlsx.";
    expect(inputs[0]).toEqual({ file: "budget.xlsx", error, errorEn });
    expect(summary(inputs)).toEqual(["budget.xlsx:error", `${GOOD[0]}:workbook ${GOOD[0]}`]);
    expect(progress.at(-1)).toEqual([
      { file: "budget.xlsx", state: "failed", error, errorEn },
      { file: GOOD[0], state: "read" },
    ]);
    // A refusal is an answer: the same worker reads the next file.
    expect(workers).toHaveLength(1);
    expect(workers[0]?.posted).toEqual(["budget.xlsx", GOOD[0]]);
  });

  it("gives up on a file that takes too long, terminates its worker and reads the next in a fresh one", async () => {
    const { workers, create } = workerFactory();
    const seen: string[][] = [];
    const inputs = await new WorkerFileReading(create, { timeoutMs: 50 }).readFiles(
      [example(GOOD[0]!, "hang.xlsx"), example(GOOD[1]!)],
      (p) => seen.push(states(p)),
      new AbortController().signal
    );
    expect(inputs).toEqual([
      {
        file: "hang.xlsx",
        error:
          "Filen ”hang.xlsx” tog längre än 0,05 sekunder att läsa och hoppades över. Öppna den i Excel och spara en ny kopia som .xlsx.",
        errorEn:
          'The file "hang.xlsx" took longer than 0.05 seconds to read and was skipped. Open it in Excel and save a new copy as .xlsx.',
      },
      expect.objectContaining({ file: GOOD[1] }),
    ]);
    expect(summary(inputs)[1]).toBe(`${GOOD[1]}:workbook ${GOOD[1]}`);
    expect(seen).toEqual([
      ["hang.xlsx:waiting", `${GOOD[1]}:waiting`],
      ["hang.xlsx:reading", `${GOOD[1]}:waiting`],
      ["hang.xlsx:failed", `${GOOD[1]}:waiting`],
      ["hang.xlsx:failed", `${GOOD[1]}:reading`],
      ["hang.xlsx:failed", `${GOOD[1]}:read`],
    ]);
    expect(workers).toHaveLength(2);
    expect(workers[0]?.posted).toEqual(["hang.xlsx"]);
    expect(workers[0]?.terminated).toBe(true);
    expect(workers[1]?.posted).toEqual([GOOD[1]]);
  });

  it("on cancel terminates the worker, marks the current and remaining files cancelled and returns what was read", async () => {
    const { workers, create } = workerFactory();
    const controller = new AbortController();
    const seen: string[][] = [];
    const started = Date.now();
    const inputs = await new WorkerFileReading(create, { timeoutMs: 30_000 }).readFiles(
      [example(GOOD[0]!), example(GOOD[1]!, "hang.xlsx"), example(GOOD[2]!)],
      (p) => {
        seen.push(states(p));
        // Cancel once the hanging file is being read.
        if (p[1]?.state === "reading") setTimeout(() => controller.abort(), 5);
      },
      controller.signal
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(summary(inputs)).toEqual([`${GOOD[0]}:workbook ${GOOD[0]}`]);
    expect(seen.at(-2)).toEqual([`${GOOD[0]}:read`, "hang.xlsx:reading", `${GOOD[2]}:waiting`]);
    expect(seen.at(-1)).toEqual([`${GOOD[0]}:read`, "hang.xlsx:cancelled", `${GOOD[2]}:cancelled`]);
    expect(workers).toHaveLength(1);
    expect(workers[0]?.posted).toEqual([GOOD[0], "hang.xlsx"]);
    expect(workers[0]?.terminated).toBe(true);
  });

  it("cancels while a file's bytes are still being read", async () => {
    const { workers, create } = workerFactory();
    const controller = new AbortController();
    const never: PickedFile = { name: "nät.xlsx", bytes: () => new Promise(() => {}) };
    const seen: string[][] = [];
    const reading = new WorkerFileReading(create).readFiles(
      [never, example(GOOD[0]!)],
      (p) => seen.push(states(p)),
      controller.signal
    );
    controller.abort();
    expect(await reading).toEqual([]);
    expect(seen.at(-1)).toEqual(["nät.xlsx:cancelled", `${GOOD[0]}:cancelled`]);
    expect(workers).toHaveLength(0);
  });

  it("reads nothing when the signal has already aborted", async () => {
    const { workers, create } = workerFactory();
    const seen: string[][] = [];
    const inputs = await new WorkerFileReading(create).readFiles(
      [example(GOOD[0]!), example(GOOD[1]!)],
      (p) => seen.push(states(p)),
      AbortSignal.abort()
    );
    expect(inputs).toEqual([]);
    expect(seen.at(-1)).toEqual([`${GOOD[0]}:cancelled`, `${GOOD[1]}:cancelled`]);
    expect(seen.flat().some((s) => s.endsWith(":reading"))).toBe(false);
    expect(workers).toHaveLength(0);
  });

  it("marks a file whose bytes cannot be had as failed and reads the next", async () => {
    const { workers, create } = workerFactory();
    const gone: PickedFile = {
      name: "borta.xlsx",
      bytes: () => Promise.reject(new Error("The requested file could not be read")),
    };
    const inputs = await new WorkerFileReading(create).readFiles(
      [gone, example(GOOD[0]!)],
      () => {},
      new AbortController().signal
    );
    expect(inputs[0]).toEqual({
      file: "borta.xlsx",
      error: "borta.xlsx kunde inte läsas: The requested file could not be read",
      errorEn: "borta.xlsx could not be read: The requested file could not be read",
    });
    expect(summary(inputs)[1]).toBe(`${GOOD[0]}:workbook ${GOOD[0]}`);
    expect(workers).toHaveLength(1);
    expect(workers[0]?.posted).toEqual([GOOD[0]]);
  });

  it("marks a file as failed when the worker raises an error event, and goes on in a fresh worker", async () => {
    const { workers, create } = workerFactory();
    const progress: (readonly FileProgress[])[] = [];
    const inputs = await new WorkerFileReading(create).readFiles(
      [example(GOOD[0]!, "crash.xlsx"), example(GOOD[1]!)],
      (p) => progress.push(p),
      new AbortController().signal
    );
    const failure = {
      error:
        "Filen ”crash.xlsx” kunde inte läsas: läsningen avbröts (till exempel av brist på minne). Öppna den i Excel och spara en ny kopia som .xlsx.",
      errorEn:
        'The file "crash.xlsx" could not be read: reading was cut short (for example by running out of memory). Open it in Excel and save a new copy as .xlsx.',
    };
    expect(inputs[0]).toEqual({ file: "crash.xlsx", ...failure });
    expect(progress.at(-1)?.[0]).toEqual({ file: "crash.xlsx", state: "failed", ...failure });
    expect(summary(inputs)[1]).toBe(`${GOOD[1]}:workbook ${GOOD[1]}`);
    expect(workers).toHaveLength(2);
    expect(workers[0]?.terminated).toBe(true);
    expect(workers[1]?.posted).toEqual([GOOD[1]]);
  });

  it("fails every file clearly when no worker can be made", async () => {
    const create = (): WorkerLike => {
      throw new Error("Refused to create a worker (Content-Security-Policy)");
    };
    const inputs = await new WorkerFileReading(create).readFiles(
      [example(GOOD[0]!), example(GOOD[1]!)],
      () => {},
      new AbortController().signal
    );
    expect(inputs).toEqual(
      [GOOD[0], GOOD[1]].map((file) => ({
        file,
        error: `${file} kunde inte läsas: Refused to create a worker (Content-Security-Policy)`,
        errorEn: `${file} could not be read: Refused to create a worker (Content-Security-Policy)`,
      }))
    );
  });

  it("keeps two batches apart: each has its own worker", async () => {
    const { workers, create } = workerFactory();
    const reading = new WorkerFileReading(create);
    const signal = new AbortController().signal;
    const [first, second] = await Promise.all([
      reading.readFiles([example(GOOD[0]!), example(GOOD[1]!)], () => {}, signal),
      reading.readFiles([example(GOOD[2]!)], () => {}, signal),
    ]);
    expect(summary(first)).toEqual([GOOD[0], GOOD[1]].map((n) => `${n}:workbook ${n}`));
    expect(summary(second)).toEqual([`${GOOD[2]}:workbook ${GOOD[2]}`]);
    expect(workers.map((w) => w.posted)).toEqual([[GOOD[0], GOOD[1]], [GOOD[2]]]);
  });

  it("does not load the reader (SheetJS) into the pane", () => {
    jest.isolateModules(() => {
      jest.doMock("@e965/xlsx", () => {
        throw new Error("SheetJS was loaded by the pane's side of the file reading");
      });
      expect(() => require("../../../src/taskpane/files/WorkerFileReading")).not.toThrow();
      // The guard itself works: the worker's side does load SheetJS.
      expect(() => require("../../../src/taskpane/files/parseProtocol")).toThrow(/SheetJS/);
    });
  });
});
