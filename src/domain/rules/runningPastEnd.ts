import { exactDateOf, textOf } from "../initiative";
import { issueAt, type RowRule } from "./Rule";

/** Still "Pågående" after its own end date: the plan or the status needs updating. */
export const runningPastEnd: RowRule = {
  kind: "row",
  codes: ["running_past_end"],
  check: (initiative, { today }) => {
    const end = exactDateOf(initiative, "slutdatum");
    return textOf(initiative, "status") === "Pågående" && end && end < today
      ? [issueAt(initiative, "slutdatum", "running_past_end", "warning", { end })]
      : [];
  },
};
