import { textOf, type Initiative } from "../initiative";
import { normalizeHeader } from "../text/normalize";
import { listSome } from "../text/numberRuns";
import { issueAt, type SetRule } from "./Rule";

/** Up to 10 others (what listSome shows), without walking a whole large group. */
function othersOf(group: readonly Initiative[], self: Initiative): Initiative[] {
  const others: Initiative[] = [];
  for (const other of group) {
    if (other === self) continue;
    others.push(other);
    if (others.length === 10) break;
  }
  return others;
}

/** The ID is the key that finds an initiative again next year, so it must be unique. */
export const duplicateIds: SetRule = {
  kind: "set",
  codes: ["duplicate_id"],
  check: (initiatives) => {
    const byId = new Map<string, Initiative[]>();
    for (const initiative of initiatives) {
      const id = textOf(initiative, "id");
      if (!id) continue;
      const key = normalizeHeader(id);
      const group = byId.get(key);
      if (group) group.push(initiative);
      else byId.set(key, [initiative]);
    }
    return [...byId.values()]
      .filter((group) => group.length > 1)
      .flatMap((group) =>
        group.map((initiative) =>
          issueAt(initiative, "id", "duplicate_id", "error", {
            id: textOf(initiative, "id") ?? "",
            // The first others only: a thousand rows sharing "1" as ID must not make a
            // million-entry message.
            rows: listSome(
              othersOf(group, initiative).map((o) => `${o.source.sheet}!${o.source.row}`),
              10,
              group.length - 1
            ),
          })
        )
      );
  },
};
