/**
 * Builds the browser-test harness into .harness-dist/: the task pane exactly as the product's
 * webpack.config.js builds it (same loaders, resolve rules, chunks, source maps, production mode),
 * but entered through test/browser/harness.ts, which installs the Excel double before the pane
 * starts, and with the pane's own taskpane.html minus office.js from the CDN (no network).
 *
 *   npx webpack --config test/browser/webpack.harness.config.js
 */
/* global require, module, __dirname, __filename */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const paneConfig = require("../../webpack.config.js");

const ROOT = path.resolve(__dirname, "../..");
const HARNESS_DIST = path.join(ROOT, ".harness-dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

/** The pane's page with its Content-Security-Policy kept, only office.js taken out. */
function harnessHtml() {
  const html = fs.readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8");
  const stripped = html
    .replace(
      /<script[^>]*appsforoffice\.microsoft\.com[^>]*><\/script>/,
      "<!-- Harness: the Excel double stands in for office.js (installExcelDouble.ts). -->"
    )
    .replaceAll(` ${OFFICE_CDN}`, "");
  if (stripped.includes(OFFICE_CDN))
    throw new Error("webpack.harness.config.js: could not take office.js out of taskpane.html");
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(stripped)?.[1];
  if (!csp || csp.includes("unsafe-eval"))
    throw new Error("webpack.harness.config.js: taskpane.html lost its Content-Security-Policy");
  return stripped;
}

const isPagePlugin = (plugin) =>
  plugin instanceof HtmlWebpackPlugin || plugin instanceof CopyWebpackPlugin;

module.exports = async () => {
  const pane = await paneConfig({}, { mode: "production" });
  if (String(pane.devtool).includes("eval"))
    throw new Error("The pane's devtool uses eval, which its Content-Security-Policy forbids");
  return {
    ...pane,
    context: ROOT,
    mode: "production",
    entry: { harness: path.join(__dirname, "harness.ts") },
    output: { path: HARNESS_DIST, filename: "[name].js", clean: true },
    // The double and the seed make the bundle bigger than the pane's own budget.
    performance: false,
    // Rebuilds only what changed since the last run (a fresh clone builds everything).
    cache: {
      type: "filesystem",
      cacheDirectory: path.join(ROOT, "node_modules/.cache/harness-webpack"),
      buildDependencies: { config: [__filename, path.join(ROOT, "webpack.config.js")] },
    },
    plugins: [
      ...(pane.plugins ?? []).filter((plugin) => !isPagePlugin(plugin)),
      new HtmlWebpackPlugin({
        filename: "index.html",
        templateContent: harnessHtml(),
        chunks: ["harness"],
      }),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }] }),
    ],
  };
};
