/**
 * Writes that cannot half-fail (issue 16): every operation of the Office.js adapter that changes
 * the workbook (write, render, update, extend, select; the port's and OpenWorkbook's writes)
 * over the Excel double, with a request refused at every sync index in turn (each error code
 * Excel uses for it: cell-edit mode, the payload limit, a dropped connection, an internal error),
 * and with named operations failing (chart creation, data validation, conditional formats,
 * frozen panes, tables). Afterwards the workbook equals the workbook before, cell by cell
 * (DoubleWorkbook state, deepSnapshot), and the failure reaches the pane as a sentence in
 * Swedish and English. Also: formulas on the user's sheets that refer to ours keep working, a
 * sheet of ours the user hid stays hidden, leftovers of a failed clean-up go with the next
 * write, and the number of syncs is what it was.
 */
import { OfficeJsWorkbook } from "../../../src/adapters/officeJs/OfficeJsWorkbook";
import { WorkbookWriteFailed } from "../../../src/adapters/officeJs/WorkbookWriteFailed";
import { DRAFT_MARKER, isStagingName, SWAP_SENTINEL } from "../../../src/adapters/officeJs/staging";
import type {
  SheetExtension,
  WorkbookDescription,
} from "../../../src/domain/template/WorkbookDescription";
import { STRINGS } from "../../../src/taskpane/i18n";
import { errorText } from "../../../src/taskpane/presentation/errorText";
import { CONTRACT_DESCRIPTION } from "../../contract/workbookPortContract";
import { createExcelDouble, type ExcelDouble } from "../../excelDouble/createExcelDouble";
import { FAULT_POINTS } from "../../excelDouble/faults";

/** Error codes a whole request fails with (Excel.ErrorCodes; the error-handling page). */
const REQUEST_CODES = [
  "InvalidOperationInCellEditMode",
  "RequestPayloadSizeLimitExceeded",
  "RequestAborted",
  "GeneralException",
] as const;

/** The user's sheet, with formulas that refer to our sheets and a name of the user's. */
const USER_SHEET = "Rådets anteckningar";

/** A second description: content changed, "Tom" no longer described, "Ny" added, a name moved. */
const SECOND: WorkbookDescription = {
  sheets: [
    {
      ...CONTRACT_DESCRIPTION.sheets[0]!,
      blocks: [{ row: 1, col: 1, rows: [["Digiportfölj – initiativ, version 2"]], style: "title" }],
      charts: [
        {
          kind: "bar",
          title: "Investering per initiativ",
          anchor: { row: 10, col: 2 },
          series: [{ name: "Investering", x: "B5:B6", y: "E5:E6" }],
        },
      ],
    },
    {
      ...CONTRACT_DESCRIPTION.sheets[1]!,
      blocks: [
        { row: 1, col: 1, rows: [["Parametrar"]], style: "title" },
        {
          row: 3,
          col: 1,
          rows: [
            ["Kalkylränta", 0.04],
            ["Kalkylperiod (år)", 8],
          ],
        },
      ],
    },
    CONTRACT_DESCRIPTION.sheets[2]!,
    {
      name: "Ny",
      tabColor: "#00B050",
      blocks: [{ row: 1, col: 1, rows: [["Nytt blad"], [{ formula: "Parametrar!B3*2" }]] }],
      freeze: { rows: 1, cols: 0 },
    },
  ],
  names: CONTRACT_DESCRIPTION.names.map((n) =>
    n.name === "Kalkylranta" ? { ...n, ref: "$B$3" } : n
  ),
};

interface Scenario {
  readonly excel: ExcelDouble;
  readonly port: OfficeJsWorkbook;
}

function fresh(sheets: string[] = [USER_SHEET]): Scenario {
  const excel = createExcelDouble({ sheets });
  const port = new OfficeJsWorkbook(excel.run, excel.Office.context.requirements.isSetSupported);
  return { excel, port };
}

/** A workbook the add-in wrote once, with the user's formulas pointing into our sheets. */
async function written(): Promise<Scenario> {
  const s = fresh();
  await s.port.write(CONTRACT_DESCRIPTION);
  s.excel.workbook.seed(USER_SHEET, "A1", [
    [{ formula: "Initiativ!A5", result: "I-001" }],
    [{ formula: "'Listor och text'!A2", result: "Idé" }],
    [{ formula: "SUM(Parametrar!B3:B4)" }],
  ]);
  return s;
}

