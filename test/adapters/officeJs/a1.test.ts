import {
  columnAddress,
  parseAddress,
  rangeAddress,
  rowAddress,
  sheetReference,
} from "../../../src/adapters/officeJs/a1";

describe("rangeAddress", () => {
  it("names one cell or a rectangle", () => {
    expect(rangeAddress(3, 2)).toBe("B3");
    expect(rangeAddress(4, 1, 3, 6)).toBe("A4:F6");
    expect(rangeAddress(1, 27, 1, 2)).toBe("AA1:AB1");
  });

  it("refuses an empty rectangle", () => {
    expect(() => rangeAddress(1, 1, 0, 1)).toThrow(RangeError);
  });

  it("names whole columns and rows and sheet references", () => {
    expect(columnAddress(3)).toBe("C:C");
    expect(rowAddress(4)).toBe("4:4");
    expect(sheetReference("Parametrar", "$B$3")).toBe("Parametrar!$B$3");
    expect(sheetReference("Listor och text", "$A$2:$A$8")).toBe("'Listor och text'!$A$2:$A$8");
    expect(sheetReference("Bob's", "$A$1")).toBe("'Bob''s'!$A$1");
  });
});

describe("parseAddress", () => {
  it("reads what Office.js answers", () => {
    expect(parseAddress("Blad1!C3")).toEqual({
      sheet: "Blad1",
      local: "C3",
      box: { top: 3, left: 3, bottom: 3, right: 3 },
    });
    expect(parseAddress("'Listor och text'!A2:A8")).toEqual({
      sheet: "Listor och text",
      local: "A2:A8",
      box: { top: 2, left: 1, bottom: 8, right: 1 },
    });
    expect(parseAddress("='Bob''s'!$B$4")?.sheet).toBe("Bob's");
    expect(parseAddress("=Parametrar!$B$3")?.local).toBe("B3");
    expect(parseAddress("A4:F6")).toEqual({
      sheet: null,
      local: "A4:F6",
      box: { top: 4, left: 1, bottom: 6, right: 6 },
    });
  });

  it("normalises a reversed rectangle", () => {
    expect(parseAddress("F6:A4")?.box).toEqual({ top: 4, left: 1, bottom: 6, right: 6 });
  });

  it("gives null for what is not a cell range", () => {
    for (const text of ["C:C", "4:4", "#REF!", "=0.03", "Blad1!#REF!", "A0", "", "A1:B2:C3"])
      expect(parseAddress(text)).toBeNull();
  });

  it("round-trips every range it makes", () => {
    for (const [r, c, h, w] of [
      [1, 1, 1, 1],
      [10, 26, 5, 3],
      [1048576, 16384, 1, 1],
    ] as const) {
      const box = parseAddress(`X!${rangeAddress(r, c, h, w)}`)!.box;
      expect(box).toEqual({ top: r, left: c, bottom: r + h - 1, right: c + w - 1 });
    }
  });
});
