/**
 * The Parametrar sheet as plain data: the council's settings, where every formula of the
 * template reads them through defined names. readParameters.ts reads the same layout back,
 * finding things by their labels and headers rather than by position, so a council may move
 * blocks around.
 *
 * Layout (rows 1-based):
 *   1        title                       5   subtitles "Kalkyl och prioritering" (A), "Listor" (F)
 *   2–3      explanation                 6   header Parameter | Värde | Enhet och förklaring (A–C),
 *   7–14     one scalar per row:             list headers (F–K)
 *            label A, value B (named), unit/help C
 *   16       subtitle "Kriterier"        17  header Kriterium | Vikt | Riktning | Nyckel (A–D)
 *   18…      one criterion per row: Vikt_i in B, Riktning_i in C
 *   F7…K7…   each list's values under its header (named Lista_…)
 */
import { LIST_NAMES, type ListName } from "../lists";
import { columnLetters } from "../sheets/columnLetters";
import type {
  CellBlock,
  ColumnWidth,
  NamedCellSpec,
  SheetDescription,
  ValidationSpec,
} from "../template/WorkbookDescription";
import {
  LIST_RANGE_NAMES,
  PARAMETER_NAMES,
  RIKTNING_FOR,
  RIKTNING_MOT,
  riktningName,
  viktName,
} from "./names";
import type { Parameters } from "./Parameters";
import { LIST_LABELS } from "./schema";

export { LIST_RANGE_NAMES } from "./names";

export const PARAMETERS_SHEET = "Parametrar";

export type ScalarKey =
  | "kalkylranta"
  | "kalkylperiod"
  | "timkostnad"
  | "centralBudget"
  | "prioritetHog"
  | "prioritetMedel"
  | "kvadrantgrans"
  | "forvaltning";

/** How a scalar's value is written and read: a fraction shown as percent, a number, whole years, or text. */
export type ScalarKind = "percent" | "number" | "integer" | "text";

export interface ScalarParameterDef {
  readonly key: ScalarKey;
  readonly label: string;
  /** Other labels a council might write in column A (compared without case and spaces). */
  readonly aliases: readonly string[];
  readonly kind: ScalarKind;
  /** Empty is allowed (the value is then null). */
  readonly nullable: boolean;
  readonly help: string;
  readonly numberFormat?: string;
  /** The defined name formulas read, if any. */
  readonly name?: string;
  readonly validation?: ValidationSpec["rule"];
  readonly validationMessage?: string;
}

