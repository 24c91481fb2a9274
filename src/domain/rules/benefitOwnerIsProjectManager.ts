import { textOf } from "../initiative";
import { normalizeHeader } from "../text/normalize";
import { issueAt, type RowRule } from "./Rule";

/** DIGG's guidance: the benefit is brought home by the business, not by the project manager. */
export const benefitOwnerIsProjectManager: RowRule = {
  kind: "row",
  codes: ["benefit_owner_is_project_manager"],
  check: (initiative) => {
    const owner = textOf(initiative, "nyttoagare");
    const manager = textOf(initiative, "ansvarig");
    return owner && manager && normalizeHeader(owner) === normalizeHeader(manager)
      ? [
          issueAt(initiative, "nyttoagare", "benefit_owner_is_project_manager", "warning", {
            name: owner,
          }),
        ]
      : [];
  },
};
