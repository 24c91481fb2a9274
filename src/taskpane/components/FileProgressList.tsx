import { Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { Language, TaskpaneStrings } from "../i18n";
import type { FileProgress } from "../operations/PaneOperations";
import { fileStateText, filesDone } from "../presentation/fileProgress";
import { useViewStyles } from "./useViewStyles";

const useStyles = makeStyles({
  fileName: {
    fontWeight: tokens.fontWeightSemibold,
  },
  failed: {
    color: tokens.colorStatusDangerForeground1,
  },
});

export interface FileProgressListProps {
  progress: readonly FileProgress[];
  language: Language;
  strings: TaskpaneStrings;
}

/** A progress bar for the whole, then each picked file with its state in words. */
export function FileProgressList({ progress, language, strings }: FileProgressListProps) {
  const s = strings.summarise;
  const view = useViewStyles();
  const styles = useStyles();
  const done = filesDone(progress);
  return (
    <div className={view.section}>
      <Field label={s.progressLabel} hint={s.progress(done, progress.length)}>
        <ProgressBar value={done} max={progress.length} />
      </Field>
      <ul role="list" aria-label={s.filesLabel} className={view.plainList}>
        {progress.map((p, index) => (
          <li key={`${index}\u0000${p.file}`} role="listitem">
            <span className={styles.fileName}>{p.file}</span>
            {": "}
            <span className={p.state === "failed" ? styles.failed : undefined}>
              {fileStateText(p, language, s)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
