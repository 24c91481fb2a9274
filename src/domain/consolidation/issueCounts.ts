/** How many fel and varningar each source row has, for the portfolio's Fel and Varningar columns. */
import type { Issue } from "../issues";
import type { SourceRef } from "../initiative";

export interface IssueCount {
  readonly errors: number;
  readonly warnings: number;
}

const NONE: IssueCount = { errors: 0, warnings: 0 };
const rowKey = ({ file, sheet, row }: SourceRef) => `${file}\u0000${sheet}\u0000${row}`;

/** Issues without a row (a missing column, the workbook itself) count for no row. */
export function countIssuesByRow(issues: readonly Issue[]): (source: SourceRef) => IssueCount {
  const counts = new Map<string, IssueCount>();
  for (const issue of issues) {
    const { file, sheet, row } = issue.location;
    if (!file || !sheet || !row) continue;
    const key = rowKey({ file, sheet, row });
    const count = counts.get(key) ?? NONE;
    counts.set(
      key,
      issue.severity === "error"
        ? { ...count, errors: count.errors + 1 }
        : { ...count, warnings: count.warnings + 1 }
    );
  }
  return (source) => counts.get(rowKey(source)) ?? NONE;
}
