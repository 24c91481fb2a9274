/** The rule set as data: which rules run is a list of names, checked with zod. */
import "../zodConfig";
import { z } from "zod";
import type { Initiative } from "../initiative";
import type { Issue } from "../issues";
import { pushAll } from "../pushAll";
import { benefitOwnerIsProjectManager } from "./benefitOwnerIsProjectManager";
import { duplicateIds } from "./duplicateIds";
import { endBeforeStart } from "./endBeforeStart";
import { finishedWithoutFollowUp } from "./finishedWithoutFollowUp";
import { missingColumns } from "./missingColumns";
import { missingName } from "./missingName";
import { missingStatus } from "./missingStatus";
import { paybackExceedsPeriod } from "./paybackExceedsPeriod";
import { requiredByStatus } from "./requiredByStatus";
import type { Rule, RuleContext } from "./Rule";
import { runningPastEnd } from "./runningPastEnd";

export const RULES = {
  missingName,
  missingStatus,
  requiredByStatus,
  missingColumns,
  endBeforeStart,
  runningPastEnd,
  paybackExceedsPeriod,
  finishedWithoutFollowUp,
  benefitOwnerIsProjectManager,
  duplicateIds,
} as const satisfies Record<string, Rule>;

export type RuleName = keyof typeof RULES;

const RULE_NAMES = Object.keys(RULES) as [RuleName, ...RuleName[]];

export const ruleSelectionSchema = z.array(z.enum(RULE_NAMES)).min(1);

export function runRules(
  initiatives: readonly Initiative[],
  context: RuleContext,
  selection: readonly RuleName[] = RULE_NAMES
): Issue[] {
  const rules = ruleSelectionSchema.parse(selection).map((name) => RULES[name]);
  const issues: Issue[] = [];
  for (const rule of rules) {
    if (rule.kind === "set") pushAll(issues, rule.check(initiatives, context));
    else for (const initiative of initiatives) pushAll(issues, rule.check(initiative, context));
  }
  return issues;
}
