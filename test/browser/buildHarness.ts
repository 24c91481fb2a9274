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

/** Runs runHarnessBuild.js (webpack's Node API) in a child process; throws with its errors. */
export async function buildHarness(): Promise<HarnessBuild> {
  const started = Date.now();
  const script = path.join(__dirname, "runHarnessBuild.js");
  await new Promise<void>((resolve, reject) =>
    execFile(
      process.execPath,
      [script],
      { cwd: path.resolve(__dirname, "../.."), maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) =>
        error
          ? reject(new Error(`The harness build failed:\n${stderr.trim().slice(0, 8000)}`))
          : resolve()
    )
  );
  if (!existsSync(path.join(HARNESS_DIST, "index.html")))
    throw new Error(`The harness build wrote no ${HARNESS_DIST}/index.html`);
  return { dir: HARNESS_DIST, milliseconds: Date.now() - started };
}
