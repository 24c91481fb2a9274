import { textOf } from "../initiative";
import { issueAt, type RowRule } from "./Rule";

/** A row with content but no name is kept and flagged, never dropped. */
export const missingName: RowRule = {
  kind: "row",
  codes: ["missing_name"],
  check: (initiative) =>
    textOf(initiative, "name") ? [] : [issueAt(initiative, "name", "missing_name", "error")],
};
