/**
 * Renders a WorkbookDescription into an existing .xlsx by patching its package: the sheets the
 * description names are rewritten at their place in the tab order (new ones follow the
 * description's previous sheet), with their tables, drawings and charts, and the workbook part,
 * its relationships, the content types and the styles get only the entries those need. Every
 * other part stays byte for byte as it was. On our own sheets what the council added is carried
 * over (carrySheet); what cannot be carried stops the update with a WorkbookUpdateError naming
 * it, unless `force`. Bytes in, bytes out: no fs.
 */
import { unzipSync } from "fflate";
import type {
  SheetDescription,
  WorkbookDescription,
} from "../../../domain/template/WorkbookDescription";
import type { UpdateLoss, UpdateLossKind } from "../updateLoss";
import { readPart, relKind, relsPathOf, resolveTarget, type PackagePart } from "../packageParts";
import { openWorkbookPackage, type PackageSheet } from "../workbookPackage";
import { WorkbookUpdateError } from "../WorkbookUpdateError";
import { carrySheet, type CarryResult, type OldRelationship, type OldTable } from "./carrySheet";
import { writeDescribedSheet, type Overrides, type PartNumbers } from "./describedSheet";
import { parseArea, OUR_AREA_NAME } from "./ourArea";
import {
  STYLES_CONTENT_TYPE,
  WORKSHEET_REL_TYPE,
  relationshipsXml,
  type Relationship,
} from "./packageXml";
import { StyleSheet } from "./styleSheet";
import { patchStyles, readStyleLists } from "./stylesPatch";
import { areaNameXml, definedNameXml } from "./workbookPart";
import { checkSheetNames, writeWorkbookBytes } from "./writeWorkbook";
import { ZipWriter } from "./zipParts";
import { xmlAttr } from "./xmlText";

export interface UpdateOptions {
  /** Update even if something would be lost (the caller keeps a backup of the old file). */
  readonly force?: boolean;
}

export interface UpdateResult {
  readonly bytes: Uint8Array;
  /** What the update lost; empty unless `force` was given. */
  readonly losses: readonly UpdateLoss[];
  /** True when the old file could not be read at all and, under `force`, was written anew. */
  readonly rebuilt: boolean;
}

const sameName = (a: string, b: string): boolean =>
  a.toLocaleLowerCase("sv-SE") === b.toLocaleLowerCase("sv-SE");

const decoder = new TextDecoder();
const text = (bytes: Uint8Array | undefined): string =>
  bytes === undefined ? "" : decoder.decode(bytes);

/** The relationships of a part as written, with kind and resolved target. */
function rawRelationships(files: Files, part: string): OldRelationship[] {
  const xml = files.text(relsPathOf(part));
  return [...xml.matchAll(/<Relationship\b([^>]*?)\/?>/g)].flatMap((m) => {
    const attrs = m[1] ?? "";
    const get = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
    const id = get("Id");
    const type = get("Type");
    const target = get("Target");
    if (id === undefined || type === undefined || target === undefined) return [];
    const mode = get("TargetMode");
    const external = mode === "External";
    return [
      {
        id,
        type,
        target,
        ...(mode === undefined ? {} : { targetMode: mode }),
        kind: relKind(type),
        part: external ? null : resolveTarget(part, target.replace(/&amp;/g, "&")),
      },
    ];
  });
}

/** The package's parts by name, looked up without case as OPC names are. */
class Files {
  readonly names: string[];
  private readonly byLower = new Map<string, string>();
  constructor(readonly parts: Record<string, Uint8Array>) {
    this.names = Object.keys(parts).filter((n) => !n.endsWith("/"));
    for (const name of this.names) this.byLower.set(name.toLowerCase(), name);
  }
  name(path: string): string | undefined {
    return this.byLower.get(path.replace(/^\/+/, "").toLowerCase());
  }
  bytes(path: string): Uint8Array | undefined {
    const name = this.name(path);
    return name === undefined ? undefined : this.parts[name];
  }
  text(path: string): string {
    return text(this.bytes(path));
  }
  has(path: string): boolean {
    return this.name(path) !== undefined;
  }
}

/** The highest N among parts named like `prefix` N `suffix` (0 when none). */
function highest(files: Files, prefix: string, suffix: string): number {
  let max = 0;
  for (const name of files.names) {
    const lower = name.toLowerCase();
    if (!lower.startsWith(prefix) || !lower.endsWith(suffix)) continue;
    const n = Number(lower.slice(prefix.length, lower.length - suffix.length));
    if (Number.isInteger(n)) max = Math.max(max, n);
  }
  return max;
}

