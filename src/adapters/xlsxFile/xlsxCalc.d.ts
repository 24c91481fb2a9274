/** The part of xlsx-calc (MIT, no types of its own) that evaluateFormulas.ts uses. */
declare module "xlsx-calc" {
  interface XlsxCalc {
    (workbook: unknown, options?: { continue_after_error?: boolean; log_error?: boolean }): void;
    import_functions(functions: object, options?: { override?: boolean; prefix?: string }): void;
    set_fx(name: string, fn: (...args: unknown[]) => unknown): void;
    readonly xlsx_Fx: Readonly<Record<string, unknown>>;
  }
  const XLSX_CALC: XlsxCalc;
  export default XLSX_CALC;
}

declare module "xlsx-calc/src/formulas-raw.js" {
  /** IF, IFERROR, AND, OR, ROW, COLUMN, OFFSET, TRANSPOSE …: functions given unevaluated arguments. */
  const raw: Readonly<Record<string, unknown>>;
  export default raw;
}
