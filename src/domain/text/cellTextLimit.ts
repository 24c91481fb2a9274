/**
 * Excel's limit on the text of one cell: 32,767 characters ("Total number of characters that a
 * cell can contain", Excel specifications and limits). A longer text is refused or cut by Excel
 * without a word, so the product cuts it itself, visibly.
 */
export const CELL_TEXT_LIMIT = 32_767;

/** What ends a cut text, so nobody takes it for the whole. */
export const CUT_MARK = " […]";

/**
 * The text as it fits in a cell: unchanged when it does, else its beginning and CUT_MARK, within
 * the limit. Counted in UTF-16 units, as Excel counts; a surrogate pair is never split.
 */
export function fitCellText(text: string): string {
  if (text.length <= CELL_TEXT_LIMIT) return text;
  let end = CELL_TEXT_LIMIT - CUT_MARK.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end) + CUT_MARK;
}
