/**
 * The deployable manifest: `npm run build -- --env url=https://…/` writes dist/manifest.xml from
 * manifest.xml (scripts/releaseManifest.js, applied by webpack.config.js). Checks the transform
 * as a pure function (no build), the version rule, the refusals, the webpack wiring, and both
 * manifests, the development one and the release one, against Microsoft's XML schemas (xmllint),
 * which are shown to reject broken manifests.
 */
import * as fs from "fs";
import * as path from "path";
import {
  DEV_URL,
  type ReleaseOptions,
  manifestVersion,
  parseReleaseUrl,
  releaseManifest,
  releaseOptions,
} from "../../scripts/releaseManifest";
import { checkManifest } from "./checkManifest";
import { validateAgainstSchema } from "./schemaValidation";
import { type XmlElement, parseXmlTree } from "./xmlTree";

const ROOT = path.resolve(__dirname, "..", "..");
const DEV_MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const PACKAGE_VERSION = (
  JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }
).version;
const EXAMPLE_URL = "https://digiportfolj.example.kommun.se/";
const EXAMPLE: ReleaseOptions = { url: EXAMPLE_URL, version: `${PACKAGE_VERSION}.1` };

/** Replaces text that must be present, so a changed manifest breaks the test loudly. */
function edit(xml: string, from: string | RegExp, to: string): string {
  const found = typeof from === "string" ? xml.includes(from) : from.test(xml);
  if (!found) throw new Error(`manifest no longer contains ${String(from)}`);
  return xml.replace(from, to);
}

function tree(xml: string): XmlElement {
  const parsed = parseXmlTree(xml);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.root;
}

/** Every value in the manifest that is an absolute address (attributes and text; not xmlns). */
function addresses(el: XmlElement): string[] {
  const own = Object.entries(el.attributes)
    .filter(([name]) => name !== "xmlns" && !name.startsWith("xmlns:"))
    .map(([, value]) => value);
  if (el.text) own.push(el.text);
  return [
    ...own.filter((v) => /^[a-z][a-z0-9+.-]*:\/\//i.test(v)),
    ...el.children.flatMap(addresses),
  ];
}

/** The element tree with every string passed through `map`, to compare two manifests. */
function mapStrings(el: XmlElement, map: (s: string) => string): XmlElement {
  return {
    name: el.name,
    localName: el.localName,
    attributes: Object.fromEntries(Object.entries(el.attributes).map(([k, v]) => [k, map(v)])),
    children: el.children.map((c) => mapStrings(c, map)),
    text: map(el.text),
  };
}

describe("the release manifest (npm run build -- --env url=…)", () => {
  const released = releaseManifest(DEV_MANIFEST, EXAMPLE);

  it("leaves no localhost and puts every address under the given one", () => {
    expect(released).not.toMatch(/localhost|127\.0\.0\.1/i);
    const urls = addresses(tree(released));
    const devUrls = addresses(tree(DEV_MANIFEST));
    expect(urls).toHaveLength(devUrls.length);
    // SourceLocation, IconUrl, HighResolutionIconUrl, SupportUrl, 3 Images, 3 Urls.
    expect(urls.length).toBeGreaterThanOrEqual(10);
    expect(urls.filter((u) => !u.startsWith(EXAMPLE_URL))).toEqual([]);
    expect(urls).toEqual(devUrls.map((u) => u.replace(DEV_URL, EXAMPLE_URL)));
  });

  it("changes nothing but the addresses, the Version and the developer comments", () => {
    const version = (s: string): string =>
      s === `${PACKAGE_VERSION}.0` ? EXAMPLE.version : s.split(DEV_URL).join(EXAMPLE_URL);
    expect(tree(released)).toEqual(mapStrings(tree(DEV_MANIFEST), version));
    expect(released).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8" standalone="yes"\?>\n<!-- Release manifest/
    );
  });

  it("passes the offline release checks (no localhost, icons found under the address)", () => {
    expect(
      checkManifest(released, { allowLocalhost: false, baseUrl: EXAMPLE_URL, assetRoot: ROOT })
    ).toEqual([]);
  });

  it("keeps a path: the add-in may live in a folder of the council's server", () => {
    const url = "https://intranat.example.kommun.se/tillagg/digiportfolj";
    const xml = releaseManifest(DEV_MANIFEST, { ...EXAMPLE, url });
    expect(xml).toContain(
      '<SourceLocation DefaultValue="https://intranat.example.kommun.se/tillagg/digiportfolj/taskpane.html"/>'
    );
    expect(addresses(tree(xml)).filter((u) => !u.startsWith(`${url}/`))).toEqual([]);
    expect(validateAgainstSchema(xml)).toEqual({ valid: true, status: 0, errors: [] });
  });

  it("turns an AppDomain on the dev server into the address's origin", () => {
    const withDomain = edit(
      DEV_MANIFEST,
      /(<SupportUrl [^>]*\/>)/,
      "$1\n  <AppDomains>\n    <AppDomain>https://localhost:3000</AppDomain>\n  </AppDomains>"
    );
    const xml = releaseManifest(withDomain, {
      ...EXAMPLE,
      url: "https://intranat.example.kommun.se/tillagg/",
    });
    expect(xml).toContain("<AppDomain>https://intranat.example.kommun.se</AppDomain>");
    expect(xml).not.toMatch(/localhost/);
    expect(validateAgainstSchema(withDomain).valid).toBe(true);
    expect(validateAgainstSchema(xml).valid).toBe(true);
  });

  it("refuses a manifest that would keep a local address it cannot move", () => {
    const stray = edit(
      DEV_MANIFEST,
      'DefaultValue="https://localhost:3000/commands.html"',
      'DefaultValue="https://127.0.0.1:8080/commands.html"'
    );
    expect(() => releaseManifest(stray, EXAMPLE)).toThrow(
      /local addresses not under https:\/\/localhost:3000\/[\s\S]*line \d+: .*127\.0\.0\.1:8080\/commands\.html/
    );
  });

  it("escapes nothing it cannot: an address holding XML-special characters is refused", () => {
    expect(() => parseReleaseUrl("https://x.example/it's/")).toThrow(
      /characters an address may not hold/
    );
  });
});