/** The anchors of a drawing, by kind (a chart, a picture, a shape …). */
function drawingObjects(xml: string): UpdateLossKind[] {
  const kinds: UpdateLossKind[] = [];
  for (const m of xml.matchAll(
    /<(?:\w+:)?(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/(?:\w+:)?\1>/g
  )) {
    const anchor = m[0];
    const uri = /graphicData\b[^>]*\buri="([^"]*)"/.exec(anchor)?.[1];
    if (uri !== undefined)
      kinds.push(
        /\/chart$/i.test(uri) ? "chart" : /\/diagram$/i.test(uri) ? "smartArt" : "embeddedObject"
      );
    else if (/<(?:\w+:)?pic\b/.test(anchor)) kinds.push("picture");
    else kinds.push("shape");
  }
  return kinds;
}

interface OurOldSheet {
  readonly index: number;
  readonly sheet: PackageSheet & { part: string };
  readonly carry: CarryResult;
  /** Parts that go with the old sheet and are written anew or dropped. */
  readonly dropped: readonly string[];
}

/** Where the new sheets go in the tab order: old index → new index, and each new sheet's index. */
function placeNewSheets(
  oldNames: readonly string[],
  described: readonly SheetDescription[]
): { order: (string | { new: SheetDescription })[] } {
  const order: (string | { new: SheetDescription })[] = [...oldNames];
  const at = (name: string) =>
    order.findIndex((o) =>
      typeof o === "string" ? sameName(o, name) : sameName(o.new.name, name)
    );
  described.forEach((sheet, i) => {
    if (at(sheet.name) >= 0) return;
    const before = described
      .slice(0, i)
      .reverse()
      .map((s) => at(s.name))
      .find((k) => k >= 0);
    const after = described
      .slice(i + 1)
      .map((s) => at(s.name))
      .find((k) => k >= 0);
    const position = before !== undefined ? before + 1 : after !== undefined ? after : order.length;
    order.splice(position, 0, { new: sheet });
  });
  return { order };
}

export async function updateWorkbookBytes(
  existing: Uint8Array,
  description: WorkbookDescription,
  fileName: string,
  options: UpdateOptions = {}
): Promise<UpdateResult> {
  return patchWorkbookBytes(existing, description, fileName, options);
}

