/**
 * What the CLI prints, made safe for a terminal: a cell, sheet or file name may hold escape
 * sequences that clear the screen, retitle the window or hide text, or marks that reverse the
 * order text is shown in. Each such character is shown as \uXXXX, which is also how JSON spells
 * it, so `--json` output stays valid JSON. Line breaks and tabs are kept.
 */
import type { CliIo } from "./io";

// C0 controls but tab and line feed, DEL, C1 controls (0x9B starts a sequence on its own), and the
// directional marks, embeddings, overrides and isolates, and the byte-order mark.
/* eslint-disable no-control-regex -- matching control characters is the point */
const UNSAFE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
/* eslint-enable no-control-regex */

export const terminalSafe = (text: string): string =>
  text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);

/** The same io, every line made terminalSafe. */
export const terminalSafeIo = (io: CliIo): CliIo => ({
  out: (line) => io.out(terminalSafe(line)),
  err: (line) => io.err(terminalSafe(line)),
  cwd: io.cwd,
});