describe("the address (--env url)", () => {
  it.each([
    ["https://digiportfolj.example.kommun.se/", "https://digiportfolj.example.kommun.se/"],
    ["https://digiportfolj.example.kommun.se", "https://digiportfolj.example.kommun.se/"],
    [
      "  https://Digiportfolj.Example.Kommun.se:8443/a/b  ",
      "https://digiportfolj.example.kommun.se:8443/a/b/",
    ],
    ["https://digiportfölj.example.kommun.se/", "https://xn--digiportflj-zfb.example.kommun.se/"],
  ])("%s → %s", (given, expected) => {
    expect(parseReleaseUrl(given)).toBe(expected);
  });

  it.each<[string, unknown, RegExp]>([
    ["bare --env url", true, /needs the https address/],
    ["empty", "", /needs the https address/],
    [
      "http",
      "http://digiportfolj.example.kommun.se/",
      /uses http: Office loads add-ins only over https/,
    ],
    ["no scheme", "digiportfolj.example.kommun.se/", /not an absolute address/],
    ["a path", "/digiportfolj/", /not an absolute address/],
    ["protocol-relative", "//digiportfolj.example.kommun.se/", /not an absolute address/],
    ["file", "file:///srv/digiportfolj/", /uses file:/],
    ["broken", "https://exa mple.se/", /not a valid address/],
    ["localhost", "https://localhost:3000/", /points at this machine/],
    ["loopback", "https://127.0.0.1/", /points at this machine/],
    ["credentials", "https://it:hemligt@example.kommun.se/", /user name or password/],
    ["query", "https://example.kommun.se/?v=1", /query or fragment/],
    ["fragment", "https://example.kommun.se/#x", /query or fragment/],
    ["too long", `https://example.kommun.se/${"a".repeat(2000)}/`, /at most 2048/],
  ])("refuses %s", (_name, given, message) => {
    expect(() => parseReleaseUrl(given)).toThrow(message);
  });
});