/** A user's list and an extension beside it (the Kontroll column's shape). */
function listScenario(): Scenario {
  const s = fresh(["Lista"]);
  s.excel.workbook.seed("Lista", "A1", [
    ["Namn", "Status"],
    ["E-arkiv", "Pågående"],
    ["Signering", "Idé"],
  ]);
  return s;
}

const EXTENSION: SheetExtension = {
  sheet: "Lista",
  key: "kontroll",
  clearPrevious: true,
  blocks: [
    { row: 1, col: 3, rows: [["Digiportfölj kontroll"]], style: "header" },
    {
      row: 2,
      col: 3,
      rows: [["1 fel: status saknas"], [{ formula: 'IF(B3="","fel","")' }]],
      style: "note",
    },
  ],
  columnWidths: [{ col: 3, width: 30 }],
  validations: [
    {
      range: "B2:B3",
      rule: { kind: "list", source: "Idé,Pågående,Avslutad" },
      errorTitle: "Okänd status",
      errorMessage: "Välj en status ur listan.",
    },
  ],
  conditionalFormats: [{ range: "C2:C3", formula: 'LEFT(C2,1)<>""', fill: "#FFC7CE" }],
};

/** Every operation that changes the workbook, each from the state it is tried in. */
const OPERATIONS: readonly {
  readonly name: string;
  readonly setup: () => Promise<Scenario>;
  readonly act: (s: Scenario) => Promise<unknown>;
}[] = [
  {
    name: "write: the first write, beside the user's sheet",
    setup: async () => fresh(),
    act: (s) => s.port.write(CONTRACT_DESCRIPTION),
  },
  {
    name: "write: a rewrite (sheets replaced, one deleted, one added, a name moved)",
    setup: written,
    act: (s) => s.port.write(SECOND),
  },
  {
    name: "render: the same rewrite with its outcome",
    setup: written,
    act: (s) => s.port.render(SECOND),
  },
  {
    name: "update: the pane's write, our other sheets left",
    setup: written,
    act: (s) => s.port.update({ sheets: [SECOND.sheets[3]!, SECOND.sheets[1]!], names: [] }),
  },
  {
    name: "extend: columns beside the user's list",
    setup: async () => listScenario(),
    act: (s) => s.port.extend(EXTENSION),
  },
  {
    name: "extend: the same columns rewritten",
    setup: async () => {
      const s = listScenario();
      await s.port.extend(EXTENSION);
      return s;
    },
    act: (s) =>
      s.port.extend({
        ...EXTENSION,
        blocks: [EXTENSION.blocks[0]!, { row: 2, col: 3, rows: [[""], ["2 fel"]], style: "note" }],
      }),
  },
  {
    name: "select: show a sheet and select a cell",
    setup: written,
    act: (s) => s.port.select("Parametrar", 3, 2),
  },
];

const snapshot = (s: Scenario): unknown => s.excel.workbook.state.deepSnapshot();

/** Sheets and names a write leaves only when it failed. */
function leftoversIn(s: Scenario): string[] {
  const state = s.excel.workbook.state;
  return [
    ...state
      .liveSheets()
      .filter((sh) => isStagingName(sh.name) || sh.names.some((n) => n.name === DRAFT_MARKER))
      .map((sh) => sh.name),
    ...state.names.filter((n) => n.name === SWAP_SENTINEL).map((n) => n.name),
  ];
}

/** The snapshot without sheet ids, for comparing a write after a failure with a clean one. */
const withoutIds = (snap: unknown): unknown =>
  JSON.parse(JSON.stringify(snap, (k, v: unknown) => (k === "id" ? undefined : v)));

async function syncsOf(operation: (typeof OPERATIONS)[number]): Promise<number> {
  const s = await operation.setup();
  const before = s.excel.stats.syncs;
  await operation.act(s);
  return s.excel.stats.syncs - before;
}

