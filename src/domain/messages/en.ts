import type { Issue } from "../issues";
import { formatNumber } from "./labels";

const d = (issue: Issue, key: string): string => {
  const value = issue.details?.[key];
  return typeof value === "number" ? formatNumber(value, "en") : (value ?? "");
};

/** English text for an issue. */
export function messageEn(issue: Issue, label: string): string {
  const input = issue.input ?? "";
  switch (issue.code) {
    case "invalid_amount":
      return `"${input}" cannot be read as an amount. Write a number in kronor, e.g. 250 000 or 1,2 mkr.`;
    case "approximate_amount":
      return `The amount "${input}" is approximate; ${d(issue, "value")} SEK is used. Give an exact amount when known.`;
    case "negative_amount":
      return `${label} is negative ("${input}"). Give costs and savings as positive amounts.`;
    case "invalid_hours":
      return `"${input}" cannot be read as hours per year. Write a number, e.g. 1 200.`;
    case "approximate_hours":
      return `The time saving "${input}" is approximate; ${d(issue, "value")} hours are used. Give an exact number when known.`;
    case "invalid_date":
      return `"${input}" cannot be read as a date. Write dates as YYYY-MM-DD, e.g. 2024-03-15.`;
    case "approximate_date":
      return `${label} "${input}" is approximate (${d(issue, "earliest")} – ${d(issue, "latest")}) and is not used in calculations. Give an exact date when known.`;
    case "invalid_score":
      return `"${input}" is not a score for ${label}. Give a whole score from 1 to 5.`;
    case "unknown_list_value":
      return `"${input}" is not in the list for ${label}. Choose one of: ${d(issue, "allowed")}.`;
    case "list_value_in_sentence":
      return `"${input}" is read as ${d(issue, "value")}. Choose a value from the list so it is read without interpretation.`;
    case "cell_error":
      return `The cell shows the error ${input}. Fix the formula or type the value.`;
    case "formula_without_value":
      return `Formula saved without its value (${d(issue, "formula")}): open and save the file in Excel so the value is saved.`;
    case "shared_string_missing":
      return `The cell points to text number ${d(issue, "index")} in the workbook's list of texts, which is not there, so the cell's content cannot be read. The file seems damaged: open it in Excel, check the cell and save a new copy.`;
    case "unit_conflict":
      return `The workbook states two different units for this cell: ${d(issue, "first")} and ${d(issue, "second")}. The amount is not used; state the unit in one place.`;
    case "percent_in_amount":
      return `"${input}" is a percentage, not an amount. Write the amount in kronor.`;
    case "text_truncated":
      return `The text is ${d(issue, "length")} characters long; an Excel cell holds at most ${d(issue, "limit")}. The portfolio shows its beginning, marked ${d(issue, "mark")}. Shorten the text in the source.`;
    case "missing_name":
      return "The row has content but no name. Give the initiative's name.";
    case "missing_status":
      return "Status is missing. Say where the initiative stands, e.g. Idé, Beslutad or Pågående.";
    case "required_missing":
      return `${label} is missing. It is required when the status is ${d(issue, "status")}.`;
    case "end_before_start":
      return `End date ${d(issue, "end")} is before start date ${d(issue, "start")}.`;
    case "running_past_end":
      return `Status is Pågående (running) but the end date ${d(issue, "end")} has passed. Update the status or the end date.`;
    case "payback_exceeds_period":
      return d(issue, "years") === "never"
        ? "The initiative never pays back: its yearly benefit does not exceed its running cost."
        : `Payback takes ${d(issue, "years")} years, longer than the calculation period of ${d(issue, "period")} years.`;
    case "finished_without_followup":
      return `Finished on ${d(issue, "end")}, more than a year ago, but its benefits were never followed up. Enter a date under Uppföljd.`;
    case "benefit_owner_is_project_manager":
      return `The benefit owner (${d(issue, "name")}) is the same person as the project manager. Benefits should be owned by the business, not the project.`;
    case "duplicate_id":
      return `ID "${d(issue, "id")}" is also used at ${d(issue, "rows")}. Each initiative needs its own ID.`;
    case "column_missing":
      return `The list has no ${label} column, which ${d(issue, "count")} initiatives require (rows ${d(issue, "rows")}). Add the column${issue.location.field === "forvaltning" ? " or name the list's department on the Parametrar sheet" : ""}.`;
    case "id_shared_between_forvaltningar":
      return `ID "${d(issue, "id")}" is also used by ${d(issue, "others")}. The initiatives are kept apart: in the portfolio this one is ${d(issue, "portfolioId")}, and the council's columns follow department and source ID.`;
    case "council_match_ambiguous":
      return `The council's notes for ${d(issue, "id")} could belong to more than one initiative (${d(issue, "candidates")}). They are kept on a row marked for review in Portfölj; move them to the right initiative, then empty that row.`;
    case "council_edit_overwritten":
      return d(issue, "typed") === ""
        ? `${label} had been emptied by hand in the portfolio. The source (${d(issue, "source")}) says "${d(issue, "written")}", which is now in the cell. If the cell should be empty, the value must be removed from the source.`
        : d(issue, "written") === ""
          ? `${label} had been changed by hand in the portfolio to "${d(issue, "typed")}". The source (${d(issue, "source")}) has no value, so the cell is now empty. If the changed value should stand, it must be entered in the source.`
          : `${label} had been changed by hand in the portfolio to "${d(issue, "typed")}". The source (${d(issue, "source")}) says "${d(issue, "written")}", which is now in the cell. If the changed value should stand, it must be changed in the source.`;
    case "no_initiative_table":
      return "No list of initiatives was found. Check that there is a header row with e.g. Namn and Status.";
    case "parameter_invalid":
      return `The parameter ${d(issue, "parameter")} is wrong: ${d(issue, "messageEn") || d(issue, "message")} The default is used.`;
    case "forvaltning_from_file_name":
      return `The list does not name its department; "${d(issue, "forvaltning")}" is taken from the file name. Write the department in the Förvaltning column of the Kallor table on the Mappning sheet, even if the guess is right.`;
    case "macros_ignored":
      return "The workbook contains macros. They were not run; only the cells' values were read.";
    case "external_links":
      return "The workbook has formulas that take values from other workbooks. The links are not followed; the values last saved in the file are used.";
    case "hidden_sheet":
      return "The list is on a hidden sheet. It is included anyway; show the sheet if it should not be.";
    case "hidden_rows":
      return issue.details?.["count"] === 1
        ? `A hidden row in the list is included anyway (row ${d(issue, "rows")}).`
        : `${d(issue, "count")} hidden rows in the list are included anyway (rows ${d(issue, "rows")}).`;
    case "hidden_columns":
      return `Hidden columns in the list were read anyway (${d(issue, "columns")}).`;
  }
}
