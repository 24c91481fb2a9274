/**
 * Every pane operation through the Office.js adapter over the Excel double, with a request
 * refused at every sync index of the operation in turn (reads included). Each of the adapter's
 * writes is all or nothing (test/adapters/officeJs/writeFaults.test.ts), so afterwards the
 * workbook is exactly as it was before the operation or, for an operation that makes two writes
 * (adapting a list: Parametrar and the remembered mapping, then the columns), as it was after
 * the first; no staging sheet is left; and the pane's sentence is Swedish, Excel's reason
 * included, never Excel's English alone.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { OfficeJsWorkbook } from "../../../src/adapters/officeJs/OfficeJsWorkbook";
import { DRAFT_MARKER, isStagingName, SWAP_SENTINEL } from "../../../src/adapters/officeJs/staging";
import { readWorkbookBytes } from "../../../src/adapters/xlsxFile/readXlsx";
import type { SourceInput } from "../../../src/domain/consolidation/Consolidation";
import type { Language } from "../../../src/taskpane/i18n";
import { STRINGS } from "../../../src/taskpane/i18n";
import type { OpenWorkbook } from "../../../src/taskpane/operations/OpenWorkbook";
import { createPaneOperations } from "../../../src/taskpane/operations/createPaneOperations";
import type { PaneOperations } from "../../../src/taskpane/operations/PaneOperations";
import { errorText } from "../../../src/taskpane/presentation/errorText";
import { standardList } from "../../builders/openLists";
import { createExcelDouble, type ExcelDouble } from "../../excelDouble/createExcelDouble";
import { FAULT_POINTS } from "../../excelDouble/faults";

const CODES = [
  "InvalidOperationInCellEditMode",
  "RequestPayloadSizeLimitExceeded",
  "RequestAborted",
  "GeneralException",
];

const example = (file: string): SourceInput => ({
  file,
  workbook: readWorkbookBytes(
    new Uint8Array(readFileSync(path.join(__dirname, "../../../examples", file))),
    file
  ),
});
const SOURCES = [example("kommunledning-it-lista.xlsx"), example("vard-och-omsorg-tkr.xlsx")];

interface Pane {
  readonly excel: ExcelDouble;
  readonly operations: PaneOperations;
  /** The workbook after each of the adapter's writes so far (update, extend). */
  readonly states: unknown[];
}

function open(sheets: string[], seed?: (excel: ExcelDouble) => void): Pane {
  const excel = createExcelDouble({ sheets });
  seed?.(excel);
  const port = new OfficeJsWorkbook(excel.run, excel.Office.context.requirements.isSetSupported);
  const states: unknown[] = [];
  const snap = (): void => void states.push(excel.workbook.state.deepSnapshot());
  const recorded: OpenWorkbook = {
    read: () => port.read(),
    update: async (d) => {
      const outcome = await port.update(d);
      snap();
      return outcome;
    },
    extend: async (e) => {
      const outcome = await port.extend(e);
      snap();
      return outcome;
    },
    select: (sheet, row, column) => port.select(sheet, row, column),
  };
  const operations = createPaneOperations(recorded, {
    today: () => "2026-11-22",
    now: () => "2026-11-22 10:00",
  });
  return { excel, operations, states };
}

const withList = (rows: number) => (excel: ExcelDouble) =>
  excel.workbook.seed("Initiativ", "A1", standardList(rows));

const PANE_OPERATIONS: readonly {
  readonly name: string;
  readonly failed: (language: Language) => string;
  readonly setup: () => Promise<Pane>;
  readonly act: (pane: Pane) => Promise<unknown>;
}[] = [
  {
    name: "Mall: insert the template",
    failed: (l) => STRINGS[l].template.insertFailed,
    setup: async () => open(["Min lista"]),
    act: (p) => p.operations.insertTemplate(),
  },
  {
    name: "Mall: adapt the active sheet's list",
    failed: (l) => STRINGS[l].template.adaptFailed,
    setup: async () =>
      open(["Lista"], (excel) =>
        excel.workbook.seed("Lista", "A1", [
          ["Projekt", "Status", "Budget (tkr)"],
          ["Ny e-tjänst", "Pågående", 450],
        ])
      ),
    act: async (p) => {
      const proposal = await p.operations.proposeMapping();
      return p.operations.adaptSheet(proposal!, new Map());
    },
  },
  {
    name: "Kontrollera: check and mark the rows",
    failed: (l) => STRINGS[l].check.failed,
    setup: async () => open(["Initiativ"], withList(12)),
    act: (p) => p.operations.check(),
  },
  {
    name: "Prioritera: save the weights",
    failed: (l) => STRINGS[l].prioritise.saveFailed,
    setup: async () => open(["Initiativ"], withList(8)),
    act: async (p) => {
      const view = await p.operations.loadPriorities();
      return p.operations.savePriorities({
        criteria: view.parameters.criteria,
        centralBudget: 500_000,
      });
    },
  },
  {
    name: "Prioritera: insert the matrix chart",
    failed: (l) => STRINGS[l].prioritise.matrixFailed,
    setup: async () => open(["Initiativ"], withList(8)),
    act: (p) => p.operations.insertMatrix(),
  },
  {
    name: "Sammanställ: write the portfolio again (the council's columns kept)",
    failed: (l) => STRINGS[l].summarise.writeFailed,
    setup: async () => {
      const pane = open(["Rådets anteckningar"]);
      await pane.operations.writeConsolidation(await pane.operations.previewConsolidation(SOURCES));
      pane.excel.workbook.seed("Rådets anteckningar", "A1", [[{ formula: "Portfölj!B5" }]]);
      pane.states.length = 0;
      return pane;
    },
    act: async (p) =>
      p.operations.writeConsolidation(await p.operations.previewConsolidation(SOURCES)),
  },
];

