import { useState } from "react";
import { Body1, Subtitle2 } from "@fluentui/react-components";
import type { MappingProposal } from "../../operations/PaneOperations";
import {
  type MappingSelection,
  correctionsFrom,
  initialSelection,
} from "../../presentation/mappingForm";
import { ActionButton } from "../ActionButton";
import { MappingFields } from "../MappingFields";
import { StatusRegion, type StatusMessage } from "../StatusRegion";
import { failure, leftOut } from "../statusMessages";
import { useAction } from "../useAction";
import type { ViewProps } from "./ViewProps";
import { useViewStyles } from "../useViewStyles";

/** Mall: insert the standard template, or map the active sheet's own list and add what it lacks. */
export function TemplateView({ strings, language, operations }: ViewProps) {
  const s = strings.template;
  const styles = useViewStyles();
  const insert = useAction();
  const propose = useAction();
  const adapt = useAction();
  const [insertStatus, setInsertStatus] = useState<readonly StatusMessage[]>([]);
  const [proposeStatus, setProposeStatus] = useState<readonly StatusMessage[]>([]);
  const [adaptStatus, setAdaptStatus] = useState<readonly StatusMessage[]>([]);
  const [proposal, setProposal] = useState<MappingProposal | null>(null);
  const [selection, setSelection] = useState<MappingSelection>(new Map());

  async function onInsert() {
    const outcome = await insert.run(() => {
      setInsertStatus([]);
      return operations.insertTemplate();
    });
    if (!outcome) return;
    if (!outcome.ok) {
      setInsertStatus([failure(outcome.error, s.insertFailed, strings, language)]);
      return;
    }
    const { sheets, existing, skipped } = outcome.value;
    const kept = existing.length > 0 ? ` ${s.keptExisting(existing.join(", "))}` : "";
    setInsertStatus([
      sheets.length === 0
        ? { intent: "info", text: s.alreadyThere }
        : { intent: "success", text: `${s.inserted(sheets.join(", "))}${kept}` },
      ...leftOut(skipped, strings),
    ]);
  }

  async function onPropose() {
    const outcome = await propose.run(() => {
      setProposeStatus([]);
      return operations.proposeMapping();
    });
    if (!outcome) return;
    if (!outcome.ok) {
      setProposeStatus([failure(outcome.error, s.proposeFailed, strings, language)]);
      return;
    }
    const found = outcome.value;
    setProposal(found);
    setAdaptStatus([]);
    if (!found) {
      setProposeStatus([{ intent: "info", text: s.noList }]);
      return;
    }
    setSelection(initialSelection(found));
    const text = s.proposed(found.sheet, found.headerRow, found.columns.length);
    setProposeStatus([
      { intent: "info", text: found.remembered ? `${text} ${s.remembered}` : text },
    ]);
  }

  async function onAdapt(current: MappingProposal) {
    const outcome = await adapt.run(() => {
      setAdaptStatus([]);
      return operations.adaptSheet(current, correctionsFrom(current, selection));
    });
    if (!outcome) return;
    if (!outcome.ok) {
      setAdaptStatus([failure(outcome.error, s.adaptFailed, strings, language)]);
      return;
    }
    const { sheet, added, skipped } = outcome.value;
    setAdaptStatus([
      added.length === 0
        ? { intent: "success", text: s.nothingAdded(sheet) }
        : {
            intent: "success",
            text: s.added(sheet, added.length),
            details: added.map((a) => s.addedColumn(a.column, a.header)),
          },
      ...leftOut(skipped, strings),
    ]);
  }

  return (
    <div className={styles.view}>
      <Body1 as="p" className={styles.muted}>
        {s.intro}
      </Body1>
      <div className={styles.section}>
        <ActionButton
          appearance="primary"
          running={insert.running}
          runningLabel={s.inserting}
          onClick={() => void onInsert()}
        >
          {s.insert}
        </ActionButton>
        <StatusRegion messages={insertStatus} />
      </div>
      <div className={styles.section}>
        <ActionButton
          running={propose.running}
          runningLabel={s.proposing}
          onClick={() => void onPropose()}
        >
          {s.propose}
        </ActionButton>
        <StatusRegion messages={proposeStatus} />
      </div>
      {proposal && proposal.columns.length > 0 && (
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>
            <Subtitle2>{s.columnsHeading}</Subtitle2>
          </legend>
          <Body1 as="p" className={styles.muted}>
            {s.columnsHelp}
          </Body1>
          <MappingFields
            proposal={proposal}
            selection={selection}
            onChange={(column, value) =>
              setSelection((previous) => new Map(previous).set(column, value))
            }
            language={language}
            strings={strings}
          />
          <ActionButton
            appearance="primary"
            running={adapt.running}
            runningLabel={s.adapting}
            onClick={() => void onAdapt(proposal)}
          >
            {s.adapt}
          </ActionButton>
          <StatusRegion messages={adaptStatus} />
        </fieldset>
      )}
    </div>
  );
}
