/**
 * What updating an existing .xlsx would lose, found before anything is written. Two causes:
 * - sheets Digiportfölj rewrites lose every object on them (a note, a chart, a pivot table …);
 * - every other sheet goes through exceljs, which keeps cells, formulas, styles, merged cells,
 *   tables, notes, pictures, validations, conditional formats and plain names, but silently
 *   drops the rest (measured on the corpus and by reading exceljs 4.4's reader): charts,
 *   shapes, SmartArt, pivot tables, slicers, timelines, sparklines, form and ActiveX controls,
 *   embedded objects, threaded comments, chart/dialog/macro sheets, macros, links to other
 *   workbooks, data connections, Excel 2010+ validations, dynamic-array and rich-value cells,
 *   named formulas and sheet-local names, and the criteria of active filters.
 * Everything is read from the package parts; unknown relationship kinds and extensions on a
 * kept sheet count as losses too, so the check errs on the side of stopping.
 */
import { splitOutsideQuotes } from "../../domain/text/splitOutsideQuotes";
import { hasPart, readPart, readRelationships, relKind, type PartIndex } from "./packageParts";
import type { PackageSheet, WorkbookPackage } from "./workbookPackage";

export const UPDATE_LOSS_KINDS = [
  "sheet",
  "chart",
  "shape",
  "picture",
  "smartArt",
  "slicer",
  "timeline",
  "embeddedObject",
  "formControl",
  "pivotTable",
  "comment",
  "threadedComment",
  "hyperlink",
  "sparkline",
  "validation",
  "protectedRange",
  "filter",
  "dynamicArray",
  "cellRichValue",
  "headerFooterPicture",
  "table",
  "definedName",
  "macros",
  "externalLink",
  "dataConnection",
  "sensitivityLabel",
  "other",
] as const;

export type UpdateLossKind = (typeof UPDATE_LOSS_KINDS)[number];

export interface UpdateLoss {
  /** The sheet it is on; null for the workbook as a whole. */
  readonly sheet: string | null;
  readonly kind: UpdateLossKind;
  /** True when the sheet is one the update rewrites (so anything on it is replaced). */
  readonly rewritten: boolean;
  /** A name, a relationship kind or a part, when it helps to find the thing. */
  readonly detail?: string;
}

const sameName = (a: string, b: string): boolean =>
  a.toLocaleLowerCase("sv-SE") === b.toLocaleLowerCase("sv-SE");

// exceljs reads parts only at these paths (xlsx.js matches entry names by pattern).
const EXCELJS_PATHS = {
  drawing: /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/,
  media: /^xl\/media\/[a-zA-Z0-9]+\.[a-zA-Z0-9]{3,4}$/,
  comments: /^xl\/comments\d+\.xml$/,
  table: /^xl\/tables\/table\d+\.xml$/,
} as const;

/** graphicData uri → what the frame shows. */
function frameKind(uri: string): UpdateLossKind {
  if (/\/chart$|\/chartex$/i.test(uri)) return "chart";
  if (/\/diagram$/i.test(uri)) return "smartArt";
  if (/\/timeslicer$/i.test(uri)) return "timeline";
  if (/\/slicer$/i.test(uri)) return "slicer";
  return "embeddedObject";
}

const ANCHOR = /<(?:\w+:)?(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/(?:\w+:)?\1>/g;
const has = (xml: string, element: string): boolean =>
  new RegExp(`<(?:\\w+:)?${element}[\\s/>]`).test(xml);

/** One kind per drawing anchor (a chart, a shape, a picture …), and whether exceljs keeps it. */
function drawingObjects(
  index: PartIndex,
  drawingPart: string
): { kind: UpdateLossKind; keptByExceljs: boolean }[] {
  const xml = readPart(index, drawingPart);
  if (xml === null) return [];
  const rels = readRelationships(index, drawingPart);
  const objects: { kind: UpdateLossKind; keptByExceljs: boolean }[] = [];
  for (const match of xml.matchAll(ANCHOR)) {
    const anchor = match[0];
    const uri = /graphicData\b[^>]*\buri="([^"]*)"/.exec(anchor)?.[1];
    let kind: UpdateLossKind;
    if (uri !== undefined) kind = frameKind(uri);
    else if (has(anchor, "grpSp") || has(anchor, "sp") || has(anchor, "cxnSp")) kind = "shape";
    else if (has(anchor, "contentPart")) kind = "shape";
    else if (has(anchor, "pic")) kind = "picture";
    else kind = "other";
    let keptByExceljs = false;
    if (kind === "picture" && match[1] !== "absoluteAnchor") {
      const embeds = [...anchor.matchAll(/\br:embed="([^"]*)"/g)].map((m) => rels.get(m[1] ?? ""));
      keptByExceljs =
        EXCELJS_PATHS.drawing.test(drawingPart) &&
        embeds.length > 0 &&
        embeds.every((rel) => rel?.target != null && EXCELJS_PATHS.media.test(rel.target));
    }
    objects.push({ kind, keptByExceljs });
  }
  return objects;
}

