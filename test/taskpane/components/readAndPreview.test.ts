import type { Consolidation, SourceInput } from "../../../src/domain/consolidation/Consolidation";
import { DEFAULT_PARAMETERS } from "../../../src/domain/parameters/Parameters";
import { readAndPreview } from "../../../src/taskpane/components/readAndPreview";
import type {
  FileProgress,
  FileReading,
  PickedFile,
} from "../../../src/taskpane/operations/PaneOperations";

const picked: PickedFile[] = [
  { name: "a.xlsx", bytes: async () => new ArrayBuffer(0) },
  { name: "b.xlsx", bytes: async () => new ArrayBuffer(0) },
];
const sources: SourceInput[] = [
  { file: "a.xlsx", error: "Trasig.", errorEn: "Broken." },
  { file: "b.xlsx", error: "Trasig.", errorEn: "Broken." },
];
const preview: Consolidation = {
  parameters: DEFAULT_PARAMETERS,
  needs: [],
  rows: [],
  files: [],
  issues: [],
  mappings: [],
  overview: [],
};

/** A reader that reports each file read in turn, or stops (cancelling the rest) on abort. */
const reader = (behaviour: "resolve" | "reject-on-abort" | "fail"): FileReading => ({
  async readFiles(files, onProgress, signal) {
    if (behaviour === "fail") throw new Error("Workern kunde inte starta.");
    const progress: FileProgress[] = files.map((f) => ({ file: f.name, state: "waiting" }));
    for (let i = 0; i < files.length; i++) {
      if (signal.aborted) {
        for (let j = i; j < files.length; j++)
          progress[j] = { file: files[j]!.name, state: "cancelled" };
        onProgress(progress);
        if (behaviour === "reject-on-abort") throw new DOMException("Aborted", "AbortError");
        return sources.slice(0, i);
      }
      progress[i] = { file: files[i]!.name, state: "read" };
      onProgress(progress.slice());
      await Promise.resolve();
    }
    return sources;
  },
});

function run(files: FileReading, controller = new AbortController(), fail = false) {
  const reports: (readonly FileProgress[])[] = [];
  const previewed: (readonly SourceInput[])[] = [];
  let previewing = 0;
  const outcome = readAndPreview({
    picked,
    files,
    operations: {
      previewConsolidation: async (s) => {
        previewed.push(s);
        if (fail) throw new Error("Excel svarade inte.");
        return preview;
      },
    },
    signal: controller.signal,
    onProgress: (p) => reports.push(p),
    onPreviewing: () => previewing++,
  });
  return { outcome, reports, previewed, previewing: () => previewing };
}

describe("readAndPreview", () => {
  it("reads every file, reports progress, then previews what was read", async () => {
    const r = run(reader("resolve"));
    expect(await r.outcome).toEqual({ kind: "preview", consolidation: preview });
    expect(r.previewed).toEqual([sources]);
    expect(r.previewing()).toBe(1);
    expect(r.reports.at(-1)?.map((p) => p.state)).toEqual(["read", "read"]);
  });

  it("previews nothing when the user cancels, whether the reader resolves or rejects", async () => {
    for (const behaviour of ["resolve", "reject-on-abort"] as const) {
      const controller = new AbortController();
      const r = run(reader(behaviour), controller);
      controller.abort();
      expect(await r.outcome).toEqual({ kind: "cancelled" });
      expect(r.previewed).toEqual([]);
      expect(r.previewing()).toBe(0);
      expect(r.reports.at(-1)?.some((p) => p.state === "cancelled")).toBe(true);
    }
  });

  it("says the reading failed when the reader throws without a cancel", async () => {
    const r = run(reader("fail"));
    const outcome = await r.outcome;
    expect(outcome.kind).toBe("readFailed");
    expect(outcome.kind === "readFailed" && (outcome.error as Error).message).toBe(
      "Workern kunde inte starta."
    );
    expect(r.previewed).toEqual([]);
  });

  it("says the preview failed when the operation throws", async () => {
    const r = run(reader("resolve"), new AbortController(), true);
    const outcome = await r.outcome;
    expect(outcome.kind).toBe("previewFailed");
    expect(outcome.kind === "previewFailed" && (outcome.error as Error).message).toBe(
      "Excel svarade inte."
    );
  });
});
