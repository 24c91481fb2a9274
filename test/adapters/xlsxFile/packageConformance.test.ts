/**
 * What Excel itself requires of the parts the writer makes, checked on a new portfolio and on one
 * patched into a workbook the council worked in: every part well-formed with no repeated
 * attribute; children in the order of the schema's sequences (ECMA-376 Part 1, sml.xsd:
 * CT_Workbook, CT_Worksheet, CT_Stylesheet, CT_Table, CT_Row, CT_Cell, CT_Xf, CT_SheetView);
 * every relationship pointing at a part that is there and every part with a content type; and
 * the indexes between parts in range (styles, differential formats, table ids, sheet ids, names
 * local to a sheet). Elements in other namespaces (mc:, x14ac:, xr:) are extensions Excel allows.
 */
import { strFromU8, unzipSync } from "fflate";
import { updateWorkbookBytes } from "../../../src/adapters/xlsxFile/write/patchWorkbook";
import { writeWorkbookBytes } from "../../../src/adapters/xlsxFile/write/writeWorkbook";
import { DEFAULT_PARAMETERS } from "../../../src/domain/parameters/Parameters";
import { describePortfolio } from "../../../src/domain/portfolio/describePortfolio";
import { buildConsolidation } from "../../builders/consolidation";
import { complete } from "../../builders/initiatives";
import { childrenNamed, parseXmlTree, type XmlElement } from "../../manifest/xmlTree";
import { PORTFOLIO_V1, PORTFOLIO_V2, withCouncilSheet } from "./updateFixtures";
import { renderWorkbook } from "../../../src/adapters/xlsxFile/write/writeWorkbook";

const SEQUENCES: Readonly<Record<string, readonly string[]>> = {
  workbook: [
    "fileVersion",
    "fileSharing",
    "workbookPr",
    "workbookProtection",
    "bookViews",
    "sheets",
    "functionGroups",
    "externalReferences",
    "definedNames",
    "calcPr",
    "oleSize",
    "customWorkbookViews",
    "pivotCaches",
    "smartTagPr",
    "smartTagTypes",
    "webPublishing",
    "fileRecoveryPr",
    "webPublishObjects",
    "extLst",
  ],
  worksheet: [
    "sheetPr",
    "dimension",
    "sheetViews",
    "sheetFormatPr",
    "cols",
    "sheetData",
    "sheetCalcPr",
    "sheetProtection",
    "protectedRanges",
    "scenarios",
    "autoFilter",
    "sortState",
    "dataConsolidate",
    "customSheetViews",
    "mergeCells",
    "phoneticPr",
    "conditionalFormatting",
    "dataValidations",
    "hyperlinks",
    "printOptions",
    "pageMargins",
    "pageSetup",
    "headerFooter",
    "rowBreaks",
    "colBreaks",
    "customProperties",
    "cellWatches",
    "ignoredErrors",
    "smartTags",
    "drawing",
    "legacyDrawing",
    "legacyDrawingHF",
    "drawingHF",
    "picture",
    "oleObjects",
    "controls",
    "webPublishItems",
    "tableParts",
    "extLst",
  ],
  styleSheet: [
    "numFmts",
    "fonts",
    "fills",
    "borders",
    "cellStyleXfs",
    "cellXfs",
    "cellStyles",
    "dxfs",
    "tableStyles",
    "colors",
    "extLst",
  ],
  table: ["autoFilter", "sortState", "tableColumns", "tableStyleInfo", "extLst"],
  row: ["c", "extLst"],
  c: ["f", "v", "is", "extLst"],
  xf: ["alignment", "protection", "extLst"],
  sheetView: ["pane", "selection", "pivotSelection", "extLst"],
  dataValidation: ["formula1", "formula2"],
};

