/**
 * LibreOffice as a second formula engine for tests: converts .xlsx files to .xlsx with every
 * formula recalculated, so a test can read the computed numbers back with readWorkbookBytes.
 *
 * The profile forces recalculation on load (OOXMLRecalcMode = 0, "always"); without it LibreOffice
 * keeps any cached result a file carries and a test would read back its own numbers. One soffice
 * start per call, for all files: a start costs 1–2 s. soffice exits 0 even when it could not load
 * a file, so each output is checked.
 */
import { execFile, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";

const SOFFICE = process.env["SOFFICE"] ?? "soffice";
const TIMEOUT_MS = 180_000;

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let available: boolean | undefined;

/** Whether `soffice` (Debian: libreoffice-calc-nogui) can be started. */
export function hasLibreOffice(): boolean {
  if (available === undefined) {
    const probe = spawnSync(SOFFICE, ["--version"], { encoding: "utf8", timeout: 30_000 });
    available = probe.status === 0 && /LibreOffice/i.test(probe.stdout);
  }
  return available;
}

const PROFILE_PREFIX = "digiportfolj-lo-profile-";
let profile: string | undefined;

/** Profiles left behind by test processes that are gone (a killed jest worker skips "exit"). */
function sweepStaleProfiles(): void {
  for (const entry of readdirSync(tmpdir())) {
    const pid = Number(entry.slice(PROFILE_PREFIX.length));
    if (!entry.startsWith(PROFILE_PREFIX) || !Number.isInteger(pid) || pid === process.pid)
      continue;
    try {
      process.kill(pid, 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ESRCH") {
        rmSync(path.join(tmpdir(), entry), { recursive: true, force: true });
      }
    }
  }
}

/**
 * One forced-recalculation profile per test process, written before soffice first runs. Its
 * name carries the process id: parallel jest workers must not share a profile (LibreOffice locks
 * it), and a later run can tell which ones are stale.
 */
function recalcProfile(): string {
  if (profile === undefined) {
    sweepStaleProfiles();
    const dir = path.join(tmpdir(), `${PROFILE_PREFIX}${process.pid}`);
    mkdirSync(path.join(dir, "user"), { recursive: true });
    writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    profile = dir;
  }
  return profile;
}

/**
 * Recalculates `files` with LibreOffice and writes them, as .xlsx with the same base names, into
 * `outDir`. Returns the output paths in the order of `files`.
 */
export async function recalculate(files: readonly string[], outDir: string): Promise<string[]> {
  if (files.length === 0) return [];
  const out = path.resolve(outDir);
  const outputs = files.map((file) => path.join(out, `${path.parse(file).name}.xlsx`));
  if (new Set(outputs).size !== outputs.length)
    throw new Error("recalculate: two inputs share a base name");
  files.forEach((file, i) => {
    if (path.resolve(file) === outputs[i])
      throw new Error(`recalculate: ${file} would be overwritten; use another outDir`);
  });
  mkdirSync(out, { recursive: true });
  for (const output of outputs) rmSync(output, { force: true });

  const args = [
    `-env:UserInstallation=${pathToFileURL(recalcProfile()).href}`,
    "--headless",
    "--norestore",
    "--convert-to",
    "xlsx:Calc MS Excel 2007 XML",
    "--outdir",
    out,
    ...files.map((f) => path.resolve(f)),
  ];
  const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>(
    (resolve, reject) => {
      execFile(
        SOFFICE,
        args,
        { timeout: TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
        (error, stdout, stderr) => {
          if (error) reject(new Error(`soffice failed: ${error.message}\n${stderr}`));
          else resolve({ stdout, stderr });
        }
      );
    }
  );
  const missing = outputs.filter((output) => !existsSync(output));
  if (missing.length > 0) {
    throw new Error(
      `soffice wrote no ${missing.map((m) => path.basename(m)).join(", ")}\n${stdout}\n${stderr}`
    );
  }
  return outputs;
}
