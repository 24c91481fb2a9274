/**
 * What a run wrote in a Portfölj row's standard input columns (the values copied from the
 * sources: the catalogue's fields and the criteria scores, not Initiativ-ID and Förvaltning, which
 * are the row's key, nor the computed columns), kept in the row's hidden Kontrollsumma cell. The
 * next run compares each cell of the previous portfolio with it: a cell that no longer matches was
 * typed over by hand (portfolio/councilEdits.ts), one that matches holds what the product wrote,
 * whatever the source says now.
 *
 * The text, e.g. `D1;.Xk3_..a9Qz…;nytta=Pq0c,komplexitet=.`:
 * - `D` and the number of the field layout (FIELD_LAYOUTS) it was written with;
 * - after `;`, one entry per field of that layout, in its order: `.` for a cell written empty,
 *   else four characters of a 24-bit hash of the value (so a council's edit goes unseen once in
 *   about 16 million);
 * - after the second `;`, the scores as `<criterion key>=<entry>` joined by `,` (criteria are the
 *   council's own, so each is named; keys are [a-z0-9_]).
 * Values are compared as text (canonicalCell): a number to 15 significant digits, as Excel keeps
 * it, and text trimmed with its line ends as "\n", so a number typed as text, or a value read back
 * through either adapter, is the value written.
 *
 * A text that is not such a fingerprint (an older portfolio without the column, a cell the
 * council emptied or typed in, a layout this version does not know) reads as null: nothing is
 * reported for the row.
 */
import type { Initiative, FieldValue } from "../initiative";
import type { FieldKey } from "../fields";
import type { Parameters } from "../parameters/Parameters";
import { scoreField } from "../parameters/Parameters";
import { serialFromIso } from "../parse/date";
import type { CellValue } from "../ports/WorkbookPort";
import { templateColumns, type TemplateColumn } from "../template/initiativeColumns";
import type { CellContent } from "../template/WorkbookDescription";
import { CELL_TEXT_LIMIT, fitCellText } from "../text/cellTextLimit";

/**
 * The field keys of each layout, by number, in the order their entries stand. Append a new
 * layout when the catalogue's fields change (a test holds the last one to the catalogue); never
 * change one that has been written, so a portfolio written with it is still read right.
 */
export const FIELD_LAYOUTS: Readonly<Record<string, readonly FieldKey[]>> = {
  "1": [
    "name",
    "namnd",
    "ansvarig",
    "kontaktperson",
    "behovVem",
    "behovVad",
    "behovVarfor",
    "syfte",
    "projektmal",
    "effektmal",
    "strategiskInriktning",
    "berorFler",
    "status",
    "startdatum",
    "slutdatum",
    "investering",
    "lopandeKostnad",
    "kostnadsbesparing",
    "tidsbesparing",
    "nyttokalkyl",
    "riskanalys",
    "projektplan",
    "projektutvardering",
    "nyttoagare",
    "matetal",
    "nollmatning",
    "malvarde",
    "nastaUppfoljning",
    "uppfoljd",
    "effektmalUppnatt",
    "realiseradBesparing",
    "kommentar",
  ],
};
/** The layout this version writes. */
export const CURRENT_LAYOUT = "1";

/** The row's key, written by the product itself: never compared. */
export const KEY_FIELDS: ReadonlySet<string> = new Set<FieldKey>(["id", "forvaltning"]);

/** A standard input column of Portfölj: its key (field key or "score:<criterion>") and header. */
export interface StandardColumn {
  readonly key: string;
  readonly header: string;
  readonly column: Extract<TemplateColumn, { kind: "field" | "score" }>;
}

/** The standard input columns under these parameters, in table order. */
export function standardColumns(parameters: Parameters): StandardColumn[] {
  return templateColumns(parameters).flatMap((column): StandardColumn[] => {
    if (column.kind === "field")
      return KEY_FIELDS.has(column.field.key)
        ? []
        : [{ key: column.field.key, header: column.header, column }];
    if (column.kind === "score")
      return [{ key: scoreField(column.criterion), header: column.header, column }];
    return [];
  });
}

/** A parsed value as a cell: exact dates as serials (formatted yyyy-mm-dd), vague ones as their text. */
export function fieldContent(value: FieldValue | undefined): CellContent {
  if (value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value.kind === "exact") return serialFromIso(value.iso, false) ?? value.iso;
  return value.text;
}

