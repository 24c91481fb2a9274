/**
 * Reads the Parametrar sheet back into Parameters. Things are found by their labels, not by
 * position: scalars by their label in column A, the criteria by their header row, each list by its
 * header. What is absent takes its default silently; what is present but wrong becomes a
 * `parameter_invalid` issue at its cell, and the default (or, for a criterion, what the
 * template's formulas make of it) is used instead. Never throws on what a sheet holds.
 */
import { cellAt, lastColumnOf, lastRowOf } from "../sheets/grid";
import "../zodConfig";
import { z } from "zod";
import type { Issue } from "../issues";
import { LIST_NAMES, type ListName } from "../lists";
import { cleanCellText, isEmptyMarker } from "../parse/cellText";
import { decimalValue, readDecimal } from "../parse/swedishNumber";
import { isCellError, type CellValue, type SheetGrid } from "../ports/WorkbookPort";
import { columnLetters } from "../sheets/columnLetters";
import { foldDiacritics, normalizeHeader } from "../text/normalize";
import {
  CRITERIA_HEADERS,
  SCALAR_PARAMETERS,
  type ScalarKey,
  type ScalarParameterDef,
} from "./parametersSheet";
import {
  CRITERIA_PRESETS,
  DEFAULT_PARAMETERS,
  type Criterion,
  type Direction,
  type Parameters,
} from "./Parameters";
import {
  firstMessage,
  LIST_LABELS,
  MEDEL_ABOVE_HOG,
  parametersSchema,
  SCALAR_SCHEMAS,
  weightSchema,
} from "./schema";
import { swedishLower } from "../text/swedishLower";
export interface ReadParametersResult {
  readonly parameters: Parameters;
  readonly issues: Issue[];
}

/** Other headers a list column may carry besides its label. */
const LIST_HEADER_ALIASES: Readonly<Record<ListName, readonly string[]>> = {
  status: ["Statusar"],
  forvaltning: ["Förvaltningar"],
  strategiskInriktning: ["Strategiska inriktningar"],
  dokumentation: ["Dokumentationsstatus"],
  effektmalUppnatt: ["Effektmål"],
  finansiering: [],
};

/** Labels compared without case, spaces or punctuation. */
const labelKey = (s: string): string => normalizeHeader(s).replace(/ /g, "");

const textOf = (cell: CellValue): string => {
  if (cell === null || isCellError(cell)) return "";
  return cleanCellText(String(cell));
};

const isBlank = (cell: CellValue): boolean =>
  cell === null || (typeof cell === "string" && isEmptyMarker(cleanCellText(cell)));

const UNIT_SUFFIX = /\s*(tkr|mkr|kr\s*\/\s*(?:tim|timme|h)|kr per timme|kronor|kr|år|poäng)$/;
const SHIFT: Readonly<Record<string, number>> = { tkr: 3, mkr: 6 };

/**
 * A number written as text: "450", "1 000 000 kr", "2,5 mkr", "6 år"; with `percent`, "3 %" and
 * "3,5%" are fractions (0.03, 0.035). The digits are scaled exactly. Null when it is not a number.
 */
function numberFromText(raw: string, percent: boolean): number | null {
  let t = swedishLower(cleanCellText(raw));
  let negative = false;
  const sign = /^([-\u2212+])\s*/.exec(t);
  if (sign) {
    negative = sign[1] !== "+";
    t = t.slice(sign[0].length);
  }
  let shift = 0;
  if (percent && t.endsWith("%")) {
    shift = -2;
    t = t.slice(0, -1).trimEnd();
  } else if (!percent) {
    const unit = UNIT_SUFFIX.exec(t);
    if (unit) {
      shift = SHIFT[unit[1] ?? ""] ?? 0;
      t = t.slice(0, unit.index);
    }
  }
  const decimal = readDecimal(t);
  if (decimal === null) return null;
  const value = decimalValue(decimal, shift);
  return negative ? -value : value;
}

/** The value to check for one scalar: a number, text, or (when unreadable) the raw text so the schema says why. */
function scalarValue(def: ScalarParameterDef, cell: CellValue): unknown {
  if (def.kind === "text") return typeof cell === "boolean" ? null : textOf(cell);
  if (typeof cell === "number") return cell;
  if (typeof cell === "string") return numberFromText(cell, def.kind === "percent") ?? cell;
  return null;
}

function describeValue(def: ScalarParameterDef, value: unknown): string {
  if (value === null) return "inget";
  if (typeof value !== "number") return String(value);
  if (def.kind === "percent")
    return `${String(Number((value * 100).toPrecision(12))).replace(".", ",")} %`;
  return String(value).replace(".", ",");
}

