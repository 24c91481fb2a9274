/**
 * Whether two paths name the same file, by what the file is, not how it is spelled: "./in/a.xlsx",
 * "in/../in/a.xlsx", a link and a hard link to it are one file. A file that does not exist yet is
 * known by its folder's real path and its name.
 */
import { realpathSync, statSync, type Stats } from "node:fs";
import path from "node:path";

export interface FileIdentity {
  /** Device and inode of an existing file. */
  readonly inode: string | null;
  /** Its real path (for a file not there yet: its folder's real path and its name). */
  readonly path: string;
}

/** Case-insensitive file systems (Windows, macOS by default) spell one file several ways. */
const caseInsensitive = process.platform === "win32" || process.platform === "darwin";

/** The path with every link resolved; for a file not there yet, its folder's. */
export function realPath(full: string): string {
  try {
    return realpathSync(full);
  } catch {
    try {
      return path.join(realpathSync(path.dirname(full)), path.basename(full));
    } catch {
      return full;
    }
  }
}

export function identityOf(full: string, known?: Stats): FileIdentity {
  let stats = known;
  try {
    stats ??= statSync(full);
  } catch {
    stats = undefined;
  }
  const real = realPath(full);
  return {
    // Some network shares report no inode (0): the path decides there.
    inode: stats && stats.ino !== 0 ? `${stats.dev}:${stats.ino}` : null,
    path: caseInsensitive ? real.toLowerCase() : real,
  };
}

export function sameFile(a: FileIdentity, b: FileIdentity): boolean {
  if (a.inode !== null && b.inode !== null) return a.inode === b.inode;
  return a.path === b.path;
}
