/** How Kontrollera names issue groups and issues, and which cell an issue leads to. */
import type { Issue } from "../../domain/issues";
import { issueMessage } from "../../domain/messages";
import type { Criterion } from "../../domain/parameters/Parameters";
import type { Language, TaskpaneStrings } from "../i18n";
import type { IssueGroup } from "../operations/PaneOperations";

export interface IssueTarget {
  readonly sheet: string;
  readonly row: number;
  /** Column letters, or null for the row as a whole. */
  readonly column: string | null;
}

/** The cell to select for an issue; null when it concerns a sheet or the workbook as a whole. */
export function issueTarget(issue: Issue, group: IssueGroup): IssueTarget | null {
  const sheet = issue.location.sheet ?? group.sheet;
  const row = issue.location.row ?? group.row;
  if (!sheet || row === null) return null;
  return { sheet, row, column: issue.location.column ?? null };
}

/** "F5", or "Rad 5" when the issue concerns the whole row. */
export function cellReference(target: IssueTarget, strings: TaskpaneStrings["check"]): string {
  return target.column ? `${target.column}${target.row}` : strings.rowReference(target.row);
}

/** "F5: <message>": the text and accessible name of an issue's button. */
export function issueText(
  issue: Issue,
  group: IssueGroup,
  language: Language,
  strings: TaskpaneStrings["check"],
  criteria: readonly Criterion[] = []
): string {
  const message = issueMessage(issue, language, criteria);
  const target = issueTarget(issue, group);
  return target ? `${cellReference(target, strings)}: ${message}` : message;
}

/** "Initiativ, rad 5", "Bladet Initiativ" or "Hela arbetsboken". */
export function groupHeading(group: IssueGroup, strings: TaskpaneStrings["check"]): string {
  if (group.row !== null) return strings.rowGroup(group.sheet, group.row);
  if (group.sheet !== null) return strings.sheetGroup(group.sheet);
  return strings.workbookGroup;
}
