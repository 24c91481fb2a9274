import type { Initiative } from "../initiative";
import type { Issue, IssueCode, IssueDetails, Severity } from "../issues";
import type { Parameters } from "../parameters/Parameters";

export interface RuleContext {
  readonly parameters: Parameters;
  /** ISO date the check runs on; passed in so rules stay pure and testable. */
  readonly today: string;
}

/** A check of one initiative at a time. */
export interface RowRule {
  readonly kind: "row";
  readonly codes: readonly IssueCode[];
  check(initiative: Initiative, context: RuleContext): Issue[];
}

/** A check across all initiatives (duplicates). */
export interface SetRule {
  readonly kind: "set";
  readonly codes: readonly IssueCode[];
  check(initiatives: readonly Initiative[], context: RuleContext): Issue[];
}

export type Rule = RowRule | SetRule;

/** An issue located at one field of an initiative's source row. */
export function issueAt(
  initiative: Initiative,
  fieldKey: string,
  code: IssueCode,
  severity: Severity,
  details?: IssueDetails
): Issue {
  const column = initiative.columns[fieldKey];
  const { file, sheet, row } = initiative.source;
  // Spelled out rather than spread: rules make an issue for many rows of a large list.
  const location = column
    ? { file, sheet, row, field: fieldKey, column }
    : { file, sheet, row, field: fieldKey };
  return details ? { code, severity, location, details } : { code, severity, location };
}