export const SCALAR_PARAMETERS: readonly ScalarParameterDef[] = [
  {
    key: "kalkylranta",
    label: "Kalkylränta",
    aliases: ["Diskonteringsränta", "Ränta"],
    kind: "percent",
    nullable: false,
    help: "Ränta för nettonuvärdet, i procent per år (Ineras nyttokalkylmodell: 3 %). Skriv med procenttecken: 3 %.",
    numberFormat: "0.0 %",
    name: PARAMETER_NAMES.kalkylranta,
    validation: { kind: "decimal", min: 0, max: 0.5 },
    validationMessage: "Skriv kalkylräntan i procent mellan 0 och 50 %, t.ex. 3 %.",
  },
  {
    key: "kalkylperiod",
    label: "Kalkylperiod",
    aliases: ["Kalkyltid", "Kalkylperiod (år)"],
    kind: "integer",
    nullable: false,
    help: "År som nyttan räknas för i nettonuvärdet (hela år, 1–50).",
    numberFormat: "0",
    name: PARAMETER_NAMES.kalkylperiod,
    validation: { kind: "wholeNumber", min: 1, max: 50 },
    validationMessage: "Kalkylperioden ska vara ett helt antal år mellan 1 och 50.",
  },
  {
    key: "timkostnad",
    label: "Timkostnad",
    aliases: ["Timpris", "Kostnad per timme"],
    kind: "number",
    nullable: false,
    help: "Kronor per timme: vad en sparad arbetstimme är värd (Tidsbesparing × Timkostnad räknas som nytta).",
    numberFormat: "#,##0",
    name: PARAMETER_NAMES.timkostnad,
    validation: { kind: "decimal", min: 0 },
    validationMessage: "Timkostnaden ska vara ett belopp i kronor, 0 eller mer.",
  },
  {
    key: "centralBudget",
    label: "Central budget",
    aliases: ["Budget", "Rådets budget"],
    kind: "number",
    nullable: true,
    help: "Kronor: rådets gemensamma budget för budgetscenariot (vilka initiativ som ryms). Tom = ingen budget.",
    numberFormat: "#,##0",
    name: PARAMETER_NAMES.centralBudget,
    validation: { kind: "decimal", min: 0 },
    validationMessage: "Budgeten ska vara ett belopp i kronor, 0 eller mer.",
  },
  {
    key: "prioritetHog",
    label: "Prioritet Hög från",
    aliases: ["Hög prioritet från", "Gräns hög prioritet"],
    kind: "number",
    nullable: false,
    help: "Viktad poäng (0–100) från vilken ett initiativ får prioritet Hög.",
    numberFormat: "0",
    name: PARAMETER_NAMES.prioritetHog,
    validation: { kind: "decimal", min: 0, max: 100 },
    validationMessage: "Skriv en viktad poäng mellan 0 och 100.",
  },
  {
    key: "prioritetMedel",
    label: "Prioritet Medel från",
    aliases: ["Medel prioritet från", "Gräns medelprioritet"],
    kind: "number",
    nullable: false,
    help: "Viktad poäng (0–100) från vilken ett initiativ får prioritet Medel; lägre blir Låg.",
    numberFormat: "0",
    name: PARAMETER_NAMES.prioritetMedel,
    validation: { kind: "decimal", min: 0, max: 100 },
    validationMessage: "Skriv en viktad poäng mellan 0 och 100.",
  },
  {
    key: "kvadrantgrans",
    label: "Kvadrantgräns",
    aliases: ["Gräns för kvadrant"],
    kind: "number",
    nullable: false,
    help: "Poäng (1–5) från vilken nytta eller komplexitet räknas som hög i matrisen.",
    numberFormat: "0.0",
    name: PARAMETER_NAMES.kvadrantgrans,
    validation: { kind: "decimal", min: 1, max: 5 },
    validationMessage: "Skriv en poäng mellan 1 och 5.",
  },
  {
    key: "forvaltning",
    label: "Mallens förvaltning",
    aliases: ["Förvaltning för mallen"],
    kind: "text",
    nullable: true,
    help: "Förvaltningen som fyller i mallen; används när kolumnen Förvaltning är tom.",
  },
];

export const CRITERIA_HEADERS = {
  label: "Kriterium",
  weight: "Vikt",
  direction: "Riktning",
  key: "Nyckel",
} as const;

/** Row and column positions of the sheet as written (readParameters finds them by label instead). */
export const PARAMETERS_LAYOUT = {
  titleRow: 1,
  scalarHeaderRow: 6,
  firstScalarRow: 7,
  criteriaHeaderRow: SCALAR_PARAMETERS.length + 9, // 17: a blank row and a subtitle after the scalars
  firstListColumn: 6, // F, leaving E blank between the criteria (A–D) and the lists
} as const;

export interface ParametersSheetDescription {
  readonly sheet: SheetDescription;
  readonly names: readonly NamedCellSpec[];
}

const abs = (col: number, row: number): string => `$${columnLetters(col)}$${row}`;

