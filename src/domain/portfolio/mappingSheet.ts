/**
 * Mappning: how each source's columns were read (the Fält column is correctable), Kallor to its
 * right (each source file, its förvaltning with what the run inferred and from where, and whether
 * it was read), and the list the Fält dropdown offers.
 */
import type { Consolidation, FileReport } from "../consolidation/Consolidation";
import { isFileNameGuess } from "../consolidation/inferForvaltning";
import type { ColumnMapping } from "../sheets/mapHeaders";
import { columnLetters } from "../sheets/columnLetters";
import { unitName } from "../parse/units";
import type {
  CellContent,
  ColumnWidth,
  NamedCellSpec,
  SheetDescription,
  ValidationSpec,
} from "../template/WorkbookDescription";
import {
  FORVALTNING_SOURCE_TEXT,
  MAPPING_HEADERS,
  PORTFOLIO_SHEETS,
  PORTFOLIO_TABLES,
  SOURCES_FIRST_COLUMN,
  SOURCES_HEADERS,
  UNMAPPED_FIELD,
} from "./layout";
import { mappingFieldLabel, mappingFieldOptions } from "./mappingFields";

/** Kallor's Status column. */
export const SOURCE_STATUS_TEXT: Readonly<Record<FileReport["status"], string>> = {
  ok: "Inläst",
  failed: "Kunde inte läsas",
};

/** The Fält dropdown's choices: a column on Mappning to the right of Kallor, under this header and name. */
export const FIELD_LIST_HEADER = "Fält att välja";
export const FIELD_LIST_NAME = "Lista_Falt";
export const FIELD_LIST_COLUMN = SOURCES_FIRST_COLUMN + Object.keys(SOURCES_HEADERS).length + 1;

/** The Enhet cell: the unit and where the workbook states it ("tkr (grupprubrik)"), or the conflict. */
function unitText(mapping: ColumnMapping): string | null {
  if (mapping.unitConflict)
    return `${mapping.unitConflict[0].text} ≠ ${mapping.unitConflict[1].text}`;
  if (mapping.unit) return mapping.unit.text;
  return mapping.multiplier === null ? null : unitName(mapping.multiplier);
}

export function mappingSheet(consolidation: Consolidation): {
  sheet: SheetDescription;
  names: NamedCellSpec[];
} {
  const criteria = consolidation.parameters.criteria;
  const mappingRows = consolidation.mappings.flatMap((m) =>
    m.columns.map((c): CellContent[] => [
      m.file,
      m.sheet,
      m.headerRow,
      columnLetters(c.column),
      c.header,
      mappingFieldLabel(c.target, criteria),
      c.confidence,
      unitText(c),
    ])
  );
  const sourceRows = consolidation.files.map((f): CellContent[] => [
    f.path,
    // A guess from the file name is left for the strategist to fill in (or confirm by typing it):
    // what is typed here is then known to be theirs (consolidation/forvaltningCorrection.ts).
    f.forvaltningSource && isFileNameGuess(f.forvaltningSource) ? null : (f.forvaltning ?? null),
    f.inferredForvaltning?.name ?? null,
    f.inferredForvaltning ? FORVALTNING_SOURCE_TEXT[f.inferredForvaltning.source] : null,
    SOURCE_STATUS_TEXT[f.status],
    f.rowsImported,
    f.rowsSkipped.length,
    f.error ?? null,
  ]);
  const options = mappingFieldOptions(criteria).map((o) => o.label);
  const fieldColumn = 6; // F: MAPPING_HEADERS.field
  const f = columnLetters(fieldColumn);
  const list = columnLetters(FIELD_LIST_COLUMN);
  const validations: ValidationSpec[] =
    mappingRows.length === 0
      ? []
      : [
          {
            range: `${f}2:${f}${1 + mappingRows.length}`,
            rule: { kind: "list", source: `=${FIELD_LIST_NAME}` },
            errorTitle: "Välj ett fält",
            errorMessage: `Välj ett fält i listan, eller ${UNMAPPED_FIELD} om kolumnen inte ska läsas.`,
            prompt:
              "Rätta här vilket fält källans kolumn är. Rättelsen används nästa gång portföljen byggs.",
          },
        ];
  const S = SOURCES_HEADERS;
  const M = MAPPING_HEADERS;
  const widths: ColumnWidth[] = [
    ...[28, 16, 10, 8, 30, 28, 10, 8].map((width, i) => ({ col: i + 1, width })),
    ...[28, 30, 30, 18, 16, 12, 12, 48].map((width, i) => ({
      col: SOURCES_FIRST_COLUMN + i,
      width,
    })),
    { col: FIELD_LIST_COLUMN, width: 30 },
  ];
  return {
    sheet: {
      name: PORTFOLIO_SHEETS.mapping,
      tabColor: "FF7F7F7F",
      columnWidths: widths,
      blocks: [
        { row: 1, col: FIELD_LIST_COLUMN, rows: [[FIELD_LIST_HEADER]], style: "header" },
        { row: 2, col: FIELD_LIST_COLUMN, rows: options.map((o) => [o]), style: "note" },
      ],
      tables: [
        {
          name: PORTFOLIO_TABLES.mapping,
          row: 1,
          col: 1,
          columns: [
            { header: M.file },
            { header: M.sheet },
            { header: M.headerRow, numberFormat: "0" },
            { header: M.column },
            { header: M.header },
            { header: M.field, style: "input" },
            { header: M.confidence, numberFormat: "0%" },
            { header: M.unit },
          ],
          rows: mappingRows,
        },
        {
          name: PORTFOLIO_TABLES.sources,
          row: 1,
          col: SOURCES_FIRST_COLUMN,
          columns: [
            { header: S.file },
            { header: S.forvaltning, style: "input" },
            { header: S.inferred },
            { header: S.inferredFrom },
            { header: S.status },
            { header: S.imported, numberFormat: "0" },
            { header: S.skipped, numberFormat: "0" },
            { header: S.error },
          ],
          rows: sourceRows,
        },
      ],
      validations,
      freeze: { rows: 1, cols: 0 },
    },
    names: [
      {
        name: FIELD_LIST_NAME,
        sheet: PORTFOLIO_SHEETS.mapping,
        ref: `$${list}$2:$${list}$${1 + options.length}`,
        comment: "Fälten som Mappningens Fält-kolumn kan välja",
      },
    ],
  };
}
