/**
 * A consolidation whose writing fails (a full disk, a locked portfolio, no permission) leaves the
 * portfolio and the report exactly as they were, says why in one Swedish sentence, exits 2.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { consolidateCommand } from "../../src/cli/commands/consolidate";
import { NODE_FILE_SYSTEM, type FileSystem } from "../../src/adapters/xlsxFile/replaceFiles";
import type { CliIo } from "../../src/cli/io";

const EXAMPLES = path.resolve(__dirname, "../../examples");

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "dp-write-fail-"));
  mkdirSync(path.join(dir, "in"));
  for (const f of readdirSync(EXAMPLES)
    .filter((f) => f.endsWith(".xlsx"))
    .slice(0, 2))
    copyFileSync(path.join(EXAMPLES, f), path.join(dir, "in", f));
  return dir;
}

async function consolidate(dir: string, fileSystem?: FileSystem) {
  const err: string[] = [];
  const out: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), cwd: dir };
  const outcome = await consolidateCommand(
    {
      paths: ["in"],
      out: "portfolj.xlsx",
      report: "rapport.json",
      force: false,
      today: "2026-12-02",
      generatedAt: "2026-12-02 10:00",
      lang: "sv",
      ...(fileSystem ? { fileSystem } : {}),
    },
    io
  );
  return { code: outcome.code, err: err.join("\n"), out: out.join("\n") };
}

/** Every file of the folder (not in/) with its bytes. */
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((n) => n !== "in")
      .map((n) => [n, readFileSync(path.join(dir, n)).toString("base64")])
  );

function failingOn(method: keyof FileSystem, target: RegExp, code: string): FileSystem {
  return {
    ...NODE_FILE_SYSTEM,
    [method]: (first: string, ...rest: unknown[]) =>
      target.test(path.basename(first))
        ? Promise.reject(Object.assign(new Error(`${code}: injected`), { code }))
        : (NODE_FILE_SYSTEM[method] as (...a: unknown[]) => Promise<unknown>)(first, ...rest),
  } as FileSystem;
}

describe("a consolidation whose writing fails", () => {
  it.each([
    [
      "the disk fills while the report is written",
      "writeFile",
      /^\.rapport\.json\./,
      "ENOSPC",
      /disken är full/,
    ],
    [
      "the disk fills while the portfolio is written",
      "writeFile",
      /^\.portfolj\.xlsx\./,
      "ENOSPC",
      /disken är full/,
    ],
    ["the backup cannot be copied", "copyFile", /^portfolj\.xlsx$/, "EACCES", /behörighet saknas/],
    ["the folder is read-only", "writeFile", /^\.rapport\.json\./, "EROFS", /skrivskyddad/],
    [
      "Excel holds the portfolio open",
      "rename",
      /^\.portfolj\.xlsx\./,
      "EBUSY",
      /öppen i Excel|öppen i ett annat program/,
    ],
  ] as const)(
    "%s: both files as before, one clear sentence, exit 2",
    async (_, method, target, code, said) => {
      const dir = workspace();
      expect((await consolidate(dir)).code).toBe(0);
      const before = snapshot(dir);
      const { code: exit, err } = await consolidate(dir, failingOn(method, target, code));
      expect(exit).toBe(2);
      expect(err).toMatch(said);
      expect(err).not.toMatch(new RegExp(`^${code}`, "m"));
      expect(snapshot(dir)).toEqual(before);
    }
  );
});
