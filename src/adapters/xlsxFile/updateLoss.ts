/**
 * What updating a workbook would lose: only ever something on a sheet Digiportfölj rewrites (every
 * other part of the package is kept byte for byte, see write/patchWorkbook), found before anything
 * is written.
 */
export const UPDATE_LOSS_KINDS = [
  "sheet",
  "chart",
  "shape",
  "picture",
  "smartArt",
  "slicer",
  "timeline",
  "embeddedObject",
  "formControl",
  "pivotTable",
  "threadedComment",
  "sparkline",
  "validation",
  "protectedRange",
  "filter",
  "dynamicArray",
  "table",
  "tableColumn",
  "cell",
  "other",
] as const;

export type UpdateLossKind = (typeof UPDATE_LOSS_KINDS)[number];

export interface UpdateLoss {
  /** The sheet it is on; null for the workbook as a whole. */
  readonly sheet: string | null;
  readonly kind: UpdateLossKind;
  /** True when the sheet is one the update rewrites (so anything on it is replaced). */
  readonly rewritten: boolean;
  /** A name, a cell, a relationship kind or a part, when it helps to find the thing. */
  readonly detail?: string;
}