export function patchWorkbookBytes(
  existing: Uint8Array,
  description: WorkbookDescription,
  fileName: string,
  options: UpdateOptions = {}
): UpdateResult {
  const force = options.force ?? false;
  checkSheetNames(description);
  const rebuild = (cause: unknown): UpdateResult => {
    if (!force) throw new WorkbookUpdateError("unreadable", fileName, { cause });
    return { bytes: writeWorkbookBytes(description), losses: [], rebuilt: true };
  };

  let files: Files;
  try {
    files = new Files(unzipSync(existing));
  } catch (cause) {
    return rebuild(cause);
  }
  const pkg = openWorkbookPackage(
    Object.fromEntries(files.names.map((n) => [n, { content: files.parts[n] } as PackagePart]))
  );
  const workbookXml = readPart(pkg.index, pkg.workbookPart);
  if (workbookXml === null || pkg.sheets.length === 0 || /<\w+:workbook\b/.test(workbookXml))
    return rebuild(new Error("no workbook part Digiportfölj can update"));
  const stylesRel = [...pkg.workbookRels.values()].find((r) => relKind(r.type) === "styles");
  const stylesPath = stylesRel?.target ?? null;
  const styleLists = stylesPath === null ? null : readStyleLists(files.text(stylesPath));
  if (stylesPath !== null && styleLists === null)
    return rebuild(new Error(`the styles part ${stylesPath} is not one Digiportfölj can add to`));
  const styles = new StyleSheet(styleLists ?? undefined);

  const losses: UpdateLoss[] = [];
  const ours: OurOldSheet[] = [];
  const ourTableNames = description.sheets.flatMap((s) => (s.tables ?? []).map((t) => t.name));
  pkg.sheets.forEach((sheet, index) => {
    const spec = description.sheets.find((s) => sameName(s.name, sheet.name));
    if (!spec) {
      // A table of theirs named like one of ours would give the workbook two tables of one name.
      if (sheet.kind === "worksheet" && sheet.part !== null)
        for (const rel of rawRelationships(files, sheet.part))
          if (rel.kind === "table" && rel.part !== null) {
            const name =
              /<table\b[^>]*\bdisplayName="([^"]*)"/.exec(files.text(rel.part))?.[1] ?? "";
            if (ourTableNames.some((n) => sameName(n, name)))
              throw new RangeError(
                `The table ${name} on the sheet ${sheet.name} has the name of a table Digiportfölj writes; rename it in Excel.`
              );
          }
      return;
    }
    if (sheet.kind !== "worksheet" || sheet.part === null || !files.has(sheet.part)) {
      losses.push({ sheet: sheet.name, kind: "sheet", rewritten: true, detail: sheet.kind });
      return;
    }
    const xml = files.text(sheet.part);
    if (/<\w+:worksheet\b/.test(xml)) {
      losses.push({ sheet: sheet.name, kind: "other", rewritten: true, detail: sheet.part });
      return;
    }
    const relationships = rawRelationships(files, sheet.part);
    const dropped: string[] = [relsPathOf(sheet.part)];
    const tables: OldTable[] = [];
    const objects: UpdateLossKind[] = [];
    for (const rel of relationships) {
      if (rel.part === null) continue;
      if (rel.kind === "table") {
        tables.push({ relId: rel.id, part: rel.part, xml: files.text(rel.part) });
        dropped.push(rel.part, relsPathOf(rel.part));
      } else if (rel.kind === "drawing") {
        objects.push(...drawingObjects(files.text(rel.part)));
        dropped.push(rel.part, relsPathOf(rel.part));
        // our charts, and the style and colour parts Excel adds to a chart it saves
        for (const chart of rawRelationships(files, rel.part))
          if (chart.kind === "chart" && chart.part !== null) {
            dropped.push(chart.part, relsPathOf(chart.part));
            for (const extra of rawRelationships(files, chart.part))
              if (extra.part !== null) dropped.push(extra.part);
          }
      }
    }
    const areaName = pkg.definedNames.find(
      (n) => n.name === OUR_AREA_NAME && n.localSheetId === index
    );
    const carry = carrySheet({
      sheet: spec,
      xml,
      ourArea: areaName === undefined ? null : parseArea(areaName.text),
      relationships,
      tables,
      drawingObjects: objects,
    });
    losses.push(...carry.losses);
    ours.push({ index, sheet: sheet as PackageSheet & { part: string }, carry, dropped });
  });
  if (losses.length > 0 && !force)
    throw new WorkbookUpdateError("would_lose", fileName, { losses });

  // Parts written anew or dropped; calcChain goes too (it lists formula cells of ours, and Excel rebuilds it).
  const calcChain = [...pkg.workbookRels.values()].find((r) => relKind(r.type) === "calcChain");
  const dropped = new Set(
    [...ours.flatMap((o) => o.dropped), ...(calcChain?.target ? [calcChain.target] : [])]
      .map((p) => files.name(p))
      .filter((n): n is string => n !== undefined)
  );

  const zip = new ZipWriter();
  const overrides: Overrides = new Map();
  const numbers: PartNumbers = {
    nextTable: highest(files, "xl/tables/table", ".xml") + 1,
    nextTableId:
      Math.max(
        0,
        ...files.names
          .filter((n) => /^xl\/tables\/[^/]+\.xml$/i.test(n) && !dropped.has(n))
          .map((n) => Number(/<table\b[^>]*\bid="(\d+)"/.exec(files.text(n))?.[1] ?? 0))
      ) + 1,
    nextDrawing: highest(files, "xl/drawings/drawing", ".xml") + 1,
    nextChart: highest(files, "xl/charts/chart", ".xml") + 1,
  };
  let nextSheet = highest(files, "xl/worksheets/sheet", ".xml") + 1;

  const { order } = placeNewSheets(
    pkg.sheets.map((s) => s.name),
    description.sheets
  );
  const workbookRelsPath = relsPathOf(pkg.workbookPart);
  const workbookRelsXml = files.text(workbookRelsPath);
  const takenRelIds = new Set([...pkg.workbookRels.keys()]);
  const newSheets: { name: string; relId: string; path: string }[] = [];
  for (const sheet of description.sheets) {
    const old = ours.find((o) => sameName(o.sheet.name, sheet.name));
    if (old) {
      writeDescribedSheet(
        zip,
        sheet,
        {
          path: old.sheet.part,
          styles,
          selected: false,
          carried: old.carry.carried,
          carriedRelationships: old.carry.relationships,
          tableFilters: old.carry.tableFilters,
          tableExtensions: old.carry.tableExtensions,
        },
        numbers,
        overrides
      );
      dropped.add(files.name(old.sheet.part) ?? old.sheet.part);
      continue;
    }
    if (pkg.sheets.some((s) => sameName(s.name, sheet.name))) continue; // a loss, forced: left as it was
    let path: string;
    do path = `xl/worksheets/sheet${nextSheet++}.xml`;
    while (files.has(path));
    let n = newSheets.length;
    let relId: string;
    do relId = `rIdDp${++n}`;
    while (takenRelIds.has(relId));
    takenRelIds.add(relId);
    writeDescribedSheet(zip, sheet, { path, styles, selected: false }, numbers, overrides);
    newSheets.push({ name: sheet.name, relId, path });
  }

  // The workbook part: new sheets in their place, names anew, recalculation on open.
  const positionOf = (name: string) =>
    order.findIndex((o) =>
      typeof o === "string" ? sameName(o, name) : sameName(o.new.name, name)
    );
  const oldToNew = pkg.sheets.map((s) => positionOf(s.name));
  const sheetsInOrder = order.map((o) => (typeof o === "string" ? o : o.new.name));
  let workbook = workbookXml;
  let sheetId = Math.max(
    0,
    ...[...workbook.matchAll(/<sheet\b[^>]*\bsheetId="(\d+)"/g)].map((m) => Number(m[1]))
  );
  const sheetEntries = [...workbook.matchAll(/<sheet\b[^>]*?\/>/g)].map((m) => m[0]);
  const entriesInOrder = order.map((o) => {
    if (typeof o === "string") return sheetEntries[pkg.sheets.findIndex((s) => s.name === o)] ?? "";
    const added = newSheets.find((s) => s.name === o.new.name)!;
    return `<sheet name="${xmlAttr(added.name)}" sheetId="${++sheetId}" r:id="${added.relId}"/>`;
  });
  const relPrefix =
    /\bxmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
      workbook
    )?.[1] ?? "r";
  if (newSheets.length > 0) {
    const withPrefix = entriesInOrder.map((e) => e.replace(/ r:id=/, ` ${relPrefix}:id=`));
    workbook = workbook.replace(/<sheets\b[^>]*>[\s\S]*?<\/sheets>/, (all) =>
      all.replace(/>[\s\S]*<\/sheets>$/, `>${withPrefix.join("")}</sheets>`)
    );
    if (!new RegExp(`xmlns:${relPrefix}=`).test(workbook))
      workbook = workbook.replace(
        /<workbook\b/,
        '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
      );
    // a tab index at or after an inserted sheet moves with it
    workbook = workbook.replace(
      /\b(activeTab|firstSheet)="(\d+)"/g,
      (_all, key: string, value: string) => `${key}="${oldToNew[Number(value)] ?? value}"`
    );
  }
  const keptNames = [
    ...(/<definedNames\b[^>]*>([\s\S]*?)<\/definedNames>/.exec(workbook)?.[1] ?? "").matchAll(
      /<definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/definedName>)/g
    ),
  ]
    .map((m) => m[0])
    .filter((entry) => {
      const name = /\bname="([^"]*)"/.exec(entry)?.[1] ?? "";
      return (
        name !== OUR_AREA_NAME &&
        !description.names.some((n) => sameName(n.name, name) && !/\blocalSheetId=/.test(entry))
      );
    })
    .map((entry) =>
      entry.replace(
        /\blocalSheetId="(\d+)"/,
        (_all, v: string) => `localSheetId="${oldToNew[Number(v)] ?? v}"`
      )
    );
  const ourNames =
    description.names.map((n) => definedNameXml(n, sheetsInOrder)).join("") +
    description.sheets.map((s) => areaNameXml(s, positionOf(s.name))).join("");
  const names = `<definedNames>${keptNames.join("")}${ourNames}</definedNames>`;
  if (/<definedNames\b[^>]*>[\s\S]*?<\/definedNames>|<definedNames\s*\/>/.test(workbook))
    workbook = workbook.replace(
      /<definedNames\b[^>]*>[\s\S]*?<\/definedNames>|<definedNames\s*\/>/,
      names
    );
  else {
    const after = /<\/externalReferences>|<\/functionGroups>|<\/sheets>/g;
    let last: RegExpExecArray | null = null;
    for (let m = after.exec(workbook); m !== null; m = after.exec(workbook)) last = m;
    const at = last!.index + last![0].length;
    workbook = workbook.slice(0, at) + names + workbook.slice(at);
  }
  if (/<calcPr\b/.test(workbook))
    workbook = workbook.replace(
      /<calcPr\b([^>]*?)(\/?)>/,
      (_all, attrs: string, close: string) =>
        `<calcPr${attrs.replace(/\s*fullCalcOnLoad="[^"]*"/, "")} fullCalcOnLoad="1"${close}>`
    );
  else
    workbook = workbook.replace(/<\/definedNames>/, '</definedNames><calcPr fullCalcOnLoad="1"/>');

  let workbookRels = workbookRelsXml;
  if (calcChain)
    workbookRels = workbookRels.replace(
      new RegExp(`<Relationship\\b[^>]*\\bId="${calcChain.id}"[^>]*/>`),
      ""
    );
  const addedRels: Relationship[] = newSheets.map((s) => ({
    id: s.relId,
    type: WORKSHEET_REL_TYPE,
    target: relativeTo(pkg.workbookPart, s.path),
  }));
  let stylesTarget = stylesPath;
  if (stylesTarget === null) {
    stylesTarget = "xl/styles.xml";
    addedRels.push({
      id: "rIdDpStyles",
      type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
      target: relativeTo(pkg.workbookPart, stylesTarget),
    });
  }
  if (addedRels.length > 0) {
    const entries = relationshipsXml(addedRels).replace(
      /^[\s\S]*?<Relationships[^>]*>|<\/Relationships>$/g,
      ""
    );
    workbookRels = workbookRels.replace(/<\/Relationships>\s*$/, `${entries}</Relationships>`);
  }

  zip.addText(
    files.name(stylesTarget) ?? stylesTarget,
    stylesPath === null ? styles.toXml() : patchStyles(files.text(stylesPath), styles)
  );
  if (stylesPath === null) overrides.set(stylesTarget, STYLES_CONTENT_TYPE);

  const contentTypesName = files.name("[Content_Types].xml") ?? "[Content_Types].xml";
  let contentTypes = files.text(contentTypesName);
  contentTypes = contentTypes.replace(
    /<Override\b[^>]*?\bPartName="\/?([^"]*)"[^>]*\/>/g,
    (entry, part: string) => {
      const name = files.name(decodeURIComponent(part));
      return (name !== undefined && dropped.has(name) && !overrides.has(name)) ||
        overrides.has(part)
        ? ""
        : entry;
    }
  );
  const added = [...overrides]
    .map(([path, type]) => `<Override PartName="/${xmlAttr(path)}" ContentType="${type}"/>`)
    .join("");
  contentTypes = contentTypes.replace(/<\/Types>\s*$/, `${added}</Types>`);

  const written = new Set([...overrides.keys()].map((p) => p.toLowerCase()));
  for (const name of files.names) {
    const lower = name.toLowerCase();
    if (dropped.has(name) || written.has(lower)) continue;
    if (
      name === contentTypesName ||
      lower === pkg.workbookPart.toLowerCase() ||
      lower === workbookRelsPath.toLowerCase()
    )
      continue;
    if (stylesPath !== null && lower === stylesPath.toLowerCase()) continue;
    if (
      /_rels\/[^/]+\.rels$/i.test(name) &&
      ours.some((o) => relsPathOf(o.sheet.part).toLowerCase() === lower)
    )
      continue;
    zip.addBytes(name, files.parts[name]!);
  }
  zip.addText(files.name(pkg.workbookPart) ?? pkg.workbookPart, workbook);
  zip.addText(files.name(workbookRelsPath) ?? workbookRelsPath, workbookRels);
  zip.addText(contentTypesName, contentTypes);
  return { bytes: zip.finish(), losses, rebuilt: false };
}

/** A part's path relative to another part's folder, as a relationship's target. */
function relativeTo(fromPart: string, path: string): string {
  const dir = fromPart.slice(0, fromPart.lastIndexOf("/") + 1);
  return path.startsWith(dir) ? path.slice(dir.length) : `/${path}`;
}
