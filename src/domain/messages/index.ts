import type { Issue, Severity } from "../issues";
import type { Criterion } from "../parameters/Parameters";
import { messageEn } from "./en";
import { fieldLabel, type Lang } from "./labels";
import { messageSv } from "./sv";

export type { Lang } from "./labels";
export { fieldLabel } from "./labels";

export function issueMessage(
  issue: Issue,
  lang: Lang,
  criteria: readonly Criterion[] = []
): string {
  const label = fieldLabel(issue.location.field, lang, criteria);
  return lang === "sv" ? messageSv(issue, label) : messageEn(issue, label);
}

export const severityLabel = (severity: Severity, lang: Lang): string =>
  lang === "sv" ? (severity === "error" ? "fel" : "varning") : severity;
