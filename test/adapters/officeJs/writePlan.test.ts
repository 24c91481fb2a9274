import { checkDescription } from "../../../src/adapters/officeJs/checkDescription";
import { isOwnedBy, ownerMarkerFormula } from "../../../src/adapters/officeJs/ownership";
import {
  planPositions,
  planWrite,
  referredSheet,
  type ExistingSheet,
} from "../../../src/adapters/officeJs/writePlan";
import { WorkbookWriteRefused } from "../../../src/adapters/officeJs/WorkbookWriteRefused";
import type { WorkbookDescription } from "../../../src/domain/template/WorkbookDescription";
import { CONTRACT_DESCRIPTION } from "../../contract/workbookPortContract";

const sheet = (
  name: string,
  position: number,
  ours: boolean,
  tables: string[] = []
): ExistingSheet => ({
  name,
  position,
  ours,
  tables,
});

const two: WorkbookDescription = {
  sheets: [
    {
      name: "Initiativ",
      tables: [{ name: "Initiativ", row: 1, col: 1, columns: [{ header: "A" }], rows: [] }],
    },
    { name: "Parametrar" },
  ],
  names: [{ name: "Kalkylranta", sheet: "Parametrar", ref: "$B$3" }],
};

describe("ownership marker", () => {
  it("names the sheet it was written on, whatever the host returns", () => {
    expect(ownerMarkerFormula('Bob "B"')).toBe('="Bob ""B"""');
    expect(isOwnedBy("Initiativ", "Initiativ")).toBe(true);
    expect(isOwnedBy('="Initiativ"', "Initiativ")).toBe(true);
    expect(isOwnedBy(ownerMarkerFormula('Bob "B"'), 'Bob "B"')).toBe(true);
    // renamed or copied by the user: no longer ours
    expect(isOwnedBy("Initiativ", "Initiativ (2)")).toBe(false);
    expect(isOwnedBy(undefined, "Initiativ")).toBe(false);
  });
});

describe("planWrite", () => {
  it("adds what is missing and reuses our own sheets, with their tables to delete", () => {
    const result = planWrite(
      two,
      [sheet("Blad1", 0, false), sheet("Initiativ", 1, true, ["Initiativ"])],
      [],
      ["Initiativ"]
    );
    if (!("plan" in result)) throw new Error("refused");
    expect(result.plan.sheets).toEqual([
      { name: "Initiativ", existing: "Initiativ", tablesToDelete: ["Initiativ"] },
      { name: "Parametrar", existing: null, tablesToDelete: [] },
    ]);
    expect(result.plan.sheetsToDelete).toEqual([]);
    expect(result.plan.positions).toEqual([
      { name: "Initiativ", position: 1 },
      { name: "Parametrar", position: 2 },
    ]);
  });

  it("refuses a described sheet the user made, by name, case-insensitively", () => {
    expect(planWrite(two, [sheet("parametrar", 0, false)], [], [])).toEqual({
      refusal: { reason: "sheet_not_ours", items: ["parametrar"] },
    });
  });

  it("deletes our undescribed sheets and the names that pointed into them", () => {
    const result = planWrite(
      two,
      [sheet("Gammal", 0, true), sheet("Mitt", 1, false)],
      [
        { name: "Gamla_namnet", reference: "=Gammal!$A$1" },
        { name: "Mitt_namn", reference: "=Mitt!$A$1" },
      ],
      []
    );
    if (!("plan" in result)) throw new Error("refused");
    expect(result.plan.sheetsToDelete).toEqual(["Gammal"]);
    expect(result.plan.namesToDelete).toEqual(["Gamla_namnet"]);
  });

  it("replaces a described name that was ours or broken, refuses the user's", () => {
    const ours = planWrite(
      two,
      [sheet("Parametrar", 0, true)],
      [{ name: "Kalkylranta", reference: "=Parametrar!$B$4" }],
      []
    );
    expect("plan" in ours && ours.plan.namesToDelete).toEqual(["Kalkylranta"]);
    // The same reference is kept as it is: formulas that use it never see it missing.
    const same = planWrite(
      two,
      [sheet("Parametrar", 0, true)],
      [{ name: "KALKYLRANTA", reference: "=parametrar!$B$3" }],
      []
    );
    expect("plan" in same && [same.plan.namesToDelete, same.plan.namesToKeep]).toEqual([
      [],
      ["Kalkylranta"],
    ]);
    const broken = planWrite(two, [], [{ name: "KALKYLRANTA", reference: "=#REF!$B$3" }], []);
    expect("plan" in broken && broken.plan.namesToDelete).toEqual(["KALKYLRANTA"]);
    expect(
      planWrite(
        two,
        [sheet("Mitt", 0, false)],
        [{ name: "Kalkylranta", reference: "=Mitt!$A$1" }],
        []
      )
    ).toEqual({
      refusal: { reason: "name_not_ours", items: ["Kalkylranta"] },
    });
  });

  it("keeps our sheets the description leaves out when asked to (the pane's update)", () => {
    const kept = planWrite(two, [sheet("Gammalt", 0, true)], [], [], { keepUndescribed: true });
    expect("plan" in kept && kept.plan.sheetsToDelete).toEqual([]);
    const gone = planWrite(two, [sheet("Gammalt", 0, true)], [], []);
    expect("plan" in gone && gone.plan.sheetsToDelete).toEqual(["Gammalt"]);
  });

  it("refuses a table name used by the user's table or a remaining name", () => {
    expect(planWrite(two, [sheet("Mitt", 0, false, ["Initiativ"])], [], ["Initiativ"])).toEqual({
      refusal: { reason: "table_name_taken", items: ["Initiativ"] },
    });
    expect(planWrite(two, [], [{ name: "initiativ", reference: "=1" }], [])).toEqual({
      refusal: { reason: "table_name_taken", items: ["Initiativ"] },
    });
  });

  it("gives refusals a Swedish and an English message naming what is in the way", () => {
    const error = new WorkbookWriteRefused({ reason: "sheet_not_ours", items: ["Parametrar"] });
    expect(error.message).toContain('"Parametrar"');
    expect(error.messageEn).toContain("did not create");
    expect(error.reason).toBe("sheet_not_ours");
  });
});

