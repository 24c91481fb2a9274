/** Shared test helpers for the parsers: arbitrary cells and a shape check for ParseResult. */
import fc from "fast-check";
import { ISSUE_CODES, type ParseResult } from "../../../src/domain/issues";
import type { CellValue } from "../../../src/domain/ports/WorkbookPort";

/** Anything a workbook reader can hand over, weighted towards text that looks like our data. */
export const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.stringMatching(/^[ ~ca.\-−–0-9,:kKrRtTmMsSeEkK\u00A0\u202F/åäöhQqvVT]{0,16}$/),
  fc.double(),
  fc.integer({ min: -1e7, max: 1e8 }),
  fc.boolean(),
  fc.constant(null),
  fc.record({ error: fc.string() }),
);

/** A result is { value } or { value, problem } with a known code, a severity and plain details. */
export function expectWellFormed<T>(result: ParseResult<T>, isValue: (v: unknown) => boolean): void {
  expect(Object.keys(result).every((k) => k === "value" || k === "problem")).toBe(true);
  expect(result.value === null || isValue(result.value)).toBe(true);
  const problem = result.problem;
  if (problem === undefined) return;
  expect(ISSUE_CODES).toContain(problem.code);
  expect(["error", "warning"]).toContain(problem.severity);
  for (const v of Object.values(problem.details ?? {})) {
    expect(typeof v === "string" || (typeof v === "number" && Number.isFinite(v))).toBe(true);
  }
  // A value travelling with an error only for a negative amount (the caller decides).
  if (result.value !== null && problem.severity === "error") expect(problem.code).toBe("negative_amount");
}

export const isFiniteNumber = (v: unknown): boolean => typeof v === "number" && Number.isFinite(v);
export const isString = (v: unknown): boolean => typeof v === "string";
