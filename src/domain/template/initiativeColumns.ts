/**
 * The columns of the standard initiative table, in order: each group's input fields followed by
 * the columns computed from them, so ekonomi reads costs and their payback side by side.
 */
import { COMPUTED_COLUMNS, type ComputedKey } from "../computedColumns";
import { FIELDS, type FieldDef, type FieldGroup } from "../fields";
import type { Criterion, Parameters } from "../parameters/Parameters";
import { scoreField } from "../parameters/Parameters";
import { columnLetters } from "../sheets/columnLetters";

export type TemplateColumn =
  | { readonly kind: "field"; readonly field: FieldDef; readonly header: string }
  | { readonly kind: "score"; readonly criterion: Criterion; readonly header: string }
  | { readonly kind: "computed"; readonly key: ComputedKey; readonly header: string };

const COMPUTED_AFTER: Readonly<Partial<Record<FieldGroup | "assessment", readonly ComputedKey[]>>> =
  {
    economy: ["nyttaPerAr", "nettonyttaPerAr", "aterbetalningstid", "nettonuvarde", "nnvKvot"],
    assessment: ["viktadPoang", "prioritet", "kvadrant"],
    documentation: ["dokumentationsgrad"],
    followUp: ["realiseradAndel"],
  };

const GROUP_ORDER: readonly (FieldGroup | "assessment")[] = [
  "identity",
  "need",
  "time",
  "economy",
  "assessment",
  "documentation",
  "benefit",
  "followUp",
  "free",
];

export const scoreHeader = (criterion: Criterion): string => `${criterion.label} (1–5)`;

export function templateColumns(parameters: Parameters): TemplateColumn[] {
  const computed = (key: ComputedKey): TemplateColumn => {
    const def = COMPUTED_COLUMNS.find((c) => c.key === key);
    return { kind: "computed", key, header: def?.sv ?? key };
  };
  return GROUP_ORDER.flatMap((group) => [
    ...(group === "assessment"
      ? parameters.criteria.map((criterion): TemplateColumn => ({
          kind: "score",
          criterion,
          header: scoreHeader(criterion),
        }))
      : FIELDS.filter((f) => f.group === group).map((field): TemplateColumn => ({
          kind: "field",
          field,
          header: field.sv,
        }))),
    ...(COMPUTED_AFTER[group] ?? []).map(computed),
  ]);
}

/** Column letters by field key, "score:<key>" or "computed:<key>", counted from `firstColumn`. */
export function columnLettersByKey(
  columns: readonly TemplateColumn[],
  firstColumn = 1
): Map<string, string> {
  return new Map(
    columns.map((c, index) => {
      const key =
        c.kind === "field"
          ? c.field.key
          : c.kind === "score"
            ? scoreField(c.criterion)
            : `computed:${c.key}`;
      return [key, columnLetters(firstColumn + index)];
    })
  );
}
