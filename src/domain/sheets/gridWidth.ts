/**
 * The widest row of a grid. A loop, not Math.max(...rows): spreading a sheet of 200,000 rows into
 * arguments overflows the call stack.
 */
export function gridWidth(values: readonly (readonly unknown[])[]): number {
  let width = 0;
  for (const row of values) if (row.length > width) width = row.length;
  return width;
}
