/**
 * Damaged copies of a real workbook: each is read or refused with a WorkbookReadError, quickly.
 * Runs through worker threads, because SheetJS's pure-JS inflate spins forever on some damaged
 * deflate streams; the Node adapter avoids that with zlib (useNativeInflate), a browser cannot.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { readFilesInWorker } from "../../support/readFilesInWorker";

const ORIGINAL = new Uint8Array(
  readFileSync(path.resolve(__dirname, "../../../../shared/corpus/real-world/wps_fn.xlsx"))
);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "digiportfolj-damaged-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** One zeroed byte inside a deflated part of wps_fn.xlsx, found by fuzzing. */
async function spinningCopy(): Promise<string> {
  const bytes = Uint8Array.from(ORIGINAL);
  bytes[9064] = 0;
  const file = path.join(dir, "snurrar.xlsx");
  await writeFile(file, bytes);
  return file;
}

describe("damaged workbooks", () => {
  it("are refused as corrupt at once by the Node adapter", async () => {
    const [result] = await readFilesInWorker({
      reader: "adapter",
      files: [await spinningCopy()],
      timeoutMs: 10_000,
    });
    expect(result).toMatchObject({
      status: "refused",
      reason: "corrupt",
      fileName: "snurrar.xlsx",
    });
    expect(result!.ms).toBeLessThan(2_000);
  });

  it("can make the pure-JS inflate (the browser path) spin: there the reader needs a time limit", async () => {
    const [result] = await readFilesInWorker({
      reader: "adapter-js-inflate",
      files: [await spinningCopy()],
      timeoutMs: 2_000,
    });
    expect(result!.status).toBe("hung");
  });

  it("are each read or refused with a WorkbookReadError naming the file", async () => {
    const damage = fc.tuple(
      fc.array(fc.tuple(fc.nat(ORIGINAL.length - 1), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 20,
      }),
      fc.option(fc.nat(ORIGINAL.length - 1), { nil: undefined })
    );
    const samples = fc.sample(damage, { numRuns: 150, seed: 20240611 });
    const files = await Promise.all(
      samples.map(async ([edits, cut], i) => {
        const bytes = Uint8Array.from(ORIGINAL);
        for (const [at, byte] of edits) bytes[at] = byte;
        const file = path.join(dir, `skadad-${i}.xlsx`);
        await writeFile(file, cut === undefined ? bytes : bytes.subarray(0, cut));
        return file;
      })
    );
    const results = await readFilesInWorker({ reader: "adapter", files, timeoutMs: 10_000 });
    const wrong = results
      .filter(
        (r) =>
          !(
            (r.status === "read" && (r.sheets ?? 0) >= 1) ||
            (r.status === "refused" && r.fileName === path.basename(r.file))
          )
      )
      .map((r) => `${path.basename(r.file)}: ${r.status} ${r.message ?? ""}`);
    expect(wrong).toEqual([]);
  }, 120_000);
});