/** An autoFilter element with content (criteria, a remembered sort, hidden buttons). */
export const AUTO_FILTER_WITH_CONTENT =
  /<((?:\w+:)?)autoFilter\b([^>]*[^/>])?>[\s\S]*?<\/\1autoFilter>/g;

/** Whether an autoFilter holds criteria: exceljs drops them (or fails to read some kinds). */
const filterIsActive = (xml: string): boolean =>
  [...xml.matchAll(AUTO_FILTER_WITH_CONTENT)].some((m) =>
    /<(?:\w+:)?(filters|customFilters|top10|dynamicFilter|colorFilter|iconFilter)\b/.test(m[0])
  );

/**
 * Worksheet extensions that hold something of the council's, by uri; exceljs drops them all
 * except x14 conditional formats, which it reads. Other extensions (Excel for Mac's page layout
 * view, ignored error marks, revision ids) hold view settings and are let go without a word.
 */
const EXTENSION_KINDS: Readonly<Record<string, UpdateLossKind>> = {
  "{05C60535-1F16-4FD2-B633-F4F36F0B64E0}": "sparkline",
  "{CCE6A557-97BC-4B89-ADB6-D9C93CAAB3DF}": "validation",
  "{A8765BA9-456A-4DAB-B4F3-ACF838C121DE}": "slicer",
  "{3A4CF648-6AED-40F4-86FF-DC5316D8AED3}": "slicer",
  "{7E03D99C-DC04-49D9-9315-930204A7B6E9}": "timeline",
  "{FC87AEE6-9EDD-4A0A-B7FB-166176984837}": "protectedRange",
  // an Office add-in's content pane or task pane bound to the sheet
  "{F7C9EE02-42E1-4005-9D12-6889AFFD525C}": "other",
};

function sheetExtensions(xml: string): string[] {
  const extLst = /<(?:\w+:)?extLst>([\s\S]*)<\/(?:\w+:)?extLst>\s*<\/(?:\w+:)?worksheet>/.exec(xml);
  if (!extLst) return [];
  return [...(extLst[1] ?? "").matchAll(/<(?:\w+:)?ext\b[^>]*\buri="([^"]*)"/g)].map((m) =>
    (m[1] ?? "").toUpperCase()
  );
}

/** Relationship kinds of a worksheet that carry no object of their own. */
const PLAIN_SHEET_RELS = new Set(["printerSettings", "vmlDrawing"]);

interface SheetCheck {
  readonly sheet: PackageSheet;
  readonly rewritten: boolean;
}

function lossesOfSheet(index: PartIndex, { sheet, rewritten }: SheetCheck): UpdateLoss[] {
  const losses: UpdateLoss[] = [];
  const lose = (kind: UpdateLossKind, detail?: string) =>
    losses.push({
      sheet: sheet.name,
      kind,
      rewritten,
      ...(detail === undefined ? {} : { detail }),
    });

  if (sheet.kind !== "worksheet") {
    lose("sheet", sheet.kind);
    return losses;
  }
  if (sheet.part === null) return losses;
  const xml = readPart(index, sheet.part) ?? "";
  const rels = readRelationships(index, sheet.part);

  for (const rel of rels.values()) {
    const kind = relKind(rel.type);
    const target = rel.target;
    if (PLAIN_SHEET_RELS.has(kind)) continue;
    switch (kind) {
      case "table":
        // The writer renders its own tables; on a kept sheet exceljs carries tables it finds.
        if (rewritten || target === null) break;
        if (!EXCELJS_PATHS.table.test(target)) lose("table", target);
        else {
          const tableXml = readPart(index, target) ?? "";
          if (filterIsActive(tableXml)) lose("filter", tableName(tableXml));
          for (const tableRel of readRelationships(index, target).values())
            if (relKind(tableRel.type) === "queryTable")
              lose("dataConnection", tableName(tableXml));
        }
        break;
      case "drawing":
        if (target === null) break;
        for (const object of drawingObjects(index, target))
          if (rewritten || !object.keptByExceljs) lose(object.kind);
        break;
      case "comments":
        if (rewritten || target === null || !EXCELJS_PATHS.comments.test(target)) lose("comment");
        break;
      case "threadedComment":
        lose("threadedComment");
        break;
      case "hyperlink":
        if (rewritten) lose("hyperlink");
        break;
      case "image":
        // a sheet background picture: exceljs keeps it on a kept sheet
        if (rewritten) lose("picture");
        break;
      case "pivotTable":
        lose("pivotTable");
        break;
      case "ctrlProp":
      case "control":
        lose("formControl");
        break;
      case "oleObject":
      case "package":
        lose("embeddedObject");
        break;
      case "slicer":
        lose("slicer");
        break;
      case "timeline":
        lose("timeline");
        break;
      default:
        lose("other", kind);
    }
  }

  // Hyperlinks to places in the workbook have no relationship, only the element.
  if (
    rewritten &&
    ![...rels.values()].some((r) => relKind(r.type) === "hyperlink") &&
    has(xml, "hyperlink")
  )
    lose("hyperlink");
  if (rewritten) return losses;

  if (filterIsActive(xml)) lose("filter");
  if (/<(?:\w+:)?c\b[^>]*\bcm="/.test(xml)) lose("dynamicArray");
  if (/<(?:\w+:)?c\b[^>]*\bvm="/.test(xml)) lose("cellRichValue");
  if (has(xml, "legacyDrawingHF")) lose("headerFooterPicture");
  if (has(xml, "protectedRanges")) lose("protectedRange");
  for (const uri of sheetExtensions(xml)) {
    const kind = EXTENSION_KINDS[uri];
    if (kind) lose(kind, kind === "other" ? uri : undefined);
  }
  return losses;
}

function tableName(xml: string): string | undefined {
  return /<(?:\w+:)?table\b[^>]*\bdisplayName="([^"]*)"/.exec(xml)?.[1];
}

