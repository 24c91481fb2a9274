/** `webpack --mode production` into a directory of one's own, as an add-in host would serve it. */
import { execFile } from "child_process";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");

/**
 * Builds the production pane into `out` in a process of its own (webpack's plugins cannot
 * import() inside jest's sandbox); resolves with the milliseconds it took, rejects with its errors.
 */
export async function buildProduction(out: string): Promise<number> {
  const started = Date.now();
  await new Promise<void>((resolve, reject) =>
    execFile(
      process.execPath,
      [
        path.join(ROOT, "node_modules/webpack/bin/webpack.js"),
        "--mode",
        "production",
        "--output-path",
        out,
      ],
      { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`webpack failed:\n${(stdout + stderr).slice(-6000)}`)) : resolve()
    )
  );
  return Date.now() - started;
}
