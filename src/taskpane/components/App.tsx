import { useState } from "react";
import { Body1, Tab, TabList, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { TaskpaneStrings, VIEW_KEYS, ViewKey } from "../i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
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
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}`,
  },
});

export interface AppProps {
  strings: TaskpaneStrings;
}

/** The pane's shell: title, a short introduction and the four views (placeholders for now). */
export function App({ strings }: AppProps) {
  const styles = useStyles();
  const [view, setView] = useState<ViewKey>("template");

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <img className={styles.logo} src="assets/logo-filled.png" alt="" />
        <Title2 as="h1" className={styles.title}>
          {strings.appTitle}
        </Title2>
      </header>
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
          <Tab key={key} id={`tab-${key}`} value={key}>
            {strings.views[key]}
          </Tab>
        ))}
      </TabList>
      <section
        className={styles.panel}
        role="tabpanel"
        id={`panel-${view}`}
        aria-labelledby={`tab-${view}`}
      >
        <Body1>{strings.comingLater}</Body1>
      </section>
    </main>
  );
}
