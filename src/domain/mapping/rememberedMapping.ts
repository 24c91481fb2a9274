/**
 * The mapping a förvaltning confirmed for its own list, kept in its workbook on the sheet
 * Kolumnmappning: one row per header of the list (Blad, Rubrikrad, Rubrik, Fält). The next check
 * and the next consolidation read it back, so a list keeps its shape from year to year without
 * asking again. The Fält column uses the same words as the portfolio's Mappning sheet.
 */
import type { Issue } from "../issues";
import type { Criterion } from "../parameters/Parameters";
import { scoreField } from "../parameters/Parameters";
import {
  mappingFieldLabel,
  mappingFieldOptions,
  targetOfMappingLabel,
} from "../portfolio/mappingFields";
import { UNMAPPED_FIELD } from "../portfolio/layout";
import type { CellValue, SheetGrid, WorkbookData } from "../ports/WorkbookPort";
import { cellText } from "../sheets/cellText";
import { cellAt as at, columnOf, locateTable } from "../sheets/grid";
import { columnLetters } from "../sheets/columnLetters";
import type { InitiativeTable } from "../sheets/findInitiativeTable";
import type { MappingTarget } from "../sheets/mapHeaders";
import { scoreHeader } from "../template/initiativeColumns";
import type { CellContent, SheetDescription } from "../template/WorkbookDescription";
import { normalizeHeader } from "../text/normalize";

export const REMEMBERED_MAPPING_SHEET = "Kolumnmappning";
export const REMEMBERED_MAPPING_TABLE = "Kolumnmappning";

export const REMEMBERED_MAPPING_HEADERS = {
  sheet: "Blad",
  headerRow: "Rubrikrad",
  header: "Rubrik",
  field: "Fält",
} as const;

/** Where the sheet puts things: the table's header row, and the column listing the Fält choices. */
export const REMEMBERED_MAPPING_LAYOUT = {
  headerRow: 4,
  fieldColumn: 4, // D
  choicesColumn: 6, // F, one blank column after the table
} as const;

const CHOICES_HEADER = "Fält att välja";

export interface RememberedEntry {
  /** The list's sheet. */
  readonly sheet: string;
  /** The list's header row as Excel shows it; null when the cell was unreadable. */
  readonly headerRow: number | null;
  /** The header as the list has it, unit included ("Budget (tkr)"). */
  readonly header: string;
  /** The standard field, score or computed column; null for "not read". */
  readonly target: MappingTarget | null;
}

export type OverridesBySheet = ReadonlyMap<string, ReadonlyMap<string, MappingTarget | null>>;

export interface RememberedMapping {
  /** In sheet order. */
  readonly entries: readonly RememberedEntry[];
  /** As checkWorkbook's overridesBySheet: sheet name → normalizeHeader(header) → target. */
  readonly overridesBySheet: Map<string, Map<string, MappingTarget | null>>;
  /** Fält cells naming no field (a warning each; the header is then mapped automatically). */
  readonly issues: readonly Issue[];
}

/** The entries to remember for a list: each of its headed columns with the target it was read as. */
export function rememberedEntriesOf(table: InitiativeTable): RememberedEntry[] {
  return table.columns
    .filter((c) => normalizeHeader(c.header) !== "")
    .map((c) => ({
      sheet: table.sheet.name,
      headerRow: table.headerRow,
      header: c.header,
      target: c.target,
    }));
}

/** `existing` with the entries of `sheet` replaced by `entries` (other sheets keep theirs). */
export function replaceSheetEntries(
  existing: readonly RememberedEntry[],
  sheet: string,
  entries: readonly RememberedEntry[]
): RememberedEntry[] {
  const same = (name: string) => name.toLocaleLowerCase("sv") === sheet.toLocaleLowerCase("sv");
  return [...existing.filter((e) => !same(e.sheet)), ...entries];
}

