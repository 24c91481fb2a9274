/**
 * Renders a WorkbookDescription into an existing .xlsx, the way Office.js renders into an open
 * workbook: the sheets the description names are replaced at their place in the tab order (new
 * ones follow the description's previous sheet), its names are defined anew, and every other
 * sheet stays with its cells, formulas, styles, merged cells, tables, notes, pictures,
 * validations, conditional formats and plain names. Bytes in, bytes out: no fs.
 *
 * exceljs does the loading and writing, and it drops what it does not model (see
 * findUpdateLosses). So before anything else the package is inspected, and unless `force` is
 * given an update that would lose something stops with a WorkbookUpdateError naming each sheet
 * and what on it. Three things are done so exceljs can take the file at all:
 * - the sheets to be replaced are emptied before exceljs reads them, so nothing on them (a sort,
 *   a filter exceljs cannot parse, an object) can make the read fail;
 * - filter criteria are taken out of the kept sheets' autoFilters: exceljs drops them anyway and
 *   throws on some (top 10, colour, dynamic filters, a sort inside the filter);
 * - after reading, each kept table gets back what exceljs misreads: its header row (Excel leaves
 *   out headerRowCount="1", and exceljs then writes "0"), its filter buttons (exceljs hides them
 *   all) and a style element (without one exceljs cannot write the table).
 */
import * as ExcelJS from "exceljs";
import type {
  SheetDescription,
  WorkbookDescription,
} from "../../domain/template/WorkbookDescription";
import { cellAddress } from "../../domain/sheets/columnLetters";
import { AUTO_FILTER_WITH_CONTENT, findUpdateLosses, type UpdateLoss } from "./findUpdateLosses";
import {
  partBytes,
  readPart,
  readRelationships,
  relKind,
  relsPathOf,
  writeZip,
  zipParts,
  type PackagePart,
} from "./packageParts";
import { parseA1Box } from "./readTables";
import { WorkbookUpdateError } from "./WorkbookUpdateError";
import { addName, renderSheet, renderWorkbook } from "./writeXlsx";
import { openWorkbookPackage, type WorkbookPackage } from "./workbookPackage";
import { packWorkbook } from "./packWorkbook";

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

const EMPTY_WORKSHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/></worksheet>';

const encoder = new TextEncoder();

/** An autoFilter keeps its range and loses its content (criteria, sort, hidden buttons). */
const withoutFilterContent = (xml: string): string =>
  xml.replace(
    AUTO_FILTER_WITH_CONTENT,
    (_: string, prefix: string, attributes?: string) => `<${prefix}autoFilter${attributes ?? ""}/>`
  );

/** What exceljs misreads in a table, taken from the table part itself. */
interface TableFacts {
  readonly headerRow: boolean;
  readonly autoFilter: boolean;
  /** colIds whose filter button is hidden. */
  readonly hiddenButtons: ReadonlySet<number>;
}

function tableFacts(xml: string): { name: string; facts: TableFacts } | null {
  const open = /<(?:\w+:)?table\b([^>]*)>/.exec(xml)?.[1];
  if (open === undefined) return null;
  const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(open)?.[1];
  const name = attribute("displayName") ?? attribute("name");
  if (name === undefined) return null;
  const filter = /<(?:\w+:)?autoFilter\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?autoFilter>)/.exec(xml);
  const hiddenButtons = new Set<number>();
  for (const column of (filter?.[1] ?? "").matchAll(/<(?:\w+:)?filterColumn\b([^>]*)>?/g)) {
    const colId = /\bcolId="(\d+)"/.exec(column[1] ?? "")?.[1];
    if (colId !== undefined && /\bhiddenButton="(1|true)"/.test(column[1] ?? ""))
      hiddenButtons.add(Number(colId));
  }
  return {
    name,
    facts: {
      headerRow: attribute("headerRowCount") !== "0",
      autoFilter: filter !== null,
      hiddenButtons,
    },
  };
}

interface Prepared {
  readonly zip: Uint8Array;
  /** By lower-case table name, for the tables of kept sheets. */
  readonly tables: ReadonlyMap<string, TableFacts>;
}

