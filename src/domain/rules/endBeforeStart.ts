import { exactDateOf } from "../initiative";
import { issueAt, type RowRule } from "./Rule";

export const endBeforeStart: RowRule = {
  kind: "row",
  codes: ["end_before_start"],
  check: (initiative) => {
    const start = exactDateOf(initiative, "startdatum");
    const end = exactDateOf(initiative, "slutdatum");
    return start && end && end < start
      ? [issueAt(initiative, "slutdatum", "end_before_start", "error", { start, end })]
      : [];
  },
};
