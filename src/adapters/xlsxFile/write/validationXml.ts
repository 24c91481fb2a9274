/**
 * A ValidationSpec as a dataValidation element (ECMA-376 Part 1, §18.3.1.32). Texts over
 * Excel's limits would make Excel "repair" the file by dropping the rule, so they are refused.
 */
import type { ValidationSpec } from "../../../domain/template/WorkbookDescription";
import { xmlAttr, xmlText } from "./xmlText";

const LIMITS = { errorTitle: 32, errorMessage: 255, prompt: 255, listLiteral: 255 } as const;

function checkLength(text: string | undefined, max: number, what: string, range: string): void {
  if (text !== undefined && text.length > max)
    throw new RangeError(
      `Validation on ${range}: ${what} is ${text.length} characters; Excel allows ${max}`
    );
}

/**
 * As Office.js takes a list source: "=Lista_Status" or "=Listor!$A$2:$A$9" is a reference,
 * anything else a comma-separated list of literal choices.
 */
function listFormula(source: string, range: string): string {
  if (source.startsWith("=")) return source.slice(1);
  checkLength(source, LIMITS.listLiteral, "the list of choices", range);
  return `"${source.replace(/"/g, '""')}"`;
}

/** A date bound: yyyy-mm-dd as its 1900-system serial number, or "=formula". */
function dateBound(value: string, range: string): string {
  if (value.startsWith("=")) return value.slice(1);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!iso)
    throw new RangeError(`Validation on ${range}: date bounds must be yyyy-mm-dd, got "${value}"`);
  const days = Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) / 86_400_000;
  // Serial 1 is 1900-01-01; Excel counts the 29 February 1900 that never was, so from March 1900 on
  // the serial is the days since 1899-12-30.
  return String(days + 25_569);
}

export function validationXml(spec: ValidationSpec): string {
  checkLength(spec.errorTitle, LIMITS.errorTitle, "the error title", spec.range);
  checkLength(spec.errorMessage, LIMITS.errorMessage, "the error message", spec.range);
  checkLength(spec.prompt, LIMITS.prompt, "the prompt", spec.range);
  const rule = spec.rule;
  let kind: string;
  let formulas: string[];
  let operator = "";
  switch (rule.kind) {
    case "list":
      kind = "list";
      formulas = [listFormula(rule.source, spec.range)];
      break;
    case "wholeNumber":
      kind = "whole";
      formulas = [String(rule.min), String(rule.max)];
      break;
    case "decimal":
      kind = "decimal";
      formulas = rule.max === undefined ? [String(rule.min)] : [String(rule.min), String(rule.max)];
      if (rule.max === undefined) operator = ' operator="greaterThanOrEqual"';
      break;
    case "date":
      kind = "date";
      formulas = [dateBound(rule.min, spec.range), dateBound(rule.max, spec.range)];
      break;
  }
  const prompt =
    spec.prompt === undefined ? "" : ` showInputMessage="1" prompt="${xmlAttr(spec.prompt)}"`;
  return (
    `<dataValidation type="${kind}"${operator} errorStyle="stop" allowBlank="1" showErrorMessage="1"` +
    ` errorTitle="${xmlAttr(spec.errorTitle)}" error="${xmlAttr(spec.errorMessage)}"${prompt}` +
    ` sqref="${xmlAttr(spec.range.replace(/,/g, " "))}">` +
    formulas.map((f, i) => `<formula${i + 1}>${xmlText(f)}</formula${i + 1}>`).join("") +
    "</dataValidation>"
  );
}