function leftovers(excel: ExcelDouble): string[] {
  const state = excel.workbook.state;
  return [
    ...state
      .liveSheets()
      .filter((s) => isStagingName(s.name) || s.names.some((n) => n.name === DRAFT_MARKER))
      .map((s) => s.name),
    ...state.names.filter((n) => n.name === SWAP_SENTINEL).map((n) => n.name),
  ];
}

describe("every pane operation, a request refused at every sync index", () => {
  for (const operation of PANE_OPERATIONS)
    it(`${operation.name}: each of its writes whole or not at all, the reason in Swedish`, async () => {
      const clean = await operation.setup();
      const start = clean.excel.stats.syncs;
      const before = clean.excel.workbook.state.deepSnapshot();
      await operation.act(clean);
      const syncs = clean.excel.stats.syncs - start;
      const done = JSON.stringify(clean.excel.workbook.state.deepSnapshot());
      // The states the workbook may be left in: before, and after each write but the last.
      const allowed = [before, ...clean.states.slice(0, -1)].map((s) => JSON.stringify(s));

      for (let k = 1; k <= syncs; k++) {
        const code = CODES[k % CODES.length]!;
        const pane = await operation.setup();
        pane.excel.faults.failSync(k, { code });
        const error = await operation.act(pane).then(
          () => null,
          (e: unknown) => e
        );
        const where = `${operation.name}: sync ${k} of ${syncs} (${code})`;
        const after = JSON.stringify(pane.excel.workbook.state.deepSnapshot());
        if (error === null) {
          // read() sends its first request for cells again, without merged areas, whatever it
          // failed with (readWorkbook.ts); the operation then ends as it does without a fault.
          expect([where, after === done]).toEqual([where, true]);
          continue;
        }
        expect([where, allowed.includes(after)]).toEqual([where, true]);
        expect([where, leftovers(pane.excel)]).toEqual([where, []]);
        const sv = errorText(error, operation.failed("sv"), STRINGS.sv, "sv");
        expect(sv.startsWith(operation.failed("sv"))).toBe(true);
        if (code !== "GeneralException")
          expect([where, sv]).not.toEqual([
            where,
            expect.stringMatching(/Excel is|payload|aborted/),
          ]);
        const en = errorText(error, operation.failed("en"), STRINGS.en, "en");
        expect(en.startsWith(operation.failed("en"))).toBe(true);
      }
    });
});

describe("Sammanställ: the portfolio rewritten", () => {
  const rewrite = PANE_OPERATIONS[PANE_OPERATIONS.length - 1]!;

  it("keeps the council's formulas that point into Portfölj working (the sheet is kept, not replaced)", async () => {
    const pane = await rewrite.setup();
    const id = pane.excel.workbook.sheet("Portfölj").id;
    await rewrite.act(pane);
    expect(pane.excel.workbook.sheet("Portfölj").id).toBe(id);
    expect(pane.excel.workbook.formulas("Rådets anteckningar", "A1")).toEqual([["=Portfölj!B5"]]);
  });

  for (const [what, point] of [
    ["a chart", FAULT_POINTS.chart],
    ["a data validation", FAULT_POINTS.dataValidation],
    ["a conditional format", FAULT_POINTS.conditionalFormat],
  ] as const)
    it(`${what} Excel refuses: the portfolio is as it was`, async () => {
      const pane = await rewrite.setup();
      const before = JSON.stringify(pane.excel.workbook.state.deepSnapshot());
      pane.excel.faults.failOperation(point, { code: "InvalidArgument", times: Infinity });
      const error = await rewrite.act(pane).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: "WorkbookWriteFailed", partial: false });
      expect(JSON.stringify(pane.excel.workbook.state.deepSnapshot())).toBe(before);
      expect(errorText(error, rewrite.failed("sv"), STRINGS.sv, "sv")).toBe(
        `${rewrite.failed("sv")} Excel avbröt skrivningen (felkod InvalidArgument). Inget i arbetsboken ändrades.`
      );
    });
});
