/**
 * A list's header as people lay it out: one row, or two, where a group header sits over its
 * sub-headers ("Ekonomi (tkr)" over "Investering | Drift per år | Besparing", "Bedömning 1–5" over
 * the criteria) and the columns without a group are merged down over both rows, or written in only
 * one of them. Each column gets one header: the group and the sub-header together.
 */
import type { SheetGrid } from "../ports/WorkbookPort";
import { normalizeHeader } from "../text/normalize";
import { cellAt, mergesOf, textAt } from "./grid";

export interface HeaderCell {
  /** 1-based. */
  readonly column: number;
  /** The column's own header: the lower row's text, or the only one. */
  readonly sub: string;
  /** The group header over it, when the header has two rows. */
  readonly group: string | null;
}

export interface HeaderBlock {
  /** The first header row; the same as `row` for a one-row header. */
  readonly top: number;
  /** The last header row: data starts below it. */
  readonly row: number;
  readonly cells: readonly HeaderCell[];
}

/** What a column is called, for Mappning and for corrections: "Ekonomi (tkr) – Investering". */
export function headerText(cell: Pick<HeaderCell, "sub" | "group">): string {
  if (cell.group === null || cell.group === "") return cell.sub;
  return cell.sub === "" ? cell.group : `${cell.group} – ${cell.sub}`;
}

export function oneRowHeader(
  grid: SheetGrid,
  row: number,
  left: number,
  right: number
): HeaderBlock {
  const cells: HeaderCell[] = [];
  for (let column = left; column <= right; column++)
    cells.push({ column, sub: textAt(grid, row, column), group: null });
  return { top: row, row, cells };
}

const isYear = (cell: unknown): boolean =>
  typeof cell === "number" && Number.isInteger(cell) && cell >= 1990 && cell <= 2100;

/** A number, amount or date as a cell holds it: "596 600 kr", "45", "2024-03-01", "15 %". */
const VALUE = /^[-+\u2212]?\d[\d\s.,:/-]*(?:\s*(?:kr|tkr|mkr|sek|%|:-))?$/i;
const readsAsValue = (text: string): boolean => VALUE.test(text.trim());

/** A group covers at most this share of the header's columns; a text over all of them is a title. */
const TITLE_SHARE = 0.8;

interface Upper {
  readonly text: string;
  /** The upper text's columns: more than one for a group. */
  readonly left: number;
  readonly right: number;
  /** Merged down over the lower row too: a one-level header. */
  readonly spansBoth: boolean;
}

/**
 * `row` as the lower row of a two-row header whose upper row is `row - 1`, or null when the two
 * rows do not read as one header: the lower row holds anything but text, an upper text stands over
 * a single sub-header without being merged down, or the upper row is a title over everything.
 */