describe("planPositions", () => {
  /** Applies the moves as Excel does, one after another. */
  function apply(order: string[], moves: { name: string; position: number }[]): string[] {
    const list = [...order];
    for (const { name, position } of moves) {
      list.splice(list.indexOf(name), 1);
      list.splice(position, 0, name);
    }
    return list;
  }

  it("groups the described sheets in order where the first of them stands", () => {
    const existing = [
      sheet("X", 0, false),
      sheet("Parametrar", 1, true),
      sheet("Y", 2, false),
      sheet("Initiativ", 3, true),
      sheet("Gammal", 4, true),
    ];
    const described = ["Initiativ", "Parametrar", "Ny"];
    const moves = planPositions(existing, ["Gammal"], described);
    const afterAddAndDelete = ["X", "Parametrar", "Y", "Initiativ", "Ny"];
    expect(apply(afterAddAndDelete, moves)).toEqual(["X", "Initiativ", "Parametrar", "Ny", "Y"]);
  });

  it("appends new sheets at the end in order", () => {
    const moves = planPositions([sheet("Blad1", 0, false)], [], ["A", "B"]);
    expect(apply(["Blad1", "A", "B"], moves)).toEqual(["Blad1", "A", "B"]);
  });
});

describe("checkDescription", () => {
  it("accepts the contract's template", () => {
    expect(() => checkDescription(CONTRACT_DESCRIPTION)).not.toThrow();
  });

  it("refuses what Excel would reject half way through a write", () => {
    const bad: WorkbookDescription[] = [
      { sheets: [], names: [] },
      { sheets: [{ name: "a/b" }], names: [] },
      { sheets: [{ name: "A" }, { name: "a" }], names: [] },
      { sheets: [{ name: "A", tabColor: "blue" }], names: [] },
      { sheets: [{ name: "A", blocks: [{ row: 1, col: 1, rows: [[Number.NaN]] }] }], names: [] },
      { sheets: [{ name: "A" }], names: [{ name: "N", sheet: "B", ref: "$A$1" }] },
      {
        sheets: [
          {
            name: "A",
            validations: [
              {
                range: "A1",
                rule: { kind: "list", source: "x" },
                errorTitle: "t".repeat(33),
                errorMessage: "m",
              },
            ],
          },
        ],
        names: [],
      },
      {
        sheets: [
          {
            name: "A",
            tables: [
              { name: "T", row: 1, col: 1, columns: [{ header: "x" }, { header: "X" }], rows: [] },
            ],
          },
        ],
        names: [],
      },
      {
        sheets: [
          {
            name: "A",
            charts: [
              {
                kind: "bar",
                title: "t",
                anchor: { row: 1, col: 1 },
                series: [{ name: "s", x: "A:A", y: "B1:B3" }],
              },
            ],
          },
        ],
        names: [],
      },
    ];
    for (const description of bad) expect(() => checkDescription(description)).toThrow(RangeError);
  });
});

it("finds the sheet a name refers to", () => {
  expect(referredSheet("='Listor och text'!$A$2:$A$8")).toBe("Listor och text");
  expect(referredSheet("=0.03")).toBeNull();
  expect(referredSheet(null)).toBeNull();
});
