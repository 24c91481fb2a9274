/**
 * The consolidated portfolio workbook as plain data: Portfölj (one row per initiative, the
 * template's columns with their live formulas, rank, budget scenario, source and the council's
 * own columns), Översikt (live figures per förvaltning), Avvikelser (every issue), Mappning (how
 * each source was read, correctable) and Parametrar. Each sheet is described in its own module;
 * this one puts them in order with their names.
 *
 * Identical inputs give an identical description except the generation time.
 */
import type { Consolidation } from "../consolidation/Consolidation";
import { describeParametersSheet } from "../parameters/parametersSheet";
import type { WorkbookDescription } from "../template/WorkbookDescription";
import { issuesSheet } from "./issuesSheet";
import { mappingSheet } from "./mappingSheet";
import { overviewSheet } from "./overviewSheet";
import { portfolioSheet, type PortfolioOptions } from "./portfolioSheet";

export function describePortfolio(
  consolidation: Consolidation,
  options: PortfolioOptions
): WorkbookDescription {
  const parameters = describeParametersSheet(consolidation.parameters);
  const mapping = mappingSheet(consolidation);
  return {
    sheets: [
      portfolioSheet(consolidation, options),
      overviewSheet(consolidation),
      issuesSheet(consolidation),
      mapping.sheet,
      parameters.sheet,
    ],
    names: [...parameters.names, ...mapping.names],
  };
}
