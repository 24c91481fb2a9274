import { makeStyles, tokens } from "@fluentui/react-components";

/** The layout the four views share: one column that wraps its text at 320 px. */
export const useViewStyles = makeStyles({
  view: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  /** A button that should not stretch across the column. */
  start: {
    alignSelf: "flex-start",
  },
  text: {
    margin: 0,
  },
  muted: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  heading: {
    margin: `${tokens.spacingVerticalS} 0 0 0`,
  },
  fieldset: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
    margin: 0,
    padding: 0,
    border: "none",
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalS,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  plainList: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
});
