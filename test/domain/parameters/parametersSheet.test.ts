import { LIST_NAMES } from "../../../src/domain/lists";
import { DEFAULT_PARAMETERS } from "../../../src/domain/parameters/Parameters";
import {
  describeParametersSheet,
  LIST_RANGE_NAMES,
  PARAMETERS_SHEET,
} from "../../../src/domain/parameters/parametersSheet";
import { gridFromSheet } from "./gridFromSheet";

describe("describeParametersSheet", () => {
  const { sheet, names } = describeParametersSheet(DEFAULT_PARAMETERS);
  const refOf = (name: string) => names.find((n) => n.name === name)?.ref;
  const grid = gridFromSheet(sheet); // also checks that no two blocks overlap
  const cell = (row: number, col: number) => grid.values[row - 1]?.[col - 1] ?? null;
  const format = (row: number, col: number) => grid.numberFormats[row - 1]?.[col - 1] ?? null;

  it("is the Parametrar sheet and names every cell the formulas read", () => {
    expect(sheet.name).toBe(PARAMETERS_SHEET);
    expect(PARAMETERS_SHEET).toBe("Parametrar");
    expect(names.every((n) => n.sheet === "Parametrar")).toBe(true);
    expect(Object.fromEntries(names.slice(0, 7).map((n) => [n.name, n.ref]))).toEqual({
      Kalkylranta: "$B$7",
      Kalkylperiod: "$B$8",
      Timkostnad: "$B$9",
      CentralBudget: "$B$10",
      PrioritetHog: "$B$11",
      PrioritetMedel: "$B$12",
      Kvadrantgrans: "$B$13",
    });
    expect(new Set(names.map((n) => n.name)).size).toBe(names.length);
  });

  it("writes each scalar as label, value and help, kalkylränta as 0.0 %", () => {
    expect(cell(7, 1)).toBe("Kalkylränta");
    expect(cell(7, 2)).toBe(0.03);
    expect(format(7, 2)).toBe("0.0 %");
    expect(typeof cell(7, 3)).toBe("string");
    expect(cell(8, 2)).toBe(6);
    expect(cell(9, 2)).toBe(450);
    expect(cell(10, 2)).toBeNull(); // no central budget
  });

  it("writes the criteria block with Vikt_i and Riktning_i", () => {
    expect([cell(17, 1), cell(17, 2), cell(17, 3), cell(17, 4)]).toEqual([
      "Kriterium",
      "Vikt",
      "Riktning",
      "Nyckel",
    ]);
    DEFAULT_PARAMETERS.criteria.forEach((c, k) => {
      const row = 18 + k;
      expect([cell(row, 1), cell(row, 2), cell(row, 3), cell(row, 4)]).toEqual([
        c.label,
        c.weight,
        c.direction === "for" ? "För" : "Mot",
        c.key,
      ]);
      expect(refOf(`Vikt_${k + 1}`)).toBe(`$B$${row}`);
      expect(refOf(`Riktning_${k + 1}`)).toBe(`$C$${row}`);
    });
    expect(sheet.validations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ range: "B18:B21", rule: { kind: "decimal", min: 0 } }),
        expect.objectContaining({ range: "C18:C21", rule: { kind: "list", source: "För,Mot" } }),
      ])
    );
  });

  it("writes each list in its own column with a range sized to its values", () => {
    LIST_NAMES.forEach((list, k) => {
      const col = 6 + k;
      const letter = String.fromCharCode(64 + col);
      const values = DEFAULT_PARAMETERS.lists[list];
      expect(typeof cell(6, col)).toBe("string");
      expect(values.map((_, i) => cell(7 + i, col))).toEqual([...values]);
      expect(cell(7 + values.length, col)).toBeNull();
      expect(refOf(LIST_RANGE_NAMES[list])).toBe(`$${letter}$7:$${letter}$${6 + values.length}`);
    });
    expect(Object.values(LIST_RANGE_NAMES).sort()).toEqual([
      "Lista_Dokumentation",
      "Lista_Effekt",
      "Lista_Finansiering",
      "Lista_Forvaltning",
      "Lista_Status",
      "Lista_Strategi",
    ]);
  });

  it("grows the criteria block and its names with the criteria", () => {
    const criteria = [
      ...DEFAULT_PARAMETERS.criteria,
      { key: "ekonomi", label: "Ekonomi", weight: 10, direction: "for" as const },
    ];
    const more = describeParametersSheet({ ...DEFAULT_PARAMETERS, criteria });
    expect(more.names.find((n) => n.name === "Vikt_5")?.ref).toBe("$B$22");
    expect(more.names.find((n) => n.name === "Riktning_5")?.ref).toBe("$C$22");
  });
});
