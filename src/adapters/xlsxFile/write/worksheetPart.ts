/**
 * One described sheet as a worksheet part (ECMA-376 Part 1, §18.3.1.99 CT_Worksheet), generated
 * row by row as text pieces for the zip writer: cells with styles by index, strings inline
 * (`t="inlineStr"`, so no shared-strings part has to be held or merged into a workbook that has
 * one), runs of one row formula as one shared formula, then the sheet's rules, tables and
 * drawing in the order the schema requires. When a sheet of ours is rewritten in a workbook the
 * council has worked in, `carried` holds what they added, laid in where it was.
 */
import {
  formulaInRow,
  isFormula,
  type CellBlock,
  type CellContent,
  type ConditionalFormatSpec,
  type SheetDescription,
  type TableSpec,
  type ValidationSpec,
} from "../../../domain/template/WorkbookDescription";
import { formulaRuns, type FormulaRun } from "../../../domain/template/formulaRuns";
import { columnLetters } from "../../../domain/sheets/columnLetters";
import { CELL_TEXT_LIMIT } from "../../../domain/text/cellTextLimit";
import { toHexArgb } from "./colors";
import type { StyleSheet } from "./styleSheet";
import { keepsSpace, xmlAttr, xmlText } from "./xmlText";
import { validationXml } from "./validationXml";
import { quoteSheetName } from "../a1";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Elements of a sheet of ours that the council may have set and that are carried as written. */
export const CARRIED_ELEMENTS = [
  "sheetProtection",
  "protectedRanges",
  "autoFilter",
  "sortState",
  "mergeCells",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "ignoredErrors",
  "legacyDrawing",
] as const;
export type CarriedElement = (typeof CARRIED_ELEMENTS)[number];

export interface CarriedCell {
  readonly col: number;
  /** The whole `<c>` element as the workbook had it. */
  readonly xml: string;
}

/** What the council added to a sheet of ours, to be laid into its new part (patchWorkbook). */
export interface CarriedSheetContent {
  readonly cells: ReadonlyMap<number, readonly CarriedCell[]>;
  /** `<row>` attributes to keep besides r, spans and s (hidden under a filter, a height set by hand). */
  readonly rowAttributes: ReadonlyMap<number, string>;
  readonly elements: Partial<Record<CarriedElement, string>>;
  /** `<col>` elements for columns no description width covers. */
  readonly cols: readonly { readonly min: number; readonly max: number; readonly xml: string }[];
  readonly conditionalFormatting: readonly string[];
  readonly dataValidations: readonly string[];
  /** Shared-formula ids the carried cells use (0 … n-1); the sheet's own start after them. */
  readonly sharedFormulaIds: number;
  /** The sheet view as the council left it (zoom, selection), when it freezes what we freeze. */
  readonly sheetViews?: string;
}

export interface WorksheetPartOptions {
  readonly styles: StyleSheet;
  /** The relationship ids of the sheet's table parts, in the order of `sheet.tables`. */
  readonly tableRelIds: readonly string[];
  readonly drawingRelId?: string;
  /** The sheet Excel shows first. */
  readonly selected: boolean;
  readonly carried?: CarriedSheetContent;
}

const letters: string[] = [];
const col = (n: number): string => (letters[n] ??= columnLetters(n));

/** A rectangle of cells from the description, with the style each column's cells get. */
interface CellSource {
  readonly top: number;
  readonly left: number;
  readonly rows: readonly (readonly CellContent[])[];
  readonly width: number;
  readonly xf: readonly number[];
  /** Formula runs per column index, in row order; `si` numbers them on the sheet. */
  readonly runs: readonly (readonly (FormulaRun & { si: number })[])[];
}

function sources(sheet: SheetDescription, styles: StyleSheet, firstSi: number): CellSource[] {
  let si = firstSi;
  const make: MakeSource = (top, left, rows, width, xf) => {
    const runs: (FormulaRun & { si: number })[][] = Array.from({ length: width }, () => []);
    for (const run of formulaRuns(rows)) runs[run.col]?.push({ ...run, si: si++ });
    for (const list of runs) list.sort((a, b) => a.first - b.first);
    return { top, left, rows, width, xf, runs };
  };
  const out: CellSource[] = [];
  for (const block of sheet.blocks ?? []) out.push(blockSource(block, styles, make));
  for (const table of sheet.tables ?? []) out.push(...tableSources(table, styles, make));
  return out;
}