/** A name exceljs keeps: absolute cell or range references only ("'Blad'!$A$1:$B$2,Blad!$C$3"). */
const PLAIN_REF = /^(?:(?:'(?:[^']|'')+'|[^'!,()"]+)!)?\$[A-Z]{1,3}\$\d+(?::\$[A-Z]{1,3}\$\d+)?$/i;

function lossesOfNames(pkg: WorkbookPackage, redefined: readonly string[]): UpdateLoss[] {
  const losses: UpdateLoss[] = [];
  for (const name of pkg.definedNames) {
    // Excel's own names: print areas and titles exceljs keeps, the filter database it rebuilds.
    if (/^_xlnm\./i.test(name.name)) continue;
    if (redefined.some((n) => sameName(n, name.name))) continue;
    if (name.text.includes("#REF!")) continue;
    const local = name.localSheetId !== null;
    const plain = splitOutsideQuotes(name.text).every((ref) => PLAIN_REF.test(ref.trim()));
    if (local || !plain) {
      const sheet = local ? (pkg.sheets[name.localSheetId as number]?.name ?? null) : null;
      losses.push({ sheet, kind: "definedName", rewritten: false, detail: name.name });
    }
  }
  return losses;
}

function lossesOfWorkbook(pkg: WorkbookPackage): UpdateLoss[] {
  const losses: UpdateLoss[] = [];
  const lose = (kind: UpdateLossKind, detail?: string) =>
    losses.push({
      sheet: null,
      kind,
      rewritten: false,
      ...(detail === undefined ? {} : { detail }),
    });
  for (const rel of pkg.workbookRels.values()) {
    const kind = relKind(rel.type);
    if (kind === "vbaProject") lose("macros");
    else if (kind === "externalLink") lose("externalLink", rel.target ?? undefined);
    else if (kind === "connections" || kind === "powerPivotData") lose("dataConnection");
    else if (kind === "customXml" && rel.target !== null) {
      // Power Query keeps its queries in a custom XML part holding a DataMashup.
      if (/<DataMashup\b/.test(readPart(pkg.index, rel.target) ?? ""))
        lose("dataConnection", "Power Query");
    }
  }
  const custom = readPart(pkg.index, "docProps/custom.xml") ?? "";
  if (hasPart(pkg.index, "docMetadata/LabelInfo.xml") || /name="MSIP_Label_/.test(custom))
    lose("sensitivityLabel");
  return losses;
}

/**
 * Everything an update would lose: `rewrite` names the sheets the update replaces (compared
 * without case, as Excel compares sheet names), `redefined` the names it writes anew.
 */
export function findUpdateLosses(
  pkg: WorkbookPackage,
  rewrite: readonly string[],
  redefined: readonly string[] = []
): UpdateLoss[] {
  const sheets = pkg.sheets.map((sheet) => ({
    sheet,
    rewritten: rewrite.some((name) => sameName(name, sheet.name)),
  }));
  return [
    ...sheets.flatMap((check) => lossesOfSheet(pkg.index, check)),
    ...lossesOfNames(pkg, redefined),
    ...lossesOfWorkbook(pkg),
  ];
}
