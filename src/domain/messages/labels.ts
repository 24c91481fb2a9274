import { COMPUTED_COLUMNS } from "../computedColumns";
import { field, isFieldKey } from "../fields";
import type { Criterion } from "../parameters/Parameters";

export type Lang = "sv" | "en";

/** The label a person knows a field by: catalogue fields, criteria scores and computed columns. */
export function fieldLabel(
  key: string | undefined,
  lang: Lang,
  criteria: readonly Criterion[] = []
): string {
  if (!key) return "";
  if (isFieldKey(key)) return field(key)[lang];
  if (key.startsWith("score:")) {
    const criterion = criteria.find((c) => `score:${c.key}` === key);
    return criterion ? criterion.label : key.slice("score:".length);
  }
  const computed = COMPUTED_COLUMNS.find((c) => `computed:${c.key}` === key);
  return computed ? computed[lang] : key;
}

export function formatNumber(value: number, lang: Lang): string {
  return value.toLocaleString(lang === "sv" ? "sv-SE" : "en-GB", { maximumFractionDigits: 2 });
}
