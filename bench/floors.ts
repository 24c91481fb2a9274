/**
 * The floors a consolidation is measured against, on the same files in the same run:
 * (a) raw read: unzip every sheet part and run a SAX parser over it that only counts cells;
 * (b) the chosen reader (SheetJS CE with our lean options) reading every input and nothing else;
 * (c) the chosen writer (exceljs through our renderer) writing the same portfolio and nothing else.
 */
import * as XLSX from "@e965/xlsx";
import { unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { SHEETJS_READ_OPTIONS } from "../src/adapters/xlsxFile/readXlsx";
import { useNativeInflate } from "../src/adapters/xlsxFile/useNativeInflate";
import { renderWorkbook } from "../src/adapters/xlsxFile/writeXlsx";
import type { WorkbookDescription } from "../src/domain/template/WorkbookDescription";
import type { BenchFile } from "./corpus";

useNativeInflate();

const decoder = new TextDecoder();
const isSheetPart = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/.test(name);

/** (a) Returns the cells counted, so the work cannot be optimised away. */
export function rawReadFloor(files: readonly BenchFile[]): number {
  let cells = 0;
  for (const file of files) {
    const parts = unzipSync(file.bytes, {
      filter: (entry) => isSheetPart(entry.name) || entry.name === "xl/sharedStrings.xml",
    });
    for (const [name, bytes] of Object.entries(parts)) {
      const parser = new SaxesParser();
      if (isSheetPart(name))
        parser.on("opentag", (tag) => {
          if (tag.name === "c") cells++;
        });
      parser.write(decoder.decode(bytes)).close();
    }
  }
  return cells;
}

/** (b) Returns the sheets read. */
export function readerFloor(files: readonly BenchFile[]): number {
  let sheets = 0;
  for (const file of files) sheets += XLSX.read(file.bytes, SHEETJS_READ_OPTIONS).SheetNames.length;
  return sheets;
}

/** (c) Returns the bytes written. */
export async function writerFloor(description: WorkbookDescription): Promise<number> {
  return (await renderWorkbook(description)).length;
}
