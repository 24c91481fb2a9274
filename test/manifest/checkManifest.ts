/**
 * Offline checks of the XML add-in manifest, standing in for `office-addin-manifest validate`
 * (which needs Microsoft's online service). The rules follow the published schemas
 * (OfficeAppManifest 1.1, TaskPaneAppVersionOverrides 1.0, OfficeAppBasicTypes 1.0): element
 * order, Id/Version patterns, string and reference-id lengths, plus what Digiportfölj needs
 * (Workbook host, ReadWriteDocument, ExcelApi declared, https everywhere, icons on disk).
 */
import * as fs from "fs";
import * as path from "path";
import { pngSize } from "./pngSize";
import { XmlElement, childNamed, childrenNamed, descend, parseXmlTree } from "./xmlTree";

export type ManifestProblemCode =
  | "not_well_formed"
  | "not_task_pane_app"
  | "unexpected_element"
  | "duplicate_element"
  | "element_out_of_order"
  | "missing_element"
  | "bad_id"
  | "bad_version"
  | "bad_locale"
  | "insecure_url"
  | "localhost_url"
  | "bad_url"
  | "unresolved_resid"
  | "duplicate_resource_id"
  | "reference_id_too_long"
  | "missing_icon"
  | "icon_wrong_size"
  | "string_empty"
  | "string_too_long"
  | "missing_workbook_host"
  | "wrong_permissions"
  | "missing_requirement";

export interface ManifestProblem {
  code: ManifestProblemCode;
  /** Element path, e.g. "OfficeApp/VersionOverrides/Resources/Images/Image[Dp.Icon.16]". */
  where: string;
  detail: string;
}

export interface ManifestCheckOptions {
  /** Only the development manifest may point at localhost. */
  allowLocalhost: boolean;
  /** URL prefix that is served from `assetRoot` (e.g. "https://localhost:3000/"). */
  baseUrl: string;
  /** Folder whose files `baseUrl` serves before bundling (the project root: assets/ lives there). */
  assetRoot: string;
}

const APP_NAMESPACE = "http://schemas.microsoft.com/office/appforoffice/1.1";

/** OfficeApp's sequence followed by TaskPaneApp's extension of it (schema order). */
const TASK_PANE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
  "ExtendedOverrides",
  "Signature",
];
const TASK_PANE_APP_REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "DefaultSettings",
  "Permissions",
];
const VERSION_OVERRIDES_ORDER = [
  "Description",
  "Requirements",
  "Hosts",
  "Resources",
  "WebApplicationInfo",
  "EquivalentAddins",
];
const RESOURCES_ORDER = ["Images", "Urls", "ShortStrings", "LongStrings"];

const SHORT_STRING_MAX = 125;
const LONG_STRING_MAX = 250;
const REFERENCE_ID_MAX = 32;
const URL_MAX = 2048;

const UUID_PATTERN =
  /^(?:(?:urn:uuid:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\})$/i;
const VERSION_PATTERN = /^[0-9]{1,5}(?:\.[0-9]{1,5}){0,3}$/;
const SHORT_VERSION_PATTERN = /^[0-9]{1,5}\.[0-9]{1,5}$/;
const CULTURE_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:\/\//i;
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