/** The Kolumnmappning sheet for `entries` (every list of the workbook: the sheet is rewritten whole). */
export function describeRememberedMapping(
  entries: readonly RememberedEntry[],
  criteria: readonly Criterion[]
): SheetDescription {
  const L = REMEMBERED_MAPPING_LAYOUT;
  const H = REMEMBERED_MAPPING_HEADERS;
  const rows = entries.map((e): CellContent[] => [
    e.sheet,
    e.headerRow,
    e.header,
    mappingFieldLabel(e.target, criteria),
  ]);
  const choices = mappingFieldOptions(criteria).map((o) => o.label);
  const first = L.headerRow + 1;
  // An empty table still has one (empty) row, and it gets the dropdown too.
  const last = L.headerRow + Math.max(1, rows.length);
  const field = columnLetters(L.fieldColumn);
  const list = columnLetters(L.choicesColumn);
  return {
    name: REMEMBERED_MAPPING_SHEET,
    tabColor: "FF7F7F7F",
    columnWidths: [
      ...[24, 10, 30, 30].map((width, i) => ({ col: 1 + i, width })),
      { col: L.choicesColumn, width: 30 },
    ],
    blocks: [
      { row: 1, col: 1, rows: [["Kolumnmappning"]], style: "title" },
      {
        row: 2,
        col: 1,
        rows: [
          [
            `Så läser Digiportfölj kolumnerna i era egna listor. Rätta Fält om en kolumn läses fel, eller välj ${UNMAPPED_FIELD}; nästa kontroll och sammanställning använder rättelsen.`,
          ],
        ],
        style: "note",
      },
      { row: L.headerRow, col: L.choicesColumn, rows: [[CHOICES_HEADER]], style: "header" },
      { row: first, col: L.choicesColumn, rows: choices.map((c) => [c]), style: "note" },
    ],
    tables: [
      {
        name: REMEMBERED_MAPPING_TABLE,
        row: L.headerRow,
        col: 1,
        columns: [
          { header: H.sheet },
          { header: H.headerRow, numberFormat: "0" },
          { header: H.header },
          { header: H.field, style: "input" },
        ],
        rows,
      },
    ],
    validations: [
      {
        range: `${field}${first}:${field}${last}`,
        // same-sheet range, so the sheet needs no workbook name of its own
        rule: { kind: "list", source: `=$${list}$${first}:$${list}$${first + choices.length - 1}` },
        errorTitle: "Välj ett fält",
        errorMessage: `Välj ett fält i listan, eller ${UNMAPPED_FIELD} om kolumnen inte ska läsas.`,
        prompt: "Vilket standardfält kolumnen är. Används vid nästa kontroll och sammanställning.",
      },
    ],
    freeze: { rows: L.headerRow, cols: 0 },
  };
}

// ---------------------------------------------------------------------------------------------
// Reading it back

const sameText = (a: string, b: string): boolean => normalizeHeader(a) === normalizeHeader(b);

/** The four headers in one row: the named table's when the reader gave it, else the first such row. */
function locate(grid: SheetGrid) {
  const H = REMEMBERED_MAPPING_HEADERS;
  const located = locateTable(grid, {
    tableName: REMEMBERED_MAPPING_TABLE,
    required: [H.sheet, H.headerRow, H.header, H.field],
  });
  if (!located) return null;
  const col = (header: string) => columnOf(located, header) as number;
  return {
    headerRow: located.headerRow,
    lastRow: located.lastRow,
    col: {
      sheet: col(H.sheet),
      headerRow: col(H.headerRow),
      header: col(H.header),
      field: col(H.field),
    },
  };
}

/** A Fält label's target: a dropdown choice, or a score written as "<label> (1–5)". */
function targetOfLabel(
  label: string,
  criteria: readonly Criterion[]
): MappingTarget | null | undefined {
  const target = targetOfMappingLabel(label, criteria);
  if (target !== undefined) return target;
  const criterion = criteria.find((c) => sameText(scoreHeader(c), label));
  return criterion ? (scoreField(criterion) as MappingTarget) : undefined;
}

