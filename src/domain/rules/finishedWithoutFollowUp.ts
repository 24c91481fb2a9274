import { addYears } from "../parse/date";
import { exactDateOf, textOf } from "../initiative";
import { issueAt, type RowRule } from "./Rule";

/** The auditors' finding: finished projects whose benefits were never followed up. */
export const finishedWithoutFollowUp: RowRule = {
  kind: "row",
  codes: ["finished_without_followup"],
  check: (initiative, { today }) => {
    const end = exactDateOf(initiative, "slutdatum");
    const followedUp =
      initiative.values.uppfoljd !== undefined || initiative.unreadable.includes("uppfoljd");
    return textOf(initiative, "status") === "Avslutad" &&
      end &&
      addYears(end, 1) < today &&
      !followedUp
      ? [issueAt(initiative, "uppfoljd", "finished_without_followup", "warning", { end })]
      : [];
  },
};
