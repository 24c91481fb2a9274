// These tests read unloaded properties on purpose, to prove the double throws where Excel throws.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
import { createExcelDouble } from "./createExcelDouble";
import { formatAddress, parseAddress, replaceSheetReferences, shiftFormula } from "./a1";
import { FAULT_POINTS } from "./faults";

const code = async (p: Promise<unknown>): Promise<string> =>
  p.then(() => "resolved", (e: { code?: string; message?: string }) => e.code ?? String(e.message));

describe("Excel double: reading needs load + sync", () => {
  it("throws PropertyNotLoaded, worded as Excel, until loaded and synced", async () => {
    const xl = createExcelDouble();
    await xl.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      expect(() => range.values).toThrow(
        `The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
      range.load("values, address");
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(() => range.rowCount).toThrow(/'rowCount' is not available/);
      await context.sync();
      expect(range.values).toEqual([["", ""], ["", ""]]);
      expect(range.address).toBe("Sheet1!A1:B2");
      expect(() => range.rowCount).toThrow(/not available/);
    });
  });

  it("loads through navigation paths and collections", async () => {
    const xl = createExcelDouble({ sheets: ["Blad1", "Portfölj"] });
    await xl.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      const cell = context.workbook.worksheets.getItem("Blad1").getRange("B2");
      cell.format.fill.color = "#FFEE00";
      cell.load("format/fill/color, format/font/bold");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Blad1", "Portfölj"]);
      expect(() => sheets.items[0]!.visibility).toThrow(/not available/);
      expect([cell.format.fill.color, cell.format.font.bold]).toEqual(["#FFEE00", false]);
    });
  });
});

describe("Excel double: writes are queued until sync", () => {
  it("leaves the workbook untouched before sync, keeps the set value locally as Office.js does", async () => {
    const xl = createExcelDouble();
    const ctx = xl.context as unknown as Excel.RequestContext;
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
    range.values = [["a", 1]];
    expect(range.values).toEqual([["a", 1]]);
    expect(xl.workbook.values("Sheet1", "A1:B1")).toEqual([["", ""]]);
    const other = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
    expect(() => other.values).toThrow(/not available/);
    await ctx.sync();
    expect(xl.workbook.values("Sheet1", "A1:B1")).toEqual([["a", 1]]);
  });

  it("counts every sync and the bytes of each request; run sends what is left", async () => {
    const xl = createExcelDouble();
    await xl.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.values = [["x".repeat(1000)]];
      await context.sync();
      r.load("values");
      await context.sync();
      r.values = [["y"]]; // sent by run itself
    });
    expect(xl.stats.syncs).toBe(3);
    const [write, read] = xl.stats.requests;
    expect(write!.requestBytes).toBeGreaterThan(1000);
    expect(read!.responseBytes).toBeGreaterThan(1000);
    expect(read!.bytes).toBe(read!.requestBytes + read!.responseBytes);
    expect(xl.workbook.values("Sheet1", "A1")).toEqual([["y"]]);
  });

  it("refuses a request over the size limit and applies none of it", async () => {
    const xl = createExcelDouble({ maxRequestBytes: 10_000 });
    const rows = Array.from({ length: 100 }, (_, i) => [`rad ${i} `.repeat(20)]);
    const result = xl.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1").values = [["first"]];
      sheet.getRange("A1:A100").values = rows;
      await context.sync();
    });
    expect(await code(result)).toBe("RequestPayloadSizeLimitExceeded");
    expect(xl.workbook.values("Sheet1", "B1")).toEqual([[""]]);
    expect(xl.stats.requests[0]!.error).toBe("RequestPayloadSizeLimitExceeded");
  });

  it("refuses a response over the size limit and delivers nothing", async () => {
    const xl = createExcelDouble({ maxRequestBytes: 10_000 });
    xl.workbook.seed("Sheet1", "A1", Array.from({ length: 200 }, () => ["x".repeat(100)]));
    const ctx = xl.context as unknown as Excel.RequestContext;
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A200").load("values");
    expect(await code(ctx.sync())).toBe("ResponsePayloadSizeLimitExceeded");
    expect(() => range.values).toThrow(/not available/);
  });

  it("stops at the first failing operation: earlier ones stay applied, no load is delivered", async () => {
    const xl = createExcelDouble();
    const ctx = xl.context as unknown as Excel.RequestContext;
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    const a1 = sheet.getRange("A1").load("values");
    sheet.getRange("A2").values = [["before"]];
    ctx.workbook.worksheets.getItem("Saknas").getRange("A1").values = [["x"]];
    sheet.getRange("A3").values = [["after"]];
    expect(await code(ctx.sync())).toBe("ItemNotFound");
    expect(xl.workbook.values("Sheet1", "A2:A3")).toEqual([["before"], [""]]);
    expect(() => a1.values).toThrow(/not available/);
  });
});

describe("Excel double: what a written value becomes", () => {
  it('turns "=…" into a formula: formulas show it, values show the (uncalculated) result', async () => {
    const xl = createExcelDouble();
    await xl.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:E1");
      r.values = [["=SUM(B2:B3)", "+A2", "'=inte formel", "'0123", "-5"]];
      r.load("values, formulas, valueTypes");
      await context.sync();
      expect(r.formulas).toEqual([["=SUM(B2:B3)", "=+A2", "=inte formel", "0123", -5]]);
      expect(r.values).toEqual([["", "", "=inte formel", "0123", -5]]);
      expect(r.valueTypes).toEqual([["Empty", "Empty", "String", "String", "Double"]]);
    });
    expect(xl.workbook.cell("Sheet1", "C1")).toMatchObject({ value: "=inte formel", quotePrefix: true });
    expect(xl.workbook.cell("Sheet1", "C1")!.formula).toBeUndefined();
  });

  it("reads numbers, booleans and ISO dates out of text, keeps text under @, leaves null cells alone, empties on \"\"", async () => {
    const xl = createExcelDouble();
    xl.workbook.seed("Sheet1", "A1", [["keep", "old", null, null, null, null]]);
    await xl.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("F1").numberFormat = [["@"]];
      sheet.getRange("A1:F1").values = [[null, "", "12.5", "TRUE", "2024-03-01", "007"]];
    });
    expect(xl.workbook.values("Sheet1", "A1:F1")).toEqual([["keep", "", 12.5, true, 45352, "007"]]);
    expect(xl.workbook.numberFormats("Sheet1", "E1")).toEqual([["yyyy-mm-dd"]]);
  });

  it("shows a seeded formula's result in values", async () => {
    const xl = createExcelDouble();
    xl.workbook.seed("Sheet1", "A1", [[2, { formula: "A1*2", result: 4 }]]);
    await xl.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").load("values, formulas");
      await context.sync();
      expect(r.values).toEqual([[2, 4]]);
      expect(r.formulas).toEqual([[2, "=A1*2"]]);
    });
  });

  it("refuses, at sync, an array whose shape differs from the range", async () => {
    const xl = createExcelDouble();
    const ctx = xl.context as unknown as Excel.RequestContext;
    const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
    expect(() => (r.values = [[1, 2, 3]])).not.toThrow();
    expect(await code(ctx.sync())).toBe("InvalidArgument");
    r.values = [[1], [2]];
    expect(await code(ctx.sync())).toBe("InvalidArgument");
    r.formulas = [[1, 2], [3, "=A1"]];
    expect(await code(ctx.sync())).toBe("resolved");
  });
});

describe("Excel double: null objects and missing items", () => {
  it("answers isNullObject only after sync", async () => {
    const xl = createExcelDouble();
    await xl.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Parametrar");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      expect(() => missing.isNullObject).toThrow(/'isNullObject' is not available/);
      await context.sync();
      expect([missing.isNullObject, present.isNullObject]).toEqual([true, false]);
    });
  });

  it("fails getItem of a missing sheet with ItemNotFound at sync, not before", async () => {
    const xl = createExcelDouble();
    const result = xl.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Saknas");
      sheet.load("name");
      await context.sync();
    });
    expect(await code(result)).toBe("ItemNotFound");
  });

  it("gives a null used range for an empty sheet and A1 from getUsedRange", async () => {
    const xl = createExcelDouble();
    xl.workbook.seed("Data", "C3", [[1, null], [null, "x"]]);
    await xl.run(async (context) => {
      const empty = context.workbook.worksheets.getItem("Sheet1");
      const none = empty.getUsedRangeOrNullObject(true);
      const a1 = empty.getUsedRange().load("address");
      const used = context.workbook.worksheets.getItem("Data").getUsedRangeOrNullObject(true).load("address, values");
      await context.sync();
      expect(none.isNullObject).toBe(true);
      expect(a1.address).toBe("Sheet1!A1");
      expect(used.isNullObject).toBe(false);
      expect(used.address).toBe("Data!C3:D4");
      expect(used.values).toEqual([[1, ""], ["", "x"]]);
    });
  });
});

describe("Excel double: requirement sets", () => {
  it("answers isSetSupported from the given sets (default ExcelApi 1.17)", () => {
    expect(createExcelDouble().Office.context.requirements.isSetSupported("ExcelApi", "1.17")).toBe(true);
    const office2019 = createExcelDouble({ requirementSets: { ExcelApi: "1.7" } }).Office;
    expect(office2019.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(office2019.context.requirements.isSetSupported("excelapi", "1.8")).toBe(false);
    expect(office2019.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(office2019.context.requirements.isSetSupported("WordApi")).toBe(false);
  });

  it("fails an API above the host's set with ApiNotFound at sync", async () => {
    const xl = createExcelDouble({ requirementSets: { ExcelApi: "1.7" } });
    const result = xl.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("B2:B10");
      r.dataValidation.rule = { wholeNumber: { formula1: 1, formula2: 5, operator: "Between" } };
      await context.sync();
    });
    expect(await code(result)).toBe("ApiNotFound");
    expect(xl.workbook.sheet("Sheet1").validations).toEqual([]);
  });
});

describe("Excel double: copyFrom pastes formulas, moving relative references", () => {
  it("shifts relative rows and columns, keeps $ parts, strings, quoted sheet names and function names", () => {
    expect(shiftFormula('=IF(B5>0,$C$2/B5,"B5")', 3, 0)).toBe('=IF(B8>0,$C$2/B8,"B5")');
    expect(shiftFormula("=SUM($K$5:K5)+'Blad A1'!A1+LOG10(X$2)+Vikt_1*E5", 2, 1)).toBe("=SUM($K$5:L7)+'Blad A1'!B3+LOG10(Y$2)+Vikt_1*F7");
    expect(shiftFormula("=A1-1E+300", -1, 0)).toBe("=#REF!-1E+300");
  });

  it("tiles one formula down a column, as pasting does", async () => {
    const xl = createExcelDouble();
    await xl.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("C2").formulas = [["=A2*$B$1"]];
      sheet.getRange("C3:C5").copyFrom(sheet.getRange("C2"), "Formulas");
      const r = sheet.getRange("C2:C5").load("formulas");
      await context.sync();
      expect(r.formulas).toEqual([["=A2*$B$1"], ["=A3*$B$1"], ["=A4*$B$1"], ["=A5*$B$1"]]);
    });
  });

  it("is ExcelApi 1.9: ApiNotFound on Office 2019", async () => {
    const xl = createExcelDouble({ requirementSets: { ExcelApi: "1.7" } });
    const result = xl.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C3:C5").copyFrom("C2", "Formulas");
      await context.sync();
    });
    expect(await code(result)).toBe("ApiNotFound");
  });
});

describe("Excel double: merged areas (getMergedAreasOrNullObject)", () => {
  const seeded = (requirementSets?: Record<string, string>) => {
    const xl = createExcelDouble({ sheets: ["Lista"], ...(requirementSets ? { requirementSets } : {}) });
    xl.workbook.seed("Lista", "A1", [["Rubrik", null, null], ["Socialförvaltningen", "a", 1], [null, "b", 2]]);
    xl.workbook.merge("Lista", "A1:C1").merge("Lista", "A2:A3").merge("Lista", "E5:F6");
    return xl;
  };

  it("gives the areas whose top-left cell is in the range, whole, each with its sheet", async () => {
    const xl = seeded();
    await xl.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Lista");
      const all = sheet.getRange("A1:C3").getMergedAreasOrNullObject().load("address, areaCount, cellCount");
      // A3 is inside A2:A3 but not its top-left cell: that merge is not "in" A3:C3.
      const lower = sheet.getRange("A3:C3").getMergedAreasOrNullObject().load("address");
      await context.sync();
      expect([all.isNullObject, all.address, all.areaCount, all.cellCount]).toEqual([false, "Lista!A1:C1, Lista!A2:A3", 2, 5]);
      expect(lower.isNullObject).toBe(true);
    });
  });

  it("fails the request past 512 merged areas, as the reference says it does", async () => {
    const xl = createExcelDouble({ sheets: ["Lista"] });
    for (let r = 1; r <= 513; r++) xl.workbook.merge("Lista", `A${r}:B${r}`);
    const result = xl.run(async (context) => {
      context.workbook.worksheets.getItem("Lista").getRange("A1:B513").getMergedAreasOrNullObject().load("address");
      await context.sync();
    });
    expect(await code(result)).toBe("GeneralException");
  });

  it("is ExcelApi 1.13: ApiNotFound on a host at 1.12 (Office 2019 stops at 1.7)", async () => {
    const xl = seeded({ ExcelApi: "1.12" });
    const result = xl.run(async (context) => {
      context.workbook.worksheets.getItem("Lista").getRange("A1:C3").getMergedAreasOrNullObject();
      await context.sync();
    });
    expect(await code(result)).toBe("ApiNotFound");
  });

  it("refuses to seed overlapping merged areas", () => {
    expect(() => seeded().workbook.merge("Lista", "C1:D2")).toThrow(/overlaps/);
  });
});

describe("Excel double: addresses", () => {
  it("quotes sheet names that need it and parses what it prints", async () => {
    const xl = createExcelDouble({ sheets: ["Portfölj", "Blad 2", "Data"] });
    await xl.run(async (context) => {
      const ranges = ["Portfölj", "Blad 2", "Data"].map((n) => context.workbook.worksheets.getItem(n).getRange("A1:C3").load("address"));
      await context.sync();
      expect(ranges.map((r) => r.address)).toEqual(["'Portfölj'!A1:C3", "'Blad 2'!A1:C3", "Data!A1:C3"]);
    });
    expect(parseAddress("'Blad 2'!$B$2:C5")).toEqual({ sheet: "Blad 2", box: { top: 2, left: 2, bottom: 5, right: 3 } });
    expect(formatAddress("It's", { top: 1, left: 1, bottom: 1048576, right: 2 }, true)).toBe("'It''s'!$A:$B");
    expect(parseAddress("A1:B")).toBeNull();
  });

  it("derives ranges and fails outside the sheet at sync", async () => {
    const xl = createExcelDouble();
    const ctx = xl.context as unknown as Excel.RequestContext;
    const base = ctx.workbook.worksheets.getItem("Sheet1").getRange("B2:C3");
    const derived = [base.getCell(1, 1), base.getOffsetRange(1, 0), base.getResizedRange(2, -1), base.getEntireColumn()].map((r) => r.load("address"));
    await ctx.sync();
    expect(derived.map((r) => r.address)).toEqual(["Sheet1!C3", "Sheet1!B3:C4", "Sheet1!B2:B5", "Sheet1!B:C"]);
    base.getOffsetRange(-5, 0).load("address");
    expect(await code(ctx.sync())).toBe("InvalidArgument");
  });
});

describe("Excel double: recorded features", () => {
  it("records tables, validation, conditional formats, names, charts, freeze panes and formats", async () => {
    const xl = createExcelDouble({ sheets: ["Portfölj"] });
    await xl.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Portfölj");
      sheet.getRange("A1:C1").values = [["ID", "", "ID"]];
      const table = sheet.tables.add("A1:C1", true);
      table.name = "Initiativ";
      table.rows.add(undefined, [[1, "x", "=A3*2"]]);
      const body = table.getDataBodyRange().load("address");
      const columns = table.columns.load("name");
      const v = sheet.getRange("B2:B10").dataValidation;
      v.rule = { list: { inCellDropDown: true, source: "=Listor!$A$1:$A$5" } };
      v.errorAlert = { showAlert: true, style: "Stop", title: "Ogiltigt värde", message: "Välj från listan." };
      const cf = sheet.getRange("C2:C10").conditionalFormats.add(xl.Excel.ConditionalFormatType.custom as Excel.ConditionalFormatType);
      cf.custom.rule.formula = "=$C2>100";
      cf.custom.format.fill.color = "#FFC7CE";
      context.workbook.names.add("Diskonto", "=0.04");
      context.workbook.names.add("Start", sheet.getRange("B2"));
      const chart = sheet.charts.add("Bubble", sheet.getRange("A1:C3"), "Columns");
      chart.title.text = "Nytta mot komplexitet";
      chart.setPosition("E2", "L20");
      sheet.freezePanes.freezeRows(1);
      sheet.getRange("A:A").format.columnWidth = 60;
      sheet.getRange("A1:C1").format.font.bold = true;
      await context.sync();
      expect(body.address).toBe("'Portfölj'!A2:C3");
      expect(columns.items.map((c) => c.name)).toEqual(["ID", "Column2", "ID2"]);
    });
    const s = xl.workbook.sheet("Portfölj");
    expect(s.tables.map((t) => [t.name, formatAddress(null, t.box)])).toEqual([["Initiativ", "A1:C3"]]);
    expect(xl.workbook.formulas("Portfölj", "A3:C3")).toEqual([[1, "x", "=A3*2"]]);
    expect(s.validations[0]).toMatchObject({ rule: { list: { source: "=Listor!$A$1:$A$5" } }, errorAlert: { title: "Ogiltigt värde" } });
    expect(s.conditionalFormats[0]).toMatchObject({ type: "Custom", formula: "=$C2>100", fill: "#FFC7CE" });
    expect(xl.workbook.state.names.map((n) => [n.name, n.formula])).toEqual([["Diskonto", "=0.04"], ["Start", "='Portfölj'!$B$2"]]);
    expect(s.charts[0]).toMatchObject({ type: "Bubble", title: "Nytta mot komplexitet", position: { start: "E2", end: "L20" }, source: "'Portfölj'!A1:C3" });
    expect(s.freeze).toEqual({ rows: 1, columns: 0 });
    expect(s.columnWidths.get(1)).toBe(60);
    expect(xl.workbook.cell("Portfölj", "B1")!.format.bold).toBe(true);
  });

  it("refuses what Excel refuses: duplicate and cell-like names, a custom rule without '=', a header-only table gets a data row", async () => {
    const xl = createExcelDouble();
    const ctx = xl.context as unknown as Excel.RequestContext;
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    ctx.workbook.names.add("AB12", "=1");
    expect(await code(ctx.sync())).toBe("InvalidArgument");
    ctx.workbook.worksheets.add("sheet1");
    expect(await code(ctx.sync())).toBe("ItemAlreadyExists");
    sheet.getRange("A1").conditionalFormats.add("Custom").custom.rule.formula = "A1>0";
    expect(await code(ctx.sync())).toBe("InvalidArgument");
    const t = sheet.tables.add("E1:F1", true);
    const body = t.getDataBodyRange().load("address");
    await ctx.sync();
    expect(body.address).toBe("Sheet1!E2:F2");
  });
});

describe("Excel double: what the adapter also touches", () => {
  it("records borders, alignment and protection, clears conditional formats, computes name values", async () => {
    const xl = createExcelDouble();
    await xl.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      const edge = r.format.borders.getItem("EdgeBottom");
      edge.style = "Continuous";
      edge.color = "#1F4E79";
      r.format.verticalAlignment = "Top";
      r.format.protection.locked = false;
      r.conditionalFormats.add("Custom").custom.rule.formula = "=A1>0";
      r.conditionalFormats.clearAll();
      context.workbook.names.add("Ränta", "=0.04");
      context.workbook.names.add("Etikett", '="Hej ""du"""');
      context.workbook.names.add("Cell", r.getCell(0, 1));
      const names = context.workbook.names.load("items/name,items/type,items/value");
      const tables = context.workbook.worksheets.getItem("Sheet1").tables.load("items/name,items/showHeaders");
      const wb = context.workbook.load("name,use1904DateSystem");
      await context.sync();
      expect(names.items.map((n) => [n.type, n.value])).toEqual([["Double", 0.04], ["String", 'Hej "du"'], ["Range", "Sheet1!$B$1"]]);
      expect(tables.items).toEqual([]);
      expect([wb.name, (wb as unknown as { use1904DateSystem: boolean }).use1904DateSystem]).toEqual(["Book1.xlsx", false]);
    });
    const s = xl.workbook.sheet("Sheet1");
    expect(s.borders).toEqual([expect.objectContaining({ side: "EdgeBottom", style: "Continuous", color: "#1F4E79" })]);
    expect(xl.workbook.cell("Sheet1", "C1")!.format).toMatchObject({ verticalAlignment: "Top", locked: false });
    expect(s.conditionalFormats).toEqual([]);
  });
});

describe("Excel double: run", () => {
  it("requires the batch to return a promise and closes its context afterwards", async () => {
    const xl = createExcelDouble();
    expect(await code(xl.run((() => undefined) as unknown as () => Promise<void>))).toBe("RunMustReturnPromise");
    let kept: Excel.RequestContext | undefined;
    await xl.run(async (context) => void (kept = context));
    expect(await code(kept!.sync())).toBe("InvalidRequestContext");
  });

  it("installs Excel and Office as globals and takes them away again", async () => {
    const xl = createExcelDouble();
    const uninstall = xl.install();
    try {
      expect(Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
      await Excel.run(async (context) => {
        context.workbook.worksheets.add("Ny");
        await context.sync();
      });
      expect(xl.workbook.sheetNames()).toEqual(["Sheet1", "Ny"]);
    } finally {
      uninstall();
    }
    expect((globalThis as Record<string, unknown>).Excel).toBeUndefined();
  });
});

describe("Excel double: fault injection (faults.ts)", () => {
  it("refuses a chosen request whole: nothing of it is applied, no load delivered", async () => {
    const xl = createExcelDouble();
    xl.faults.failSync(2, { code: "InvalidOperationInCellEditMode" });
    const result = xl.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["first"]];
      await context.sync();
      sheet.getRange("A2").values = [["second"]];
      const a1 = sheet.getRange("A1").load("values");
      await context.sync().catch((e: { code: string }) => {
        expect(() => a1.values).toThrow(/not available/);
        throw e;
      });
    });
    expect(await code(result)).toBe("InvalidOperationInCellEditMode");
    expect(xl.workbook.values("Sheet1", "A1:A2")).toEqual([["first"], [""]]);
    expect(xl.stats.requests.map((r) => r.error)).toEqual([null, "InvalidOperationInCellEditMode"]);
  });

  it("fails a named operation: the ones before it in the request stay applied", async () => {
    const xl = createExcelDouble();
    xl.faults.failOperation(FAULT_POINTS.freezePanes, { code: "InvalidOperation" });
    const result = xl.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["före"]];
      sheet.freezePanes.freezeRows(1);
      sheet.getRange("A2").values = [["efter"]];
      await context.sync();
    });
    expect(await code(result)).toBe("InvalidOperation");
    expect(xl.workbook.values("Sheet1", "A1:A2")).toEqual([["före"], [""]]);
    expect(xl.workbook.sheet("Sheet1").freeze).toBeNull();
  });

  it("counts occurrences: the second chart fails, and every one after it with times Infinity", async () => {
    const xl = createExcelDouble();
    xl.faults.failOperation("ChartCollection.add", { occurrence: 2, times: Infinity, code: "EmptyChartSeries" });
    const addChart = () =>
      xl.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.charts.add("BarClustered", sheet.getRange("A1:B3"), "Columns");
        await context.sync();
      });
    expect(await code(addChart())).toBe("resolved");
    expect(await code(addChart())).toBe("EmptyChartSeries");
    expect(await code(addChart())).toBe("EmptyChartSeries");
    xl.faults.clear();
    expect(await code(addChart())).toBe("resolved");
    expect(xl.workbook.sheet("Sheet1").charts).toHaveLength(2);
  });

  it("models cell-edit mode: every request fails until the user leaves the cell", async () => {
    const xl = createExcelDouble();
    xl.faults.editCell();
    const write = () =>
      xl.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
        await context.sync();
      });
    expect(await code(write())).toBe("InvalidOperationInCellEditMode");
    expect(await code(write())).toBe("InvalidOperationInCellEditMode");
    xl.faults.stopEditing();
    expect(await code(write())).toBe("resolved");
  });
});

describe("Excel double: what a sheet's rename and delete do to references", () => {
  it("follows a rename in formulas, names and validation sources; a delete makes them #REF!", async () => {
    const xl = createExcelDouble({ sheets: ["Egen", "Portfölj", "Listor"] });
    xl.workbook.seed("Egen", "A1", [[{ formula: "Portfölj!B5+'Portfölj'!C5" }], [{ formula: 'Listor!A1&"Portfölj!"' }]]);
    await xl.run(async (context) => {
      context.workbook.names.add("Rad", "=Portfölj!$B$5");
      context.workbook.worksheets.getItem("Egen").getRange("B1").dataValidation.rule = { list: { inCellDropDown: true, source: "=Listor!$A$1:$A$3" } };
      await context.sync();
      context.workbook.worksheets.getItem("Portfölj").name = "Portfölj 2";
      context.workbook.worksheets.getItem("Listor").delete();
      await context.sync();
    });
    expect(xl.workbook.formulas("Egen", "A1:A2")).toEqual([["='Portfölj 2'!B5+'Portfölj 2'!C5"], ['=#REF!A1&"Portfölj!"']]);
    expect(xl.workbook.state.names.find((n) => n.name === "Rad")?.formula).toBe("='Portfölj 2'!$B$5");
    expect(xl.workbook.sheet("Egen").validations[0]!.rule).toEqual({ list: { inCellDropDown: true, source: "=#REF!$A$1:$A$3" } });
  });

  it("does not bring a reference back when a sheet of the same name is added again", async () => {
    const xl = createExcelDouble({ sheets: ["Egen", "Portfölj"] });
    xl.workbook.seed("Egen", "A1", [[{ formula: "Portfölj!B5" }]]);
    await xl.run(async (context) => {
      context.workbook.worksheets.getItem("Portfölj").delete();
      context.workbook.worksheets.add("Portfölj");
      await context.sync();
    });
    expect(xl.workbook.formulas("Egen", "A1")).toEqual([["=#REF!B5"]]);
  });

  it("replaces references only outside string literals, quoted or not", () => {
    expect(replaceSheetReferences('=A!B1+"A!B1"+\'A\'!C1+AA!D1', "A", "Ny")).toBe('=Ny!B1+"A!B1"+Ny!C1+AA!D1');
    expect(replaceSheetReferences("=SUM('Mitt blad'!A:A)", "mitt blad", null)).toBe("=SUM(#REF!A:A)");
  });
});

describe("Excel double: copyFrom All, from another sheet", () => {
  it("copies cells whole (content, number format, formats, borders) and empties where the source is empty", async () => {
    const xl = createExcelDouble({ sheets: ["Gammal", "Utkast"] });
    xl.workbook.seed("Gammal", "A1", [["gammalt", "kvar?"]]);
    await xl.run(async (context) => {
      const utkast = context.workbook.worksheets.getItem("Utkast");
      const a1 = utkast.getRange("A1");
      a1.values = [["'0012"]];
      a1.format.fill.color = "#FFEE00";
      a1.format.borders.getItem("EdgeBottom").style = "Continuous";
      utkast.getRange("A2").formulas = [["=A1&B2"]];
      utkast.getRange("A2").numberFormat = [["0.0"]];
      context.workbook.worksheets.getItem("Gammal").getRange("A1:B2").copyFrom(utkast.getRange("A1:B2"), "All");
      await context.sync();
    });
    expect(xl.workbook.formulas("Gammal", "A1:B2")).toEqual([["0012", ""], ["=A1&B2", ""]]);
    expect(xl.workbook.cell("Gammal", "A1")).toMatchObject({ quotePrefix: true, format: { fill: "#FFEE00" } });
    expect(xl.workbook.numberFormats("Gammal", "A2")).toEqual([["0.0"]]);
    expect(xl.workbook.sheet("Gammal").borders).toEqual([expect.objectContaining({ side: "EdgeBottom", style: "Continuous" })]);
  });

  it("refuses (not modelled) a source or destination holding a table, a validation, a rule or a merge", async () => {
    const xl = createExcelDouble({ sheets: ["Gammal", "Utkast"] });
    const result = xl.run(async (context) => {
      const utkast = context.workbook.worksheets.getItem("Utkast");
      utkast.getRange("A1:A2").dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
      context.workbook.worksheets.getItem("Gammal").getRange("A1:B2").copyFrom(utkast.getRange("A1:B2"), "All");
      await context.sync();
    });
    expect(await code(result)).toBe("InvalidArgument");
  });
});

describe("Excel double: deepSnapshot", () => {
  it("sees every difference a write could leave: a format, a hidden sheet, a name, a sheet made again", async () => {
    const xl = createExcelDouble({ sheets: ["A", "B"] });
    const first = JSON.stringify(xl.workbook.state.deepSnapshot());
    await xl.run(async (context) => {
      context.workbook.worksheets.getItem("A").getRange("C3").format.font.bold = true;
      await context.sync();
    });
    expect(JSON.stringify(xl.workbook.state.deepSnapshot())).not.toBe(first);
    const xl2 = createExcelDouble({ sheets: ["A", "B"] });
    await xl2.run(async (context) => {
      context.workbook.worksheets.getItem("B").delete();
      context.workbook.worksheets.add("B");
      await context.sync();
    });
    expect(JSON.stringify(xl2.workbook.state.deepSnapshot())).not.toBe(first);
  });
});
