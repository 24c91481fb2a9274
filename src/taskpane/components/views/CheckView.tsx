import { useState } from "react";
import { Body1 } from "@fluentui/react-components";
import type { TaskpaneStrings } from "../../i18n";
import type { CheckSummary } from "../../operations/PaneOperations";
import { ActionButton } from "../ActionButton";
import { IssueList } from "../IssueList";
import { StatusRegion, type StatusMessage } from "../StatusRegion";
import { failure, leftOut } from "../statusMessages";
import { useAction } from "../useAction";
import { useViewStyles } from "../useViewStyles";
import type { ViewProps } from "./ViewProps";

/** "3 initiativ, 1 fel, 0 varningar. Raderna med problem är markerade i kolumnen ”Digiportfölj kontroll”." */
export function checkMessages(summary: CheckSummary, strings: TaskpaneStrings): StatusMessage[] {
  const s = strings.check;
  const counts = s.summary(summary.initiatives, summary.errors, summary.warnings);
  const clean = summary.errors === 0 && summary.warnings === 0;
  const text = clean ? `${counts}. ${s.clean}` : summary.marked ? `${counts}. ${s.marked}` : counts;
  return [
    { intent: clean ? "success" : summary.errors > 0 ? "warning" : "info", text },
    ...leftOut(summary.skipped, strings),
  ];
}

/** Kontrollera: validate the workbook, list the issues by row, and go to each one's cell. */
export function CheckView({ strings, language, operations }: ViewProps) {
  const s = strings.check;
  const styles = useViewStyles();
  const check = useAction();
  const [status, setStatus] = useState<readonly StatusMessage[]>([]);
  const [selectStatus, setSelectStatus] = useState<readonly StatusMessage[]>([]);
  const [summary, setSummary] = useState<CheckSummary | null>(null);
  // A new key per check, so the list starts again at its first page.
  const [checks, setChecks] = useState(0);

  async function onCheck() {
    const outcome = await check.run(() => {
      setStatus([]);
      setSelectStatus([]);
      return operations.check();
    });
    if (!outcome) return;
    if (!outcome.ok) {
      setStatus([failure(outcome.error, s.failed, strings, language)]);
      return;
    }
    setSummary(outcome.value);
    setChecks((n) => n + 1);
    setStatus(checkMessages(outcome.value, strings));
  }

  function onSelect(sheet: string, row: number, column: string | null) {
    setSelectStatus([]);
    operations.selectCell(sheet, row, column).catch((error: unknown) => {
      setSelectStatus([failure(error, s.selectFailed, strings, language)]);
    });
  }

  return (
    <div className={styles.view}>
      <Body1 as="p" className={styles.muted}>
        {s.intro}
      </Body1>
      <div className={styles.section}>
        <ActionButton
          appearance="primary"
          running={check.running}
          runningLabel={s.running}
          onClick={() => void onCheck()}
        >
          {s.run}
        </ActionButton>
        <StatusRegion messages={status} />
      </div>
      <StatusRegion messages={selectStatus} />
      {summary && (
        <IssueList
          key={checks}
          groups={summary.groups}
          criteria={summary.criteria}
          language={language}
          strings={strings}
          onSelect={onSelect}
        />
      )}
    </div>
  );
}
