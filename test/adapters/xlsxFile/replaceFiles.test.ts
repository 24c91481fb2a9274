/**
 * replaceFiles: several files replaced as one step, with a full disk, a lock or a kill at every
 * step in between. After a failure every target holds its old bytes and nothing the run made stays.
 */
import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import {
  FileReplaceError,
  isTemporaryFile,
  NODE_FILE_SYSTEM,
  removeStaleFiles,
  replaceFiles,
  type FileSystem,
} from "../../../src/adapters/xlsxFile/replaceFiles";
import { isBackupOf } from "../../../src/adapters/xlsxFile/backupFileName";

const bytes = (text: string) => new TextEncoder().encode(text);
const AT = new Date(2026, 11, 2, 14, 15, 0);

function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "digiportfolj-replace-"));
  writeFileSync(path.join(dir, "portfolj.xlsx"), "old portfolio");
  writeFileSync(path.join(dir, "rapport.json"), "old report");
  return dir;
}

const targets = (dir: string) => [
  { path: path.join(dir, "rapport.json"), bytes: bytes("new report") },
  { path: path.join(dir, "portfolj.xlsx"), bytes: bytes("new portfolio"), backupAt: AT },
];

const contents = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((n) => [n, readFileSync(path.join(dir, n), "utf8")]));

const OLD = { "portfolj.xlsx": "old portfolio", "rapport.json": "old report" };

/** The node file system with the nth call of `method` (1-based) failing with `code`. */
function failing(method: keyof FileSystem, nth: number, code: string): FileSystem {
  let calls = 0;
  const fail = () => Promise.reject(Object.assign(new Error(`${code}: injected`), { code }));
  return {
    ...NODE_FILE_SYSTEM,
    [method]: (...args: unknown[]) =>
      ++calls === nth
        ? fail()
        : (NODE_FILE_SYSTEM[method] as (...a: unknown[]) => Promise<unknown>)(...args),
  } as FileSystem;
}

describe("replaceFiles", () => {
  it("replaces every target in order and keeps a complete backup of the portfolio", async () => {
    const dir = folder();
    const backups = await replaceFiles(targets(dir));
    expect(backups[0]).toBeNull();
    expect(path.basename(backups[1]!)).toBe("portfolj.backup-20261202-141500.xlsx");
    expect(contents(dir)).toEqual({
      "portfolj.xlsx": "new portfolio",
      "rapport.json": "new report",
      "portfolj.backup-20261202-141500.xlsx": "old portfolio",
    });
  });

  it.each([
    ["the disk is full while the report is written", "writeFile", 1, "ENOSPC", "write"],
    ["the disk is full while the portfolio is written", "writeFile", 2, "ENOSPC", "write"],
    ["the disk is full while the backup is copied", "copyFile", 1, "ENOSPC", "backup"],
    ["the report cannot be put aside or copied", "copyFile", 2, "EACCES", "replace"],
    ["the report's rename is refused", "rename", 2, "EACCES", "replace"],
    ["the portfolio is locked by Excel", "rename", 3, "EBUSY", "replace"],
  ] as const)(
    "%s: every file as it was, nothing left behind",
    async (_, method, nth, code, step) => {
      const dir = folder();
      // copyFile's second call only happens when the report cannot be hard-linked aside.
      const fs =
        method === "copyFile" && nth === 2
          ? { ...failing("copyFile", 2, code), link: failing("link", 1, "EPERM").link }
          : failing(method, nth, code);
      const error = await replaceFiles(targets(dir), fs).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FileReplaceError);
      expect((error as FileReplaceError).code).toBe(code);
      expect((error as FileReplaceError).step).toBe(step);
      expect(contents(dir)).toEqual(OLD);
    }
  );

  it("a failure after the report is in place puts the old report back", async () => {
    const dir = folder();
    // rename calls: 1 backup into place, 2 report, 3 portfolio.
    await expect(replaceFiles(targets(dir), failing("rename", 3, "EPERM"))).rejects.toThrow();
    expect(contents(dir)).toEqual(OLD);
  });

  it("a report that did not exist before is removed again when the portfolio fails", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "digiportfolj-replace-"));
    writeFileSync(path.join(dir, "portfolj.xlsx"), "old portfolio");
    await expect(replaceFiles(targets(dir), failing("rename", 3, "EBUSY"))).rejects.toThrow();
    expect(contents(dir)).toEqual({ "portfolj.xlsx": "old portfolio" });
  });

  it("a second backup in the same second gets its own name", async () => {
    const dir = folder();
    await replaceFiles(targets(dir));
    await replaceFiles(targets(dir));
    expect(
      readdirSync(dir)
        .filter((n) => isBackupOf(n, "portfolj.xlsx"))
        .sort()
    ).toEqual(["portfolj.backup-20261202-141500-2.xlsx", "portfolj.backup-20261202-141500.xlsx"]);
  });
});

describe("what a killed run leaves", () => {
  it("is all temporary files, which the next run removes; backups and other files stay", async () => {
    const dir = folder();
    // A run killed while copying the backup and writing the report: its process is gone.
    const gone = 2 ** 22 + 12345;
    const host = (await import("node:os")).hostname().replace(/[^A-Za-z0-9-]/g, "-");
    const left = [
      `.portfolj.xlsx.${host}.${gone}.0a1b2c3d.tmp`,
      `.rapport.json.${host}.${gone}.0a1b2c3e.tmp`,
      `.rapport.json.${host}.${gone}.0a1b2c3f.old`,
    ];
    for (const name of left) writeFileSync(path.join(dir, name), "");
    expect(left.every(isTemporaryFile)).toBe(true);
    // Another machine's temporary file on the shared folder: kept until it is a day old.
    const other = ".portfolj.xlsx.other-host.123.aaaabbbb.tmp";
    const otherOld = ".portfolj.xlsx.other-host.124.aaaabbbc.tmp";
    writeFileSync(path.join(dir, other), "");
    writeFileSync(path.join(dir, otherOld), "");
    const twoDaysAgo = new Date(AT.getTime() - 2 * 24 * 3600 * 1000);
    utimesSync(path.join(dir, otherOld), twoDaysAgo, twoDaysAgo);
    writeFileSync(path.join(dir, "portfolj.backup-20261201-080000.xlsx"), "a backup");

    const removed = await removeStaleFiles(dir, AT);
    expect(removed.sort()).toEqual([...left, otherOld].sort());
    expect(readdirSync(dir).sort()).toEqual(
      [other, "portfolj.backup-20261201-080000.xlsx", "portfolj.xlsx", "rapport.json"].sort()
    );
  });

  it("a running process's temporary files are not touched", async () => {
    const dir = folder();
    const host = (await import("node:os")).hostname().replace(/[^A-Za-z0-9-]/g, "-");
    // The parent of this test process is alive.
    const mine = `.portfolj.xlsx.${host}.${process.ppid}.01234567.tmp`;
    writeFileSync(path.join(dir, mine), "");
    expect(await removeStaleFiles(dir, AT)).toEqual([]);
  });
});
