import type { CellValue } from "../../src/domain/ports/WorkbookPort";

/**
 * Whether a recalculated cell equals the TypeScript figure: amounts within 0.01 kr, other numbers
 * within 1e-9 (relative when large: LibreOffice keeps 15 digits); empty means null; text exactly.
 */
export function closeToTypeScript(actual: CellValue, expected: number | string | null, isAmount: boolean): boolean {
  if (expected === null) return actual === null || actual === "";
  if (typeof expected === "string") return actual === expected;
  if (typeof actual !== "number") return false;
  const difference = Math.abs(actual - expected);
  return isAmount ? difference <= 0.01 : difference <= 1e-9 * Math.max(1, Math.abs(expected));
}