/** Order faults of an element and its descendants, as "path: child after sibling". */
function orderFaults(element: XmlElement, path: string, faults: string[]): void {
  const sequence = SEQUENCES[element.localName];
  if (sequence) {
    let last = -1;
    for (const child of element.children) {
      if (child.name.includes(":")) continue;
      const at = sequence.indexOf(child.localName);
      if (at < 0) faults.push(`${path}: unknown ${child.localName}`);
      else if (at < last) faults.push(`${path}: ${child.localName} after ${sequence[last]}`);
      else last = at;
    }
  }
  // rows and cells are many and alike; the first few stand for all
  const children =
    element.localName === "sheetData" ? element.children.slice(0, 50) : element.children;
  for (const child of children) orderFaults(child, `${path}/${child.localName}`, faults);
}

const resolve = (from: string, target: string): string => {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== ".") parts.push(segment);
  }
  return parts.join("/");
};

function conformanceFaults(bytes: Uint8Array): string[] {
  const files = unzipSync(bytes);
  const names = Object.keys(files).filter((n) => !n.endsWith("/"));
  const faults: string[] = [];
  const trees = new Map<string, XmlElement>();
  for (const name of names.filter((n) => /\.(xml|rels)$/.test(n))) {
    const parsed = parseXmlTree(strFromU8(files[name]!));
    if (!parsed.ok) faults.push(`${name}: ${parsed.error}`);
    else trees.set(name, parsed.root);
  }
  for (const [name, root] of trees) orderFaults(root, name, faults);

  // content types and relationships
  const types = trees.get("[Content_Types].xml")!;
  const overrides = new Set(
    childrenNamed(types, "Override").map((o) => o.attributes["PartName"]!.slice(1))
  );
  const defaults = new Set(
    childrenNamed(types, "Default").map((d) => d.attributes["Extension"]!.toLowerCase())
  );
  for (const name of names)
    if (
      name !== "[Content_Types].xml" &&
      !overrides.has(name) &&
      !defaults.has(name.split(".").pop()!.toLowerCase())
    )
      faults.push(`${name}: no content type`);
  for (const part of overrides)
    if (!names.includes(part)) faults.push(`[Content_Types].xml: override for missing ${part}`);
  for (const [name, root] of trees) {
    if (!name.endsWith(".rels")) continue;
    const source = name === "_rels/.rels" ? "" : name.replace(/_rels\/([^/]+)\.rels$/, "$1");
    const ids = new Set<string>();
    for (const rel of childrenNamed(root, "Relationship")) {
      const id = rel.attributes["Id"]!;
      if (ids.has(id)) faults.push(`${name}: two relationships ${id}`);
      ids.add(id);
      if (rel.attributes["TargetMode"] === "External") continue;
      const target = resolve(
        source === "" ? "" : source,
        decodeURIComponent(rel.attributes["Target"]!)
      );
      if (!names.includes(target)) faults.push(`${name}: ${id} → missing ${target}`);
    }
  }

  // indexes between parts
  const styles = trees.get("xl/styles.xml")!;
  const list = (tag: string) => childrenNamed(styles, tag)[0];
  const cellXfs = list("cellXfs")!.children.length;
  const dxfs = list("dxfs")?.children.length ?? 0;
  for (const tag of ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"]) {
    const element = list(tag);
    if (element && Number(element.attributes["count"]) !== element.children.length)
      faults.push(
        `xl/styles.xml: ${tag} count ${element.attributes["count"]} for ${element.children.length}`
      );
  }
  for (const xf of list("cellXfs")!.children)
    for (const [key, tag] of [
      ["fontId", "fonts"],
      ["fillId", "fills"],
      ["borderId", "borders"],
    ] as const)
      if (Number(xf.attributes[key]) >= list(tag)!.children.length)
        faults.push(`xl/styles.xml: ${key} out of range`);
  const tableIds = new Set<string>();
  for (const name of names) {
    const text = strFromU8(files[name]!);
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) {
      for (const m of text.matchAll(/<c\b[^>]*\bs="(\d+)"/g))
        if (Number(m[1]) >= cellXfs) {
          faults.push(`${name}: style ${m[1]} of ${cellXfs}`);
          break;
        }
      for (const m of text.matchAll(/\bdxfId="(\d+)"/g))
        if (Number(m[1]) >= dxfs) faults.push(`${name}: dxfId ${m[1]} of ${dxfs}`);
    }
    if (/^xl\/tables\/[^/]+\.xml$/.test(name)) {
      const id = /<table\b[^>]*\bid="(\d+)"/.exec(text)![1]!;
      if (tableIds.has(id)) faults.push(`${name}: table id ${id} twice`);
      tableIds.add(id);
    }
  }
  const workbook = trees.get("xl/workbook.xml")!;
  const sheets = childrenNamed(childrenNamed(workbook, "sheets")[0], "sheet");
  if (new Set(sheets.map((s) => s.attributes["sheetId"])).size !== sheets.length)
    faults.push("xl/workbook.xml: two sheets of one sheetId");
  for (const name of childrenNamed(childrenNamed(workbook, "definedNames")[0], "definedName")) {
    const local = name.attributes["localSheetId"];
    if (local !== undefined && Number(local) >= sheets.length)
      faults.push(`xl/workbook.xml: ${name.attributes["name"]} on sheet ${local}`);
  }
  return faults;
}

