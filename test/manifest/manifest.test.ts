import * as fs from "fs";
import * as path from "path";
import { ManifestCheckOptions, ManifestProblemCode, checkManifest } from "./checkManifest";
import { pngSize } from "./pngSize";

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const DEV: ManifestCheckOptions = {
  allowLocalhost: true,
  baseUrl: "https://localhost:3000/",
  assetRoot: ROOT,
};

/** Replaces text that must be present, so a changed manifest breaks the test loudly, not silently. */
function edit(xml: string, from: string | RegExp, to: string): string {
  const found = typeof from === "string" ? xml.includes(from) : from.test(xml);
  if (!found) throw new Error(`manifest no longer contains ${String(from)}`);
  return xml.replace(from, to);
}

function codes(xml: string, options: ManifestCheckOptions = DEV): ManifestProblemCode[] {
  return [...new Set(checkManifest(xml, options).map((p) => p.code))].sort();
}

describe("manifest.xml", () => {
  it("passes every offline check", () => {
    expect(checkManifest(MANIFEST, DEV)).toEqual([]);
  });

  it("declares what Digiportfölj relies on", () => {
    expect(MANIFEST).toMatch(/<DefaultLocale>sv-SE<\/DefaultLocale>/);
    expect(MANIFEST).toMatch(/<Set Name="ExcelApi" MinVersion="1\.4"\/>/);
    expect(MANIFEST).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(MANIFEST).toMatch(/<OfficeTab id="TabHome">/);
    expect(MANIFEST).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });

  it("is a development manifest: a release check rejects its localhost URLs", () => {
    const problems = checkManifest(MANIFEST, { ...DEV, allowLocalhost: false });
    expect(new Set(problems.map((p) => p.code))).toEqual(new Set(["localhost_url"]));
    expect(problems.map((p) => p.where)).toEqual(
      expect.arrayContaining([
        "OfficeApp/IconUrl@DefaultValue",
        "OfficeApp/DefaultSettings/SourceLocation@DefaultValue",
      ])
    );
  });
});

