import { textOf } from "../initiative";
import { issueAt, type RowRule } from "./Rule";

/** Without a status the required-field rules cannot apply, so say so once. */
export const missingStatus: RowRule = {
  kind: "row",
  codes: ["missing_status"],
  check: (initiative) =>
    textOf(initiative, "status") || initiative.unreadable.includes("status")
      ? []
      : [issueAt(initiative, "status", "missing_status", "warning")],
};
