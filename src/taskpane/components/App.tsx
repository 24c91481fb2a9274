import { type ReactNode, useState } from "react";
import {
  Body1,
  Tab,
  TabList,
  Title2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { SkippableFeature } from "../../adapters/officeJs/requirementSets";
import { type Language, type TaskpaneStrings, VIEW_KEYS, type ViewKey } from "../i18n";
import type { FileReading, PaneOperations } from "../operations/PaneOperations";
import { RequirementNotice } from "./RequirementNotice";
import { CheckView } from "./views/CheckView";
import { PrioritiseView } from "./views/PrioritiseView";
import { SummariseView } from "./views/SummariseView";
import { TemplateView } from "./views/TemplateView";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    // Narrow sides: at 320 px every pixel goes to the text and the ranking table.
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  title: {
    margin: 0,
  },
  logo: {
    width: "32px",
    height: "32px",
  },
  // Task panes are ~320 px wide: let the tabs wrap rather than scroll sideways.
  tabs: {
    flexWrap: "wrap",
  },
  intro: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  panel: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXS}`,
    minWidth: 0,
  },
  // A class, not only the hidden attribute: a display set by a class would override [hidden].
  hidden: {
    display: "none",
  },
});

export interface AppProps {
  strings: TaskpaneStrings;
  language: Language;
  operations: PaneOperations;
  files: FileReading;
  /** The optional features this Excel lacks (see RequirementNotice). */
  missingFeatures: readonly SkippableFeature[];
}

/**
 * The pane: title, what this Excel lacks, and the four views as tabs. Every view stays mounted
 * (the others hidden), so switching tabs keeps results and half-made edits.
 */
export function App({ strings, language, operations, files, missingFeatures }: AppProps) {
  const styles = useStyles();
  const [view, setView] = useState<ViewKey>("template");
  const props = { strings, language, operations };

  const panels: Record<ViewKey, ReactNode> = {
    template: <TemplateView {...props} />,
    check: <CheckView {...props} />,
    prioritise: <PrioritiseView {...props} />,
    summarise: <SummariseView {...props} files={files} />,
  };

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <img className={styles.logo} src="assets/logo-filled.png" alt="" />
        <Title2 as="h1" className={styles.title}>
          {strings.appTitle}
        </Title2>
      </header>
      <RequirementNotice strings={strings} missing={missingFeatures} />
      <Body1 as="p" className={styles.intro}>
        {strings.intro}
      </Body1>
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={strings.viewsLabel}
        selectedValue={view}
        onTabSelect={(_event, data) => setView(data.value as ViewKey)}
      >
        {VIEW_KEYS.map((key) => (
          <Tab key={key} id={`tab-${key}`} value={key} aria-controls={`panel-${key}`}>
            {strings.views[key]}
          </Tab>
        ))}
      </TabList>
      {VIEW_KEYS.map((key) => (
        <section
          key={key}
          className={mergeClasses(styles.panel, key !== view && styles.hidden)}
          role="tabpanel"
          id={`panel-${key}`}
          aria-labelledby={`tab-${key}`}
          hidden={key !== view}
        >
          {panels[key]}
        </section>
      ))}
    </main>
  );
}
