import { useId, useState } from "react";
import {
  Body1,
  Button,
  Link,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Issue } from "../../domain/issues";
import type { Criterion } from "../../domain/parameters/Parameters";
import type { Language, TaskpaneStrings } from "../i18n";
import type { IssueGroup } from "../operations/PaneOperations";
import { groupHeading, issueTarget, issueText } from "../presentation/issueText";
import { SeverityIcon } from "./SeverityIcon";
import { useViewStyles } from "./useViewStyles";

/** Groups rendered at first and per "Visa fler": thousands of links at once would stall the pane. */
export const GROUPS_PER_PAGE = 100;

const useStyles = makeStyles({
  issue: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  severity: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorNeutralForeground1 },
  link: {
    textAlign: "start",
    overflowWrap: "anywhere",
  },
});

export type SelectCell = (sheet: string, row: number, column: string | null) => void;

interface IssueItemProps {
  issue: Issue;
  group: IssueGroup;
  language: Language;
  strings: TaskpaneStrings;
  onSelect: SelectCell;
  criteria: readonly Criterion[];
}

/** One issue: its severity as text and icon, then "F5: <message>" as a button to the cell. */
function IssueItem({ issue, group, language, strings, onSelect, criteria }: IssueItemProps) {
  const styles = useStyles();
  const severityId = useId();
  const target = issueTarget(issue, group);
  const text = issueText(issue, group, language, strings.check, criteria);
  return (
    <li className={styles.issue}>
      <span
        id={severityId}
        className={mergeClasses(
          styles.severity,
          issue.severity === "error" ? styles.error : styles.warning
        )}
      >
        <SeverityIcon severity={issue.severity} />
        {strings.check.severity[issue.severity]}
      </span>
      {target ? (
        // The name is exactly "F5: <message>"; the severity is its description.
        <Link
          as="button"
          className={styles.link}
          aria-describedby={severityId}
          onClick={() => onSelect(target.sheet, target.row, target.column)}
        >
          {text}
        </Link>
      ) : (
        <Body1>{text}</Body1>
      )}
    </li>
  );
}

export interface IssueListProps {
  groups: readonly IssueGroup[];
  language: Language;
  strings: TaskpaneStrings;
  onSelect: SelectCell;
  /** The workbook's criteria, so a score issue names its criterion. */
  criteria?: readonly Criterion[];
}

/** The check's issues under one heading per row (or sheet, or the workbook), a page at a time. */
export function IssueList({ groups, language, strings, onSelect, criteria = [] }: IssueListProps) {
  const s = strings.check;
  const styles = useViewStyles();
  const [shown, setShown] = useState(GROUPS_PER_PAGE);
  const withIssues = groups.filter((g) => g.issues.length > 0);
  if (withIssues.length === 0) return null;
  return (
    <>
      <Body1 as="p" className={styles.muted}>
        {s.goToCellHint}
      </Body1>
      {withIssues.slice(0, shown).map((group, index) => (
        <div
          key={`${group.sheet ?? ""}\u0000${group.row ?? ""}\u0000${index}`}
          className={styles.section}
        >
          <Subtitle2 as="h2" className={styles.heading}>
            {groupHeading(group, s)}
          </Subtitle2>
          <ul className={styles.plainList}>
            {group.issues.map((issue, i) => (
              <IssueItem
                key={i}
                issue={issue}
                group={group}
                language={language}
                strings={strings}
                onSelect={onSelect}
                criteria={criteria}
              />
            ))}
          </ul>
        </div>
      ))}
      {withIssues.length > shown && (
        <div className={styles.section}>
          <Body1 as="p" className={styles.muted}>
            {s.showing(shown, withIssues.length)}
          </Body1>
          <Button className={styles.start} onClick={() => setShown((n) => n + GROUPS_PER_PAGE)}>
            {s.showMore}
          </Button>
        </div>
      )}
    </>
  );
}
