import { useId } from "react";
import { MessageBar, MessageBarBody, makeStyles } from "@fluentui/react-components";
import type { SkippableFeature } from "../../adapters/officeJs/requirementSets";
import type { TaskpaneStrings } from "../i18n";
import { featureList } from "../presentation/features";

const useStyles = makeStyles({
  body: { overflowWrap: "anywhere" },
});

export interface RequirementNoticeProps {
  strings: TaskpaneStrings;
  /** The features this Excel lacks; nothing is shown when there are none. */
  missing: readonly SkippableFeature[];
}

/** Says once, at the top, what this Excel cannot do and that the rest works. */
export function RequirementNotice({ strings, missing }: RequirementNoticeProps) {
  const styles = useStyles();
  const bodyId = useId();
  if (missing.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" aria-labelledby={bodyId}>
      <MessageBarBody id={bodyId} className={styles.body}>
        {strings.requirementNotice(featureList(missing, strings))}
      </MessageBarBody>
    </MessageBar>
  );
}
