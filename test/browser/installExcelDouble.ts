/**
 * Stands the Excel double in for Excel on the harness page, before the pane's own code runs:
 * seeds the workbook, puts `Excel` and an `Office` (displayLanguage, requirement sets, onReady)
 * on window, and exposes the double for the tests' assertions. No office.js is loaded.
 *
 * Query parameters: ?lang=en-US (Office's display language, default sv-SE); ?excelApi=1.7 (an
 * older Excel: volume-licensed Office 2019 stops at ExcelApi 1.7).
 */
import { createExcelDouble } from "../excelDouble/createExcelDouble";
import { readValue } from "../excelDouble/workbookState";
import type { HarnessApi } from "./harnessApi";
import { OTHER_SHEET, SEED_SHEET, seedWorkbook } from "./seedWorkbook";

const params = new URLSearchParams(window.location.search);
const displayLanguage = params.get("lang") ?? "sv-SE";
const excelApi = params.get("excelApi") ?? "1.17";

const double = createExcelDouble({
  requirementSets: { ExcelApi: excelApi },
  sheets: [SEED_SHEET, OTHER_SHEET],
});
seedWorkbook(double.workbook);

const readyInfo = { host: "Excel", platform: "OfficeOnline" };

/** The slice of office.js the pane uses, answered by the double where Excel would answer. */
const office = {
  ...double.Office,
  context: {
    ...double.Office.context,
    displayLanguage,
    contentLanguage: displayLanguage,
    host: "Excel",
    platform: "OfficeOnline",
  },
  PlatformType: { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline" },
  /** As office.js: calls back once the host is ready (here at once, after the current task). */
  onReady(callback?: (info: typeof readyInfo) => void): Promise<typeof readyInfo> {
    return Promise.resolve().then(() => {
      callback?.(readyInfo);
      return readyInfo;
    });
  },
};

const { state } = double.workbook;

const harness: HarnessApi = {
  displayLanguage,
  excelApi,
  sheetNames: () => double.workbook.sheetNames(),
  activeSheet: () => state.activeSheet?.name ?? null,
  selection: () => (state.selection ? { ...state.selection } : null),
  values: (sheet, address) => double.workbook.values(sheet, address),
  texts: (sheet) =>
    [...double.workbook.sheet(sheet).cells.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, cell]) => String(readValue(cell)))
      .filter((text) => text !== ""),
  charts: () =>
    state
      .liveSheets()
      .flatMap((s) => s.charts.map((c) => ({ sheet: s.name, type: c.type, name: c.name }))),
  activate: (sheet) => {
    state.activeSheet = double.workbook.sheet(sheet);
  },
};

Object.assign(window, {
  Excel: double.Excel,
  Office: office,
  __excelDouble: double,
  __harness: harness,
});
