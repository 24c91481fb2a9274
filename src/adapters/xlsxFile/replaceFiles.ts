/**
 * Replaces several files as one step, as far as a file system allows: every new file is first
 * written in full to a temporary file beside its target, a backup is copied the same way and
 * renamed into place only when complete, and the targets are then renamed over in the order given.
 * When any step fails, every target is left as it was (a target already replaced is put back from
 * the copy kept aside), and nothing the run made stays behind. A run killed half-way leaves only
 * temporary files, which the next run removes (removeStaleFiles).
 */
import { randomBytes } from "node:crypto";
import * as nodeFs from "node:fs/promises";
import { hostname } from "node:os";
import * as path from "node:path";
import { backupFileName } from "./backupFileName";

/** The file-system calls used, so a test can make one of them fail (a full disk, a lock). */
export interface FileSystem {
  writeFile(file: string, bytes: Uint8Array, options: { flag: string }): Promise<void>;
  copyFile(from: string, to: string, mode?: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  link(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  stat(file: string): Promise<{ mtimeMs: number }>;
  readdir(dir: string): Promise<string[]>;
}

export const NODE_FILE_SYSTEM: FileSystem = {
  writeFile: (file, bytes, options) => nodeFs.writeFile(file, bytes, options),
  copyFile: (from, to, mode) => nodeFs.copyFile(from, to, mode),
  rename: (from, to) => nodeFs.rename(from, to),
  link: (from, to) => nodeFs.link(from, to),
  unlink: (file) => nodeFs.unlink(file),
  stat: (file) => nodeFs.stat(file),
  readdir: (dir) => nodeFs.readdir(dir),
};

export interface FileReplacement {
  readonly path: string;
  readonly bytes: Uint8Array;
  /** Keep a copy of the file there now beside it (backupFileName), named by this time. */
  readonly backupAt?: Date;
}

/** Which step failed, and for which target: the caller turns it into a sentence. */
export class FileReplaceError extends Error {
  readonly code: string | undefined;
  constructor(
    readonly target: string,
    readonly step: "write" | "backup" | "replace",
    override readonly cause: unknown
  ) {
    super(`${step} ${target}: ${(cause as Error)?.message ?? String(cause)}`);
    this.code = (cause as NodeJS.ErrnoException)?.code;
  }
}

const HOST = hostname().replace(/[^A-Za-z0-9-]/g, "-") || "host";

/** ".portfolj.xlsx.<host>.<pid>.<random>.tmp": hidden, never a spreadsheet, tells who made it. */
function temporaryName(target: string, kind: "tmp" | "old"): string {
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.${HOST}.${process.pid}.${randomBytes(4).toString("hex")}.${kind}`
  );
}

const TEMPORARY = /^\..+\.([A-Za-z0-9-]+)\.(\d+)\.[0-9a-f]{8}\.(tmp|old)$/;

/** Whether a file's name is one of the temporary files this module makes. */
export const isTemporaryFile = (name: string): boolean => TEMPORARY.test(name);

export const errorCode = (error: unknown): string | undefined =>
  (error as NodeJS.ErrnoException)?.code;

async function exists(fs: FileSystem, file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch (error) {
    if (errorCode(error) === "ENOENT") return false;
    throw error;
  }
}

/** A second name for the file (a hard link, else a copy where the share has no links). */
async function keepAside(fs: FileSystem, file: string): Promise<string> {
  const aside = temporaryName(file, "old");
  try {
    await fs.link(file, aside);
  } catch {
    await fs.copyFile(file, aside);
  }
  return aside;
}

/** A complete copy under a free backup name, or none. */
async function makeBackup(fs: FileSystem, target: string, at: Date): Promise<string> {
  const temp = temporaryName(target, "tmp");
  await fs.copyFile(target, temp);
  try {
    for (let attempt = 1; attempt <= 100; attempt++) {
      const backup = path.join(
        path.dirname(target),
        backupFileName(path.basename(target), at, attempt)
      );
      if (await exists(fs, backup)) continue;
      await fs.rename(temp, backup);
      return backup;
    }
    throw Object.assign(new Error("no free backup name"), { code: "EEXIST" });
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * Writes each replacement's bytes to its path, in order, with the backups asked for. Returns each
 * replacement's backup path (null when none was asked for or there was no file). Throws
 * FileReplaceError with every target as it was.
 */
export async function replaceFiles(
  replacements: readonly FileReplacement[],
  fs: FileSystem = NODE_FILE_SYSTEM
): Promise<(string | null)[]> {
  const temps: string[] = [];
  const backups: (string | null)[] = replacements.map(() => null);
  const asides: (string | null)[] = replacements.map(() => null);
  const replaced: number[] = [];
  let step: FileReplaceError["step"] = "write";
  let current = replacements[0]?.path ?? "";
  try {
    for (const r of replacements) {
      current = r.path;
      const temp = temporaryName(r.path, "tmp");
      temps.push(temp);
      await fs.writeFile(temp, r.bytes, { flag: "wx" });
    }
    step = "backup";
    for (const [i, r] of replacements.entries()) {
      current = r.path;
      if (r.backupAt && (await exists(fs, r.path)))
        backups[i] = await makeBackup(fs, r.path, r.backupAt);
    }
    step = "replace";
    for (const [i, r] of replacements.entries()) {
      current = r.path;
      // What a later failure must put back; the last target is never put back, so needs none.
      if (i < replacements.length - 1 && (await exists(fs, r.path)))
        asides[i] = await keepAside(fs, r.path);
      await fs.rename(temps[i]!, r.path);
      replaced.push(i);
    }
  } catch (cause) {
    for (const i of replaced.reverse()) {
      const aside = asides[i];
      if (aside) await fs.rename(aside, replacements[i]!.path).catch(() => undefined);
      else await fs.unlink(replacements[i]!.path).catch(() => undefined);
    }
    for (const file of [...temps, ...asides, ...backups])
      if (file) await fs.unlink(file).catch(() => undefined);
    throw new FileReplaceError(current, step, cause);
  }
  for (const aside of asides) if (aside) await fs.unlink(aside).catch(() => undefined);
  return backups;
}

/** Whether a process of this machine with that id is still running. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === "EPERM";
  }
}

/** A temporary file on a shared folder may be another machine's, still being written. */
const OTHER_HOSTS_STALE_MS = 24 * 60 * 60 * 1000;

/**
 * Removes the temporary files an earlier run killed half-way left in `dir`: this machine's when
 * the process that made them is gone, another machine's when a day old. Returns their names.
 */
export async function removeStaleFiles(
  dir: string,
  now: Date = new Date(),
  fs: FileSystem = NODE_FILE_SYSTEM
): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMPORARY.exec(name);
    if (!match) continue;
    const [, host, pid] = match;
    const file = path.join(dir, name);
    let stale = host === HOST && Number(pid) !== process.pid && !isRunning(Number(pid));
    if (!stale) {
      const modified = await fs.stat(file).then(
        (s) => s.mtimeMs,
        () => null
      );
      stale = modified !== null && now.getTime() - modified > OTHER_HOSTS_STALE_MS;
    }
    if (
      stale &&
      (await fs.unlink(file).then(
        () => true,
        () => false
      ))
    )
      removed.push(name);
  }
  return removed;
}
