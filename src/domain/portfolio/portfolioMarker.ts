/**
 * How a workbook says it is a portfolio Digiportfölj wrote: a defined name written with every
 * portfolio, never a sheet's name. A council's own workbook may well have a sheet "Portfölj"
 * with an "Initiativ-ID" column; only a workbook carrying the marker is updated as an earlier
 * portfolio, and a copy of one (a backup in the input folder) is never read as a source list.
 */
import type { NamedCellSpec } from "../template/WorkbookDescription";
import type { WorkbookData } from "../ports/WorkbookPort";
import { PORTFOLIO_SHEETS } from "./layout";
import { FIELD_LIST_NAME } from "./mappingSheet";

export const PORTFOLIO_MARKER_NAME = "Digiportfolj_portfolj";

/** The marker as the description writes it: a name on Översikt's first cell. */
export const PORTFOLIO_MARKER: NamedCellSpec = {
  name: PORTFOLIO_MARKER_NAME,
  sheet: PORTFOLIO_SHEETS.overview,
  ref: "$A$1",
  comment: "Digiportfölj: arbetsboken är en portfölj som Digiportfölj skrivit",
};

/** A sheet reference as a defined name holds it, without quotes: "'Mappning'!$B$2" → "Mappning". */
const sheetOf = (ref: string): string =>
  ref
    .replace(/^=/, "")
    .replace(/!.*$/, "")
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");

/**
 * True for a portfolio Digiportfölj wrote: it carries the marker, or (a portfolio written before
 * the marker) the name of Mappning's field list, which only the portfolio's Mappning sheet has.
 */
export function isDigiportfoljPortfolio(workbook: WorkbookData): boolean {
  return workbook.definedNames.some(
    (n) =>
      n.name === PORTFOLIO_MARKER_NAME ||
      (n.name === FIELD_LIST_NAME && sheetOf(n.ref) === PORTFOLIO_SHEETS.mapping)
  );
}