describe("the Version: package.json's version and a revision", () => {
  it("the development manifest is package.json's version with revision 0", () => {
    expect(DEV_MANIFEST).toContain(`<Version>${PACKAGE_VERSION}.0</Version>`);
  });

  it("a release is revision 1 unless --env revision says otherwise", () => {
    expect(releaseOptions({ url: EXAMPLE_URL }, "0.1.0")).toEqual({
      url: EXAMPLE_URL,
      version: "0.1.0.1",
    });
    expect(releaseOptions({ url: EXAMPLE_URL, revision: "7" }, "2.10.3")?.version).toBe("2.10.3.7");
    expect(releaseOptions({ url: EXAMPLE_URL, revision: 3 }, "2.10.3")?.version).toBe("2.10.3.3");
    expect(releaseOptions({}, "0.1.0")).toBeUndefined();
    expect(releaseOptions({ WEBPACK_BUNDLE: true, WEBPACK_BUILD: true }, "0.1.0")).toBeUndefined();
  });

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ["revision without url", { revision: "2" }, "0.1.0", /add --env url/],
    ["revision 0", { url: EXAMPLE_URL, revision: "0" }, "0.1.0", /release starts at 1/],
    ["revision not a number", { url: EXAMPLE_URL, revision: "två" }, "0.1.0", /whole number/],
    [
      "revision too big",
      { url: EXAMPLE_URL, revision: "100000" },
      "0.1.0",
      /whole number from 1 to 99999/,
    ],
    ["pre-release version", { url: EXAMPLE_URL }, "0.2.0-beta.1", /must be major\.minor\.patch/],
    ["version part too big", { url: EXAMPLE_URL }, "100000.0.0", /must be major\.minor\.patch/],
  ])("refuses %s", (_name, env, version, message) => {
    expect(() => releaseOptions(env, version)).toThrow(message);
  });

  it("manifestVersion is four parts the schema's pattern accepts", () => {
    expect(manifestVersion("1.2.3", 4)).toBe("1.2.3.4");
    expect(manifestVersion("99999.0.0", "99999")).toMatch(/^[0-9]{1,5}(\.[0-9]{1,5}){3}$/);
  });
});

describe("webpack.config.js writes it into dist/", () => {
  type Config = {
    plugins: Array<{ patterns?: Array<{ from: string; transform?: (c: Buffer) => string }> }>;
  };
  const webpackConfig = require("../../webpack.config.js") as (
    env: Record<string, unknown>,
    argv: Record<string, unknown>
  ) => Promise<Config>;

  const manifestPattern = (config: Config) =>
    config.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === "manifest.xml");

  it("with --env url the copied manifest is the release manifest", async () => {
    const config = await webpackConfig(
      { WEBPACK_BUILD: true, url: EXAMPLE_URL },
      { mode: "production" }
    );
    const transform = manifestPattern(config)?.transform;
    expect(transform).toBeDefined();
    expect(transform!(Buffer.from(DEV_MANIFEST))).toBe(releaseManifest(DEV_MANIFEST, EXAMPLE));
  });

  it("without it dist/manifest.xml is the development manifest as it is", async () => {
    const config = await webpackConfig({ WEBPACK_BUILD: true }, { mode: "production" });
    expect(manifestPattern(config)).toEqual({ from: "manifest.xml", to: "manifest.xml" });
  });

  it("a wrong address stops the build with its reason", async () => {
    await expect(
      webpackConfig(
        { WEBPACK_BUILD: true, url: "http://digiportfolj.example.kommun.se/" },
        { mode: "production" }
      )
    ).rejects.toThrow(
      "--env url=http://digiportfolj.example.kommun.se/ uses http: Office loads add-ins only over https"
    );
    await expect(
      webpackConfig(
        { WEBPACK_BUILD: true, url: "digiportfolj.example.kommun.se" },
        { mode: "production" }
      )
    ).rejects.toThrow(/not an absolute address/);
  });
});

