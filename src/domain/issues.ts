/** Validation and parsing issues as data: a stable code, a severity, where, and what was found. */

export type Severity = "error" | "warning";

export const ISSUE_CODES = [
  // reading values
  "invalid_amount",
  "approximate_amount",
  "negative_amount",
  "invalid_hours",
  "invalid_date",
  "approximate_date",
  "invalid_score",
  "unknown_list_value",
  "list_value_in_sentence",
  "cell_error",
  "approximate_hours",
  "formula_without_value",
  "shared_string_missing",
  "unit_conflict",
  "percent_in_amount",
  "text_truncated",
  // rules over one initiative
  "missing_name",
  "missing_status",
  "required_missing",
  "end_before_start",
  "running_past_end",
  "payback_exceeds_period",
  "finished_without_followup",
  "benefit_owner_is_project_manager",
  // rules over many
  "duplicate_id",
  "column_missing",
  "id_shared_between_forvaltningar",
  "council_match_ambiguous",
  "council_edit_overwritten",
  // the workbook as a whole
  "no_initiative_table",
  "parameter_invalid",
  "forvaltning_from_file_name",
  // what the source holds that is read differently from how it looks
  "macros_ignored",
  "external_links",
  "hidden_sheet",
  "hidden_rows",
  "hidden_columns",
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

export interface IssueLocation {
  readonly file?: string;
  readonly sheet?: string;
  /** Row number as Excel shows it. */
  readonly row?: number;
  /** Column letters as Excel shows them, e.g. "F". */
  readonly column?: string;
  /** Field key from the catalogue, or a criterion's "score:<key>". */
  readonly field?: string;
}

/** Values a message needs besides the location; all plain data. */
export type IssueDetails = Readonly<Record<string, string | number>>;

export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly location: IssueLocation;
  /** The text as found in the cell, when it helps the reader. */
  readonly input?: string;
  readonly details?: IssueDetails;
}

/** What a parser reports; the caller adds the location. */
export interface ParseProblem {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly details?: IssueDetails;
}

/** A parser's answer: a value (maybe with a warning), nothing (an empty cell), or a problem. */
export interface ParseResult<T> {
  readonly value: T | null;
  readonly problem?: ParseProblem;
}

export const empty = <T>(): ParseResult<T> => ({ value: null });
export const ok = <T>(value: T, problem?: ParseProblem): ParseResult<T> =>
  problem ? { value, problem } : { value };
export const fail = <T>(
  code: IssueCode,
  details?: IssueDetails,
  severity: Severity = "error"
): ParseResult<T> => ({
  value: null,
  problem: details ? { code, severity, details } : { code, severity },
});
