import { FIELDS } from "../fields";
import type { Status } from "../lists";
import { textOf } from "../initiative";
import { issueAt, type RowRule } from "./Rule";

/**
 * What an initiative must have at its stage: an idea needs little, a decided or running one needs
 * purpose, goals, effect goal, investment, a benefit calculation and a benefit owner, a finished one
 * an evaluation. A document marked "Saknas" counts as missing. The name has its own rule.
 */
const requiredByStage = new Map<Status, readonly (typeof FIELDS)[number][]>();

/** The fields a stage requires (the name aside), worked out once per stage, not per row. */
function requiredAt(status: Status): readonly (typeof FIELDS)[number][] {
  let fields = requiredByStage.get(status);
  if (!fields) {
    fields = FIELDS.filter((f) => f.key !== "name" && f.requiredFor.includes(status));
    requiredByStage.set(status, fields);
  }
  return fields;
}

export const requiredByStatus: RowRule = {
  kind: "row",
  codes: ["required_missing"],
  check: (initiative) => {
    const status = textOf(initiative, "status") as Status | null;
    if (!status) return [];
    return (
      requiredAt(status)
        .filter((f) => !initiative.unreadable.includes(f.key))
        // with no column at all, missingColumns reports it once for the whole list
        .filter(
          (f) => initiative.columns[f.key] !== undefined || initiative.values[f.key] !== undefined
        )
        .filter((f) => {
          const value = initiative.values[f.key];
          return value === undefined || (f.list === "dokumentation" && value === "Saknas");
        })
        .map((f) => issueAt(initiative, f.key, "required_missing", "error", { status }))
    );
  },
};
