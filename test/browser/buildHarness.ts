/** Builds the harness page (webpack.harness.config.js) into .harness-dist/. */
import { execFile } from "child_process";
import { existsSync } from "fs";
import path from "path";

/** webpack.harness.config.js's output.path. */
export const HARNESS_DIST = path.resolve(__dirname, "../../.harness-dist");

export interface HarnessBuild {
  /** The directory to serve: index.html, the bundles and the pane's assets. */
  readonly dir: string;
  readonly milliseconds: number;
}

export interface HarnessBuildOptions {
  /** Where to build instead of .harness-dist/ (with a webpack cache of its own). */
  readonly dir?: string;
  readonly cacheDirectory?: string;
}

/** Runs runHarnessBuild.js (webpack's Node API) in a child process; throws with its errors. */
export async function buildHarness(options: HarnessBuildOptions = {}): Promise<HarnessBuild> {
  const started = Date.now();
  const script = path.join(__dirname, "runHarnessBuild.js");
  const dir = options.dir ?? HARNESS_DIST;
  const args = [
    ...(options.dir ? ["--out", options.dir] : []),
    ...(options.cacheDirectory ? ["--cache", options.cacheDirectory] : []),
  ];
  await new Promise<void>((resolve, reject) =>
    execFile(
      process.execPath,
      [script, ...args],
      { cwd: path.resolve(__dirname, "../.."), maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) =>
        error
          ? reject(new Error(`The harness build failed:\n${stderr.trim().slice(0, 8000)}`))
          : resolve()
    )
  );
  if (!existsSync(path.join(dir, "index.html")))
    throw new Error(`The harness build wrote no ${dir}/index.html`);
  return { dir, milliseconds: Date.now() - started };
}
