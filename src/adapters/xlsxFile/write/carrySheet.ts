/**
 * What the council added to one of our sheets, found in its old part so the rewrite can carry it
 * over as it was: cells outside the area we wrote (values, formulas as formulas, their styles),
 * hidden rows and heights, column widths, merged cells, links, notes, protection, page setup,
 * their own conditional formats and validations, and the filter and sort on our tables. What
 * cannot be carried (a cell of theirs where we now write, a picture in our drawing, a column put
 * inside our table) is returned as a loss, so the update stops before anything is written.
 */
import type { SheetDescription } from "../../../domain/template/WorkbookDescription";
import { cellAddress } from "../../../domain/sheets/columnLetters";
import type { UpdateLoss, UpdateLossKind } from "../updateLoss";
import { quoteSheetName } from "../a1";
import { areaOf, inBoxes, type Box } from "./ourArea";
import type { Relationship } from "./packageXml";
import { tableRef } from "./tablePart";
import {
  CARRIED_ELEMENTS,
  type CarriedCell,
  type CarriedElement,
  type CarriedSheetContent,
} from "./worksheetPart";
import { attribute, elementOf, elementsOf, scanWorksheet, sqrefBoxes } from "./worksheetScan";

/** A relationship of the old part, as written (Target unresolved), with its kind. */
export interface OldRelationship extends Relationship {
  readonly kind: string;
  /** The part it points to, resolved; null when external. */
  readonly part: string | null;
}

/** One of the old part's tables. */
export interface OldTable {
  readonly relId: string;
  readonly part: string;
  readonly xml: string;
}

export interface CarryInput {
  readonly sheet: SheetDescription;
  readonly xml: string;
  /** Where we wrote last time; null for a portfolio written before the area was kept. */
  readonly ourArea: readonly Box[] | null;
  readonly relationships: readonly OldRelationship[];
  readonly tables: readonly OldTable[];
  /** Kinds of the objects in the old drawing, one per anchor ("chart", "picture" …). */
  readonly drawingObjects: readonly UpdateLossKind[];
}

export interface CarryResult {
  readonly carried: CarriedSheetContent;
  readonly relationships: readonly Relationship[];
  /** Parts of the old sheet that go with it: our tables, our drawing and charts. */
  readonly tableFilters: ReadonlyMap<string, string>;
  /** Per table of ours, the columns they added at its right end (tableColumn elements as written). */
  readonly tableExtensions: ReadonlyMap<string, readonly string[]>;
  readonly losses: readonly UpdateLoss[];
}

/** Relationships whose parts stay with the rewritten sheet. */
const CARRIED_RELATIONSHIPS = new Set(["comments", "vmlDrawing", "hyperlink", "printerSettings"]);
/** Relationships of ours, replaced by the rewrite. */
const OUR_RELATIONSHIPS = new Set(["table", "drawing"]);

const REL_LOSS: Readonly<Record<string, UpdateLossKind>> = {
  threadedComment: "threadedComment",
  pivotTable: "pivotTable",
  ctrlProp: "formControl",
  control: "formControl",
  oleObject: "embeddedObject",
  package: "embeddedObject",
  slicer: "slicer",
  timeline: "timeline",
  image: "picture",
};

/** Extensions on a sheet that hold something of the council's (the rest are view settings). */
const EXTENSION_LOSS: Readonly<Record<string, UpdateLossKind>> = {
  "{05C60535-1F16-4FD2-B633-F4F36F0B64E0}": "sparkline",
  "{CCE6A557-97BC-4B89-ADB6-D9C93CAAB3DF}": "validation",
  "{78C0D931-6437-407D-A8EE-F0AAD7539E65}": "other",
  "{A8765BA9-456A-4DAB-B4F3-ACF838C121DE}": "slicer",
  "{3A4CF648-6AED-40F4-86FF-DC5316D8AED3}": "slicer",
  "{7E03D99C-DC04-49D9-9315-930204A7B6E9}": "timeline",
  "{FC87AEE6-9EDD-4A0A-B7FB-166176984837}": "protectedRange",
};

const boxesMeet = (a: Box, b: Box): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

const tableName = (xml: string): string =>
  /<table\b[^>]*\bdisplayName="([^"]*)"/.exec(xml)?.[1] ??
  /<table\b[^>]*\bname="([^"]*)"/.exec(xml)?.[1] ??
  "";

