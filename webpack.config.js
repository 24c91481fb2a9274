/**
 * Builds the task pane and the ribbon's function file into dist/.
 *
 * - `webpack --mode production|development` only builds; it never touches certificates.
 * - `webpack serve` (npm run dev-server) serves https on port 3000 with the Office dev
 *   certificates. office-addin-dev-certs runs sudo and throws where it cannot, so it is
 *   required and called only when serving. `webpack serve --env http` serves plain http
 *   instead (browser tests, machines without the certificates).
 * - `--env url=https://…/` (npm run build -- --env url=https://digiportfolj.example.kommun.se/)
 *   writes dist/manifest.xml as the release manifest for that address (every dev-server URL moved
 *   under it, Version = package.json's version + revision, `--env revision=N`, default 1); see
 *   scripts/releaseManifest.js. Without it dist/manifest.xml is manifest.xml, the dev manifest.
 *   A url that is not absolute https is refused before anything is built.
 *   (Microsoft's template hard-codes `urlProd` in this file and swaps it in for every production
 *   build; an option keeps the council's address out of the repository.)
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { releaseManifest, releaseOptions } = require("./scripts/releaseManifest");

const DEV_SERVER_PORT = 3000;

/** The policy taskpane.html declares, to send as a header too (see README: hosting). */
function paneContentSecurityPolicy() {
  const html = require("fs").readFileSync(path.resolve(__dirname, "src/taskpane/taskpane.html"), "utf8");
  return /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)[1];
}

async function devServerHttps() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca, key, cert } };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Could not get trusted dev certificates (${reason}). ` +
        "Install them with `npx office-addin-dev-certs install` (needs sudo), " +
        "or serve plain http with `npm run dev-server -- --env http`."
    );
  }
}

module.exports = async (env = {}, argv = {}) => {
  const serving = Boolean(env.WEBPACK_SERVE);
  const production = argv.mode === "production";
  // Checked first, so a wrong address stops the build with its reason and nothing in dist/ changes.
  const release = releaseOptions(env, require("./package.json").version);

  const config = {
    mode: production ? "production" : "development",
    // Eval-based source maps would need 'unsafe-eval' in the pages' Content-Security-Policy.
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
      // Without this webpack falls back to `new Function("return this")`, which the policy forbids.
      environment: { globalThis: true },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Types are checked by `npm run typecheck`; the bundle build only strips them.
            options: { transpileOnly: true, configFile: path.resolve(__dirname, "tsconfig.json") },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // React and Fluent change far less often than our code: one cacheable vendor file.
          vendor: {
            test: /[\\/]node_modules[\\/]/,
            name: "vendor",
            // The parse worker's SheetJS stays in the worker's own chunk, off the pane's first load.
            chunks: (chunk) => chunk.name !== "parse-worker",
          },
        },
      },
    },
    performance: {
      // The pane's first load (vendor.js + taskpane.js) measured 812 KB minified, 238 KB gzipped
      // (React 19, Fluent UI v9 with tables/accordion/fields, zod, the domain); warn above that.
      maxEntrypointSize: 900 * 1024,
      maxAssetSize: 700 * 1024,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            ...(release && {
              transform: (content) => releaseManifest(content.toString("utf8"), release),
            }),
          },
        ],
      }),
    ],
  };

  if (serving) {
    config.devServer = {
      port: DEV_SERVER_PORT,
      server: env.http ? { type: "http" } : await devServerHttps(),
      // The page's meta policy does not reach the parse worker; as a header it covers both.
      headers: {
        "Access-Control-Allow-Origin": "*",
        "Content-Security-Policy": paneContentSecurityPolicy(),
      },
      static: false,
      client: { overlay: { warnings: false, errors: true } },
    };
  }

  return config;
};
