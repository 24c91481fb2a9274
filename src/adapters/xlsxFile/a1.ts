/** A1 notation helpers shared by the reader and the writer (1-based rows and columns). */

export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 1)
    throw new RangeError(`Column must be a positive integer, got ${col}`);
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function cellAddress(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 1)
    throw new RangeError(`Row must be a positive integer, got ${row}`);
  return `${columnLetters(col)}${row}`;
}

/**
 * Sheet name as a formula or defined name needs it: quoted unless plain ASCII letters, digits and
 * underscores that could not be mistaken for a cell reference ("A1", "R1C1").
 */
export function quoteSheetName(name: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^R\d*C\d*$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}