export function twoRowHeader(
  grid: SheetGrid,
  row: number,
  left: number,
  right: number
): HeaderBlock | null {
  const upperRow = row - 1;
  if (upperRow < grid.top || right < left) return null;
  for (let column = left; column <= right; column++) {
    const cell = cellAt(grid, row, column);
    // Sub-headers are texts, or years ("2025 | 2026 | 2027" under "Investering per år").
    if (cell !== null && typeof cell !== "string" && !isYear(cell)) return null;
  }
  const merges = mergesOf(grid);
  const lower = (column: number): string => {
    const box = merges.boxAt(row, column);
    // A cell merged from above is the upper row's, not a sub-header of its own.
    return box && box.top < row ? "" : textAt(grid, row, column);
  };
  let lowerLeft = Infinity;
  let lowerRight = -Infinity;
  for (let column = left; column <= right; column++)
    if (lower(column) !== "") {
      lowerLeft = Math.min(lowerLeft, column);
      lowerRight = Math.max(lowerRight, column);
    }
  // The lower row must say something of its own, or the header is the upper row alone.
  if (lowerRight < lowerLeft) return null;
  const units = unitRow(grid, row, left, right, lower);
  if (units) return units;

  // The upper row's texts with the columns each stands over.
  const uppers: Upper[] = [];
  for (let column = left; column <= right; column++) {
    const box = merges.boxAt(upperRow, column);
    if (box) {
      if (box.left !== column && column !== left) continue; // inside a merge already taken
      const text = textAt(grid, box.top, box.left);
      if (text === "") continue;
      const spansBoth = box.bottom >= row;
      uppers.push({
        text,
        left: Math.max(box.left, left),
        right: Math.min(box.right, right),
        spansBoth,
      });
      column = Math.min(box.right, right);
      continue;
    }
    const text = textAt(grid, upperRow, column);
    if (text === "") continue;
    if (lower(column) === "") {
      uppers.push({ text, left: column, right: column, spansBoth: true });
      continue;
    }
    // Centred across the columns to its right (no merge): as far as the upper cells stay empty.
    let end = column;
    while (
      end < right &&
      !merges.boxAt(upperRow, end + 1) &&
      textAt(grid, upperRow, end + 1) === "" &&
      lower(end + 1) !== ""
    )
      end++;
    uppers.push({ text, left: column, right: end, spansBoth: false });
    column = end;
  }

  const groups = uppers.filter((u) => !u.spansBoth);
  if (uppers.length === 0) return null;
  // "596 600 kr", "2024-03-01" over a header: a data row above it, not a group header.
  if (uppers.some((u) => readsAsValue(u.text))) return null;
  // An upper text over a single sub-header, not merged down: two headers, or a header over data.
  if (groups.some((g) => g.left === g.right)) return null;
  // A text over (nearly) everything the lower row holds is a title or a heading, not a group.
  const width = lowerRight - lowerLeft + 1;
  const only = groups[0];
  if (
    uppers.length === 1 &&
    only &&
    (Math.min(only.right, lowerRight) - Math.max(only.left, lowerLeft) + 1) / width >= TITLE_SHARE
  )
    return null;
  // Without a group, the upper row must say something the lower one does not.
  if (groups.length === 0 && !uppers.some((u) => u.spansBoth)) return null;

  const cells: HeaderCell[] = [];
  // A header merged down from further up (three header rows) starts where its merge does.
  let top = upperRow;
  for (let column = left; column <= right; column++) {
    const upper = uppers.find((u) => u.left <= column && column <= u.right);
    if (upper?.spansBoth) cells.push({ column, sub: upper.text, group: null });
    else cells.push({ column, sub: lower(column), group: upper?.text ?? null });
    const box = merges.boxAt(upperRow, column);
    if (box && box.bottom >= row) top = Math.min(top, box.top);
  }
  return { top, row, cells };
}

/** Words a row of units under a header holds: "tkr", "tkr/år", "tim/år", "kr", "st", "%". */
const UNIT_WORDS = new Set([
  "kr",
  "tkr",
  "mkr",
  "sek",
  "tsek",
  "ksek",
  "msek",
  "kronor",
  "år",
  "per",
  "tim",
  "timmar",
  "h",
  "st",
  "antal",
  "datum",
  "yyyy",
  "mm",
  "dd",
  "åååå",
]);

const isUnitText = (text: string): boolean => {
  const words = normalizeHeader(text)
    .split(" ")
    .filter((w) => w !== "");
  return words.length > 0 && words.every((w) => UNIT_WORDS.has(w) || w === "%");
};

/**
 * A row of units under the header ("tkr", "tkr/år", "tim/år"): each column's header is its text
 * above with the unit after it ("Investering (tkr)").
 */
function unitRow(
  grid: SheetGrid,
  row: number,
  left: number,
  right: number,
  lower: (column: number) => string
): HeaderBlock | null {
  const upperRow = row - 1;
  const cells: HeaderCell[] = [];
  let units = 0;
  for (let column = left; column <= right; column++) {
    const unit = lower(column);
    const above = textAt(grid, upperRow, column);
    if (unit !== "") {
      if (!isUnitText(unit) || above === "") return null;
      units++;
    }
    cells.push({ column, sub: unit === "" ? above : `${above} (${unit})`, group: null });
  }
  return units > 0 ? { top: upperRow, row, cells } : null;
}
