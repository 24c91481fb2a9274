/**
 * Every file of the real-world corpus either reads into sheets or is refused with one
 * WorkbookReadError that names it; never another exception, a crash or a hang. Reads run in a
 * worker thread so a hang in synchronous parsing is caught by a per-file time limit. "adapter" is
 * the Node adapter (zlib inflate); "adapter-js-inflate" is the same code as a browser runs it.
 */
import { existsSync, readdirSync } from "node:fs";
import * as path from "node:path";
import { readFilesInWorker, type FileReadResult } from "../../support/readFilesInWorker";

const CORPUS = path.resolve(__dirname, "../../../../shared/corpus/real-world");
const PER_FILE_LIMIT_MS = 30_000;

const files = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((name) => name !== "README.md" && !name.startsWith("."))
      .sort()
      .map((name) => path.join(CORPUS, name))
  : [];

describe("reading the real-world corpus", () => {
  let results: FileReadResult[] = [];

  beforeAll(
    async () => {
      results = await readFilesInWorker({ reader: "adapter", files, timeoutMs: PER_FILE_LIMIT_MS });
      const refused = results.filter((r) => r.status === "refused");
      const reasons = refused.map((r) => `${path.basename(r.file)}: ${r.reason}`).join(", ");
      const slowest = results.reduce((a, b) => (b.ms > a.ms ? b : a), {
        ms: 0,
        file: "",
      } as FileReadResult);
      console.log(
        `corpus: ${files.length} files, read ${results.filter((r) => r.status === "read").length}, ` +
          `refused ${refused.length}${refused.length ? ` (${reasons})` : ""}, ` +
          `other ${results.filter((r) => r.status !== "read" && r.status !== "refused").length}; ` +
          `slowest ${path.basename(slowest.file)} ${Math.round(slowest.ms)} ms`
      );
    },
    files.length * PER_FILE_LIMIT_MS + 60_000
  );

  it("finds the corpus beside the clone", () => {
    expect(files.length).toBeGreaterThanOrEqual(90);
  });

  it("answers for every file, in order", () => {
    expect(results.map((r) => r.file)).toEqual(files);
  });

  it("reads each file into sheets or refuses it with a WorkbookReadError naming it", () => {
    const wrong = results
      .filter((r) => !(r.status === "read" && (r.sheets ?? 0) >= 1))
      .filter(
        (r) =>
          !(
            r.status === "refused" &&
            r.fileName === path.basename(r.file) &&
            r.message?.includes(path.basename(r.file))
          )
      )
      .map((r) => `${path.basename(r.file)}: ${r.status} ${r.errorName ?? ""} ${r.message ?? ""}`);
    expect(wrong).toEqual([]);
  });

  it("refuses only the legacy binary formats, and one sheet packed past 1:100, each with advice", () => {
    const refused = results.filter((r) => r.status === "refused");
    // large_strings.xlsx: a 57 MB sheet part packed 121:1, past the inflate ratio trusted readers
    // refuse (Apache POI's 1:100). No list looks like it; a zip bomb does.
    expect(refused.map((r) => [path.basename(r.file), r.reason])).toEqual([
      ["AutoFilter.xls", "legacy_format"],
      ["AutoFilter.xlsb", "legacy_format"],
      ["large_strings.xlsx", "inflate_limit"],
    ]);
    for (const r of refused) expect(r.message).toMatch(/spara (som|en ny kopia som) \.xlsx/);
  });

  it("gives the same answers with SheetJS's pure-JS inflate, as a browser reads", async () => {
    const browser = await readFilesInWorker({
      reader: "adapter-js-inflate",
      files,
      timeoutMs: PER_FILE_LIMIT_MS,
    });
    expect(browser.map((r) => [r.status, r.sheets ?? r.reason])).toEqual(
      results.map((r) => [r.status, r.sheets ?? r.reason])
    );
  }, 120_000);
});