describe("every write of the adapter, a request refused at every sync index", () => {
  for (const operation of OPERATIONS) {
    it(`${operation.name}: the workbook is as it was, and the pane says why`, async () => {
      const syncs = await syncsOf(operation);
      expect(syncs).toBeGreaterThan(0);
      let cases = 0;
      for (let k = 1; k <= syncs; k++)
        for (const code of REQUEST_CODES) {
          const s = await operation.setup();
          const before = snapshot(s);
          s.excel.faults.failSync(k, { code });
          const error: unknown = await operation.act(s).then(
            () => null,
            (e: unknown) => e
          );
          const where = `${operation.name}, sync ${k} of ${syncs}, ${code}`;
          expect([where, error]).not.toEqual([where, null]);
          expect([where, snapshot(s)]).toEqual([where, before]);
          expect([where, leftoversIn(s)]).toEqual([where, []]);
          // What the pane shows: Swedish first, English whole, never Excel's English alone.
          const sv = errorText(error, "Det gick inte.", STRINGS.sv, "sv");
          const en = errorText(error, "It failed.", STRINGS.en, "en");
          if (error instanceof WorkbookWriteFailed) {
            expect([where, error.code, error.partial, error.left]).toEqual([
              where,
              code,
              false,
              [],
            ]);
            expect(sv).toBe(`Det gick inte. ${error.message}`);
            expect(en).toBe(`It failed. ${error.messageEn}`);
            expect(sv).toContain("Inget i arbetsboken ändrades.");
            expect(en).toContain("Nothing in the workbook was changed.");
          } else {
            // select() and reads: Excel's error as it came, named in the pane's language when known.
            expect([where, (error as { code?: string }).code]).toEqual([where, code]);
            if (code !== "GeneralException") expect(sv).not.toMatch(/Excel is|payload|aborted/);
          }
          cases++;
        }
      console.log(`${operation.name}: ${syncs} syncs, ${cases} failures tried`);
    });
  }
});

describe("a named operation failing: caught while staging, the workbook is as it was", () => {
  const points = [
    ["chart creation", FAULT_POINTS.chart, "GeneralException"],
    ["data validation", FAULT_POINTS.dataValidation, "InvalidArgument"],
    ["a conditional format", FAULT_POINTS.conditionalFormat, "InvalidArgument"],
    ["a sheet's values", FAULT_POINTS.values, "GeneralException"],
  ] as const;
  for (const [what, point, code] of points)
    it(`${what} (${code}), in a rewrite`, async () => {
      const s = await written();
      const before = snapshot(s);
      s.excel.faults.failOperation(point, { code, times: Infinity });
      const error = await s.port.write(SECOND).then(
        () => null,
        (e: unknown) => e
      );
      expect(error).toBeInstanceOf(WorkbookWriteFailed);
      expect(error).toMatchObject({ code, partial: false, left: [] });
      expect(snapshot(s)).toEqual(before);
      expect(leftoversIn(s)).toEqual([]);
    });

  it("data validation failing in an extension leaves the user's sheet as it was", async () => {
    const s = listScenario();
    const before = snapshot(s);
    s.excel.faults.failOperation(FAULT_POINTS.dataValidation, {
      code: "InvalidArgument",
      times: Infinity,
    });
    await expect(s.port.extend(EXTENSION)).rejects.toMatchObject({
      name: "WorkbookWriteFailed",
      partial: false,
    });
    expect(snapshot(s)).toEqual(before);
  });
});

describe("what the last request keeps working", () => {
  it("formulas on the user's sheets that refer to ours, and a sheet the user hid", async () => {
    const s = await written();
    s.excel.workbook.sheet("Listor och text").visibility = "Hidden";
    const id = s.excel.workbook.sheet("Initiativ").id;
    await s.port.write(SECOND);
    // The old sheets themselves were kept (copied over), so the references still point at them.
    expect(s.excel.workbook.sheet("Initiativ").id).toBe(id);
    expect(s.excel.workbook.formulas(USER_SHEET, "A1:A3")).toEqual([
      ["=Initiativ!A5"],
      ["='Listor och text'!A2"],
      ["=SUM(Parametrar!B3:B4)"],
    ]);
    expect(s.excel.workbook.values("Initiativ", "A1")).toEqual([
      ["Digiportfölj – initiativ, version 2"],
    ]);
    expect(s.excel.workbook.sheet("Listor och text").visibility).toBe("Hidden");
    expect(s.excel.workbook.sheet("Ny").visibility).toBe("Visible");
    expect(s.excel.workbook.sheetNames()).toEqual([
      USER_SHEET,
      "Initiativ",
      "Parametrar",
      "Listor och text",
      "Ny",
    ]);
    // The moved name points at the new cell; the table and the chart are on the kept sheet.
    expect(s.excel.workbook.state.names.find((n) => n.name === "Kalkylranta")?.formula).toBe(
      "=Parametrar!$B$3"
    );
    expect(s.excel.workbook.sheet("Initiativ").tables.map((t) => t.name)).toEqual(["Initiativ"]);
    expect(s.excel.workbook.sheet("Initiativ").charts).toHaveLength(1);
    expect(leftoversIn(s)).toEqual([]);
  });

  it("the structured reference in a table's computed column is written once the table exists", async () => {
    const s = await written();
    await s.port.write(CONTRACT_DESCRIPTION);
    expect(s.excel.workbook.formulas("Initiativ", "F5:F6")).toEqual([
      ["=Initiativ[[#This Row],[Investering]]*2"],
      ["=Initiativ[[#This Row],[Investering]]*2"],
    ]);
  });

  it("takes as many syncs as before: three for the template, two for an extension", async () => {
    const first = fresh();
    let before = first.excel.stats.syncs;
    await first.port.write(CONTRACT_DESCRIPTION);
    expect(first.excel.stats.syncs - before).toBe(3);
    before = first.excel.stats.syncs;
    await first.port.write(SECOND);
    expect(first.excel.stats.syncs - before).toBe(3);
    const list = listScenario();
    before = list.excel.stats.syncs;
    await list.port.extend(EXTENSION);
    expect(list.excel.stats.syncs - before).toBe(2);
  });
});

