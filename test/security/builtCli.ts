/**
 * The CLI as users run it: bin/digiportfolj.js over lib/, which `npm run build:cli` compiles from
 * src/. A test of the built CLI must not test yesterday's build, so it is rebuilt when missing or
 * older than any source file it is compiled from (tsconfig.cli.json's include).
 */
import { execFileSync } from "child_process";
import { existsSync, readdirSync, statSync } from "fs";
import path from "path";

export const ROOT = path.resolve(__dirname, "../..");
export const CLI = path.join(ROOT, "bin/digiportfolj.js");
const BUILT_MAIN = path.join(ROOT, "lib/cli/main.js");
const SOURCES = ["src/domain", "src/adapters/xlsxFile", "src/cli"].map((d) => path.join(ROOT, d));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** Why lib/ needs a build, or null when it is current. */
export function staleReason(): string | null {
  if (!existsSync(BUILT_MAIN)) return "lib/cli/main.js is missing";
  const built = statSync(BUILT_MAIN).mtimeMs;
  const newest = Math.max(...SOURCES.map(newestMtime));
  return newest > built ? "src/ is newer than lib/" : null;
}

/** Runs `npm run build:cli` when lib/ is missing or stale; returns what it did, for the log. */
export function ensureBuiltCli(): string {
  const reason = staleReason();
  if (reason === null) return "lib/ is current";
  const started = Date.now();
  try {
    execFileSync("npm", ["run", "build:cli"], { cwd: ROOT, stdio: "pipe", encoding: "utf8" });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm run build:cli failed (${reason}):\n${(stdout + stderr).slice(0, 4000)}`);
  }
  return `built lib/ in ${((Date.now() - started) / 1000).toFixed(1)} s (${reason})`;
}
