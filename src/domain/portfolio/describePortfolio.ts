/**
 * The consolidated portfolio workbook as plain data: Portfölj (one row per initiative, the
 * template's columns with their live formulas, rank, budget scenario, source and the council's
 * own columns), Översikt (live figures per förvaltning), Behov (the needs the lists hold),
 * Avvikelser (every issue), Mappning (how each source was read, correctable) and Parametrar. Each sheet is described in its own module;
 * this one puts them in order with their names.
 *
 * Identical inputs give an identical description except the generation time.
 */
import type { Consolidation } from "../consolidation/Consolidation";
import { fitDescriptionTexts } from "../template/fitDescriptionTexts";
import { PORTFOLIO_MARKER } from "./portfolioMarker";
import { describeParametersSheet } from "../parameters/parametersSheet";
import type { WorkbookDescription } from "../template/WorkbookDescription";
import { issuesSheet } from "./issuesSheet";
import { mappingSheet } from "./mappingSheet";
import { needsSheet } from "./needsSheet";
import { needsSheetName } from "./layout";
import { overviewSheet } from "./overviewSheet";
import { portfolioSheet, type PortfolioOptions } from "./portfolioSheet";

export interface DescribeOptions extends PortfolioOptions {
  /** The council's own sheets in the previous portfolio: none of them is written over. */
  readonly councilSheets?: readonly string[];
}

export function describePortfolio(
  consolidation: Consolidation,
  options: DescribeOptions
): WorkbookDescription {
  const parameters = describeParametersSheet(consolidation.parameters);
  const mapping = mappingSheet(consolidation);
  return fitDescriptionTexts({
    sheets: [
      portfolioSheet(consolidation, options),
      overviewSheet(consolidation),
      needsSheet(consolidation, needsSheetName(options.councilSheets)),
      issuesSheet(consolidation),
      mapping.sheet,
      parameters.sheet,
    ],
    names: [...parameters.names, ...mapping.names, PORTFOLIO_MARKER],
  });
}