/** The package as exceljs gets it: replaced sheets emptied, kept sheets' filters without criteria. */
function prepareForExceljs(
  files: Readonly<Record<string, PackagePart>>,
  pkg: WorkbookPackage,
  rewrite: readonly string[]
): Prepared {
  const parts = partBytes(files);
  const keys = new Map([...parts.keys()].map((k) => [k.toLowerCase(), k]));
  const set = (path: string, text: string) =>
    parts.set(keys.get(path.toLowerCase()) ?? path, encoder.encode(text));
  const remove = (path: string) => parts.delete(keys.get(path.toLowerCase()) ?? path);
  const tables = new Map<string, TableFacts>();

  for (const sheet of pkg.sheets) {
    if (sheet.kind !== "worksheet" || sheet.part === null) continue;
    const rels = [...readRelationships(pkg.index, sheet.part).values()];
    const tableParts = rels
      .filter((rel) => relKind(rel.type) === "table" && rel.target !== null)
      .map((rel) => rel.target as string);
    if (rewrite.some((name) => sameName(name, sheet.name))) {
      // exceljs reads every table part, attached or not, so the replaced sheet's go too.
      set(sheet.part, EMPTY_WORKSHEET);
      remove(relsPathOf(sheet.part));
      tableParts.forEach(remove);
      continue;
    }
    const xml = readPart(pkg.index, sheet.part);
    if (xml !== null) set(sheet.part, withoutFilterContent(xml));
    for (const path of tableParts) {
      const tableXml = readPart(pkg.index, path);
      if (tableXml === null) continue;
      const found = tableFacts(tableXml);
      if (found) tables.set(found.name.toLowerCase(), found.facts);
      set(path, withoutFilterContent(tableXml));
    }
  }
  return { zip: writeZip(parts), tables };
}

/** The loaded table model, as far as it is touched here (exceljs's typings leave it out). */
interface LoadedTableModel {
  name: string;
  tableRef: string;
  headerRow: boolean;
  totalsRow: boolean;
  autoFilterRef?: string;
  style?: object | null;
  columns: { filterButton?: boolean }[];
}

interface WithTables {
  readonly tables: Record<string, { table: LoadedTableModel }>;
}

function repairKeptTables(
  workbook: ExcelJS.Workbook,
  facts: ReadonlyMap<string, TableFacts>
): void {
  for (const worksheet of workbook.worksheets) {
    for (const { table } of Object.values((worksheet as unknown as WithTables).tables)) {
      if (!table.style) table.style = {};
      const known = facts.get(table.name.toLowerCase());
      if (!known) continue;
      table.headerRow = known.headerRow;
      if (known.autoFilter) {
        table.columns.forEach((column, i) => (column.filterButton = !known.hiddenButtons.has(i)));
      } else {
        // exceljs always writes an autoFilter; without a range Excel would "repair" the file.
        const box = parseA1Box(table.tableRef);
        if (box) {
          const bottom = table.totalsRow ? box.bottom - 1 : box.bottom;
          table.autoFilterRef = `${cellAddress(box.top, box.left)}:${cellAddress(bottom, box.right)}`;
        }
        table.columns.forEach((column) => (column.filterButton = false));
      }
    }
  }
}

/** exceljs keeps the tab order in `orderNo` (not in its typings). */
interface Ordered {
  orderNo: number;
}
const orderOf = (ws: ExcelJS.Worksheet): number => (ws as unknown as Ordered).orderNo;
const setOrder = (ws: ExcelJS.Worksheet, orderNo: number): void => {
  (ws as unknown as Ordered).orderNo = orderNo;
};

/**
 * Each described sheet replaces the one of the same name where it stood, hidden if that one was;
 * a new one goes after the description's previous sheet (or before its next one, or last).
 */
function replaceSheets(workbook: ExcelJS.Workbook, sheets: readonly SheetDescription[]): void {
  const existing = (name: string) => workbook.worksheets.find((ws) => sameName(ws.name, name));
  const placed = new Map<string, number>();
  let step = 0;
  sheets.forEach((sheet, i) => {
    const old = existing(sheet.name);
    let order: number;
    let state: ExcelJS.WorksheetState = "visible";
    if (old) {
      order = orderOf(old);
      // Hiding a sheet is the council's choice, as in Excel, where a rewrite keeps it hidden.
      state = old.state;
      workbook.removeWorksheet(old.id);
    } else {
      const before = [...placed.values()].pop();
      const after = sheets
        .slice(i + 1)
        .map((s) => existing(s.name))
        .find(Boolean);
      const last = Math.max(0, ...workbook.worksheets.map(orderOf));
      // Fractions keep the new sheets in description order between whole-numbered old ones.
      step += 1e-3;
      order =
        before !== undefined ? before + step : after ? orderOf(after) - 1 + step : last + 1 + step;
    }
    const ws = renderSheet(workbook, sheet);
    ws.state = state;
    setOrder(ws, order);
    placed.set(sheet.name, order);
  });
  workbook.worksheets.forEach((ws, i) => setOrder(ws, i));
}