/** What Portfölj shows in a standard input column for an initiative of the latest inputs. */
export function standardContent(
  column: StandardColumn["column"],
  initiative: Initiative
): CellContent {
  if (column.kind === "score") {
    const score = initiative.scores[column.criterion.key];
    return typeof score === "number" && Number.isFinite(score) ? score : null;
  }
  return fieldContent(initiative.values[column.field.key]);
}

/**
 * A cell as text to compare: what was written (CellContent) and what a reader gives back
 * (CellValue) come out the same for the same value.
 */
export function canonicalCell(value: CellContent | CellValue | undefined): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "number") {
    if (Number.isSafeInteger(value) && Math.abs(value) < 1e15) return String(value);
    return Number.isFinite(value) ? String(Number(value.toPrecision(15))) : "";
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") {
    const fitted = value.length > CELL_TEXT_LIMIT ? fitCellText(value) : value;
    return (fitted.includes("\r") ? fitted.replace(/\r\n?/g, "\n") : fitted).trim();
  }
  if ("rowFormula" in value) return `=${value.rowFormula}`;
  if ("formula" in value && typeof value.formula === "string") return `=${value.formula}`;
  return "error" in value ? value.error : "";
}

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
const EMPTY = ".";

/** Four characters of a 24-bit hash (FNV-1a, then murmur3's finaliser to spread the bits). */
function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  const bits = h >>> 8;
  return (
    ALPHABET[(bits >>> 18) & 63]! +
    ALPHABET[(bits >>> 12) & 63]! +
    ALPHABET[(bits >>> 6) & 63]! +
    ALPHABET[bits & 63]!
  );
}

/** One entry: "." for an empty cell, else the hash of its canonical text. */
export function fingerprintEntry(value: CellContent | CellValue | undefined): string {
  const text = canonicalCell(value);
  return text === "" ? EMPTY : hashText(text);
}

/**
 * The fingerprint of a row as written: `contentOf(key)` is what the row's cell in the standard
 * column with that key holds (fields by field key, scores by "score:<criterion key>").
 */
export function writeFingerprint(
  parameters: Parameters,
  contentOf: (key: string) => CellContent
): string {
  const fields = FIELD_LAYOUTS[CURRENT_LAYOUT]!.map((key) => fingerprintEntry(contentOf(key)));
  const scores = parameters.criteria.map(
    (c) => `${c.key}=${fingerprintEntry(contentOf(scoreField(c)))}`
  );
  return `D${CURRENT_LAYOUT};${fields.join("")};${scores.join(",")}`;
}

/** What a fingerprint says was written: entry by column key. */
export type WrittenValues = ReadonlyMap<string, string>;

const VERSION = /^D([0-9]{1,4})$/;
const ENTRIES = /^[0-9A-Za-z_.-]*$/;
const SCORE = /^([a-z0-9_]+)=([0-9A-Za-z_-]{4}|\.)$/;

/** The entries a Kontrollsumma cell holds; null for anything that is not a fingerprint we can read. */
export function readFingerprint(cell: CellValue | undefined): WrittenValues | null {
  if (typeof cell !== "string" || cell.length > CELL_TEXT_LIMIT) return null;
  const parts = cell.trim().split(";");
  if (parts.length !== 3) return null;
  const layout = FIELD_LAYOUTS[VERSION.exec(parts[0]!)?.[1] ?? ""];
  if (!layout) return null;
  const fields = parts[1]!;
  if (!ENTRIES.test(fields)) return null;
  const written = new Map<string, string>();
  let at = 0;
  for (const key of layout) {
    const entry = fields[at] === EMPTY ? EMPTY : fields.slice(at, at + 4);
    // four hash characters, none of them the empty mark
    if (entry !== EMPTY && (entry.length !== 4 || entry.includes(EMPTY))) return null;
    written.set(key, entry);
    at += entry.length;
  }
  if (at !== fields.length) return null;
  const seen = new Set<string>();
  for (const pair of parts[2] === "" ? [] : parts[2]!.split(",")) {
    const score = SCORE.exec(pair);
    if (!score) return null;
    const key = scoreField({ key: score[1]! });
    // A criterion named twice cannot say which entry is which: neither is used.
    if (seen.has(key)) written.delete(key);
    else written.set(key, score[2]!);
    seen.add(key);
  }
  return written;
}

/**
 * Whether `value` (a cell of the previous portfolio) is what the fingerprint says was written in
 * the column `key`; undefined when the fingerprint does not cover the column.
 */
export function isAsWritten(
  written: WrittenValues,
  key: string,
  value: CellContent | CellValue | undefined
): boolean | undefined {
  const entry = written.get(key);
  return entry === undefined ? undefined : entry === fingerprintEntry(value);
}