function criterionKey(label: string, given: string): string {
  const preset = Object.values(CRITERIA_PRESETS)
    .flat()
    .find((c) => labelKey(c.label) === labelKey(label));
  const source = given !== "" ? given : (preset?.key ?? label);
  const slug = foldDiacritics(source)
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return /^[a-z]/.test(slug) ? slug : `k${slug}`;
}

const DIRECTION_WORDS: Readonly<Record<string, Direction>> = {
  för: "for",
  for: "for",
  positiv: "for",
  "+": "for",
  mot: "against",
  against: "against",
  negativ: "against",
  "-": "against",
};

export function readParameters(sheet: SheetGrid | undefined): ReadParametersResult {
  if (sheet === undefined) return { parameters: DEFAULT_PARAMETERS, issues: [] };
  const grid: SheetGrid = sheet;

  const issues: Issue[] = [];
  const bottom = lastRowOf(grid);
  const right = lastColumnOf(grid);
  const at = (row: number, col: number): CellValue => cellAt(grid, row, col);
  const report = (parameter: string, message: string, row: number, col: number) => {
    const cell = at(row, col);
    const input = isCellError(cell) ? cell.error : textOf(cell);
    issues.push({
      code: "parameter_invalid",
      severity: "error",
      location: { sheet: grid.name, row, column: columnLetters(col) },
      ...(input === "" ? {} : { input }),
      details: { parameter, message },
    });
  };
  const findRow = (labels: readonly string[], from = grid.top): number | null => {
    const keys = new Set(labels.map(labelKey));
    for (let row = Math.max(from, grid.top); row <= bottom; row++) {
      if (keys.has(labelKey(textOf(at(row, 1))))) return row;
    }
    return null;
  };

  // Scalars: label in column A, value in column B.
  const scalars: Record<ScalarKey, unknown> = { ...DEFAULT_PARAMETERS };
  const scalarRows = new Map<ScalarKey, number>();
  for (const def of SCALAR_PARAMETERS) {
    const row = findRow([def.label, ...def.aliases]);
    if (row === null) continue;
    scalarRows.set(def.key, row);
    const cell = at(row, 2);
    const fallback = DEFAULT_PARAMETERS[def.key];
    const useDefault = (message: string) =>
      report(def.key, `${message} Standardvärdet ${describeValue(def, fallback)} används.`, row, 2);
    if (isCellError(cell)) {
      useDefault(`${def.label}: cellen innehåller felet ${cell.error}.`);
    } else if (isBlank(cell)) {
      if (def.nullable) scalars[def.key] = null;
      else useDefault(`${def.label} saknar värde.`);
    } else {
      const value = scalarValue(def, cell);
      const message = firstMessage(SCALAR_SCHEMAS[def.key] as z.ZodType, value);
      if (message === null) scalars[def.key] = def.kind === "text" && value === "" ? null : value;
      else useDefault(message);
    }
  }
  if ((scalars.prioritetMedel as number) > (scalars.prioritetHog as number)) {
    const row = scalarRows.get("prioritetMedel") ?? scalarRows.get("prioritetHog");
    if (row !== undefined) {
      report(
        "prioritetMedel",
        `${MEDEL_ABOVE_HOG} Standardvärdena ${DEFAULT_PARAMETERS.prioritetHog} och ${DEFAULT_PARAMETERS.prioritetMedel} används.`,
        row,
        2
      );
    }
    scalars.prioritetHog = DEFAULT_PARAMETERS.prioritetHog;
    scalars.prioritetMedel = DEFAULT_PARAMETERS.prioritetMedel;
  }

  const criteria = readCriteria();
  const lists = readLists();

  const candidate = { ...scalars, criteria, lists };
  const checked = parametersSchema.safeParse(candidate);
  if (!checked.success) {
    // Every part was checked above; this only guards against the parts disagreeing with the whole.
    report(
      "parametrar",
      checked.error.issues[0]?.message ?? "Ogiltiga parametrar.",
      grid.top,
      grid.left
    );
    return { parameters: DEFAULT_PARAMETERS, issues };
  }
  return { parameters: checked.data, issues };

  function readCriteria(): readonly Criterion[] {
    const header = findRow(["Kriterium", "Kriterier"]);
    if (header === null) return DEFAULT_PARAMETERS.criteria;
    const columnOf = (title: string, fallback: number | null): number | null => {
      for (let col = 2; col <= right; col++)
        if (labelKey(textOf(at(header, col))) === labelKey(title)) return col;
      return fallback;
    };
    const weightCol = columnOf(CRITERIA_HEADERS.weight, 2) ?? 2;
    const directionCol = columnOf(CRITERIA_HEADERS.direction, 3) ?? 3;
    const keyCol = columnOf(CRITERIA_HEADERS.key, null);

    const read: Criterion[] = [];
    const keys = new Set<string>();
    for (let row = header + 1; row <= bottom; row++) {
      const labelCell = at(row, 1);
      const weightCell = at(row, weightCol);
      const directionCell = at(row, directionCol);
      if (isBlank(labelCell) && isBlank(weightCell) && isBlank(directionCell)) break;
      const n = read.length + 1;

      let label = textOf(labelCell);
      if (label === "") {
        label = `Kriterium ${n}`;
        report(
          `criteria.${n}.label`,
          `Kriteriet på rad ${row} saknar namn; det kallas "${label}".`,
          row,
          1
        );
      }

      // An empty weight is 0, as the formulas read it; a wrong one is reported and counted as 0.
      let weight = 0;
      if (!isBlank(weightCell)) {
        const value =
          typeof weightCell === "number"
            ? weightCell
            : typeof weightCell === "string"
              ? (numberFromText(weightCell, false) ?? weightCell)
              : weightCell;
        const message = isCellError(weightCell)
          ? `Vikten innehåller felet ${weightCell.error}.`
          : firstMessage(weightSchema, value);
        if (message === null) weight = value as number;
        else
          report(
            `criteria.${n}.weight`,
            `${label}: ${message} Vikten räknas som 0.`,
            row,
            weightCol
          );
      }

      // Anything but Mot counts for in the formulas, so a wrong direction is reported and counted for.
      const word = labelKey(textOf(directionCell)) || textOf(directionCell);
      let direction: Direction = "for";
      const known = DIRECTION_WORDS[word];
      if (known !== undefined) direction = known;
      else
        report(
          `criteria.${n}.direction`,
          `${label}: Riktningen ska vara För eller Mot. Den räknas som För.`,
          row,
          directionCol
        );

      let key = criterionKey(label, keyCol === null ? "" : textOf(at(row, keyCol)));
      for (let k = 2; keys.has(key); k++)
        key = `${criterionKey(label, keyCol === null ? "" : textOf(at(row, keyCol)))}_${k}`;
      keys.add(key);
      read.push({ key, label, weight, direction });
    }

    if (read.length === 0) {
      report("criteria", "Det behövs minst ett kriterium. Standardkriterierna används.", header, 1);
      return DEFAULT_PARAMETERS.criteria;
    }
    if (!read.some((c) => c.weight > 0)) {
      report(
        "criteria",
        "Minst ett kriterium måste ha en vikt större än 0. Standardkriterierna används.",
        header,
        weightCol
      );
      return DEFAULT_PARAMETERS.criteria;
    }
    return read;
  }

  function readLists(): Record<ListName, readonly string[]> {
    const lists = { ...DEFAULT_PARAMETERS.lists } as Record<ListName, readonly string[]>;
    for (const list of LIST_NAMES) {
      const titles = new Set([LIST_LABELS[list], ...LIST_HEADER_ALIASES[list]].map(labelKey));
      const found = findHeader(titles);
      if (found === null) continue;
      const values: string[] = [];
      for (let row = found.row + 1; row <= bottom; row++) {
        const cell = at(row, found.col);
        if (isBlank(cell)) break;
        if (isCellError(cell)) {
          report(
            `lists.${list}`,
            `Listan ${LIST_LABELS[list]} har felet ${cell.error}; värdet hoppas över.`,
            row,
            found.col
          );
          continue;
        }
        values.push(textOf(cell));
      }
      if (values.length === 0) {
        report(
          `lists.${list}`,
          `Listan ${LIST_LABELS[list]} är tom: den behöver minst ett värde. Standardlistan används.`,
          found.row,
          found.col
        );
      } else {
        lists[list] = values;
      }
    }
    return lists;
  }

  /** A list's header cell: anywhere but column A, where scalar labels and criteria live. */
  function findHeader(titles: ReadonlySet<string>): { row: number; col: number } | null {
    for (let row = grid.top; row <= bottom; row++) {
      for (let col = Math.max(2, grid.left); col <= right; col++) {
        const cell = at(row, col);
        if (typeof cell === "string" && titles.has(labelKey(cell))) return { row, col };
      }
    }
    return null;
  }
}