describe("Microsoft's XML schemas (xmllint --schema OfficeAppManifestV1_1.xsd)", () => {
  it("accept the development manifest", () => {
    expect(validateAgainstSchema(DEV_MANIFEST)).toEqual({ valid: true, status: 0, errors: [] });
  });

  it("accept the release manifest", () => {
    expect(validateAgainstSchema(releaseManifest(DEV_MANIFEST, EXAMPLE))).toEqual({
      valid: true,
      status: 0,
      errors: [],
    });
  });

  // Each broken manifest is rejected by the schema, with the element named. The last ones are
  // inside VersionOverrides and the bt: resources: the imported schemas are applied too.
  const broken: Array<[string, () => string, RegExp]> = [
    [
      "an element out of order (Permissions before DefaultSettings)",
      () =>
        edit(
          edit(DEV_MANIFEST, "  <Permissions>ReadWriteDocument</Permissions>\n", ""),
          "  <DefaultSettings>",
          "  <Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>"
        ),
      /Element '\{http:\/\/schemas\.microsoft\.com\/office\/appforoffice\/1\.1\}Permissions': This element is not expected\. Expected is \( \{[^}]+\}DefaultSettings \)/,
    ],
    [
      "a missing required element (ProviderName)",
      () => edit(DEV_MANIFEST, /\s*<ProviderName>[^<]*<\/ProviderName>/, ""),
      /DefaultLocale': This element is not expected\. Expected is \( \{[^}]+\}ProviderName \)/,
    ],
    [
      "a Version of five parts",
      () => edit(DEV_MANIFEST, /<Version>[^<]*<\/Version>/, "<Version>0.1.0.0.1</Version>"),
      /Version': \[facet 'pattern'\]/,
    ],
    [
      "an unknown permission",
      () => edit(DEV_MANIFEST, "<Permissions>ReadWriteDocument", "<Permissions>Everything"),
      /Permissions': \[facet 'enumeration'\]/,
    ],
    [
      "an address over 2048 characters",
      () =>
        edit(
          DEV_MANIFEST,
          '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
          `<SourceLocation DefaultValue="https://localhost:3000/${"a".repeat(2048)}.html"/>`
        ),
      /SourceLocation', attribute 'DefaultValue': \[facet 'maxLength'\]/,
    ],
    [
      "VersionOverrides: Resources before Hosts",
      () => {
        const resources = /\s*<Resources>[\s\S]*<\/Resources>/.exec(DEV_MANIFEST)![0];
        return edit(
          edit(DEV_MANIFEST, resources, ""),
          /(<VersionOverrides [^>]*>)/,
          `$1${resources}`
        );
      },
      /\{http:\/\/schemas\.microsoft\.com\/office\/taskpaneappversionoverrides\}Hosts': This element is not expected/,
    ],
    [
      "a bt:Image without its size",
      () =>
        edit(
          DEV_MANIFEST,
          '<bt:Image size="16" resid="Dp.Icon.16"/>',
          '<bt:Image resid="Dp.Icon.16"/>'
        ),
      /Image': The attribute 'size' is required but missing/,
    ],
    [
      "a resource id over 32 characters",
      () =>
        edit(DEV_MANIFEST, /"Dp\.Group\.Label"/g, '"Dp.Group.Label.ThatIsFarTooLongForTheSchema"'),
      /\[facet 'maxLength'\]/,
    ],
  ];

  it.each(broken.map(([name, make, message]) => ({ name, make, message })))(
    "reject $name",
    ({ make, message }) => {
      const result = validateAgainstSchema(make());
      expect(result.valid).toBe(false);
      expect(result.status).toBe(3);
      expect(result.errors.join("\n")).toMatch(message);
    }
  );

  it("reject a manifest that is not well-formed", () => {
    const result = validateAgainstSchema(edit(DEV_MANIFEST, "</Hosts>", ""));
    expect(result.valid).toBe(false);
    expect(result.status).toBe(1);
  });
});