/** Which resource list a `resid` on an element of this local name must resolve in. */
const RESID_KIND: Record<string, ResourceKind> = {
  Image: "Images",
  FunctionFile: "Urls",
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

export function checkManifest(xml: string, options: ManifestCheckOptions): ManifestProblem[] {
  const parsed = parseXmlTree(xml);
  if (!parsed.ok) return [{ code: "not_well_formed", where: "", detail: parsed.error }];
  const root = parsed.root;
  const problems: ManifestProblem[] = [];
  const report = (code: ManifestProblemCode, where: string, detail: string): void => {
    problems.push({ code, where, detail });
  };

  if (
    root.localName !== "OfficeApp" ||
    root.attributes["xmlns"] !== APP_NAMESPACE ||
    root.attributes["xsi:type"] !== "TaskPaneApp"
  ) {
    report(
      "not_task_pane_app",
      root.name,
      `root must be <OfficeApp xmlns="${APP_NAMESPACE}" xsi:type="TaskPaneApp">`
    );
    return problems;
  }

  checkSequence(root, "OfficeApp", TASK_PANE_APP_ORDER, TASK_PANE_APP_REQUIRED, report);
  const overrides = childNamed(root, "VersionOverrides");
  if (overrides) {
    checkSequence(overrides, "OfficeApp/VersionOverrides", VERSION_OVERRIDES_ORDER, [], report);
    const resources = childNamed(overrides, "Resources");
    if (resources) {
      const where = "OfficeApp/VersionOverrides/Resources";
      checkSequence(resources, where, RESOURCES_ORDER, [], report);
    }
  }

  checkIdentity(root, report);
  checkStrings(root, report);
  checkUrls(root, "OfficeApp", options, report);
  const resources = collectResources(overrides, report);
  checkResids(root, "OfficeApp", resources, report);
  checkIcons(root, resources, options, report);
  checkHostsAndPermissions(root, report);
  return problems;
}

type Report = (code: ManifestProblemCode, where: string, detail: string) => void;

/** Children must be known, unique, in schema order, and the required ones present. */
function checkSequence(
  parent: XmlElement,
  where: string,
  order: readonly string[],
  required: readonly string[],
  report: Report
): void {
  let lastIndex = -1;
  let lastName = "";
  const seen = new Set<string>();
  for (const child of parent.children) {
    const index = order.indexOf(child.localName);
    if (index < 0) {
      report("unexpected_element", `${where}/${child.localName}`, `not allowed in ${where}`);
      continue;
    }
    if (seen.has(child.localName)) {
      report("duplicate_element", `${where}/${child.localName}`, "may appear only once");
      continue;
    }
    seen.add(child.localName);
    if (index < lastIndex) {
      report(
        "element_out_of_order",
        `${where}/${child.localName}`,
        `must come before ${lastName} (schema order: ${order.join(", ")})`
      );
    } else {
      lastIndex = index;
      lastName = child.localName;
    }
  }
  for (const name of required) {
    if (!seen.has(name)) report("missing_element", `${where}/${name}`, "required by the schema");
  }
}

function checkIdentity(root: XmlElement, report: Report): void {
  const id = childNamed(root, "Id");
  if (id && !UUID_PATTERN.test(id.text)) {
    report("bad_id", "OfficeApp/Id", `"${id.text}" is not a GUID`);
  }
  const version = childNamed(root, "Version");
  if (version && !VERSION_PATTERN.test(version.text)) {
    report("bad_version", "OfficeApp/Version", `"${version.text}" is not n(.n){0,3}`);
  }
  const locale = childNamed(root, "DefaultLocale");
  if (locale && !CULTURE_PATTERN.test(locale.text)) {
    report("bad_locale", "OfficeApp/DefaultLocale", `"${locale.text}" is not a culture name`);
  }
  walk(root, "OfficeApp", (el, where) => {
    const overrideLocale = el.localName === "Override" ? el.attributes["Locale"] : undefined;
    if (overrideLocale !== undefined && !CULTURE_PATTERN.test(overrideLocale)) {
      report("bad_locale", where, `"${overrideLocale}" is not a culture name`);
    }
  });
}

function checkLength(value: string, max: number, where: string, report: Report): void {
  if (value.length === 0) report("string_empty", where, "must not be empty");
  else if (value.length > max) {
    report("string_too_long", where, `${value.length} characters; the limit is ${max}`);
  }
}

/** DefaultValue and every Override Value of a locale-aware setting. */
function checkLocaleAware(
  el: XmlElement | undefined,
  max: number,
  where: string,
  report: Report
): void {
  if (!el) return;
  checkLength(el.attributes["DefaultValue"] ?? "", max, `${where}@DefaultValue`, report);
  for (const override of childrenNamed(el, "Override")) {
    const locale = override.attributes["Locale"] ?? "?";
    checkLength(override.attributes["Value"] ?? "", max, `${where}/Override[${locale}]`, report);
  }
}

function checkStrings(root: XmlElement, report: Report): void {
  const provider = childNamed(root, "ProviderName");
  if (provider) checkLength(provider.text, SHORT_STRING_MAX, "OfficeApp/ProviderName", report);
  checkLocaleAware(
    childNamed(root, "DisplayName"),
    SHORT_STRING_MAX,
    "OfficeApp/DisplayName",
    report
  );
  checkLocaleAware(
    childNamed(root, "Description"),
    LONG_STRING_MAX,
    "OfficeApp/Description",
    report
  );
  const resources = descend(root, "VersionOverrides", "Resources");
  const lists: Array<[string, number]> = [
    ["ShortStrings", SHORT_STRING_MAX],
    ["LongStrings", LONG_STRING_MAX],
  ];
  for (const [list, max] of lists) {
    for (const s of childrenNamed(childNamed(resources, list), "String")) {
      const where = `OfficeApp/VersionOverrides/Resources/${list}/String[${s.attributes["id"] ?? "?"}]`;
      checkLocaleAware(s, max, where, report);
    }
  }
  walk(root, "OfficeApp", (el, where) => {
    if (el.localName === "TaskpaneId") checkLength(el.text, SHORT_STRING_MAX, where, report);
  });
}

/** Every absolute URL in an attribute or text must be https (and not localhost unless allowed). */
function checkUrls(
  root: XmlElement,
  rootWhere: string,
  options: ManifestCheckOptions,
  report: Report
): void {
  walk(root, rootWhere, (el, where) => {
    const candidates: Array<[string, string]> = [];
    for (const [name, value] of Object.entries(el.attributes)) {
      // Namespace names are identifiers that happen to look like URLs; nothing is fetched.
      if (name === "xmlns" || name.startsWith("xmlns:")) continue;
      candidates.push([`${where}@${name}`, value]);
    }
    if (el.text) candidates.push([where, el.text]);
    for (const [at, value] of candidates) {
      if (!ABSOLUTE_URL.test(value)) continue;
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        report("bad_url", at, `"${value}" is not a valid URL`);
        continue;
      }
      if (value.length > URL_MAX) report("bad_url", at, `longer than ${URL_MAX} characters`);
      if (url.protocol !== "https:") report("insecure_url", at, `"${value}" must use https`);
      if (!options.allowLocalhost && LOCAL_HOSTS.has(url.hostname)) {
        report("localhost_url", at, `"${value}" points at this machine`);
      }
    }
  });
}

