import * as XLSX from "@e965/xlsx";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { readWorkbookBytes } from "../../../src/adapters/xlsxFile/readXlsx";
import {
  WorkbookReadError,
  type WorkbookReadErrorReason,
} from "../../../src/adapters/xlsxFile/WorkbookReadError";
import { cellAt, formatAt, sheetNamed } from "../../contract/workbookPortContract";

const CORPUS = path.resolve(__dirname, "../../../../shared/corpus/real-world");
const corpusFile = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(path.join(CORPUS, name)));
const read = (name: string) => readWorkbookBytes(corpusFile(name), name);

/** SheetJS's CFB library builds the containers for the refusal cases (typed `any` upstream). */
const CFB = XLSX.CFB as {
  utils: {
    cfb_new(): unknown;
    cfb_add(container: unknown, path: string, content: Uint8Array): void;
  };
  write(container: unknown, options: { type: "array"; fileType?: "zip" }): number[] | Uint8Array;
};

function container(parts: Record<string, string | Uint8Array>, fileType?: "zip"): Uint8Array {
  const c = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(parts)) {
    CFB.utils.cfb_add(
      c,
      name,
      typeof content === "string" ? new TextEncoder().encode(content) : content
    );
  }
  return Uint8Array.from(CFB.write(c, fileType ? { type: "array", fileType } : { type: "array" }));
}

function refusal(bytes: Uint8Array, fileName: string): WorkbookReadError {
  try {
    readWorkbookBytes(bytes, fileName);
  } catch (error) {
    if (error instanceof WorkbookReadError) return error;
    throw new Error(`Expected a WorkbookReadError, got ${String(error)}`);
  }
  throw new Error("Expected the read to be refused");
}

