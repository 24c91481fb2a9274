/**
 * Writes one described sheet into a package being zipped: its worksheet part, its tables, and
 * its drawing with the charts; returns the relationships and content types the package needs for
 * them. Used alike for a new workbook (writeWorkbook) and for a sheet of ours rewritten in a
 * workbook that exists (patchWorkbook), which numbers the parts so none clashes with its own.
 */
import type { SheetDescription } from "../../../domain/template/WorkbookDescription";
import {
  CHART_CONTENT_TYPE,
  DRAWING_CONTENT_TYPE,
  DRAWING_REL_TYPE,
  drawingParts,
} from "./chartParts";
import type { StyleSheet } from "./styleSheet";
import { tablePart } from "./tablePart";
import { worksheetPart, type CarriedSheetContent } from "./worksheetPart";
import type { ZipWriter } from "./zipParts";
import { relationshipsXml, type Relationship } from "./packageXml";

export const WORKSHEET_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
export const TABLE_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
export const TABLE_REL_TYPE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";

/** Part numbers handed out across the package (xl/tables/tableN.xml …). */
export interface PartNumbers {
  nextTable: number;
  nextTableId: number;
  nextDrawing: number;
  nextChart: number;
}

export interface DescribedSheetPlan {
  /** e.g. "xl/worksheets/sheet1.xml" */
  readonly path: string;
  readonly styles: StyleSheet;
  readonly selected: boolean;
  readonly carried?: CarriedSheetContent;
  /** Relationships of the old part that carried elements refer to (notes, printer settings, links). */
  readonly carriedRelationships?: readonly Relationship[];
  /** Per table of the description, the filter element to keep instead of a plain one. */
  readonly tableFilters?: ReadonlyMap<string, string>;
  /** Per table, columns the council added at its right end. */
  readonly tableExtensions?: ReadonlyMap<string, readonly string[]>;
}

/** Content-type overrides of the parts written: part path (no leading "/") → type. */
export type Overrides = Map<string, string>;

const base = (path: string): string => path.slice(0, path.lastIndexOf("/") + 1);
const fileName = (path: string): string => path.slice(path.lastIndexOf("/") + 1);

export function writeDescribedSheet(
  zip: ZipWriter,
  sheet: SheetDescription,
  plan: DescribedSheetPlan,
  numbers: PartNumbers,
  overrides: Overrides
): void {
  const taken = new Set((plan.carriedRelationships ?? []).map((r) => r.id));
  let n = 0;
  const newId = (): string => {
    let id: string;
    do id = `rIdDp${++n}`;
    while (taken.has(id));
    return id;
  };
  const rels: Relationship[] = [...(plan.carriedRelationships ?? [])];

  const tableRelIds: string[] = [];
  for (const table of sheet.tables ?? []) {
    const path = `xl/tables/table${numbers.nextTable++}.xml`;
    zip.addText(
      path,
      tablePart(
        table,
        numbers.nextTableId++,
        plan.tableFilters?.get(table.name),
        plan.tableExtensions?.get(table.name)
      )
    );
    overrides.set(path, TABLE_CONTENT_TYPE);
    const id = newId();
    tableRelIds.push(id);
    rels.push({ id, type: TABLE_REL_TYPE, target: `../tables/${fileName(path)}` });
  }

  let drawingRelId: string | undefined;
  const charts = sheet.charts ?? [];
  if (charts.length > 0) {
    const drawingPath = `xl/drawings/drawing${numbers.nextDrawing++}.xml`;
    const parts = drawingParts(charts, numbers.nextChart);
    parts.charts.forEach((chart, i) => {
      const path = `xl/charts/chart${numbers.nextChart + i}.xml`;
      zip.addText(path, chart.xml);
      overrides.set(path, CHART_CONTENT_TYPE);
    });
    numbers.nextChart += parts.charts.length;
    zip.addText(drawingPath, parts.drawingXml);
    zip.addText(`xl/drawings/_rels/${fileName(drawingPath)}.rels`, parts.drawingRelsXml);
    overrides.set(drawingPath, DRAWING_CONTENT_TYPE);
    drawingRelId = newId();
    rels.push({
      id: drawingRelId,
      type: DRAWING_REL_TYPE,
      target: `../drawings/${fileName(drawingPath)}`,
    });
  }

  zip.addText(
    plan.path,
    worksheetPart(sheet, {
      styles: plan.styles,
      tableRelIds,
      selected: plan.selected,
      ...(drawingRelId === undefined ? {} : { drawingRelId }),
      ...(plan.carried === undefined ? {} : { carried: plan.carried }),
    })
  );
  overrides.set(plan.path, WORKSHEET_CONTENT_TYPE);
  if (rels.length > 0)
    zip.addText(`${base(plan.path)}_rels/${fileName(plan.path)}.rels`, relationshipsXml(rels));
}
