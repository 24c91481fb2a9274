import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Criterion, Direction } from "../../domain/parameters/Parameters";
import type { TaskpaneStrings } from "../i18n";
import type { PriorityForm, PriorityFormErrors } from "../presentation/priorityForm";

const useStyles = makeStyles({
  // Weight and direction side by side when there is room, stacked at 320 px.
  criterion: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(11rem, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  field: {
    minWidth: 0,
  },
  input: {
    width: "100%",
    minWidth: 0,
  },
});

const DIRECTIONS: readonly Direction[] = ["for", "against"];

export interface PriorityFieldsProps {
  criteria: readonly Criterion[];
  form: PriorityForm;
  /** Null while no save has been refused. */
  errors: PriorityFormErrors | null;
  onChange: (change: (previous: PriorityForm) => PriorityForm) => void;
  strings: TaskpaneStrings;
}

/** Per criterion "Vikt: …" and "Riktning: …", then "Central budget (kr)". */
export function PriorityFields({ criteria, form, errors, onChange, strings }: PriorityFieldsProps) {
  const s = strings.prioritise;
  const styles = useStyles();
  return (
    <>
      {criteria.map((criterion, i) => (
        <div key={criterion.key} className={styles.criterion}>
          <Field
            className={styles.field}
            label={s.weight(criterion.label)}
            {...(errors?.weights[i]
              ? { validationState: "error" as const, validationMessage: s.weightInvalid }
              : {})}
          >
            <Input
              className={styles.input}
              type="number"
              min={0}
              step="any"
              inputMode="decimal"
              value={form.weights[i] ?? ""}
              onChange={(_event, data) =>
                onChange((f) => ({
                  ...f,
                  weights: f.weights.map((w, j) => (j === i ? data.value : w)),
                }))
              }
            />
          </Field>
          <Field className={styles.field} label={s.direction(criterion.label)}>
            <Select
              value={form.directions[i] ?? criterion.direction}
              onChange={(_event, data) =>
                onChange((f) => ({
                  ...f,
                  directions: f.directions.map((d, j) =>
                    j === i ? (DIRECTIONS.find((x) => x === data.value) ?? d) : d
                  ),
                }))
              }
            >
              {DIRECTIONS.map((direction) => (
                <option key={direction} value={direction}>
                  {s.directions[direction]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      ))}
      <Field
        label={s.budget}
        {...(errors?.budget
          ? { validationState: "error" as const, validationMessage: s.budgetInvalid }
          : { hint: s.budgetHint })}
      >
        <Input
          inputMode="decimal"
          value={form.budget}
          onChange={(_event, data) => onChange((f) => ({ ...f, budget: data.value }))}
        />
      </Field>
    </>
  );
}
