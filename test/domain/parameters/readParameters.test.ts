import type { Issue } from "../../../src/domain/issues";
import {
  DEFAULT_PARAMETERS,
  TABY_CRITERIA,
  type Parameters,
} from "../../../src/domain/parameters/Parameters";
import { describeParametersSheet } from "../../../src/domain/parameters/parametersSheet";
import { readParameters } from "../../../src/domain/parameters/readParameters";
import { gridFromRows, gridFromSheet, withCell } from "./gridFromSheet";

const sheetFor = (p: Parameters) => gridFromSheet(describeParametersSheet(p).sheet);
const flat = (issues: readonly Issue[]) =>
  issues.map((i) => [i.location.row, i.location.column, i.details?.["parameter"]]);

const CUSTOM: Parameters = {
  kalkylranta: 0.035,
  kalkylperiod: 10,
  timkostnad: 520,
  centralBudget: 3_500_000,
  prioritetHog: 75,
  prioritetMedel: 45.5,
  kvadrantgrans: 3.5,
  criteria: [
    ...TABY_CRITERIA.slice(0, 3),
    { key: "komplexitet", label: "Komplexitet", weight: 12.5, direction: "against" },
    { key: "egen_1", label: "Eget kriterium", weight: 0, direction: "for" },
  ],
  lists: {
    ...DEFAULT_PARAMETERS.lists,
    forvaltning: ["Stadsledningsförvaltningen", "Skolförvaltningen"],
    strategiskInriktning: ["Smartare välfärd"],
    finansiering: ["Central", "Förvaltning", "Extern", "Blandad"],
  },
  forvaltning: "Skolförvaltningen",
};