type Resources = Record<ResourceKind, Map<string, XmlElement>>;

function collectResources(overrides: XmlElement | undefined, report: Report): Resources {
  const resources: Resources = {
    Images: new Map(),
    Urls: new Map(),
    ShortStrings: new Map(),
    LongStrings: new Map(),
  };
  const list = childNamed(overrides, "Resources");
  for (const kind of RESOURCES_ORDER as ResourceKind[]) {
    for (const item of childNamed(list, kind)?.children ?? []) {
      const id = item.attributes["id"] ?? "";
      const where = `OfficeApp/VersionOverrides/Resources/${kind}/${item.localName}[${id}]`;
      if (id.length > REFERENCE_ID_MAX) {
        report("reference_id_too_long", where, `id longer than ${REFERENCE_ID_MAX} characters`);
      }
      const clash = (Object.keys(resources) as ResourceKind[]).find((k) => resources[k].has(id));
      if (clash) report("duplicate_resource_id", where, `id already used in ${clash}`);
      else resources[kind].set(id, item);
    }
  }
  return resources;
}

function checkResids(
  root: XmlElement,
  rootWhere: string,
  resources: Resources,
  report: Report
): void {
  walk(root, rootWhere, (el, where) => {
    const resid = el.attributes["resid"];
    if (resid === undefined) return;
    if (resid.length > REFERENCE_ID_MAX) {
      report("reference_id_too_long", where, `resid "${resid}" is longer than ${REFERENCE_ID_MAX}`);
    }
    const kind = RESID_KIND[el.localName];
    const kinds = kind ? [kind] : (Object.keys(resources) as ResourceKind[]);
    if (kinds.some((k) => resources[k].has(resid))) return;
    const elsewhere = (Object.keys(resources) as ResourceKind[]).find((k) =>
      resources[k].has(resid)
    );
    const detail = elsewhere
      ? `resid "${resid}" is in ${elsewhere}, but <${el.localName}> needs ${kind}`
      : `resid "${resid}" is not defined in Resources`;
    report("unresolved_resid", where, detail);
  });
}