describe("when even the clean-up fails", () => {
  /** A small request budget, so that the staging spans several requests before the last one. */
  const small = (s: Scenario): Scenario => ({
    excel: s.excel,
    port: new OfficeJsWorkbook(s.excel.run, s.excel.Office.context.requirements.isSetSupported, {
      budgetBytes: 3_000,
    }),
  });
  for (const [name, setup, act] of [
    [
      "a first write",
      async () => small(fresh()),
      (s: Scenario) => s.port.write(CONTRACT_DESCRIPTION),
    ],
    ["a rewrite", async () => small(await written()), (s: Scenario) => s.port.write(SECOND)],
  ] as const)
    it(`${name}: the hidden sheets left are named, unread, and removed by the next write`, async () => {
      const clean = await setup();
      const start = clean.excel.stats.syncs;
      await act(clean);
      const syncs = clean.excel.stats.syncs - start;
      expect(syncs).toBeGreaterThan(4);
      const expected = withoutIds(snapshot(clean));

      // A request of the staging is refused, and so is every request after it: the clean-up's too.
      const s = await setup();
      s.excel.faults.failSync(syncs - 1, { code: "RequestAborted", times: Infinity });
      const error = (await act(s).catch((e: unknown) => e)) as WorkbookWriteFailed;
      expect(error).toBeInstanceOf(WorkbookWriteFailed);
      expect(error.partial).toBe(false);
      expect(error.left.length).toBeGreaterThan(0);
      expect(leftoversIn(s).sort()).toEqual([...error.left].sort());
      expect(errorText(error, "X.", STRINGS.sv, "sv")).toContain("tas bort nästa gång");
      expect(errorText(error, "X.", STRINGS.en, "en")).toContain("removes the next time it writes");

      s.excel.faults.clear();
      const data = await s.port.read();
      expect(data.sheets.map((sh) => sh.name).filter((n) => error.left.includes(n))).toEqual([]);
      await act(s);
      expect(leftoversIn(s)).toEqual([]);
      expect(withoutIds(snapshot(s))).toEqual(expected);
    });
});

describe("when the last request itself half-fails", () => {
  it("frozen panes, set last and only on visible sheets: everything else is written, the pane is told", async () => {
    const clean = await written();
    await clean.port.write(SECOND);
    const s = await written();
    s.excel.faults.failOperation(FAULT_POINTS.freezePanes, {
      code: "InvalidOperation",
      times: Infinity,
    });
    const error = (await s.port.write(SECOND).catch((e: unknown) => e)) as WorkbookWriteFailed;
    expect(error).toMatchObject({ name: "WorkbookWriteFailed", partial: true, left: [] });
    expect(error.message).toBe(
      'Excel avbröt skrivningen (felkod InvalidOperation). Det sista steget avbröts, så bladen "Initiativ", "Parametrar", "Listor och text" kan vara ofullständiga. Skriv igen för att göra klart.'
    );
    // Only the panes and the swap's marker differ from a write that succeeded.
    const panesOff = (snap: unknown): unknown =>
      JSON.parse(
        JSON.stringify(withoutIds(snap), (k, v: unknown) => (k === "freeze" ? undefined : v))
      );
    const state = snapshot(s) as { names: { name: string }[] };
    state.names = state.names.filter((n) => n.name !== SWAP_SENTINEL);
    expect(panesOff(state)).toEqual(panesOff(snapshot(clean)));
    s.excel.faults.clear();
    await s.port.write(SECOND);
    expect(withoutIds(snapshot(s))).toEqual(withoutIds(snapshot(clean)));
  });

  // Tables are made, and staged sheets copied over the old ones, only in the last request: an
  // operation there that fails after the first has been applied leaves the last request half
  // done. Excel gives no way back; the write says so, keeps the new content, and the next
  // write finishes.
  for (const [what, point] of [
    ["making a table", FAULT_POINTS.table],
    ["copying a staged sheet over the old one", FAULT_POINTS.copy],
  ] as const)
    it(`${what}: says which sheets may be incomplete, keeps the new content hidden, the next write finishes`, async () => {
      const clean = await written();
      await clean.port.write(SECOND);
      const expected = withoutIds(snapshot(clean));

      const s = await written();
      s.excel.faults.failOperation(point, { code: "GeneralException" });
      const error = (await s.port.write(SECOND).catch((e: unknown) => e)) as WorkbookWriteFailed;
      expect(error).toBeInstanceOf(WorkbookWriteFailed);
      expect(error.partial).toBe(true);
      expect(error.touched).toEqual(["Initiativ", "Parametrar", "Listor och text"]);
      expect(error.left.length).toBeGreaterThan(0);
      expect(leftoversIn(s)).toContain(SWAP_SENTINEL);
      expect(error.message).toContain("kan vara ofullständiga");
      expect(error.messageEn).toContain("may be incomplete");
      // The user's formulas still point at our sheets.
      expect(s.excel.workbook.formulas(USER_SHEET, "A1")).toEqual([["=Initiativ!A5"]]);

      await s.port.write(SECOND);
      expect(leftoversIn(s)).toEqual([]);
      expect(withoutIds(snapshot(s))).toEqual(expected);
    });
});