describe("the parts the writer makes, against what Excel requires", () => {
  const run = (n: number) =>
    describePortfolio(
      buildConsolidation({
        parameters: DEFAULT_PARAMETERS,
        initiatives: Array.from({ length: n }, (_, i) => ({
          ...complete(
            { id: `T-${i + 1}`, forvaltning: i % 2 ? "Kultur & fritid" : "Socialförvaltningen" },
            5 + i
          ),
          scores: { nytta: 1 + (i % 5), strategi: 3, komplexitet: 5 - (i % 5), risk: 2 },
        })),
      }),
      { generatedAt: "2026-12-02 10:00" }
    );

  it("a new portfolio, every sheet, table, style and chart", () => {
    expect(conformanceFaults(writeWorkbookBytes(run(12)))).toEqual([]);
  });

  it("a portfolio updated by patching, with the council's sheet, table, picture and names in it", async () => {
    // The council's parts come from exceljs, which leaves faults of its own (a theme it does not
    // write, legacyDrawing after tableParts); only faults the update adds count.
    const council = await withCouncilSheet(await renderWorkbook(PORTFOLIO_V1));
    const theirs = new Set(conformanceFaults(council));
    expect(theirs.size).toBeGreaterThan(0);
    const added = (bytes: Uint8Array) => conformanceFaults(bytes).filter((f) => !theirs.has(f));
    const once = await updateWorkbookBytes(council, PORTFOLIO_V2, "p.xlsx");
    expect(added(once.bytes)).toEqual([]);
    const twice = await updateWorkbookBytes(once.bytes, PORTFOLIO_V1, "p.xlsx");
    expect(added(twice.bytes)).toEqual([]);
  });

  it("a whole portfolio patched into an earlier one, new sheets and charts added", async () => {
    const first = writeWorkbookBytes(run(3));
    const second = await updateWorkbookBytes(first, run(9), "p.xlsx");
    expect(conformanceFaults(second.bytes)).toEqual([]);
  });

  it("finds a fault when there is one", () => {
    const bytes = writeWorkbookBytes(run(2));
    const files = unzipSync(bytes);
    const sheet = Object.keys(files).find((n) => /^xl\/worksheets\/sheet1\.xml$/.test(n))!;
    const text = strFromU8(files[sheet]!).replace(
      /(<sheetFormatPr[^>]*\/>)(<cols>[\s\S]*?<\/cols>)?/,
      "$2$1"
    );
    const { zipSync, strToU8 } = require("fflate") as typeof import("fflate");
    const broken = zipSync({ ...files, [sheet]: strToU8(text) });
    expect(conformanceFaults(broken).some((f) => f.includes("sheetFormatPr after cols"))).toBe(
      true
    );
  });
});