type MakeSource = (
  top: number,
  left: number,
  rows: readonly (readonly CellContent[])[],
  width: number,
  xf: readonly number[]
) => CellSource;

function blockSource(block: CellBlock, styles: StyleSheet, make: MakeSource): CellSource {
  const width = block.rows.reduce((w, row) => Math.max(w, row.length), 0);
  const xf = styles.xf({
    ...(block.style === undefined ? {} : { role: block.style }),
    ...(block.numberFormat === undefined ? {} : { numberFormat: block.numberFormat }),
    ...(block.wrap ? { wrap: true } : {}),
  });
  return make(block.row, block.col, block.rows, width, Array(width).fill(xf));
}

function tableSources(table: TableSpec, styles: StyleSheet, make: MakeSource): CellSource[] {
  const width = table.columns.length;
  // Excel requires at least one data row under the header.
  const rows = table.rows.length > 0 ? table.rows : [[]];
  rows.forEach((row, i) => {
    if (row.length > width)
      throw new RangeError(
        `Table ${table.name}: row ${i + 1} has ${row.length} cells for ${width} columns`
      );
  });
  const header = styles.xf({ role: "header" });
  const body = table.columns.map((column) =>
    styles.xf({
      ...(column.style === undefined ? {} : { role: column.style }),
      ...(column.numberFormat === undefined ? {} : { numberFormat: column.numberFormat }),
    })
  );
  return [
    make(
      table.row,
      table.col,
      [table.columns.map((c) => c.header)],
      width,
      Array(width).fill(header)
    ),
    make(table.row + 1, table.col, rows, width, body),
  ];
}

/** A cell to write: its column, style, content and formula element ("" for none). */
interface Cell {
  readonly col: number;
  readonly ref: string;
  readonly xf: number;
  readonly content: CellContent;
  readonly formula: string;
}

const hasContent = (cell: Cell): boolean =>
  cell.formula !== "" || (cell.content !== null && cell.content !== "");