function headerRowOf(cell: CellValue): number | null {
  const n = typeof cell === "number" ? cell : Number(cellText(cell));
  return Number.isInteger(n) && n >= 1 ? n : null;
}

/**
 * The mapping remembered on the workbook's Kolumnmappning sheet; nothing when it has none. A
 * cleared Fält cell means "not read", like choosing UNMAPPED_FIELD. A header listed twice on one
 * sheet with two different fields cannot say which is meant: the automatic mapping decides.
 */
export function readRememberedMapping(
  workbook: WorkbookData,
  criteria: readonly Criterion[]
): RememberedMapping {
  const entries: RememberedEntry[] = [];
  const overridesBySheet = new Map<string, Map<string, MappingTarget | null>>();
  const issues: Issue[] = [];
  const grid = workbook.sheets.find((s) => sameText(s.name, REMEMBERED_MAPPING_SHEET));
  const located = grid ? locate(grid) : null;
  if (!grid || !located) return { entries, overridesBySheet, issues };

  // The sheet as the workbook spells it now, so "projekt 2025" still finds "Projekt 2025".
  const sheetName = (text: string): string =>
    workbook.sheets.find((s) => s.name === text)?.name ??
    workbook.sheets.find((s) => s.name.toLocaleLowerCase("sv") === text.toLocaleLowerCase("sv"))
      ?.name ??
    text;

  const { col } = located;
  const conflicts = new Set<string>();
  for (let row = located.headerRow + 1; row <= located.lastRow; row++) {
    const sheetText = cellText(at(grid, row, col.sheet));
    const header = cellText(at(grid, row, col.header));
    if (sheetText === "" || normalizeHeader(header) === "") continue;
    const label = cellText(at(grid, row, col.field));
    const target = label === "" ? null : targetOfLabel(label, criteria);
    if (target === undefined) {
      issues.push({
        code: "unknown_list_value",
        severity: "warning",
        location: {
          file: workbook.name,
          sheet: grid.name,
          row,
          column: columnLetters(col.field),
          field: REMEMBERED_MAPPING_HEADERS.field,
        },
        input: label,
        details: {
          allowed: mappingFieldOptions(criteria)
            .map((o) => o.label)
            .join(", "),
        },
      });
      continue;
    }
    const sheet = sheetName(sheetText);
    entries.push({ sheet, headerRow: headerRowOf(at(grid, row, col.headerRow)), header, target });

    const key = normalizeHeader(header);
    const conflictKey = `${sheet}\u0000${key}`;
    if (conflicts.has(conflictKey)) continue;
    const byHeader = overridesBySheet.get(sheet) ?? new Map<string, MappingTarget | null>();
    overridesBySheet.set(sheet, byHeader);
    const earlier = byHeader.get(key);
    if (earlier !== undefined && earlier !== target) {
      byHeader.delete(key);
      conflicts.add(conflictKey);
      continue;
    }
    byHeader.set(key, target);
  }
  return { entries, overridesBySheet, issues };
}

/**
 * The per-sheet corrections a check uses: the remembered mapping, under the caller's corrections
 * for the sheet header by header. A sheet the caller corrects keeps its rule that its corrections
 * replace the workbook-wide `overrides`; a sheet only remembered starts from them.
 */
export function withRememberedMapping(
  remembered: OverridesBySheet,
  overrides: ReadonlyMap<string, MappingTarget | null> | undefined,
  overridesBySheet: OverridesBySheet | undefined
): OverridesBySheet | undefined {
  if (remembered.size === 0) return overridesBySheet;
  const merged = new Map<string, ReadonlyMap<string, MappingTarget | null>>(overridesBySheet);
  for (const [sheet, byHeader] of remembered) {
    const callers = overridesBySheet?.get(sheet);
    merged.set(
      sheet,
      new Map([...(callers ? [] : (overrides ?? [])), ...byHeader, ...(callers ?? [])])
    );
  }
  return merged;
}
