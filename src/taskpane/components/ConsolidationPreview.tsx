import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Subtitle2,
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
import type { Consolidation } from "../../domain/consolidation/Consolidation";
import type { Language, TaskpaneStrings } from "../i18n";
import { type ConsolidationSummary, mappingLines } from "../presentation/consolidationSummary";
import { useViewStyles } from "./useViewStyles";

const useStyles = makeStyles({
  file: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
  },
  fileName: {
    fontWeight: tokens.fontWeightSemibold,
  },
  failed: {
    color: tokens.colorStatusDangerForeground1,
  },
  table: {
    tableLayout: "auto",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  cell: {
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    verticalAlign: "top",
    overflowWrap: "anywhere",
  },
  header: {
    fontWeight: tokens.fontWeightSemibold,
  },
  accordionHeader: {
    overflowWrap: "anywhere",
  },
});

export interface ConsolidationPreviewProps {
  consolidation: Consolidation;
  summary: ConsolidationSummary;
  strings: TaskpaneStrings;
  language: Language;
}

/** Per workbook what was read, skipped or refused, and how each sheet's headers were read. */
export function ConsolidationPreview({
  consolidation,
  summary,
  strings,
  language,
}: ConsolidationPreviewProps) {
  const s = strings.summarise;
  const view = useViewStyles();
  const styles = useStyles();
  return (
    <>
      <div className={view.section}>
        <Subtitle2 as="h2" className={view.heading}>
          {s.filesHeading}
        </Subtitle2>
        <ul className={view.plainList}>
          {summary.files.map((file, index) => (
            <li key={`${index}\u0000${file.file}`} className={styles.file}>
              <span className={styles.fileName}>{file.file}</span>
              {file.failed !== null ? (
                <Body1 className={styles.failed}>{s.failed(file.failed)}</Body1>
              ) : (
                <>
                  {file.forvaltning && <Body1>{s.forvaltning(file.forvaltning)}</Body1>}
                  <Body1>{s.imported(file.imported)}</Body1>
                  {file.needs > 0 && <Body1>{s.needs(file.needs)}</Body1>}
                  {file.skipped.length > 0 && (
                    <>
                      <Body1>{s.skipped(file.skipped.length)}</Body1>
                      <ul className={view.list}>
                        {file.skipped.map((text, i) => (
                          <li key={i}>
                            <Body1>{text}</Body1>
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                  <Body1>{s.fileIssues(file.errors, file.warnings)}</Body1>
                </>
              )}
            </li>
          ))}
        </ul>
      </div>
      {consolidation.mappings.length > 0 && (
        <div className={view.section}>
          <Subtitle2 as="h2" className={view.heading}>
            {s.mappingHeading}
          </Subtitle2>
          <Accordion multiple collapsible>
            {consolidation.mappings.map((mapping, index) => (
              <AccordionItem key={index} value={index}>
                <AccordionHeader as="h3" className={styles.accordionHeader}>
                  {s.mappingItem(mapping.file, mapping.sheet, mapping.headerRow)}
                </AccordionHeader>
                <AccordionPanel>
                  <Table size="extra-small" className={styles.table}>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell className={mergeClasses(styles.cell, styles.header)}>
                          {s.mappingColumns.header}
                        </TableHeaderCell>
                        <TableHeaderCell className={mergeClasses(styles.cell, styles.header)}>
                          {s.mappingColumns.target}
                        </TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {mappingLines(mapping, consolidation, language, strings).map((line) => (
                        <TableRow key={line.column}>
                          <TableCell className={styles.cell}>{line.header}</TableCell>
                          <TableCell className={styles.cell}>{line.target}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </div>
      )}
    </>
  );
}
