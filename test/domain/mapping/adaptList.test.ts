import fc from "fast-check";
import { adaptList, SPARE_ROWS } from "../../../src/domain/mapping/adaptList";
import {
  DEFAULT_PARAMETERS,
  TABY_CRITERIA,
  type Parameters,
} from "../../../src/domain/parameters/Parameters";
import type { CellValue, SheetGrid } from "../../../src/domain/ports/WorkbookPort";
import { columnLetters, columnNumber } from "../../../src/domain/sheets/columnLetters";
import {
  findInitiativeTable,
  type InitiativeTable,
} from "../../../src/domain/sheets/findInitiativeTable";
import type { MappingTarget } from "../../../src/domain/sheets/mapHeaders";
import { unitFromHeader } from "../../../src/domain/parse/units";
import {
  templateColumns,
  type TemplateColumn,
} from "../../../src/domain/template/initiativeColumns";
import { formulaInRow, type CellBlock } from "../../../src/domain/template/WorkbookDescription";
import { grid } from "../../builders/grids";
import { applyToGrid, extensionCells } from "./sheetHelpers";

const P = DEFAULT_PARAMETERS;

const keyOf = (c: TemplateColumn): MappingTarget =>
  (c.kind === "field"
    ? c.field.key
    : c.kind === "score"
      ? `score:${c.criterion.key}`
      : `computed:${c.key}`) as MappingTarget;

/** A förvaltning's list: title, blank row, headers in row 3, three initiatives and a Summa row. */
const LIST = grid("Projekt 2025", [
  ["Digitaliseringsprojekt 2025"],
  [],
  ["Projekt", "Förvaltning", "Status", "Budget (tkr)", "Nytta 1-5", "Komplexitet 1-5"],
  ["E-arkiv", "Kultur", "Pågår", 500, 4, 2],
  ["Chatbot", "Social", "Idé", 120, 3, 4],
  ["Wellbee", "Skola", "Klar", null, 5, 1],
  ["Summa", null, null, 620, null, null],
]);

function tableOf(sheet: SheetGrid, parameters: Parameters = P): InitiativeTable {
  const table = findInitiativeTable(sheet, parameters.criteria);
  if (!table) throw new Error("no list found");
  return table;
}

const formulaAt = (blocks: readonly CellBlock[], col: string, row: number): string | null => {
  const c = columnNumber(col);
  for (const b of blocks) {
    const cell = b.rows[row - b.row]?.[c - b.col];
    if (cell !== undefined && b.col <= c && c < b.col + (b.rows[0]?.length ?? 0))
      return formulaInRow(cell, row);
  }
  return null;
};