/** One cell as XML; "" for a cell with neither content nor style. */
function cellXml({ ref, xf, content, formula }: Cell, sheet: string): string {
  const s = xf === 0 ? "" : ` s="${xf}"`;
  if (formula !== "") return `<c r="${ref}"${s}>${formula}</c>`;
  if (content === null || content === "") return xf === 0 ? "" : `<c r="${ref}"${s}/>`;
  switch (typeof content) {
    case "number":
      if (!Number.isFinite(content))
        throw new RangeError(
          `Cannot write the number ${content} at ${quoteSheetName(sheet)}!${ref}`
        );
      return `<c r="${ref}"${s}><v>${content === 0 ? 0 : content}</v></c>`;
    case "boolean":
      return `<c r="${ref}"${s} t="b"><v>${content ? 1 : 0}</v></c>`;
    case "string": {
      if (content.length > CELL_TEXT_LIMIT)
        throw new RangeError(
          `The text at ${quoteSheetName(sheet)}!${ref} is ${content.length} characters; a cell holds ${CELL_TEXT_LIMIT}`
        );
      const space = keepsSpace(content) ? ' xml:space="preserve"' : "";
      return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${xmlText(content)}</t></is></c>`;
    }
    default:
      return "";
  }
}

const formulaText = (formula: string): string =>
  xmlText(formula.startsWith("=") ? formula.slice(1) : formula);

/** The cells of one source's row i (sheet row `row`), with its formula runs advanced. */
function sourceRowCells(source: CellSource, i: number, row: number, pointers: number[]): Cell[] {
  const cells: Cell[] = [];
  const values = source.rows[i] ?? [];
  for (let c = 0; c < source.width; c++) {
    const column = source.left + c;
    const ref = `${col(column)}${row}`;
    const content = values[c] ?? null;
    let formula = "";
    const runs = source.runs[c]!;
    let p = pointers[c]!;
    while (p < runs.length && runs[p]!.last < i) p++;
    pointers[c] = p;
    const run = runs[p];
    if (run !== undefined && run.first <= i) {
      formula =
        i === run.first
          ? `<f t="shared" ref="${ref}:${col(column)}${source.top + run.last}" si="${run.si}">${formulaText(formulaInRow(content, row) ?? "")}</f>`
          : `<f t="shared" si="${run.si}"/>`;
    } else if (content !== null && isFormula(content)) {
      formula = `<f>${formulaText(formulaInRow(content, row) ?? "")}</f>`;
    }
    const xf = source.xf[c]!;
    if (xf !== 0 || formula !== "" || (content !== null && content !== ""))
      cells.push({ col: column, ref, xf, content, formula });
  }
  return cells;
}

/**
 * Cells of blocks that overlap, in description order, as one per column: the later one's style,
 * and the content of the later one that has any (as a block written over another in Excel).
 */
function merged(cells: Cell[]): Cell[] {
  const out: Cell[] = [];
  for (const cell of cells.sort((a, b) => a.col - b.col)) {
    const last = out[out.length - 1];
    if (last === undefined || last.col !== cell.col) out.push(cell);
    else out[out.length - 1] = hasContent(cell) ? cell : { ...last, xf: cell.xf };
  }
  return out;
}

function* sheetData(
  sheet: SheetDescription,
  all: readonly CellSource[],
  carried: CarriedSheetContent | undefined
): Generator<string> {
  const heights = new Map((sheet.rowHeights ?? []).map((h) => [h.row, h.height]));
  const rowNumbers = [
    ...all.flatMap((s) => [s.top, s.top + s.rows.length - 1]),
    ...heights.keys(),
    ...(carried?.cells.keys() ?? []),
    ...(carried?.rowAttributes.keys() ?? []),
  ];
  yield "<sheetData>";
  if (rowNumbers.length > 0) {
    const first = Math.min(...rowNumbers);
    const last = Math.max(...rowNumbers);
    const pointers = all.map((s) => Array<number>(s.width).fill(0));
    const byTop = all.map((s, i) => i).sort((a, b) => all[a]!.top - all[b]!.top);
    for (let row = first; row <= last; row++) {
      let cells: Cell[] = [];
      let contributors = 0;
      for (const k of byTop) {
        const source = all[k]!;
        if (source.top > row) break;
        const i = row - source.top;
        if (i >= source.rows.length) continue;
        const found = sourceRowCells(source, i, row, pointers[k]!);
        if (found.length === 0) continue;
        cells = contributors === 0 ? found : cells.concat(found);
        contributors++;
      }
      const council = carried?.cells.get(row);
      let councilCells: readonly CarriedCell[] | undefined;
      if (council) {
        councilCells = council;
      }
      const height = heights.get(row);
      const attributes = carried?.rowAttributes.get(row) ?? "";
      if (cells.length === 0 && !councilCells && height === undefined && attributes === "")
        continue;
      if (contributors > 1) cells = merged(cells);
      const ht = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
      let xml = `<row r="${row}"${ht}${attributes}>`;
      if (councilCells === undefined) for (const cell of cells) xml += cellXml(cell, sheet.name);
      else {
        // patchWorkbook has made sure no carried cell lands on one of ours
        const pieces: [number, string][] = cells.map((c) => [c.col, cellXml(c, sheet.name)]);
        for (const c of councilCells) pieces.push([c.col, c.xml]);
        pieces.sort((a, b) => a[0] - b[0]);
        for (const piece of pieces) xml += piece[1];
      }
      yield xml + "</row>";
    }
  }
  yield "</sheetData>";
}

function dimension(all: readonly CellSource[], carried: CarriedSheetContent | undefined): string {
  let top = Infinity,
    left = Infinity,
    bottom = 0,
    right = 0;
  for (const s of all) {
    if (s.rows.length === 0 || s.width === 0) continue;
    top = Math.min(top, s.top);
    left = Math.min(left, s.left);
    bottom = Math.max(bottom, s.top + s.rows.length - 1);
    right = Math.max(right, s.left + s.width - 1);
  }
  for (const [row, cells] of carried?.cells ?? []) {
    for (const c of cells) {
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      left = Math.min(left, c.col);
      right = Math.max(right, c.col);
    }
  }
  if (bottom === 0) return '<dimension ref="A1"/>';
  const from = `${col(left)}${top}`;
  const to = `${col(right)}${bottom}`;
  return `<dimension ref="${from === to ? from : `${from}:${to}`}"/>`;
}

function sheetViews(sheet: SheetDescription, selected: boolean): string {
  const tab = selected ? ' tabSelected="1"' : "";
  const rows = sheet.freeze?.rows ?? 0;
  const cols = sheet.freeze?.cols ?? 0;
  if (rows === 0 && cols === 0)
    return `<sheetViews><sheetView workbookViewId="0"${tab}/></sheetViews>`;
  const pane = rows > 0 && cols > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const split = (cols > 0 ? ` xSplit="${cols}"` : "") + (rows > 0 ? ` ySplit="${rows}"` : "");
  return (
    `<sheetViews><sheetView workbookViewId="0"${tab}>` +
    `<pane${split} topLeftCell="${col(cols + 1)}${rows + 1}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}"/></sheetView></sheetViews>`
  );
}

function colsXml(sheet: SheetDescription, carried: CarriedSheetContent | undefined): string {
  const widths = new Map<number, { width: number; hidden: boolean }>();
  for (const w of sheet.columnWidths ?? [])
    widths.set(w.col, { width: w.width, hidden: w.hidden === true });
  const items: { min: number; xml: string }[] = [...widths.entries()].map(([c, w]) => ({
    min: c,
    xml: `<col min="${c}" max="${c}" width="${w.width}" customWidth="1"${w.hidden ? ' hidden="1"' : ""}/>`,
  }));
  for (const c of carried?.cols ?? [])
    if (![...widths.keys()].some((k) => k >= c.min && k <= c.max)) items.push(c);
  if (items.length === 0) return "";
  items.sort((a, b) => a.min - b.min);
  return `<cols>${items.map((i) => i.xml).join("")}</cols>`;
}

function conditionalFormatsXml(
  specs: readonly ConditionalFormatSpec[],
  styles: StyleSheet,
  firstPriority: number
): string {
  return specs
    .map(
      (spec, i) =>
        `<conditionalFormatting sqref="${xmlAttr(spec.range.replace(/,/g, " "))}">` +
        `<cfRule type="expression" dxfId="${styles.dxf(spec.fill, spec.fontColor)}" priority="${firstPriority + i}">` +
        `<formula>${formulaText(spec.formula)}</formula></cfRule></conditionalFormatting>`
    )
    .join("");
}

function validationsXml(specs: readonly ValidationSpec[], carried: readonly string[]): string {
  const all = [...specs.map(validationXml), ...carried];
  return all.length === 0
    ? ""
    : `<dataValidations count="${all.length}">${all.join("")}</dataValidations>`;
}

/** The highest cfRule priority among carried formats, so ours do not take theirs. */
const maxPriority = (xml: readonly string[]): number =>
  Math.max(
    0,
    ...xml.flatMap((x) => [...x.matchAll(/\bpriority="(\d+)"/g)].map((m) => Number(m[1])))
  );

/** A4 (paperSize 9), landscape when the sheet holds a wide table. */
function pageSetup(sheet: SheetDescription): string {
  const wide = (sheet.tables ?? []).some((t) => t.columns.length > 8);
  return `<pageSetup paperSize="9" orientation="${wide ? "landscape" : "portrait"}"/>`;
}

export function* worksheetPart(
  sheet: SheetDescription,
  options: WorksheetPartOptions
): Generator<string> {
  const { styles, carried } = options;
  const all = sources(sheet, styles, carried?.sharedFormulaIds ?? 0);
  const kept = carried?.elements ?? {};
  const tab =
    sheet.tabColor === undefined
      ? ""
      : `<sheetPr><tabColor rgb="${toHexArgb(sheet.tabColor)}"/></sheetPr>`;
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`;
  yield (
    tab + dimension(all, carried) + (carried?.sheetViews ?? sheetViews(sheet, options.selected))
  );
  yield '<sheetFormatPr defaultRowHeight="15"/>' + colsXml(sheet, carried);
  yield* sheetData(sheet, all, carried);
  const carriedFormats = carried?.conditionalFormatting ?? [];
  yield (
    (kept.sheetProtection ?? "") +
    (kept.protectedRanges ?? "") +
    (kept.autoFilter ?? "") +
    (kept.sortState ?? "") +
    (kept.mergeCells ?? "") +
    carriedFormats.join("") +
    conditionalFormatsXml(sheet.conditionalFormats ?? [], styles, maxPriority(carriedFormats) + 1) +
    validationsXml(sheet.validations ?? [], carried?.dataValidations ?? []) +
    (kept.hyperlinks ?? "") +
    (kept.printOptions ?? "") +
    (kept.pageMargins ??
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>') +
    (kept.pageSetup ?? pageSetup(sheet)) +
    (kept.headerFooter ?? "") +
    (kept.rowBreaks ?? "") +
    (kept.colBreaks ?? "") +
    (kept.ignoredErrors ?? "") +
    (options.drawingRelId === undefined ? "" : `<drawing r:id="${options.drawingRelId}"/>`) +
    (kept.legacyDrawing ?? "") +
    (options.tableRelIds.length === 0
      ? ""
      : `<tableParts count="${options.tableRelIds.length}">${options.tableRelIds.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`) +
    "</worksheet>"
  );
}
