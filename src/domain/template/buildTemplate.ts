/**
 * The standard template as plain data: instructions, the Initiativ table with dropdowns, checks,
 * computed columns as live formulas over the Parametrar sheet, and the Parametrar sheet itself.
 */
import { computedFormulas } from "./computedFormulas";
import { COMPUTED_COLUMNS } from "../computedColumns";
import { field, type FieldKey } from "../fields";
import type { ListName } from "../lists";
import { LIST_RANGE_NAMES } from "../parameters/names";
import { describeParametersSheet } from "../parameters/parametersSheet";
import type { Parameters } from "../parameters/Parameters";
import { instructionsSheet, INSTRUCTIONS_SHEET } from "./instructionsSheet";
import { columnLettersByKey, templateColumns, type TemplateColumn } from "./initiativeColumns";
import { ROW } from "./WorkbookDescription";
import type {
  CellContent,
  ConditionalFormatSpec,
  SheetDescription,
  ValidationSpec,
  WorkbookDescription,
} from "./WorkbookDescription";

export const INITIATIVE_SHEET = "Initiativ";
export const INITIATIVE_TABLE = "Initiativ";
export const HEADER_ROW = 4;
const FIRST_ROW = HEADER_ROW + 1;
const REQUIRED_FILL = "FFF8CBCB";

export interface TemplateOptions {
  /** Empty data rows, each already holding the computed formulas. */
  readonly rows: number;
}

const DATE_MIN = "2000-01-01";
const DATE_MAX = "2100-12-31";

/** The data validation of one template column over `range`; null for text and computed columns. */
export function validationFor(column: TemplateColumn, range: string): ValidationSpec | null {
  if (column.kind === "computed") return null;
  if (column.kind === "score") {
    return {
      range,
      rule: { kind: "wholeNumber", min: 1, max: 5 },
      errorTitle: "Poäng 1–5",
      errorMessage: `${column.criterion.label}: ange en hel poäng från 1 till 5.`,
      prompt:
        column.criterion.direction === "for"
          ? "1–5, där 5 är bäst"
          : "1–5, där 5 är högst (räknas emot)",
    };
  }
  const def = column.field;
  switch (def.type) {
    case "list":
      return {
        range,
        rule: { kind: "list", source: `=${LIST_RANGE_NAMES[def.list as ListName]}` },
        errorTitle: "Välj från listan",
        errorMessage: `${def.sv}: välj ett värde i listan. Listorna finns på bladet Parametrar.`,
        prompt: def.helpSv,
      };
    case "amount":
      return {
        range,
        rule: { kind: "decimal", min: 0 },
        errorTitle: "Belopp i kronor",
        errorMessage: `${def.sv}: skriv ett belopp i hela kronor, t.ex. 250000. Inte tkr och inte text.`,
        prompt: def.helpSv,
      };
    case "hours":
      return {
        range,
        rule: { kind: "decimal", min: 0 },
        errorTitle: "Timmar per år",
        errorMessage: `${def.sv}: skriv antal timmar per år som ett tal, t.ex. 1200.`,
        prompt: def.helpSv,
      };
    case "date":
      return {
        range,
        rule: { kind: "date", min: DATE_MIN, max: DATE_MAX },
        errorTitle: "Datum",
        errorMessage: `${def.sv}: skriv ett datum som ÅÅÅÅ-MM-DD, t.ex. 2025-03-15.`,
        prompt: def.helpSv,
      };
    case "text":
      return null;
  }
}

/** Number formats of the input columns by field type (the others stay General). */
export const NUMBER_FORMATS: Record<string, string> = {
  amount: "#,##0",
  hours: "#,##0",
  date: "yyyy-mm-dd",
};

