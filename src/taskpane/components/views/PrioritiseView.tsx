import { useState } from "react";
import { Body1, Subtitle2 } from "@fluentui/react-components";
import type { PriorityView } from "../../operations/PaneOperations";
import { formatKronor } from "../../presentation/format";
import { type PriorityForm, priorityForm, readPriorityForm } from "../../presentation/priorityForm";
import { ActionButton } from "../ActionButton";
import { PriorityFields } from "../PriorityFields";
import { StatusRegion, type StatusMessage } from "../StatusRegion";
import { failure, leftOut } from "../statusMessages";
import { useAction } from "../useAction";
import { RankingTable } from "../RankingTable";
import type { ViewProps } from "./ViewProps";
import { useViewStyles } from "../useViewStyles";

/** Prioritera: the council's criteria, weights and budget, the ranking, and the matrix chart. */
export function PrioritiseView({ strings, language, operations }: ViewProps) {
  const s = strings.prioritise;
  const styles = useViewStyles();
  const load = useAction();
  const save = useAction();
  const matrix = useAction();
  const [loadStatus, setLoadStatus] = useState<readonly StatusMessage[]>([]);
  const [saveStatus, setSaveStatus] = useState<readonly StatusMessage[]>([]);
  const [matrixStatus, setMatrixStatus] = useState<readonly StatusMessage[]>([]);
  const [view, setView] = useState<PriorityView | null>(null);
  const [form, setForm] = useState<PriorityForm | null>(null);
  // Errors show after a save was refused, and then follow the user's corrections live.
  const [showErrors, setShowErrors] = useState(false);

  const criteria = view?.parameters.criteria ?? [];
  const read = form ? readPriorityForm(form, criteria) : null;
  const errors = showErrors && read && !read.ok ? read.errors : null;

  function show(next: PriorityView) {
    setView(next);
    setForm(priorityForm(next));
    setShowErrors(false);
  }

  async function onLoad() {
    const outcome = await load.run(() => {
      setLoadStatus([]);
      setSaveStatus([]);
      return operations.loadPriorities();
    });
    if (!outcome) return;
    if (!outcome.ok) {
      setLoadStatus([failure(outcome.error, s.loadFailed, strings, language)]);
      return;
    }
    show(outcome.value);
    setLoadStatus([{ intent: "success", text: s.loaded(outcome.value.ranked.length) }]);
  }

  async function onSave() {
    if (!read) return;
    if (!read.ok) {
      setShowErrors(true);
      const text = read.errors.allZero ? `${s.formInvalid} ${s.weightsAllZero}` : s.formInvalid;
      setSaveStatus([{ intent: "error", text }]);
      return;
    }
    const edit = read.edit;
    const outcome = await save.run(() => {
      setSaveStatus([]);
      return operations.savePriorities(edit);
    });
    if (!outcome) return;
    if (!outcome.ok) {
      setSaveStatus([failure(outcome.error, s.saveFailed, strings, language)]);
      return;
    }
    show(outcome.value);
    setSaveStatus([{ intent: "success", text: s.saved }]);
  }

  async function onMatrix() {
    const outcome = await matrix.run(() => {
      setMatrixStatus([]);
      return operations.insertMatrix();
    });
    if (!outcome) return;
    setMatrixStatus(
      outcome.ok
        ? [
            { intent: "success", text: s.matrixInserted(outcome.value.sheet) },
            ...leftOut(outcome.value.skipped, strings),
          ]
        : [failure(outcome.error, s.matrixFailed, strings, language)]
    );
  }

  const update = (change: (previous: PriorityForm) => PriorityForm) =>
    setForm((previous) => (previous ? change(previous) : previous));

  const budget = view?.parameters.centralBudget ?? null;

  return (
    <div className={styles.view}>
      <Body1 as="p" className={styles.muted}>
        {s.intro}
      </Body1>
      <div className={styles.section}>
        <ActionButton
          appearance="primary"
          running={load.running}
          runningLabel={s.loading}
          onClick={() => void onLoad()}
        >
          {s.load}
        </ActionButton>
        <StatusRegion messages={loadStatus} />
      </div>
      {view && form && (
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>
            <Subtitle2>{s.criteriaHeading}</Subtitle2>
          </legend>
          <PriorityFields
            criteria={criteria}
            form={form}
            errors={errors}
            onChange={update}
            strings={strings}
          />
          <ActionButton
            appearance="primary"
            running={save.running}
            runningLabel={s.saving}
            onClick={() => void onSave()}
          >
            {s.save}
          </ActionButton>
          <StatusRegion messages={saveStatus} />
        </fieldset>
      )}
      {view && (
        <div className={styles.section}>
          <RankingTable ranked={view.ranked} strings={strings} language={language} />
          {budget !== null && view.budgetUsed !== null && (
            <Body1 as="p" className={styles.text}>
              {s.budgetUsed(
                formatKronor(view.budgetUsed, language),
                formatKronor(budget, language)
              )}
            </Body1>
          )}
        </div>
      )}
      <div className={styles.section}>
        <ActionButton
          running={matrix.running}
          runningLabel={s.insertingMatrix}
          onClick={() => void onMatrix()}
        >
          {s.matrix}
        </ActionButton>
        <StatusRegion messages={matrixStatus} />
      </div>
    </div>
  );
}
