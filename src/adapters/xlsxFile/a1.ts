/** A1 notation the writer needs beyond the domain's column letters. */

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