describe("readWorkbookBytes on real files", () => {
  it("gives cached values, number formats and the used range", () => {
    const data = read("DataTypesFormats.xlsx");
    const sheet = data.sheets[0]!;
    expect([sheet.top, sheet.left, sheet.values.length, sheet.values[0]!.length]).toEqual([
      1, 1, 6, 2,
    ]);
    expect(cellAt(sheet, 1, 1)).toBe("Date");
    expect(cellAt(sheet, 1, 2)).toBe(44035);
    expect(formatAt(sheet, 1, 2)).toBe("M/d/yyyy");
    expect(formatAt(sheet, 1, 1)).toBeNull();
    expect(formatAt(sheet, 4, 2)).toBe("0.00%");
  });

  it("tells error cells from text that looks like an error", () => {
    const sheet = read("ErrorTypes.xlsx").sheets[0]!;
    expect(cellAt(sheet, 2, 1)).toEqual({ error: "#NULL!" });
    expect(cellAt(sheet, 3, 1)).toEqual({ error: "#DIV/0!" });
    expect(cellAt(sheet, 5, 1)).toEqual({ error: "#REF!" });
    expect(cellAt(sheet, 2, 3)).toBe("#NULL?");
    // A formula's cached result, not its text.
    expect(cellAt(sheet, 2, 6)).toBe(1);
  });

  it("reports the 1904 date system", () => {
    expect(read("1904_1904.xlsx").date1904).toBe(true);
    expect(read("1904_1900.xlsx").date1904).toBe(false);
    expect(read("1904_1904.ods").date1904).toBe(true);
  });

  it("reports hidden and very hidden sheets", () => {
    for (const name of ["sheet_visibility.xlsx", "sheet_visibility_strict.xlsx"]) {
      expect(read(name).sheets.map((s) => [s.name, s.visibility])).toEqual([
        ["Visible", "visible"],
        ["Hidden", "hidden"],
        ["VeryHidden", "veryHidden"],
      ]);
    }
  });

  it("reads Excel tables from the package, wherever the parts live", () => {
    expect(read("wps_fn.xlsx").sheets[0]!.tables).toEqual([
      { name: "Table1", hasHeaderRow: true, box: { top: 1, left: 1, bottom: 3, right: 3 } },
    ]);
    const pivot = read("pivot_table_named_range.xlsx");
    expect(sheetNamed(pivot, "FizzBuzzTable").tables.map((t) => [t.name, t.box])).toEqual([
      ["Table1", { top: 1, left: 1, bottom: 21, right: 5 }],
    ]);
    expect(sheetNamed(pivot, "PTTable").tables).toEqual([]);
    expect(read("wtf_path.xlsx").sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["SheetJS", "visible"],
      ["Hidden", "hidden"],
    ]);
  });

  it("lists workbook-scoped defined names without Excel's own", () => {
    expect(read("named_ranges_2011.xlsx").definedNames).toEqual([
      { name: "col1_", ref: "'Named Ranges'!$A$2:$A$6" },
      { name: "col3_", ref: "'Named Ranges'!$C$2:$C$6" },
      { name: "row6_", ref: "'Named Ranges'!$A$7:$C$7" },
    ]);
    expect(read("AutoFilter.xlsx").definedNames.filter((n) => n.name.startsWith("_xlnm"))).toEqual(
      []
    );
  });

  it("leaves out chart, macro and dialog sheets, as Office.js does", () => {
    expect(read("BlankSheetTypes.xlsm").sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("reads .ods too", () => {
    const data = read("defined_names_unicode.ods");
    expect(data.sheets.length).toBe(5);
    expect(data.definedNames.length).toBeGreaterThan(0);
  });
});

describe("readWorkbookBytes refusals", () => {
  const cases: [string, WorkbookReadErrorReason, RegExp, () => Uint8Array][] = [
    ["tom.xlsx", "empty", /är tom/, () => new Uint8Array(0)],
    [
      "hemlig.xlsx",
      "encrypted",
      /lösenordsskyddad; spara en kopia utan lösenord/,
      () =>
        container({
          EncryptionInfo: new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]),
          EncryptedPackage: new Uint8Array(5000).fill(7),
        }),
    ],
    [
      "gammal.xls",
      "legacy_format",
      /formatet Excel 97–2003 \(\.xls\); öppna den i Excel och spara som \.xlsx/,
      () => corpusFile("AutoFilter.xls"),
    ],
    [
      "binar.xlsb",
      "legacy_format",
      /\.xlsb\); öppna den i Excel och spara som \.xlsx/,
      () => corpusFile("AutoFilter.xlsb"),
    ],
    [
      "xml2003.xls",
      "legacy_format",
      /XML-kalkylblad 2003/,
      () =>
        new TextEncoder().encode(
          '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>'
        ),
    ],
    [
      "lista.xlsx",
      "text_file",
      /textfil/,
      () => new TextEncoder().encode("Namn;Status\nE-arkiv;Pågår\n"),
    ],
    [
      "export.xls",
      "text_file",
      /textfil/,
      () =>
        new TextEncoder().encode("<html><body><table><tr><td>1</td></tr></table></body></html>"),
    ],
    [
      "brev.docx",
      "not_a_workbook",
      /inte en Excel-arbetsbok/,
      () =>
        container(
          { "word/document.xml": "<w:document/>", "[Content_Types].xml": "<Types/>" },
          "zip"
        ),
    ],
    [
      "word.xls",
      "not_a_workbook",
      /inte en Excel-arbetsbok/,
      () => container({ WordDocument: new Uint8Array(5000).fill(1) }),
    ],
    [
      "halv.xlsx",
      "corrupt",
      /skadad eller ofullständig/,
      () => corpusFile("wps_fn.xlsx").subarray(0, 4000),
    ],
    [
      "brusig.xlsx",
      "corrupt",
      /skadad/,
      () =>
        Uint8Array.from([
          0x50,
          0x4b,
          0x03,
          0x04,
          ...Array.from({ length: 3000 }, (_, i) => (i * 37 + 11) & 255),
        ]),
    ],
  ];

  it.each(cases)(
    "refuses %s as %s with one clear message naming the file",
    (fileName, reason, message, bytes) => {
      const error = refusal(bytes(), fileName);
      expect(error.reason).toBe(reason);
      expect(error.fileName).toBe(fileName);
      expect(error.message).toContain(fileName);
      expect(error.message).toMatch(message);
      expect(error.messageEn).toContain(fileName);
      expect(error.message).not.toMatch(/\n\s+at /);
    }
  );
});