describe("adaptList", () => {
  const table = tableOf(LIST);
  const { extension, added } = adaptList(LIST, table, P);
  const addedCol = (target: string) => added.find((a) => a.target === target)?.column as string;

  test("adds every standard column the list lacks, in template order, from the first free column", () => {
    const own = new Set([
      "name",
      "forvaltning",
      "status",
      "investering",
      "score:nytta",
      "score:komplexitet",
    ]);
    const expected = templateColumns(P).filter((c) => !own.has(keyOf(c)));
    expect(added.map((a) => a.target)).toEqual(expected.map(keyOf));
    expect(added.map((a) => a.header)).toEqual(expected.map((c) => c.header));
    expect(added[0]?.column).toBe("G");
    expect(added.map((a) => columnNumber(a.column))).toEqual(expected.map((_, i) => 7 + i));
    expect(extension).toMatchObject({ sheet: "Projekt 2025", key: "kolumner" });
  });

  test("headers in the list's header row, styled as headers", () => {
    const header = extension.blocks[0];
    expect(header).toMatchObject({ row: 3, col: 7, style: "header" });
    expect(header?.rows).toEqual([added.map((a) => a.header)]);
  });

  test("computed columns read the list's own columns, a tkr amount times 1 000", () => {
    const nnv = formulaAt(extension.blocks, addedCol("computed:nettonuvarde"), 4);
    const nettonytta = addedCol("computed:nettonyttaPerAr");
    expect(nnv).toBe(
      `IF(COUNT(IF(ISNUMBER(D4),D4*1000,""),${nettonytta}4)=0,"",-N(IF(ISNUMBER(D4),D4*1000,""))+N(${nettonytta}4)*PV(Kalkylranta,Kalkylperiod,-1))`
    );
    // the scores the list has, the ones it lacks from the added columns, in criteria order
    const viktad = formulaAt(extension.blocks, addedCol("computed:viktadPoang"), 5) as string;
    expect(viktad).toContain(
      `COUNT(E5,${addedCol("score:strategi")}5,F5,${addedCol("score:risk")}5)<4`
    );
    // Nytta per år reads the added Kostnadsbesparing and Tidsbesparing columns
    expect(formulaAt(extension.blocks, addedCol("computed:nyttaPerAr"), 6)).toBe(
      `IF(COUNT(${addedCol("kostnadsbesparing")}6,${addedCol("tidsbesparing")}6)=0,"",N(${addedCol("kostnadsbesparing")}6)+N(${addedCol("tidsbesparing")}6)*Timkostnad)`
    );
    // Dokumentationsgrad waits for the list's own name column
    expect(formulaAt(extension.blocks, addedCol("computed:dokumentationsgrad"), 4)).toMatch(
      /^IF\(A4="",""/
    );
  });

  test("formulas in every row down to SPARE_ROWS below the list, except a Summa row", () => {
    const col = addedCol("computed:nyttaPerAr");
    const body = extension.blocks.find((b) => b.col === columnNumber(col));
    expect(body).toMatchObject({ row: 4, style: "computed", numberFormat: "#,##0" });
    expect(body?.rows.length).toBe(7 - 3 + SPARE_ROWS);
    expect(formulaAt(extension.blocks, col, 7 + SPARE_ROWS)).not.toBeNull();
    expect(formulaAt(extension.blocks, col, 7)).toBeNull(); // Summa
    expect(formulaAt(extension.blocks, col, 6)).not.toBeNull();
  });

  test("input columns are empty, formatted and validated like the template's", () => {
    const inv = extension.blocks.find((b) => b.col === columnNumber(addedCol("kostnadsbesparing")));
    expect(inv).toMatchObject({ row: 4, style: "input", numberFormat: "#,##0" });
    expect(inv?.rows.flat().every((c) => c === null)).toBe(true);
    const date = extension.blocks.find((b) => b.col === columnNumber(addedCol("startdatum")));
    expect(date?.numberFormat).toBe("yyyy-mm-dd");
    const last = 7 + SPARE_ROWS;
    const validationOf = (target: string) =>
      extension.validations?.find(
        (v) => v.range === `${addedCol(target)}4:${addedCol(target)}${last}`
      );
    expect(validationOf("kostnadsbesparing")?.rule).toEqual({ kind: "decimal", min: 0 });
    expect(validationOf("score:risk")?.rule).toEqual({ kind: "wholeNumber", min: 1, max: 5 });
    expect(validationOf("nyttokalkyl")?.rule).toEqual({
      kind: "list",
      source: "=Lista_Dokumentation",
    });
    expect(validationOf("computed:nyttaPerAr")).toBeUndefined();
    expect(validationOf("kommentar")).toBeUndefined();
    const withoutLists = adaptList(LIST, table, P, { lists: false }).extension.validations ?? [];
    expect(withoutLists.some((v) => v.rule.kind === "list")).toBe(false);
    expect(withoutLists).toEqual(extension.validations?.filter((v) => v.rule.kind !== "list"));
  });

  test("each added column gets the template's width", () => {
    expect(extension.columnWidths?.length).toBe(added.length);
    expect(
      extension.columnWidths?.find((w) => w.col === columnNumber(addedCol("score:risk")))?.width
    ).toBe(12);
  });

  test("read again, the adapted list has every standard column, its own where it had them", () => {
    const after = tableOf(applyToGrid(LIST, extension));
    const byTarget = new Map(after.columns.map((c) => [c.target, columnLetters(c.column)]));
    for (const c of templateColumns(P)) expect(byTarget.has(keyOf(c))).toBe(true);
    expect(byTarget.get("investering")).toBe("D");
    expect(byTarget.get("computed:nettonuvarde")).toBe(addedCol("computed:nettonuvarde"));
    expect(after.headerRow).toBe(3);
  });

  test("a list that has every column gets an empty extension", () => {
    const full = applyToGrid(LIST, extension);
    const again = adaptList(full, tableOf(full), P);
    expect(again).toEqual({
      extension: { sheet: "Projekt 2025", key: "kolumner", blocks: [] },
      added: [],
    });
  });

  test("starts right of everything on the sheet, not only the list", () => {
    const wide = grid(
      "Lista",
      [
        ["Projekt", "Status", "Budget (tkr)"],
        ["E-arkiv", "Idé", 10],
        [null, null, null, null, null, null, null, "anteckning"],
      ],
      { top: 2, left: 2 }
    );
    const { added: a } = adaptList(wide, tableOf(wide), P);
    expect(a[0]?.column).toBe("J");
    expect(
      extensionCells(adaptList(wide, tableOf(wide), P).extension).every((c) => c.col >= 10)
    ).toBe(true);
  });

  test("the parameters' criteria decide the score columns", () => {
    const taby = { ...P, criteria: TABY_CRITERIA };
    const { added: a } = adaptList(LIST, tableOf(LIST, taby), taby);
    expect(a.filter((x) => x.target.startsWith("score:")).map((x) => x.header)).toEqual(
      TABY_CRITERIA.map((c) => `${c.label} (1–5)`)
    );
  });
});

// ---------------------------------------------------------------------------------------------

const STANDARD = templateColumns(P);
const AMOUNT_FIELDS = new Set([
  "investering",
  "lopandeKostnad",
  "kostnadsbesparing",
  "realiseradBesparing",
]);

/** A random list: a subset of the standard columns in any order and with own headers, plus the user's own columns. */
const randomList = fc
  .record({
    picks: fc.shuffledSubarray(
      STANDARD.map((_, i) => i),
      { minLength: 1 }
    ),
    units: fc.array(fc.constantFrom(null, "tkr", "mkr", "kr"), {
      minLength: STANDARD.length,
      maxLength: STANDARD.length,
    }),
    extra: fc.array(fc.nat(), { maxLength: 3 }),
    top: fc.integer({ min: 1, max: 4 }),
    left: fc.integer({ min: 1, max: 4 }),
    titleRows: fc.integer({ min: 0, max: 3 }),
    dataRows: fc.integer({ min: 0, max: 6 }),
    noteColumn: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
  })
  .map((r) => {
    const columns: { header: string; target: MappingTarget | null }[] = r.picks.map((i) => {
      const c = STANDARD[i] as TemplateColumn;
      const key = keyOf(c);
      const unit = AMOUNT_FIELDS.has(key) || key.startsWith("computed:nytta") ? r.units[i] : null;
      return { header: `Kolumn ${i}${unit ? ` (${unit})` : ""}`, target: key };
    });
    // the user's own columns, anywhere in the list
    r.extra.forEach((at, k) =>
      columns.splice(at % (columns.length + 1), 0, { header: `Egen anteckning ${k}`, target: null })
    );
    const rows: CellValue[][] = [];
    for (let t = 0; t < r.titleRows; t++) rows.push(t === 0 ? ["Lista"] : []);
    rows.push(columns.map((c) => c.header));
    for (let d = 0; d < r.dataRows; d++)
      rows.push(columns.map((_, k) => ((k + d) % 3 === 0 ? null : d + k)));
    // something beside the list, further right than its headers
    if (r.noteColumn !== null)
      rows.push([...Array(columns.length + r.noteColumn).fill(null), "not"]);
    const sheet = grid("Lista", rows, { top: r.top, left: r.left });
    const headerRow = r.top + r.titleRows;
    // the mapping as the user confirmed it (built directly: mapHeaders over 50 made-up headers is slow)
    const table: InitiativeTable = {
      sheet,
      kind: "initiatives",
      headerTop: headerRow,
      headerRow,
      lastRow: r.top + rows.length - 1,
      columns: columns.map((c, i) => ({
        column: r.left + i,
        header: c.header,
        target: c.target,
        confidence: 1,
        multiplier: unitFromHeader(c.header),
      })),
      tableName: null,
      titles: [],
    };
    return { sheet, table };
  });

/** Amount columns whose header unit scales them. */
const SCALED_TARGETS = new Set<string>([
  ...AMOUNT_FIELDS,
  "computed:nyttaPerAr",
  "computed:nettonyttaPerAr",
  "computed:nettonuvarde",
]);
const REF = /(?<![A-Za-z_])([A-Z]{1,3})(\d+)(?![0-9_(])/g;
const withoutStrings = (f: string) => f.replace(/"(?:[^"]|"")*"/g, '""');

describe("adaptList on any list (property)", () => {
  test("formulas read only the list's or the added columns on their own row; nothing lands on the user's cells", () => {
    fc.assert(
      fc.property(randomList, ({ sheet, table }) => {
        const { extension, added } = adaptList(sheet, table, P);
        const userColumns = new Set(table.columns.map((c) => columnLetters(c.column)));
        const addedColumns = new Set(added.map((a) => a.column));
        const width = Math.max(0, ...sheet.values.map((r) => r.length));
        const bottom = sheet.top + sheet.values.length - 1;
        const right = sheet.left + width - 1;
        // every standard column is there afterwards, exactly once
        const targets = [
          ...table.columns.map((c) => c.target).filter((t) => t !== null),
          ...added.map((a) => a.target),
        ];
        expect(new Set(targets).size).toBe(targets.length);
        expect(targets.length).toBe(STANDARD.length);

        // plain checks, collected: an expect per reference would make the property slow
        const wrong: string[] = [];
        const scaled = table.columns.filter(
          (c) =>
            c.multiplier !== null &&
            c.multiplier !== 1 &&
            c.target !== null &&
            SCALED_TARGETS.has(c.target)
        );
        for (const { row, col, content } of extensionCells(extension)) {
          if (row >= sheet.top && row <= bottom && col >= sheet.left && col <= right)
            wrong.push(`cell ${columnLetters(col)}${row} is the user's`);
          const formula = formulaInRow(content, row);
          if (formula === null) continue;
          for (const m of withoutStrings(formula).matchAll(REF)) {
            const letters = m[1] as string;
            if (!userColumns.has(letters) && !addedColumns.has(letters))
              wrong.push(`${m[0]} in ${columnLetters(col)}${row}`);
            if (Number(m[2]) !== row) wrong.push(`${m[0]} read from row ${row}`);
          }
          // a user's amount column in tkr or mkr is always read through its unit
          for (const c of scaled) {
            const ref = `${columnLetters(c.column)}${row}`;
            const bare = formula
              .split(`ISNUMBER(${ref})`)
              .join("")
              .split(`${ref}*${c.multiplier}`)
              .join("");
            if (new RegExp(`(?<![A-Z])${ref}(?!\\d)`).test(bare))
              wrong.push(`${ref} read without its unit`);
          }
        }
        expect(wrong).toEqual([]);
        if (added.length === 0) expect(extension.blocks).toEqual([]);
        else expect(extension.blocks[0]?.row).toBe(table.headerRow);
      }),
      { numRuns: 80 }
    );
  });
});
