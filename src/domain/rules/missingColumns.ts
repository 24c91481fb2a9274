import { FIELDS } from "../fields";
import type { Status } from "../lists";
import { textOf, type Initiative } from "../initiative";
import type { Issue } from "../issues";
import { describeRuns } from "../text/numberRuns";
import type { SetRule } from "./Rule";

/**
 * A list that has no column for a field its rows require gets one issue for the list, not one
 * per row: the fix is to add the column (or, for Förvaltning, to name the list's förvaltning).
 */
export const missingColumns: SetRule = {
  kind: "set",
  codes: ["column_missing"],
  check: (initiatives) => {
    const bySheet = new Map<string, Initiative[]>();
    for (const i of initiatives) {
      const key = `${i.source.file}\u0000${i.source.sheet}`;
      const group = bySheet.get(key);
      if (group) group.push(i);
      else bySheet.set(key, [i]);
    }
    const issues: Issue[] = [];
    for (const group of bySheet.values()) {
      const first = group[0];
      if (!first) continue;
      for (const f of FIELDS) {
        if (f.requiredFor.length === 0 || f.key === "name" || first.columns[f.key] !== undefined)
          continue;
        const needing = group.filter((i) => {
          const status = textOf(i, "status") as Status | null;
          return status !== null && f.requiredFor.includes(status) && i.values[f.key] === undefined;
        });
        if (needing.length === 0) continue;
        issues.push({
          code: "column_missing",
          severity: "error",
          location: { file: first.source.file, sheet: first.source.sheet, field: f.key },
          details: { count: needing.length, rows: describeRuns(needing.map((i) => i.source.row)) },
        });
      }
    }
    return issues;
  },
};