function tableBox(xml: string): Box | null {
  const ref = /<table\b[^>]*\bref="([^"]*)"/.exec(xml)?.[1];
  return ref === undefined ? null : (sqrefBoxes(ref)[0] ?? null);
}

const TABLE_COLUMN = /<tableColumn\b[^>]*?(?:\/>|>[\s\S]*?<\/tableColumn>)/g;

const tableColumns = (xml: string): { name: string; xml: string }[] =>
  [...xml.matchAll(TABLE_COLUMN)].map((m) => ({
    name: (attribute(m[0], "name") ?? "").replace(/_x000a_/g, "\n"),
    xml: m[0],
  }));

const tableColumnNames = (xml: string): string[] => tableColumns(xml).map((c) => c.name);

/**
 * The old table's filter for the new table, when it filters or sorts and every column it names
 * is the same column in the new table; the filter's range becomes the new table's.
 */
function carriedFilter(
  oldXml: string,
  spec: NonNullable<SheetDescription["tables"]>[number],
  extraColumns: number
): string | "lost" | null {
  const filter = /<autoFilter\b[^>]*>([\s\S]*?)<\/autoFilter>/.exec(oldXml);
  const sort = /<sortState\b[\s\S]*?(?:<\/sortState>|\/>)/.exec(
    oldXml.replace(/<autoFilter\b[\s\S]*?<\/autoFilter>/, "")
  );
  if (!filter && !sort) return null;
  const oldNames = tableColumnNames(oldXml);
  const newNames = spec.columns.map((c) => c.header);
  for (let i = 0; i < extraColumns; i++)
    newNames.push(oldNames[oldNames.length - extraColumns + i] ?? "");
  const ref = tableRef(spec, extraColumns);
  const box = sqrefBoxes(ref)[0]!;
  const content = filter?.[1] ?? "";
  for (const m of content.matchAll(/<filterColumn\b[^>]*\bcolId="(\d+)"/g)) {
    const id = Number(m[1]);
    if (oldNames[id] === undefined || oldNames[id] !== newNames[id]) return "lost";
  }
  const oldBox = tableBox(oldXml);
  let inner = content;
  const sortState = sort?.[0] ?? /<sortState\b[\s\S]*?(?:<\/sortState>|\/>)/.exec(content)?.[0];
  if (sortState !== undefined) {
    inner = inner.replace(sortState, "");
    // a sort names its columns by range; moved onto the new table's rows
    const moved = sortState
      .replace(
        /(<sortState\b[^>]*\bref=")[^"]*"/,
        `$1${cellAddress(box.top + 1, box.left)}:${cellAddress(box.bottom, box.right)}"`
      )
      .replace(
        /(<sortCondition\b[^>]*\bref=")\$?([A-Z]{1,3})\$?\d+(?::\$?([A-Z]{1,3})\$?\d+)?"/g,
        (_all, head: string, from: string) => `${head}${from}${box.top + 1}:${from}${box.bottom}"`
      );
    if (oldBox !== null) inner += moved;
  }
  return `<autoFilter ref="${ref}">${inner}</autoFilter>`;
}

export function carrySheet(input: CarryInput): CarryResult {
  const { sheet, xml } = input;
  const losses: UpdateLoss[] = [];
  const lose = (kind: UpdateLossKind, detail?: string) =>
    losses.push({
      sheet: sheet.name,
      kind,
      rewritten: true,
      ...(detail === undefined ? {} : { detail }),
    });
  const newArea = areaOf(sheet);
  const oldTables = input.tables.map((t) => ({
    ...t,
    name: tableName(t.xml),
    box: tableBox(t.xml),
  }));
  const ourTables = new Set((sheet.tables ?? []).map((t) => t.name.toLowerCase()));

  // Where we wrote last time. Without the name (an older portfolio), our blocks as now and our tables as then.
  const ourArea: Box[] =
    input.ourArea !== null
      ? [...input.ourArea]
      : [
          ...newArea,
          ...oldTables.flatMap((t) =>
            t.box !== null && ourTables.has(t.name.toLowerCase()) ? [t.box] : []
          ),
        ].reduce<Box[]>((all, b) => {
          const box = all[0];
          return [
            box === undefined
              ? b
              : {
                  top: Math.min(box.top, b.top),
                  left: Math.min(box.left, b.left),
                  bottom: Math.max(box.bottom, b.bottom),
                  right: Math.max(box.right, b.right),
                },
          ];
        }, []);

  const scanned = scanWorksheet(xml, (row, col) => !inBoxes(ourArea, row, col));

  // Tables: ours are rewritten; a table of theirs on our sheet, or a column put inside ours, cannot be kept.
  const tableFilters = new Map<string, string>();
  const tableExtensions = new Map<string, string[]>();
  for (const table of oldTables) {
    const spec = (sheet.tables ?? []).find(
      (t) => t.name.toLowerCase() === table.name.toLowerCase()
    );
    if (!spec) {
      lose("table", table.name);
      continue;
    }
    // Columns they added at the table's right end (Excel widens a table typed beside) stay in it.
    const newNames = new Set(spec.columns.map((c) => c.header.toLowerCase()));
    const columns = tableColumns(table.xml);
    const lastOurs = columns.reduce(
      (last, c, i) => (newNames.has(c.name.toLowerCase()) ? i : last),
      -1
    );
    const extra: string[] = [];
    columns.forEach((column, i) => {
      if (newNames.has(column.name.toLowerCase())) return;
      if (i < lastOurs) lose("tableColumn", `${table.name}: ${column.name.replace(/\n/g, " ")}`);
      else extra.push(column.xml);
    });
    if (extra.length > 0) tableExtensions.set(spec.name, extra);
    const filter = carriedFilter(table.xml, spec, extra.length);
    if (filter === "lost") lose("filter", table.name);
    else if (filter !== null) tableFilters.set(spec.name, filter);
  }
  for (const kind of input.drawingObjects) if (kind !== "chart") lose(kind);

  // Cells: theirs are those outside our old area.
  const cells = new Map<number, CarriedCell[]>();
  const sharedMasters = new Map<string, number>();
  const followers: { cell: CarriedCell & { row: number }; si: string }[] = [];
  for (const cell of scanned.cells) {
    if (inBoxes(ourArea, cell.row, cell.col)) continue;
    if (inBoxes(newArea, cell.row, cell.col)) {
      if (cell.hasContent)
        lose("cell", `${quoteSheetName(sheet.name)}!${cellAddress(cell.row, cell.col)}`);
      continue;
    }
    const shared = /<f\b([^>]*)/.exec(cell.xml);
    if (shared && attribute(shared[1] ?? "", "t") === "shared") {
      const si = attribute(shared[1] ?? "", "si") ?? "";
      if (attribute(shared[1] ?? "", "ref") !== undefined) {
        if (!sharedMasters.has(si)) sharedMasters.set(si, sharedMasters.size);
      } else followers.push({ cell: { row: cell.row, col: cell.col, xml: cell.xml }, si });
    }
    const list = cells.get(cell.row) ?? [];
    list.push({ col: cell.col, xml: cell.xml });
    cells.set(cell.row, list);
  }
  // Shared formulas keep their groups under new numbers, after which ours are numbered.
  for (const { cell, si } of followers)
    if (!sharedMasters.has(si))
      lose("cell", `${quoteSheetName(sheet.name)}!${cellAddress(cell.row, cell.col)}`);
  if (sharedMasters.size > 0)
    for (const list of cells.values())
      for (let i = 0; i < list.length; i++) {
        const c = list[i]!;
        if (!/<f\b[^>]*\bt="shared"/.test(c.xml)) continue;
        list[i] = {
          col: c.col,
          xml: c.xml.replace(
            /(<f\b[^>]*\bsi=")(\d+)"/,
            (_all, head: string, si: string) => `${head}${sharedMasters.get(si) ?? si}"`
          ),
        };
      }

  // Rows: hidden (under a filter), grouped, or a height set by hand where we set none.
  const ourHeights = new Set((sheet.rowHeights ?? []).map((h) => h.row));
  const rowAttributes = new Map<number, string>();
  for (const row of scanned.rows) {
    let kept = "";
    for (const name of ["hidden", "outlineLevel", "collapsed"]) {
      const value = attribute(row.attributes, name);
      if (value !== undefined && value !== "0" && value !== "false") kept += ` ${name}="${value}"`;
    }
    const ht = attribute(row.attributes, "ht");
    if (
      ht !== undefined &&
      attribute(row.attributes, "customHeight") === "1" &&
      !ourHeights.has(row.row)
    )
      kept += ` ht="${ht}" customHeight="1"`;
    if (kept !== "") rowAttributes.set(row.row, kept);
  }

  // Columns: widths of columns we give none.
  const cols = [...(elementOf(scanned.rest, "cols") ?? "").matchAll(/<col\b[^>]*\/>/g)].map(
    (m) => ({
      min: Number(attribute(m[0], "min") ?? 0),
      max: Number(attribute(m[0], "max") ?? 0),
      xml: m[0],
    })
  );

  // Elements: merged cells, links and the rest as written; a merge over where we now write is a loss.
  const elements: Partial<Record<CarriedElement, string>> = {};
  for (const tag of CARRIED_ELEMENTS) {
    const found = elementOf(scanned.rest, tag);
    if (found !== undefined) elements[tag] = found;
  }
  if (elements.mergeCells !== undefined) {
    const kept = [...elements.mergeCells.matchAll(/<mergeCell\b[^>]*\/>/g)]
      .map((m) => m[0])
      .filter((merge) => {
        const box = sqrefBoxes(attribute(merge, "ref") ?? "")[0];
        if (!box || ourArea.some((b) => boxesMeet(b, box))) return false;
        if (newArea.some((b) => boxesMeet(b, box))) {
          lose("cell", `${quoteSheetName(sheet.name)}!${attribute(merge, "ref")}`);
          return false;
        }
        return true;
      });
    if (kept.length > 0)
      elements.mergeCells = `<mergeCells count="${kept.length}">${kept.join("")}</mergeCells>`;
    else delete elements.mergeCells;
  }
  // ignoredErrors name our cells, the page setup's printer settings are carried with their relationship
  delete elements.ignoredErrors;

  // Their own rules: those entirely outside our old area.
  const outside = (sqref: string) =>
    sqrefBoxes(sqref).every((box) => !ourArea.some((b) => boxesMeet(b, box)));
  const conditionalFormatting = elementsOf(scanned.rest, "conditionalFormatting").filter((cf) =>
    outside(attribute(cf, "sqref") ?? "")
  );
  const dataValidations = [
    ...(elementOf(scanned.rest, "dataValidations") ?? "").matchAll(
      /<dataValidation\b[\s\S]*?(?:<\/dataValidation>|\/>)/g
    ),
  ]
    .map((m) => m[0])
    .filter((dv) => outside(attribute(dv, "sqref") ?? ""));

  for (const uri of [...scanned.rest.matchAll(/<ext\b[^>]*\buri="([^"]*)"/g)].map((m) =>
    (m[1] ?? "").toUpperCase()
  )) {
    const kind = EXTENSION_LOSS[uri];
    if (kind) lose(kind);
  }
  if (/<c\b[^>]*\b(cm|vm)="/.test(xml)) lose("dynamicArray");

  const relationships: Relationship[] = [];
  for (const rel of input.relationships) {
    if (OUR_RELATIONSHIPS.has(rel.kind)) continue;
    if (CARRIED_RELATIONSHIPS.has(rel.kind)) {
      relationships.push({
        id: rel.id,
        type: rel.type,
        target: rel.target,
        ...(rel.targetMode === undefined ? {} : { targetMode: rel.targetMode }),
      });
      continue;
    }
    lose(REL_LOSS[rel.kind] ?? "other", REL_LOSS[rel.kind] === undefined ? rel.kind : undefined);
  }

  // The view as they left it (zoom, selection), when it freezes what we freeze.
  const views = elementOf(scanned.rest, "sheetViews");
  const pane = views === undefined ? undefined : /<pane\b[^>]*\/>/.exec(views)?.[0];
  const sameFreeze =
    views !== undefined &&
    Number(attribute(pane ?? "", "xSplit") ?? 0) === (sheet.freeze?.cols ?? 0) &&
    Number(attribute(pane ?? "", "ySplit") ?? 0) === (sheet.freeze?.rows ?? 0) &&
    (pane === undefined ||
      attribute(pane, "state") === "frozen" ||
      (sheet.freeze?.rows ?? 0) + (sheet.freeze?.cols ?? 0) === 0);

  return {
    carried: {
      cells,
      rowAttributes,
      elements,
      cols,
      conditionalFormatting,
      dataValidations,
      sharedFormulaIds: sharedMasters.size,
      ...(sameFreeze && views !== undefined ? { sheetViews: views } : {}),
    },
    relationships,
    tableFilters,
    tableExtensions,
    losses,
  };
}
