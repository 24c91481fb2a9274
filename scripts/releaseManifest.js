/**
 * The release manifest: manifest.xml (the development manifest, every URL on the webpack dev
 * server https://localhost:3000/) turned into the manifest a council deploys, for the https
 * address where it publishes dist/.
 *
 *   npm run build -- --env url=https://digiportfolj.example.kommun.se/ [--env revision=2]
 *
 * webpack.config.js applies it when it copies manifest.xml to dist/; without `--env url`
 * dist/manifest.xml is the development manifest unchanged. Pure functions, no I/O, so the tests
 * run them without a build (test/manifest/releaseManifest.test.ts).
 *
 * - Every URL under https://localhost:3000/ (SourceLocation, IconUrl, HighResolutionIconUrl,
 *   SupportUrl, the Urls and Images of VersionOverrides …) is moved under the given address,
 *   keeping its path: https://localhost:3000/assets/icon-32.png becomes <url>assets/icon-32.png.
 *   A bare https://localhost:3000 (an AppDomain) becomes the address's origin.
 * - Version: package.json's version (major.minor.patch) and a fourth part, the revision: 0 in the
 *   development manifest, 1 by default in a release, `--env revision=N` to publish the same
 *   release again (another address, a rebuilt dist/): Microsoft 365 takes an updated manifest
 *   only with a higher Version.
 * - The address must be absolute https, without user, query or fragment, and not this machine.
 *   Anything else is refused with a sentence saying why; so is a manifest in which any localhost
 *   address would be left.
 */
"use strict";

const DEV_URL = "https://localhost:3000/";
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "0.0.0.0"]);
const PART_MAX = 99999; // the schema's Version pattern: ([0-9]{1,5})(\.[0-9]{1,5}){0,3}
/** The schema's URL type holds at most 2048 characters; the files' names need the rest. */
const URL_ROOM = 2048 - 64;
const USAGE = "npm run build -- --env url=https://digiportfolj.example.kommun.se/";

class ReleaseManifestError extends Error {
  constructor(message) {
    super(message);
    this.name = "ReleaseManifestError";
    // A wrong --env is the user's to fix, not a bug: webpack-cli prints the sentence, no trace.
    this.stack = `${this.name}: ${message}`;
  }
}

/**
 * The address the add-in's files are published under, normalised to end with "/".
 * @param {unknown} value what `--env url=…` gave (webpack passes `true` for a bare `--env url`)
 * @returns {string}
 */
function parseReleaseUrl(value) {
  if (typeof value !== "string" || value.trim() === "") {
    throw new ReleaseManifestError(
      `--env url needs the https address where dist/ is published, e.g. ${USAGE}`
    );
  }
  const text = value.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    throw new ReleaseManifestError(
      `--env url=${text} is not an absolute address: give the whole https address, e.g. ${USAGE}`
    );
  }
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new ReleaseManifestError(`--env url=${text} is not a valid address, e.g. ${USAGE}`);
  }
  if (url.protocol !== "https:") {
    throw new ReleaseManifestError(
      `--env url=${text} uses ${url.protocol.replace(/:$/, "")}: Office loads add-ins only over https`
    );
  }
  if (url.username || url.password) {
    throw new ReleaseManifestError(`--env url=${text} must not carry a user name or password`);
  }
  if (url.search || url.hash || text.includes("?") || text.includes("#")) {
    throw new ReleaseManifestError(
      `--env url=${text} must not have a query or fragment: it is the folder dist/ is published in`
    );
  }
  if (LOCAL_HOSTS.has(url.hostname)) {
    throw new ReleaseManifestError(
      `--env url=${text} points at this machine; the development manifest (npm run build without --env url) is for that`
    );
  }
  const href = url.href.endsWith("/") ? url.href : `${url.href}/`;
  if (href.length > URL_ROOM) {
    throw new ReleaseManifestError(
      `--env url is ${href.length} characters long; the manifest's addresses (this one and a file name) may be at most 2048`
    );
  }
  if (/["'<>&\s]/.test(href)) {
    throw new ReleaseManifestError(`--env url=${text} holds characters an address may not hold`);
  }
  return href;
}