interface NameModel {
  readonly name: string;
  readonly ranges: readonly string[];
}
interface WithNameModel {
  model: NameModel[];
}

function replaceNames(workbook: ExcelJS.Workbook, description: WorkbookDescription): void {
  const names = workbook.definedNames as unknown as WithNameModel;
  names.model = names.model.filter((n) => !description.names.some((d) => sameName(d.name, n.name)));
  const sheetNames = new Set(description.sheets.map((s) => s.name));
  for (const name of description.names) addName(workbook, name, sheetNames);
}

function checkTableNames(workbook: ExcelJS.Workbook, description: WorkbookDescription): void {
  const ours = description.sheets.flatMap((s) => (s.tables ?? []).map((t) => t.name));
  for (const worksheet of workbook.worksheets) {
    if (description.sheets.some((s) => sameName(s.name, worksheet.name))) continue;
    for (const name of Object.keys((worksheet as unknown as WithTables).tables)) {
      if (ours.some((n) => sameName(n, name)))
        throw new RangeError(
          `The table ${name} on the sheet ${worksheet.name} has the name of a table Digiportfölj writes; rename it in Excel.`
        );
    }
  }
}

/**
 * The existing workbook's bytes with the description rendered into it. Throws WorkbookUpdateError
 * ("would_lose", "unreadable") before producing anything, unless `force`; a RangeError for a
 * description renderWorkbook would refuse, or a council table named like one of ours.
 */
export async function updateWorkbookBytes(
  existing: Uint8Array,
  description: WorkbookDescription,
  fileName: string,
  options: UpdateOptions = {}
): Promise<UpdateResult> {
  const force = options.force ?? false;
  const rebuild = async (cause: unknown): Promise<UpdateResult> => {
    if (!force) throw new WorkbookUpdateError("unreadable", fileName, { cause });
    return { bytes: await renderWorkbook(description), losses: [], rebuilt: true };
  };

  let files: Record<string, PackagePart>;
  try {
    files = zipParts(existing);
  } catch (cause) {
    return rebuild(cause);
  }
  const pkg = openWorkbookPackage(files);
  if (pkg.sheets.length === 0) return rebuild(new Error("no sheets in the workbook part"));
  const rewrite = description.sheets.map((s) => s.name);
  const losses = findUpdateLosses(
    pkg,
    rewrite,
    description.names.map((n) => n.name)
  );

  const prepared = prepareForExceljs(files, pkg, rewrite);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(prepared.zip as unknown as ArrayBuffer);
  } catch (cause) {
    return rebuild(cause);
  }
  // exceljs reads worksheets only at xl/worksheets/sheetN.xml; any other is gone.
  if (workbook.worksheets.length === 0 && pkg.sheets.some((s) => s.kind === "worksheet"))
    return rebuild(new Error("exceljs found none of the worksheets"));
  for (const sheet of pkg.sheets) {
    if (sheet.kind !== "worksheet" || rewrite.some((n) => sameName(n, sheet.name))) continue;
    if (!workbook.worksheets.some((ws) => sameName(ws.name, sheet.name)))
      losses.push({
        sheet: sheet.name,
        kind: "sheet",
        rewritten: false,
        detail: sheet.part ?? sheet.name,
      });
  }
  if (losses.length > 0 && !force)
    throw new WorkbookUpdateError("would_lose", fileName, { losses });

  checkTableNames(workbook, description);
  repairKeptTables(workbook, prepared.tables);
  replaceSheets(workbook, description.sheets);
  replaceNames(workbook, description);
  // The rendered formulas carry no cached result.
  workbook.calcProperties.fullCalcOnLoad = true;
  let bytes: Uint8Array;
  try {
    bytes = await packWorkbook(workbook);
  } catch (cause) {
    // exceljs failing on what it read itself: the file is not one it can carry over.
    return rebuild(cause);
  }
  return { bytes, losses, rebuilt: false };
}