describe("readParameters", () => {
  it("gives the defaults without a sheet", () => {
    expect(readParameters(undefined)).toEqual({ parameters: DEFAULT_PARAMETERS, issues: [] });
  });

  it("round-trips the sheet it describes", () => {
    expect(readParameters(sheetFor(DEFAULT_PARAMETERS))).toEqual({
      parameters: DEFAULT_PARAMETERS,
      issues: [],
    });
    expect(readParameters(sheetFor(CUSTOM))).toEqual({ parameters: CUSTOM, issues: [] });
  });

  it("reads percent as a fraction, as text with a percent sign, or with a decimal comma", () => {
    const base = sheetFor(DEFAULT_PARAMETERS); // Kalkylränta value in B7
    expect(readParameters(withCell(base, "B7", 0.03)).parameters.kalkylranta).toBe(0.03);
    expect(readParameters(withCell(base, "B7", "3 %")).parameters.kalkylranta).toBe(0.03);
    expect(readParameters(withCell(base, "B7", "3,5%")).parameters.kalkylranta).toBe(0.035);
    expect(readParameters(withCell(base, "B7", "0,025")).parameters.kalkylranta).toBe(0.025);
    expect(readParameters(withCell(base, "B7", "4\u00a0%")).parameters.kalkylranta).toBe(0.04);
  });

  it("reports a percent typed as a whole number and uses the default", () => {
    const { parameters, issues } = readParameters(withCell(sheetFor(DEFAULT_PARAMETERS), "B7", 3));
    expect(parameters.kalkylranta).toBe(0.03);
    expect(issues).toEqual([
      {
        code: "parameter_invalid",
        severity: "error",
        location: { sheet: "Parametrar", row: 7, column: "B" },
        input: "3",
        details: {
          parameter: "kalkylranta",
          message: expect.stringMatching(/skriv 3 %.*Standardvärdet 3 % används/is),
        },
      },
    ]);
  });

  it("reports each wrong value at its cell and keeps the rest", () => {
    let grid = sheetFor(CUSTOM);
    grid = withCell(grid, "B8", 6.5); // kalkylperiod not whole
    grid = withCell(grid, "B9", "massor"); // timkostnad not a number
    grid = withCell(grid, "B13", { error: "#REF!" }); // kvadrantgräns
    const { parameters, issues } = readParameters(grid);
    expect(flat(issues)).toEqual([
      [8, "B", "kalkylperiod"],
      [9, "B", "timkostnad"],
      [13, "B", "kvadrantgrans"],
    ]);
    expect(parameters).toEqual({
      ...CUSTOM,
      kalkylperiod: DEFAULT_PARAMETERS.kalkylperiod,
      timkostnad: DEFAULT_PARAMETERS.timkostnad,
      kvadrantgrans: DEFAULT_PARAMETERS.kvadrantgrans,
    });
    expect(issues[1]?.details?.["message"]).toMatch(/Timkostnaden ska vara ett tal/);
  });

  it("reports an empty required value but lets the budget and the förvaltning be empty", () => {
    let grid = withCell(sheetFor(CUSTOM), "B8", null);
    grid = withCell(grid, "B10", null);
    grid = withCell(grid, "B14", "");
    const { parameters, issues } = readParameters(grid);
    expect(flat(issues)).toEqual([[8, "B", "kalkylperiod"]]);
    expect(issues[0]?.details?.["message"]).toMatch(/saknar värde/);
    expect(parameters.centralBudget).toBeNull();
    expect(parameters.forvaltning).toBeNull();
  });

  it("resets both priority thresholds when Medel is above Hög", () => {
    const { parameters, issues } = readParameters(withCell(sheetFor(CUSTOM), "B12", 90));
    expect(flat(issues)).toEqual([[12, "B", "prioritetMedel"]]);
    expect([parameters.prioritetHog, parameters.prioritetMedel]).toEqual([70, 40]);
  });

  it("finds labels whatever their case, spacing and position, with amounts as text", () => {
    const grid = gridFromRows("Parametrar", [
      ["Mina inställningar"],
      [],
      ["  TIMKOSTNAD ", "500 kr"],
      ["kalkyl period:", "8 år"],
      ["Central budget", "2,5 mkr"],
      ["Kalkylränta", "2 %"],
    ]);
    const { parameters, issues } = readParameters(grid);
    expect(issues).toEqual([]);
    expect(parameters).toEqual({
      ...DEFAULT_PARAMETERS,
      timkostnad: 500,
      kalkylperiod: 8,
      centralBudget: 2_500_000,
      kalkylranta: 0.02,
    });
  });

  it("reads criteria without a Nyckel column, deriving keys from the labels", () => {
    const grid = gridFromRows("Parametrar", [
      ["Kriterium", "Vikt", "Riktning"],
      ["Nytta", 40, "för"],
      ["Strategisk betydelse", "30", "FÖR"],
      ["Säkerhet & integritet", 20, "Mot"],
      ["Säkerhet & integritet", 10, "mot"],
      [],
      ["Komplexitet", 99, "Mot"], // after the blank row: not part of the block
    ]);
    const { parameters, issues } = readParameters(grid);
    expect(issues).toEqual([]);
    expect(parameters.criteria).toEqual([
      { key: "nytta", label: "Nytta", weight: 40, direction: "for" },
      { key: "strategi", label: "Strategisk betydelse", weight: 30, direction: "for" },
      {
        key: "sakerhet_integritet",
        label: "Säkerhet & integritet",
        weight: 20,
        direction: "against",
      },
      {
        key: "sakerhet_integritet_2",
        label: "Säkerhet & integritet",
        weight: 10,
        direction: "against",
      },
    ]);
  });

  it("reports a wrong weight or direction and reads them as the formulas do", () => {
    const grid = gridFromRows("Parametrar", [
      ["Kriterium", "Vikt", "Riktning"],
      ["Nytta", "mycket", "För"],
      ["Risk", 20, "nedåt"],
      ["Kostnad", null, "Mot"],
    ]);
    const { parameters, issues } = readParameters(grid);
    expect(flat(issues)).toEqual([
      [2, "B", "criteria.1.weight"],
      [3, "C", "criteria.2.direction"],
    ]);
    expect(parameters.criteria.map((c) => [c.key, c.weight, c.direction])).toEqual([
      ["nytta", 0, "for"],
      ["risk", 20, "for"],
      ["kostnad", 0, "against"], // an empty weight is 0, as in Excel
    ]);
  });

  it("falls back to the default criteria when none has a weight", () => {
    const grid = gridFromRows("Parametrar", [
      ["Kriterium", "Vikt", "Riktning"],
      ["Nytta", 0, "För"],
    ]);
    const { parameters, issues } = readParameters(grid);
    expect(flat(issues)).toEqual([[1, "B", "criteria"]]);
    expect(parameters.criteria).toEqual(DEFAULT_PARAMETERS.criteria);
  });

  it("reads lists by their headers and reports an empty one", () => {
    const grid = gridFromRows("Parametrar", [
      [null, "Förvaltningar", null, "Status", "Finansiering"],
      [null, "Barn och skola", null, null, "Central"],
      [null, "Omsorg", null, null, 2024],
    ]);
    const { parameters, issues } = readParameters(grid);
    expect(parameters.lists.forvaltning).toEqual(["Barn och skola", "Omsorg"]);
    expect(parameters.lists.finansiering).toEqual(["Central", "2024"]);
    expect(parameters.lists.status).toEqual(DEFAULT_PARAMETERS.lists.status);
    expect(flat(issues)).toEqual([[1, "D", "lists.status"]]);
  });

  it("never throws on odd grids", () => {
    const odd = [
      gridFromRows("Parametrar", []),
      gridFromRows("Parametrar", [
        [true, false],
        [{ error: "#N/A" }, "x"],
      ]),
      { ...gridFromRows("Parametrar", [["Kalkylränta", 0.04]]), top: 5, left: 3 },
    ];
    for (const grid of odd) expect(() => readParameters(grid)).not.toThrow();
  });
});
