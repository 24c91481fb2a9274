import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { readFilesInWorker } from "./readFilesInWorker";

describe("readFilesInWorker", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "digiportfolj-worker-"));
    for (const name of ["a.xlsx", "hang.xlsx", "b.xlsx"])
      await writeFile(path.join(dir, name), "x");
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("records a file that never finishes as hung and goes on with the next", async () => {
    const files = ["a.xlsx", "hang.xlsx", "b.xlsx"].map((f) => path.join(dir, f));
    const results = await readFilesInWorker({
      reader: "busy-loop-on-hang",
      files,
      timeoutMs: 1500,
    });
    expect(results.map((r) => [path.basename(r.file), r.status])).toEqual([
      ["a.xlsx", "read"],
      ["hang.xlsx", "hung"],
      ["b.xlsx", "read"],
    ]);
  });
});