describe("checkManifest on broken manifests", () => {
  const cases: Array<[string, () => string, ManifestProblemCode]> = [
    ["not well-formed", () => edit(MANIFEST, "</Hosts>", ""), "not_well_formed"],
    [
      "bad GUID",
      () => edit(MANIFEST, /<Id>[^<]+<\/Id>/, "<Id>cd53f243-f47a-4366-a049</Id>"),
      "bad_id",
    ],
    [
      "bad version",
      () => edit(MANIFEST, "<Version>0.1.0.0</Version>", "<Version>0.1.0.0.1</Version>"),
      "bad_version",
    ],
    [
      "bad locale",
      () =>
        edit(
          MANIFEST,
          "<DefaultLocale>sv-SE</DefaultLocale>",
          "<DefaultLocale>svenska</DefaultLocale>"
        ),
      "bad_locale",
    ],
    [
      "http URL",
      () =>
        edit(
          MANIFEST,
          'DefaultValue="https://localhost:3000/commands.html"',
          'DefaultValue="http://localhost:3000/commands.html"'
        ),
      "insecure_url",
    ],
    [
      "missing resid",
      () => edit(MANIFEST, '<Label resid="Dp.Group.Label"/>', '<Label resid="Dp.Group.Missing"/>'),
      "unresolved_resid",
    ],
    [
      "resid of the wrong kind",
      () =>
        edit(
          MANIFEST,
          '<FunctionFile resid="Dp.Commands.Url"/>',
          '<FunctionFile resid="Dp.Group.Label"/>'
        ),
      "unresolved_resid",
    ],
    [
      "resource id over 32 characters",
      () => edit(MANIFEST, /"Dp\.Group\.Label"/g, '"Dp.Group.Label.ThatIsFarTooLongForTheSchema"'),
      "reference_id_too_long",
    ],
    [
      "duplicate resource id",
      () =>
        edit(
          MANIFEST,
          "<bt:Urls>",
          '<bt:Urls>\n        <bt:Url id="Dp.Taskpane.Url" DefaultValue="https://localhost:3000/other.html"/>'
        ),
      "duplicate_resource_id",
    ],
    [
      "wrong order",
      () =>
        edit(
          edit(MANIFEST, "  <Permissions>ReadWriteDocument</Permissions>\n", ""),
          "  <DefaultSettings>",
          "  <Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>"
        ),
      "element_out_of_order",
    ],
    [
      "unknown element",
      () => edit(MANIFEST, "<Permissions>", "<Colour>blue</Colour>\n  <Permissions>"),
      "unexpected_element",
    ],
    [
      "missing required element",
      () => edit(MANIFEST, /\s*<ProviderName>[^<]*<\/ProviderName>/, ""),
      "missing_element",
    ],
    [
      "missing icon",
      () => edit(MANIFEST, "assets/icon-16.png", "assets/icon-17.png"),
      "missing_icon",
    ],
    [
      "icon at the wrong size",
      () => edit(MANIFEST, "assets/icon-16.png", "assets/icon-32.png"),
      "icon_wrong_size",
    ],
    [
      "too long short string",
      () =>
        edit(
          MANIFEST,
          'DefaultValue="Kom igång med Digiportfölj"',
          `DefaultValue="${"å".repeat(126)}"`
        ),
      "string_too_long",
    ],
    [
      "too long display name override",
      () =>
        edit(
          MANIFEST,
          '<Override Locale="en-US" Value="Digiportfölj"/>',
          `<Override Locale="en-US" Value="${"x".repeat(126)}"/>`
        ),
      "string_too_long",
    ],
    [
      "too long description",
      () =>
        edit(
          MANIFEST,
          /<Description DefaultValue="[^"]*"/,
          `<Description DefaultValue="${"x".repeat(251)}"`
        ),
      "string_too_long",
    ],
    [
      "empty string",
      () =>
        edit(
          MANIFEST,
          '<bt:String id="Dp.Group.Label" DefaultValue="Digiportfölj">',
          '<bt:String id="Dp.Group.Label" DefaultValue="">'
        ),
      "string_empty",
    ],
    ["missing host", () => edit(MANIFEST, '<Host Name="Workbook"/>', ""), "missing_workbook_host"],
    [
      "wrong host in overrides",
      () => edit(MANIFEST, '<Host xsi:type="Workbook">', '<Host xsi:type="Document">'),
      "missing_workbook_host",
    ],
    [
      "read-only permission",
      () => edit(MANIFEST, "<Permissions>ReadWriteDocument", "<Permissions>ReadDocument"),
      "wrong_permissions",
    ],
    [
      "no ExcelApi requirement",
      () => edit(MANIFEST, '<Set Name="ExcelApi" MinVersion="1.4"/>', ""),
      "missing_requirement",
    ],
    [
      "not a task pane add-in",
      () => edit(MANIFEST, 'xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"'),
      "not_task_pane_app",
    ],
  ];

  it.each(cases.map(([name, make, expected]) => ({ name, make, expected })))(
    "$name → $expected",
    ({ make, expected }) => {
      expect(codes(make())).toEqual([expected]);
    }
  );

  it("counts string length in characters after entity decoding", () => {
    const atLimit = "&amp;".repeat(125);
    const xml = edit(
      MANIFEST,
      'DefaultValue="Kom igång med Digiportfölj"',
      `DefaultValue="${atLimit}"`
    );
    expect(codes(xml)).toEqual([]);
  });

  it("says where and why", () => {
    const xml = edit(MANIFEST, "assets/icon-16.png", "assets/icon-32.png");
    const [first] = checkManifest(xml, DEV);
    expect(first).toEqual({
      code: "icon_wrong_size",
      where:
        "OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Icon/Image[Dp.Icon.16]",
      detail: "assets/icon-32.png is 32×32, expected 16×16",
    });
  });
});

describe("assets", () => {
  it.each([
    ["icon-16.png", 16],
    ["icon-32.png", 32],
    ["icon-64.png", 64],
    ["icon-80.png", 80],
    ["logo-filled.png", 80],
  ])("%s is a %d px PNG", (file, size) => {
    expect(pngSize(fs.readFileSync(path.join(ROOT, "assets", file)))).toEqual({
      width: size,
      height: size,
    });
  });

  it("pngSize rejects bytes that are not a PNG", () => {
    expect(pngSize(Buffer.from("GIF89a........................"))).toBeUndefined();
  });
});