export function describeParametersSheet(parameters: Parameters): ParametersSheetDescription {
  const L = PARAMETERS_LAYOUT;
  const blocks: CellBlock[] = [];
  const names: NamedCellSpec[] = [];
  const validations: ValidationSpec[] = [];
  const name = (n: string, ref: string, comment?: string) =>
    names.push(
      comment === undefined
        ? { name: n, sheet: PARAMETERS_SHEET, ref }
        : { name: n, sheet: PARAMETERS_SHEET, ref, comment }
    );

  blocks.push({ row: L.titleRow, col: 1, rows: [["Parametrar"]], style: "title" });
  blocks.push({
    row: 2,
    col: 1,
    style: "note",
    rows: [
      [
        "Rådets gemensamma inställningar. Alla formler i mallen läser värdena härifrån: ändra ett värde så räknas varje rad om.",
      ],
      [
        "Riktning: För = högre poäng är bättre (t.ex. nytta). Mot = högre poäng är sämre (t.ex. komplexitet, risk).",
      ],
    ],
  });

  // Scalars
  blocks.push({
    row: L.scalarHeaderRow - 1,
    col: 1,
    rows: [["Kalkyl och prioritering"]],
    style: "subtitle",
  });
  blocks.push({
    row: L.scalarHeaderRow,
    col: 1,
    rows: [["Parameter", "Värde", "Enhet och förklaring"]],
    style: "header",
  });
  SCALAR_PARAMETERS.forEach((def, k) => {
    const row = L.firstScalarRow + k;
    blocks.push({ row, col: 1, rows: [[def.label]], style: "label" });
    const value = parameters[def.key];
    blocks.push({
      row,
      col: 2,
      rows: [[value]],
      style: "input",
      ...(def.numberFormat === undefined ? {} : { numberFormat: def.numberFormat }),
    });
    blocks.push({ row, col: 3, rows: [[def.help]], style: "note" });
    if (def.name !== undefined) name(def.name, abs(2, row), def.label);
    if (def.validation !== undefined) {
      validations.push({
        range: `B${row}`,
        rule: def.validation,
        errorTitle: def.label,
        errorMessage: def.validationMessage ?? def.help,
        prompt: def.help,
      });
    }
  });

  // Criteria
  const header = L.criteriaHeaderRow;
  const first = header + 1;
  const last = header + parameters.criteria.length;
  blocks.push({
    row: header - 1,
    col: 1,
    rows: [["Kriterier för viktad poäng (poäng 1–5 per kriterium)"]],
    style: "subtitle",
  });
  blocks.push({
    row: header,
    col: 1,
    style: "header",
    rows: [
      [
        CRITERIA_HEADERS.label,
        CRITERIA_HEADERS.weight,
        CRITERIA_HEADERS.direction,
        CRITERIA_HEADERS.key,
      ],
    ],
  });
  parameters.criteria.forEach((c, k) => {
    const row = first + k;
    blocks.push({ row, col: 1, rows: [[c.label]], style: "label" });
    blocks.push({
      row,
      col: 2,
      rows: [[c.weight, c.direction === "against" ? RIKTNING_MOT : RIKTNING_FOR]],
      style: "input",
    });
    blocks.push({ row, col: 4, rows: [[c.key]], style: "note" });
    name(viktName(k + 1), abs(2, row), `Vikt för ${c.label}`);
    name(riktningName(k + 1), abs(3, row), `Riktning för ${c.label}`);
  });
  if (parameters.criteria.length > 0) {
    validations.push({
      range: `B${first}:B${last}`,
      rule: { kind: "decimal", min: 0 },
      errorTitle: "Vikt",
      errorMessage: "Vikten ska vara ett tal, 0 eller mer.",
      prompt: "Hur mycket kriteriet väger; vikterna behöver inte summera till 100.",
    });
    validations.push({
      range: `C${first}:C${last}`,
      rule: { kind: "list", source: `${RIKTNING_FOR},${RIKTNING_MOT}` },
      errorTitle: "Riktning",
      errorMessage: "Välj För eller Mot.",
      prompt: "För: hög poäng är bra. Mot: hög poäng är dåligt.",
    });
  }

  // Lists, one column each
  blocks.push({
    row: L.scalarHeaderRow - 1,
    col: L.firstListColumn,
    rows: [["Listor (värdena i mallens rullistor)"]],
    style: "subtitle",
  });
  LIST_NAMES.forEach((list: ListName, k) => {
    const col = L.firstListColumn + k;
    const values = parameters.lists[list];
    blocks.push({ row: L.scalarHeaderRow, col, rows: [[LIST_LABELS[list]]], style: "header" });
    if (values.length > 0) {
      blocks.push({ row: L.firstScalarRow, col, rows: values.map((v) => [v]), style: "input" });
      name(
        LIST_RANGE_NAMES[list],
        `${abs(col, L.firstScalarRow)}:${abs(col, L.firstScalarRow + values.length - 1)}`,
        `Listan ${LIST_LABELS[list]}`
      );
    }
  });

  const columnWidths: ColumnWidth[] = [
    { col: 1, width: 30 },
    { col: 2, width: 14 },
    { col: 3, width: 60 },
    { col: 4, width: 14 },
    { col: 5, width: 3 },
    ...LIST_NAMES.map((_, k) => ({ col: L.firstListColumn + k, width: 30 })),
  ];

  return {
    sheet: { name: PARAMETERS_SHEET, tabColor: "#7F7F7F", columnWidths, blocks, validations },
    names,
  };
}
