import { textOf, type Initiative } from "../initiative";
import { normalizeHeader } from "../text/normalize";
import { issueAt, type SetRule } from "./Rule";

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
      byId.set(key, [...(byId.get(key) ?? []), initiative]);
    }
    return [...byId.values()]
      .filter((group) => group.length > 1)
      .flatMap((group) =>
        group.map((initiative) =>
          issueAt(initiative, "id", "duplicate_id", "error", {
            id: textOf(initiative, "id") ?? "",
            rows: group
              .filter((other) => other !== initiative)
              .map((other) => `${other.source.sheet}!${other.source.row}`)
              .join(", "),
          })
        )
      );
  },
};