/** Icon files must exist under assetRoot and have the pixel size their use names. */
function checkIcons(
  root: XmlElement,
  resources: Resources,
  options: ManifestCheckOptions,
  report: Report
): void {
  const expectations: Array<{ where: string; url: string; size: number }> = [];
  const iconUrl = childNamed(root, "IconUrl")?.attributes["DefaultValue"];
  if (iconUrl) expectations.push({ where: "OfficeApp/IconUrl", url: iconUrl, size: 32 });
  const highRes = childNamed(root, "HighResolutionIconUrl")?.attributes["DefaultValue"];
  if (highRes)
    expectations.push({ where: "OfficeApp/HighResolutionIconUrl", url: highRes, size: 64 });
  walk(root, "OfficeApp", (el, where) => {
    const resid = el.attributes["resid"];
    const size = Number(el.attributes["size"]);
    if (el.localName !== "Image" || resid === undefined || !Number.isInteger(size)) return;
    const url = resources.Images.get(resid)?.attributes["DefaultValue"];
    if (url) expectations.push({ where: `${where}[${resid}]`, url, size });
  });

  for (const { where, url, size } of expectations) {
    if (!url.startsWith(options.baseUrl)) {
      report("missing_icon", where, `"${url}" is not under ${options.baseUrl}`);
      continue;
    }
    const relative = decodeURIComponent(url.slice(options.baseUrl.length).split(/[?#]/)[0] ?? "");
    const file = path.resolve(options.assetRoot, relative);
    if (!fs.existsSync(file)) {
      report("missing_icon", where, `${relative} does not exist`);
      continue;
    }
    const actual = pngSize(fs.readFileSync(file));
    if (!actual) report("icon_wrong_size", where, `${relative} is not a PNG`);
    else if (actual.width !== size || actual.height !== size) {
      report(
        "icon_wrong_size",
        where,
        `${relative} is ${actual.width}×${actual.height}, expected ${size}×${size}`
      );
    }
  }
}

function checkHostsAndPermissions(root: XmlElement, report: Report): void {
  const hosts = childrenNamed(childNamed(root, "Hosts"), "Host");
  if (!hosts.some((h) => h.attributes["Name"] === "Workbook")) {
    report("missing_workbook_host", "OfficeApp/Hosts", 'needs <Host Name="Workbook"/>');
  }
  const overrides = childNamed(root, "VersionOverrides");
  if (overrides) {
    const overrideHosts = childrenNamed(childNamed(overrides, "Hosts"), "Host");
    if (!overrideHosts.some((h) => h.attributes["xsi:type"] === "Workbook")) {
      report(
        "missing_workbook_host",
        "OfficeApp/VersionOverrides/Hosts",
        'needs <Host xsi:type="Workbook">'
      );
    }
  }
  const permissions = childNamed(root, "Permissions");
  if (permissions && permissions.text !== "ReadWriteDocument") {
    report(
      "wrong_permissions",
      "OfficeApp/Permissions",
      `"${permissions.text}"; the add-in writes workbooks`
    );
  }
  const sets = childrenNamed(descend(root, "Requirements", "Sets"), "Set");
  const excel = sets.find((s) => s.attributes["Name"] === "ExcelApi");
  if (!excel) {
    report(
      "missing_requirement",
      "OfficeApp/Requirements/Sets",
      'needs <Set Name="ExcelApi" MinVersion="…"/>'
    );
  } else if (!SHORT_VERSION_PATTERN.test(excel.attributes["MinVersion"] ?? "")) {
    report(
      "missing_requirement",
      "OfficeApp/Requirements/Sets/Set[ExcelApi]",
      "MinVersion must be n.n"
    );
  }
}

function walk(el: XmlElement, where: string, visit: (el: XmlElement, where: string) => void): void {
  visit(el, where);
  for (const child of el.children) walk(child, `${where}/${child.localName}`, visit);
}