/**
 * The manifest's four-part Version for package.json's version and a revision.
 * @param {string} packageVersion e.g. "0.1.0"
 * @param {unknown} revision 0 for the development manifest, 1… for releases (string from --env)
 * @returns {string}
 */
function manifestVersion(packageVersion, revision) {
  const parts = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/.exec(String(packageVersion));
  if (!parts || parts.slice(1).some((p) => Number(p) > PART_MAX)) {
    throw new ReleaseManifestError(
      `package.json's version "${packageVersion}" must be major.minor.patch, each 0–${PART_MAX}, to become the manifest's Version`
    );
  }
  const text = String(revision).trim();
  if (!/^\d{1,5}$/.test(text) || Number(text) > PART_MAX) {
    throw new ReleaseManifestError(
      `--env revision=${text} must be a whole number from 1 to ${PART_MAX}`
    );
  }
  return `${parts[1]}.${parts[2]}.${parts[3]}.${Number(text)}`;
}

/**
 * What `--env url` and `--env revision` ask for, or undefined for the development manifest.
 * @param {Record<string, unknown>} env webpack's env
 * @param {string} packageVersion package.json's version
 * @returns {{ url: string, version: string } | undefined}
 */
function releaseOptions(env, packageVersion) {
  if (env.url === undefined) {
    if (env.revision !== undefined) {
      throw new ReleaseManifestError(
        `--env revision is for a release build: add --env url, e.g. ${USAGE}`
      );
    }
    return undefined;
  }
  const url = parseReleaseUrl(env.url);
  const revision = env.revision === undefined ? 1 : env.revision;
  if (String(revision).trim() === "0") {
    throw new ReleaseManifestError(
      "--env revision=0 is the development manifest's; a release starts at 1"
    );
  }
  return { url, version: manifestVersion(packageVersion, revision) };
}

const HEADER_COMMENT =
  "<!-- Release manifest, written by the build (webpack.config.js, scripts/releaseManifest.js) from\n" +
  "     manifest.xml with the address given as env url. Do not edit: build again (README, deploying). -->";

/**
 * The release manifest for `devXml` (manifest.xml's text).
 * @param {string} devXml
 * @param {{ url: string, version: string }} options url from parseReleaseUrl, version from manifestVersion
 * @returns {string}
 */
function releaseManifest(devXml, options) {
  const base = parseReleaseUrl(options.url);
  const origin = new URL(base).origin;
  if (!/^\d{1,5}(\.\d{1,5}){3}$/.test(options.version)) {
    throw new ReleaseManifestError(`version "${options.version}" is not four numbers n.n.n.n`);
  }

  // The comments written for developers (they name localhost) give way to one saying what this is.
  let xml = devXml.replace(/[ \t]*<!--[\s\S]*?-->([ \t]*\r?\n)?/g, (comment) =>
    /localhost/i.test(comment) ? "" : comment
  );
  const declaration = /^(\uFEFF?<\?xml[^>]*\?>)[ \t]*\r?\n?/.exec(xml);
  xml = declaration
    ? `${declaration[1]}\n${HEADER_COMMENT}\n${xml.slice(declaration[0].length)}`
    : `${HEADER_COMMENT}\n${xml}`;

  xml = xml.split(DEV_URL).join(base);
  xml = xml.replace(/https:\/\/localhost:3000(?![0-9])/g, origin); // the bare origin (an AppDomain)

  const versions = xml.match(/<Version>[^<]*<\/Version>/g) ?? [];
  if (versions.length !== 1) {
    throw new ReleaseManifestError(
      `manifest.xml should hold one <Version>, found ${versions.length}`
    );
  }
  xml = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${options.version}</Version>`);

  const left = [];
  xml.split(/\r?\n/).forEach((line, i) => {
    if (/localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0/i.test(line))
      left.push(`line ${i + 1}: ${line.trim()}`);
  });
  if (left.length > 0) {
    throw new ReleaseManifestError(
      `manifest.xml has local addresses not under ${DEV_URL}, which the release manifest cannot keep:\n  ${left.join("\n  ")}`
    );
  }
  return xml;
}

module.exports = {
  DEV_URL,
  ReleaseManifestError,
  manifestVersion,
  parseReleaseUrl,
  releaseManifest,
  releaseOptions,
};