/** Marks an empty cell the row's status requires, so the förvaltning sees what is missing. */
function requiredFormats(
  letters: Map<string, string>,
  parameters: Parameters,
  lastRow: number
): ConditionalFormatSpec[] {
  const status = letters.get("status") ?? "A";
  const first = letters.get("id") ?? "A";
  const last = [...letters.values()].at(-1) ?? "A";
  const formats: ConditionalFormatSpec[] = [];
  const nameCol = letters.get("name") ?? "A";
  formats.push({
    range: `${nameCol}${FIRST_ROW}:${nameCol}${lastRow}`,
    formula: `AND(${nameCol}${FIRST_ROW}="",SUMPRODUCT(--(LEN($${first}${FIRST_ROW}:$${last}${FIRST_ROW})>0))>0)`,
    fill: REQUIRED_FILL,
  });
  for (const [key, letter] of letters) {
    if (key === "name" || key.includes(":")) continue;
    const def = field(key as FieldKey);
    if (def.requiredFor.length === 0) continue;
    if (key === "forvaltning" && parameters.forvaltning) continue; // filled from Parametrar when empty
    const anyStatus = def.requiredFor.map((s) => `$${status}${FIRST_ROW}="${s}"`).join(",");
    const cell = `${letter}${FIRST_ROW}`;
    const missing = def.list === "dokumentation" ? `OR(${cell}="",${cell}="Saknas")` : `${cell}=""`;
    formats.push({
      range: `${letter}${FIRST_ROW}:${letter}${lastRow}`,
      formula: `AND(OR(${anyStatus}),${missing})`,
      fill: REQUIRED_FILL,
    });
  }
  return formats;
}

function initiativeSheet(parameters: Parameters, options: TemplateOptions): SheetDescription {
  const columns = templateColumns(parameters);
  const letters = columnLettersByKey(columns);
  const formulas = computedFormulas(letters, parameters);
  const lastRow = HEADER_ROW + options.rows;

  // One formula object per computed column, shared by every row.
  const row: CellContent[] = columns.map((c) =>
    c.kind === "computed" ? { rowFormula: formulas[c.key](ROW) } : null
  );
  const rows: CellContent[][] = Array.from({ length: lastRow - FIRST_ROW + 1 }, () => row);
  const columnLetterList = [...letters.values()];
  const validations = columns
    .map((c, i) => {
      const letter = columnLetterList[i];
      return validationFor(c, `${letter}${FIRST_ROW}:${letter}${lastRow}`);
    })
    .filter((v): v is ValidationSpec => v !== null);

  const title = parameters.forvaltning
    ? `Digitaliseringsinitiativ – ${parameters.forvaltning}`
    : "Digitaliseringsinitiativ";
  return {
    name: INITIATIVE_SHEET,
    tabColor: "FF2B579A",
    columnWidths: columns.map((c, i) => ({
      col: i + 1,
      width:
        c.kind === "field"
          ? c.field.width
          : c.kind === "score"
            ? 12
            : (COMPUTED_COLUMNS.find((d) => d.key === c.key)?.width ?? 14),
    })),
    // two lines of header text: the longest headers wrap once at their column's width
    rowHeights: [{ row: HEADER_ROW, height: 30 }],
    blocks: [
      { row: 1, col: 1, rows: [[title]], style: "title" },
      {
        row: 2,
        col: 1,
        rows: [
          [
            `En rad per initiativ. Röda celler krävs för radens status; grå kolumner räknas ut. Se bladet ${INSTRUCTIONS_SHEET}.`,
          ],
        ],
        style: "note",
      },
    ],
    tables: [
      {
        name: INITIATIVE_TABLE,
        row: HEADER_ROW,
        col: 1,
        columns: columns.map((c) => ({
          header: c.header,
          ...(c.kind === "computed"
            ? {
                numberFormat:
                  COMPUTED_COLUMNS.find((d) => d.key === c.key)?.numberFormat ?? "General",
                style: "computed" as const,
              }
            : c.kind === "field" && NUMBER_FORMATS[c.field.type]
              ? { numberFormat: NUMBER_FORMATS[c.field.type] as string, style: "input" as const }
              : { style: "input" as const }),
        })),
        rows,
      },
    ],
    validations,
    conditionalFormats: requiredFormats(letters, parameters, lastRow),
    freeze: { rows: HEADER_ROW, cols: 2 },
  };
}

export function buildTemplate(
  parameters: Parameters,
  options: TemplateOptions
): WorkbookDescription {
  const parametersSheet = describeParametersSheet(parameters);
  return {
    sheets: [
      instructionsSheet(parameters, INITIATIVE_SHEET),
      initiativeSheet(parameters, options),
      parametersSheet.sheet,
    ],
    names: parametersSheet.names,
  };
}
