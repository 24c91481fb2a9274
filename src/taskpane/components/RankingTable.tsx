import {
  Body1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Language, TaskpaneStrings } from "../i18n";
import type { RankedInitiative } from "../operations/PaneOperations";
import { rankingCells } from "../presentation/ranking";

const useStyles = makeStyles({
  // Auto layout: the browser gives the names what the numbers leave, at 320 px too.
  table: {
    tableLayout: "auto",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  caption: {
    textAlign: "start",
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  cell: {
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXXS,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    verticalAlign: "top",
  },
  name: {
    overflowWrap: "anywhere",
  },
  number: {
    textAlign: "end",
    whiteSpace: "nowrap",
  },
  // Headers break between words only; the names take what the other columns leave.
  header: {
    overflowWrap: "normal",
    fontWeight: tokens.fontWeightSemibold,
    verticalAlign: "bottom",
  },
});

export interface RankingTableProps {
  ranked: readonly RankedInitiative[];
  strings: TaskpaneStrings;
  language: Language;
}

/** Rangordning: a real table (caption, column headers) small enough for a 320 px pane. */
export function RankingTable({ ranked, strings, language }: RankingTableProps) {
  const styles = useStyles();
  const s = strings.prioritise;
  if (ranked.length === 0) return <Body1 as="p">{s.noInitiatives}</Body1>;
  const cell = (extra?: string) => mergeClasses(styles.cell, extra);
  return (
    <Table size="extra-small" className={styles.table}>
      <caption className={styles.caption}>{s.ranking}</caption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={cell(styles.header)}>{s.columns.rank}</TableHeaderCell>
          <TableHeaderCell className={cell(styles.header)}>{s.columns.name}</TableHeaderCell>
          <TableHeaderCell className={cell(styles.header)}>{s.columns.score}</TableHeaderCell>
          <TableHeaderCell className={cell(styles.header)}>{s.columns.investment}</TableHeaderCell>
          <TableHeaderCell className={cell(styles.header)}>{s.columns.fits}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {ranked.map((item) => {
          const c = rankingCells(item, language, strings);
          return (
            <TableRow key={`${item.sheet}\u0000${item.row}`}>
              <TableCell className={cell(styles.number)}>{c.rank}</TableCell>
              <TableCell className={cell(styles.name)}>{c.name}</TableCell>
              <TableCell className={cell(styles.number)}>{c.score}</TableCell>
              <TableCell className={cell(styles.number)}>{c.investment}</TableCell>
              <TableCell className={cell()}>{c.fits}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
