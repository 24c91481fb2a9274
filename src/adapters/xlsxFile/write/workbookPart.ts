/** The workbook part of a new workbook (ECMA-376 Part 1, §18.2.27 CT_Workbook). */
import type { NamedCellSpec, SheetDescription } from "../../../domain/template/WorkbookDescription";
import { quoteSheetName } from "../a1";
import { areaFormula, areaOf, OUR_AREA_NAME } from "./ourArea";
import { MAIN_NS, REL_NS } from "./worksheetPart";
import { xmlAttr, xmlText } from "./xmlText";

const sameName = (a: string, b: string): boolean =>
  a.toLocaleLowerCase("sv-SE") === b.toLocaleLowerCase("sv-SE");

/** A described name; its sheet must be one of the workbook's. */
export function definedNameXml(spec: NamedCellSpec, sheetNames: readonly string[]): string {
  if (!sheetNames.some((n) => sameName(n, spec.sheet)))
    throw new RangeError(
      `Name ${spec.name} refers to a sheet not in the description: ${spec.sheet}`
    );
  const comment = spec.comment === undefined ? "" : ` comment="${xmlAttr(spec.comment)}"`;
  return `<definedName name="${xmlAttr(spec.name)}"${comment}>${xmlText(`${quoteSheetName(spec.sheet)}!${spec.ref}`)}</definedName>`;
}

/** The hidden name holding where the product wrote on sheet `index` (see ourArea). */
export function areaNameXml(sheet: SheetDescription, index: number): string {
  const formula = areaFormula(sheet.name, areaOf(sheet));
  return formula === null
    ? ""
    : `<definedName name="${OUR_AREA_NAME}" localSheetId="${index}" hidden="1">${xmlText(formula)}</definedName>`;
}

/** Excel's sheet-name rules (§18.2.19): 1–31 characters, none of : \ / ? * [ ], no ' at either end. */
export function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name))
    throw new RangeError(`Not a sheet name Excel allows: "${name}"`);
}

export function workbookPart(
  sheets: readonly { readonly name: string; readonly relId: string }[],
  definedNames: string
): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>' +
    sheets
      .map((s, i) => `<sheet name="${xmlAttr(s.name)}" sheetId="${i + 1}" r:id="${s.relId}"/>`)
      .join("") +
    "</sheets>" +
    (definedNames === "" ? "" : `<definedNames>${definedNames}</definedNames>`) +
    // No formula carries a cached result, so Excel must compute them all when it opens the file.
    '<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>'
  );
}