describe("cell-edit mode", () => {
  it("refuses every request while the user types in a cell; nothing changes; it works after", async () => {
    const s = await written();
    const before = snapshot(s);
    s.excel.faults.editCell();
    const error = await s.port.write(SECOND).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "WorkbookWriteFailed",
      code: "InvalidOperationInCellEditMode",
    });
    expect(errorText(error, "Portföljen kunde inte skrivas.", STRINGS.sv, "sv")).toBe(
      "Portföljen kunde inte skrivas. Excel håller på att redigera en cell. Tryck Enter eller Tab i cellen och försök igen. Inget i arbetsboken ändrades."
    );
    expect(snapshot(s)).toEqual(before);
    s.excel.faults.stopEditing();
    await s.port.write(SECOND);
    expect(s.excel.workbook.sheetNames()).toContain("Ny");
  });
});

describe("below ExcelApi 1.9 (Office 2019 stops at 1.7): no Range.copyFrom", () => {
  async function writtenOn(api: string): Promise<Scenario> {
    const excel = createExcelDouble({ sheets: [USER_SHEET], requirementSets: { ExcelApi: api } });
    const port = new OfficeJsWorkbook(excel.run, excel.Office.context.requirements.isSetSupported);
    await port.write(CONTRACT_DESCRIPTION);
    return { excel, port };
  }

  it("a rewrite goes in place in the last part; refused whole at any sync, nothing changes", async () => {
    const probe = await writtenOn("1.8");
    const start = probe.excel.stats.syncs;
    await probe.port.write(SECOND);
    const syncs = probe.excel.stats.syncs - start;
    expect(syncs).toBe(3);
    for (let k = 1; k <= syncs; k++) {
      const s = await writtenOn("1.8");
      const before = snapshot(s);
      s.excel.faults.failSync(k, { code: "InvalidOperationInCellEditMode" });
      await expect(s.port.write(SECOND)).rejects.toMatchObject({ partial: false, left: [] });
      expect(snapshot(s)).toEqual(before);
    }
  });

  it("an operation failing in the in-place part is told as a partial write", async () => {
    const s = await writtenOn("1.8");
    s.excel.faults.failOperation(FAULT_POINTS.values, { occurrence: 1, code: "GeneralException" });
    // The first values written are the new sheet's, staged: caught there, nothing changed.
    const before = snapshot(s);
    await expect(s.port.write(SECOND)).rejects.toMatchObject({ partial: false });
    expect(snapshot(s)).toEqual(before);
    // Written in place, a sheet of ours can be left half-written: the pane is told so.
    s.excel.faults.clear().failOperation(FAULT_POINTS.table, { code: "GeneralException" });
    await expect(s.port.write(SECOND)).rejects.toMatchObject({
      partial: true,
      touched: ["Initiativ", "Parametrar", "Listor och text"],
    });
    s.excel.faults.clear();
    await s.port.write(SECOND);
    expect(leftoversIn(s)).toEqual([]);
  });
});
