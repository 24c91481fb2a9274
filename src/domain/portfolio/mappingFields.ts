/**
 * The words the Mappning sheet's Fält column uses: a target's Swedish label, and the list its
 * dropdown offers. Whoever reads the strategist's corrections back turns a label into a target
 * with targetOfMappingLabel, so the two directions cannot drift apart.
 */
import { COMPUTED_COLUMNS } from "../computedColumns";
import { FIELDS } from "../fields";
import { fieldLabel } from "../messages/labels";
import type { Criterion } from "../parameters/Parameters";
import { scoreField } from "../parameters/Parameters";
import type { MappingTarget } from "../sheets/mapHeaders";
import { UNMAPPED_FIELD } from "./layout";

/** What the Fält cell says for a source column: the target's Swedish label, or UNMAPPED_FIELD. */
export function mappingFieldLabel(
  target: MappingTarget | null,
  criteria: readonly Criterion[]
): string {
  return target === null ? UNMAPPED_FIELD : fieldLabel(target, "sv", criteria);
}

export interface MappingFieldOption {
  readonly label: string;
  readonly target: MappingTarget | null;
}

/**
 * Every choice of the Fält dropdown: the fields, the criteria scores, the computed columns (a source
 * column recognised as one is shown so, and not read) and UNMAPPED_FIELD. Labels are unique: a
 * label met twice keeps its first meaning.
 */
export function mappingFieldOptions(criteria: readonly Criterion[]): MappingFieldOption[] {
  const all: MappingFieldOption[] = [
    ...FIELDS.map((f) => ({ label: f.sv, target: f.key as MappingTarget })),
    ...criteria.map((c) => ({ label: c.label, target: scoreField(c) as MappingTarget })),
    ...COMPUTED_COLUMNS.map((c) => ({ label: c.sv, target: `computed:${c.key}` as MappingTarget })),
    { label: UNMAPPED_FIELD, target: null },
  ];
  const seen = new Set<string>();
  return all.filter((o) => {
    const key = o.label.toLocaleLowerCase("sv");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The target a Fält label names (compared without case and outer spaces, like Excel's list check);
 * undefined when the label is none of the choices.
 */
export function targetOfMappingLabel(
  label: string,
  criteria: readonly Criterion[]
): MappingTarget | null | undefined {
  const wanted = label.trim().toLocaleLowerCase("sv");
  return mappingFieldOptions(criteria).find((o) => o.label.toLocaleLowerCase("sv") === wanted)
    ?.target;
}
