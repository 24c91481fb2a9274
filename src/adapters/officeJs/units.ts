/** Excel's units as Office.js wants them. */

/** Width of the digit "0" in pixels in Excel's default font (Calibri 11), on which widths rest. */
const DIGIT_PX = 7;

/**
 * A column width in characters as the description and the file hold it (exceljs writes it into
 * <col width> unchanged) as Office.js's `columnWidth`, in points: the same column as in a file
 * written by the file adapter. Excel rounds the file's width to whole pixels (the ECMA-376
 * formula) and a pixel is ¾ point at 96 dpi; the 5-pixel padding is already inside the file's
 * width, which is why Excel shows 9.140625 as "8.43".
 */
export function columnWidthInPoints(characters: number): number {
  if (!Number.isFinite(characters) || characters < 0)
    throw new RangeError(`Not a column width: ${characters}`);
  if (characters === 0) return 0;
  const pixels = Math.trunc(((256 * characters + Math.trunc(128 / DIGIT_PX)) / 256) * DIGIT_PX);
  return pixels * 0.75;
}
