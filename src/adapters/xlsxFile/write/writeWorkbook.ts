/**
 * A WorkbookDescription as a new .xlsx, written as a stream of parts (see zipParts). It decides
 * nothing about content: every value, formula, format, rule and chart comes from the
 * description. Formulas are written without a cached result and the workbook asks Excel to
 * recalculate on open. A description Excel would have to "repair" (a colour that is not hex, a
 * name on an unknown sheet, an over-long validation message, a non-finite number) is refused with
 * a RangeError instead of producing a damaged file.
 */
import type { WorkbookDescription } from "../../../domain/template/WorkbookDescription";
import { writeDescribedSheet, type Overrides, type PartNumbers } from "./describedSheet";
import {
  contentTypesXml,
  CORE_PROPERTIES_CONTENT_TYPE,
  CORE_PROPERTIES_REL_TYPE,
  corePropertiesXml,
  OFFICE_DOCUMENT_REL_TYPE,
  relationshipsXml,
  STYLES_CONTENT_TYPE,
  STYLES_REL_TYPE,
  WORKBOOK_CONTENT_TYPE,
  WORKSHEET_REL_TYPE,
} from "./packageXml";
import { StyleSheet } from "./styleSheet";
import { areaNameXml, checkSheetName, definedNameXml, workbookPart } from "./workbookPart";
import { ZipWriter } from "./zipParts";

const sameName = (a: string, b: string): boolean =>
  a.toLocaleLowerCase("sv-SE") === b.toLocaleLowerCase("sv-SE");

export function checkSheetNames(description: WorkbookDescription): void {
  description.sheets.forEach((sheet, i) => {
    checkSheetName(sheet.name);
    if (description.sheets.slice(0, i).some((s) => sameName(s.name, sheet.name)))
      throw new RangeError(`Two sheets named ${sheet.name}`);
  });
}

export function writeWorkbookBytes(
  description: WorkbookDescription,
  now: Date = new Date()
): Uint8Array {
  checkSheetNames(description);
  const sheetNames = description.sheets.map((s) => s.name);
  const names =
    description.names.map((n) => definedNameXml(n, sheetNames)).join("") +
    description.sheets.map(areaNameXml).join("");
  const zip = new ZipWriter();
  const styles = new StyleSheet();
  const overrides: Overrides = new Map([["xl/workbook.xml", WORKBOOK_CONTENT_TYPE]]);
  const numbers: PartNumbers = { nextTable: 1, nextTableId: 1, nextDrawing: 1, nextChart: 1 };
  const sheets = description.sheets.map((sheet, i) => {
    const path = `xl/worksheets/sheet${i + 1}.xml`;
    writeDescribedSheet(zip, sheet, { path, styles, selected: i === 0 }, numbers, overrides);
    return { name: sheet.name, relId: `rId${i + 1}`, path };
  });
  zip.addText("xl/workbook.xml", workbookPart(sheets, names));
  const stylesRelId = `rId${sheets.length + 1}`;
  zip.addText(
    "xl/_rels/workbook.xml.rels",
    relationshipsXml([
      ...sheets.map((s) => ({
        id: s.relId,
        type: WORKSHEET_REL_TYPE,
        target: s.path.replace(/^xl\//, ""),
      })),
      { id: stylesRelId, type: STYLES_REL_TYPE, target: "styles.xml" },
    ])
  );
  zip.addText("xl/styles.xml", styles.toXml());
  overrides.set("xl/styles.xml", STYLES_CONTENT_TYPE);
  zip.addText("docProps/core.xml", corePropertiesXml("Digiportfölj", now));
  overrides.set("docProps/core.xml", CORE_PROPERTIES_CONTENT_TYPE);
  zip.addText(
    "_rels/.rels",
    relationshipsXml([
      { id: "rId1", type: OFFICE_DOCUMENT_REL_TYPE, target: "xl/workbook.xml" },
      { id: "rId2", type: CORE_PROPERTIES_REL_TYPE, target: "docProps/core.xml" },
    ])
  );
  zip.addText("[Content_Types].xml", contentTypesXml(overrides));
  return zip.finish();
}

/** writeWorkbookBytes for callers that await a render (the port's write is async). */
export async function renderWorkbook(description: WorkbookDescription): Promise<Uint8Array> {
  return writeWorkbookBytes(description);
}
