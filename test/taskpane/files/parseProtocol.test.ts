import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import * as readXlsx from "../../../src/adapters/xlsxFile/readXlsx";
import { handleParseRequest } from "../../../src/taskpane/files/parseProtocol";

const EXAMPLES = path.resolve(__dirname, "../../../examples");
const EXAMPLE_FILES = readdirSync(EXAMPLES).filter((name) => name.endsWith(".xlsx"));

/** The file's bytes in an ArrayBuffer of their own, as File.arrayBuffer() gives them. */
function exampleBytes(name: string): ArrayBuffer {
  return Uint8Array.from(readFileSync(path.join(EXAMPLES, name))).buffer;
}

/** Where a value holds anything but plain data (structured clone would change or refuse it). */
function nonPlainData(value: unknown, at = "$"): string[] {
  if (value === null || ["string", "number", "boolean"].includes(typeof value)) return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => nonPlainData(item, `${at}[${i}]`));
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value).flatMap(([key, item]) => nonPlainData(item, `${at}.${key}`));
  }
  return [`${at}: ${typeof value}`];
}

describe("handleParseRequest", () => {
  it("has example workbooks to read", () => {
    expect(EXAMPLE_FILES.length).toBeGreaterThanOrEqual(5);
  });

  it.each(EXAMPLE_FILES)("reads %s into plain, structured-clone-safe data", (name) => {
    const response = handleParseRequest({ id: 7, name, bytes: exampleBytes(name) });
    if (!response.ok) throw new Error(`expected a read, got: ${response.error}`);
    expect(response.id).toBe(7);
    expect(response.workbook).toEqual(
      readXlsx.readWorkbookBytes(new Uint8Array(exampleBytes(name)), name)
    );
    expect(response.workbook.name).toBe(name);
    expect(response.workbook.sheets.length).toBeGreaterThan(0);
    expect(nonPlainData(response)).toEqual([]);
    expect(structuredClone(response)).toEqual(response);
  });

  it("keeps what the workbook holds: sheets, values and number formats", () => {
    const response = handleParseRequest({
      id: 1,
      name: "miljo.xlsx",
      bytes: exampleBytes("miljo-1904-dold-kolumn.xlsx"),
    });
    if (!response.ok) throw new Error(response.error);
    expect(response.workbook.date1904).toBe(true);
    const sheet = response.workbook.sheets.find((s) => s.name === "Initiativ");
    expect(sheet?.values[0]?.slice(0, 3)).toEqual(["Projektnummer", "Initiativ", "Förvaltning"]);
    expect(sheet?.values[1]?.[7]).toBe(380000);
    expect(sheet?.numberFormats[1]?.[5]).toBe("yyyy-mm-dd");
  });

  it("answers junk bytes with one clear sentence naming the file, in both languages", () => {
    const junk = new Uint8Array(64).map((_, i) => (i * 37 + 11) % 256);
    const response = handleParseRequest({ id: 3, name: "budget.xlsx", bytes: junk.buffer });
    expect(response).toEqual({
      id: 3,
      ok: false,
      error: "Filen ”budget.xlsx” är inte en Excel-arbetsbok (.xlsx).",
      errorEn: 'The file "budget.xlsx" is not an Excel workbook (.xlsx).',
    });
  });

  it("answers an empty file with a clear failure naming the file", () => {
    const response = handleParseRequest({ id: 4, name: "tom.xlsx", bytes: new ArrayBuffer(0) });
    expect(response).toEqual({
      id: 4,
      ok: false,
      error: "Filen ”tom.xlsx” är tom (0 byte).",
      errorEn: 'The file "tom.xlsx" is empty (0 bytes).',
    });
  });

  it("turns an unexpected error into a failure naming the file, like the CLI", () => {
    const spy = jest.spyOn(readXlsx, "readWorkbookBytes").mockImplementation(() => {
      throw new RangeError("Maximum call stack size exceeded");
    });
    try {
      const response = handleParseRequest({ id: 5, name: "stor.xlsx", bytes: new ArrayBuffer(8) });
      expect(response).toEqual({
        id: 5,
        ok: false,
        error: "stor.xlsx kunde inte läsas: Maximum call stack size exceeded",
        errorEn: "stor.xlsx could not be read: Maximum call stack size exceeded",
      });
    } finally {
      spy.mockRestore();
    }
  });
});
