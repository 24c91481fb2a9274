/**
 * The name of the copy an update keeps of the previous file, beside it: "portfolj.xlsx" becomes
 * "portfolj.backup-20250301-142530.xlsx" (local time, so it reads like the clock on the wall and
 * sorts by time in a folder listing). `attempt` > 1 adds "-2", "-3" … for a second copy within
 * the same second.
 */
export function backupFileName(fileName: string, at: Date, attempt = 1): string {
  const dot = fileName.lastIndexOf(".");
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const extension = dot > 0 ? fileName.slice(dot) : "";
  const two = (n: number) => String(n).padStart(2, "0");
  const stamp =
    `${at.getFullYear()}${two(at.getMonth() + 1)}${two(at.getDate())}-` +
    `${two(at.getHours())}${two(at.getMinutes())}${two(at.getSeconds())}`;
  return `${stem}.backup-${stamp}${attempt > 1 ? `-${attempt}` : ""}${extension}`;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether `name` is one of the copies backupFileName makes of `fileName`. */
export function isBackupOf(name: string, fileName: string): boolean {
  const dot = fileName.lastIndexOf(".");
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const extension = dot > 0 ? fileName.slice(dot) : "";
  return new RegExp(
    `^${escapeRegExp(stem)}\\.backup-\\d{8}-\\d{6}(?:-\\d+)?${escapeRegExp(extension)}$`,
    process.platform === "win32" || process.platform === "darwin" ? "i" : ""
  ).test(name);
}
