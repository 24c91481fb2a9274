/**
 * A list is the same list whatever shape it is kept in: a random plain list, and the same list
 * rendered with a random two-row header (a group over the amounts, the other headers merged down
 * over both rows or written in one of them), title rows, and the amounts' unit stated at random
 * in the header, the group header, a title row or the cells' number format, give the same
 * initiatives, value for value.
 */
import fc from "fast-check";
import { checkWorkbook } from "../../src/domain/checkWorkbook";
import type { CellBox, CellValue, SheetGrid } from "../../src/domain/ports/WorkbookPort";
import { workbook } from "../builders/grids";

const RUNS = 150;
const SEED = 1313;

interface Column {
  readonly header: string;
  readonly amount: boolean;
  readonly value: (row: Row) => CellValue;
}

interface Row {
  readonly id: string;
  readonly name: string;
  readonly status: string;
  readonly investering: number | null;
  readonly drift: number | null;
  readonly besparing: number | null;
  readonly timmar: number | null;
  readonly ansvarig: string | null;
}

const COLUMNS: readonly Column[] = [
  { header: "Nr", amount: false, value: (r) => r.id },
  { header: "Projekt", amount: false, value: (r) => r.name },
  { header: "Status", amount: false, value: (r) => r.status },
  { header: "Investering", amount: true, value: (r) => r.investering },
  { header: "Drift per år", amount: true, value: (r) => r.drift },
  { header: "Besparing", amount: true, value: (r) => r.besparing },
  { header: "Sparad tid (h/år)", amount: false, value: (r) => r.timmar },
  { header: "Ansvarig", amount: false, value: (r) => r.ansvarig },
];

const WORDS = ["Digital", "E-tjänst", "Wellbee", "arkiv", "bygglov", "signering", "RPA", "för", "skola"];
const amount = fc.option(fc.integer({ min: 0, max: 9_000 }).map((k) => k * 1000), { nil: null });
const rowArb: fc.Arbitrary<Row> = fc.record({
  id: fc.integer({ min: 1, max: 99 }).map((n) => `P-${String(n).padStart(2, "0")}`),
  name: fc
    .array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 4 })
    .map((w) => w.join(" ")),
  status: fc.constantFrom("Pågår", "Klar", "Idé", "Beslutad", "Parkerad", "Förstudie"),
  investering: amount,
  drift: amount,
  besparing: amount,
  timmar: fc.option(fc.integer({ min: 0, max: 5_000 }), { nil: null }),
  ansvarig: fc.option(fc.constantFrom("Anna Berg", "Bo Ek", "Cecilia Holm"), { nil: null }),
});

type UnitPlace = "none" | "header" | "group" | "title" | "format";
const UNITS = [
  { name: "kr", multiplier: 1 },
  { name: "tkr", multiplier: 1e3 },
  { name: "mkr", multiplier: 1e6 },
] as const;

interface Shape {
  readonly place: UnitPlace;
  readonly unit: (typeof UNITS)[number];
  readonly titleRows: number;
  /** Per non-amount column: merged down over both rows, written in the upper row, or the lower. */
  readonly single: readonly ("merged" | "upper" | "lower")[];
}

const shapeArb: fc.Arbitrary<Shape> = fc.record({
  place: fc.constantFrom<UnitPlace>("none", "header", "group", "title", "format"),
  unit: fc.constantFrom(...UNITS),
  titleRows: fc.integer({ min: 0, max: 2 }),
  single: fc.array(fc.constantFrom<"merged" | "upper" | "lower">("merged", "upper", "lower"), {
    minLength: COLUMNS.length,
    maxLength: COLUMNS.length,
  }),
});

function sheetOf(rows: CellValue[][], formats: (string | null)[][], merges: CellBox[]): SheetGrid {
  const width = Math.max(...rows.map((r) => r.length));
  const pad = <T,>(r: T[], fill: T) => [...r, ...Array<T>(width - r.length).fill(fill)];
  return {
    name: "Lista",
    visibility: "visible",
    top: 1,
    left: 1,
    values: rows.map((r) => pad(r, null)),
    numberFormats: rows.map((_, i) => pad(formats[i] ?? [], null)),
    tables: [],
    merges,
  };
}

function plainList(rows: readonly Row[]): SheetGrid {
  const cells = [COLUMNS.map((c) => c.header), ...rows.map((r) => COLUMNS.map((c) => c.value(r)))];
  return sheetOf(cells, [], []);
}

function shapedList(rows: readonly Row[], shape: Shape): SheetGrid {
  const { place, unit } = shape;
  const cells: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const merges: CellBox[] = [];
  cells.push(["Digitaliseringsinitiativ 2025"]);
  if (place === "title") cells.push([`Belopp i ${unit.name}`]);
  for (let i = 1; i < shape.titleRows; i++) cells.push([]);
  const upper: CellValue[] = [];
  const lower: CellValue[] = [];
  const top = cells.length + 1;
  const firstAmount = COLUMNS.findIndex((c) => c.amount);
  COLUMNS.forEach((c, i) => {
    if (c.amount) {
      upper.push(i === firstAmount ? (place === "group" ? `Ekonomi (${unit.name})` : "Ekonomi") : null);
      lower.push(place === "header" ? `${c.header} (${unit.name})` : c.header);
      return;
    }
    const how = shape.single[i];
    upper.push(how === "lower" ? null : c.header);
    lower.push(how === "lower" ? c.header : null);
    if (how === "merged") merges.push({ top, left: i + 1, bottom: top + 1, right: i + 1 });
  });
  const amounts = COLUMNS.filter((c) => c.amount).length;
  merges.push({ top, left: firstAmount + 1, bottom: top, right: firstAmount + amounts });
  cells.push(upper, lower);
  for (const r of rows) {
    const rowFormats: (string | null)[] = [];
    cells.push(
      COLUMNS.map((c) => {
        const value = c.value(r);
        if (!c.amount || typeof value !== "number") {
          rowFormats.push(null);
          return value;
        }
        const shown = place === "none" ? value : value / unit.multiplier;
        rowFormats.push(place === "format" ? `#,##0.###### "${unit.name}"` : "#,##0");
        return shown;
      })
    );
    formats[cells.length - 1] = rowFormats;
  }
  return sheetOf(cells, formats, merges);
}

const read = (sheet: SheetGrid) =>
  checkWorkbook(workbook("lista.xlsx", [sheet]), { today: "2026-12-01" }).initiatives.map(
    (i) => i.values
  );

test(`a list reads the same in any shape: two-row header, title rows, units anywhere the workbook states them (${RUNS} runs)`, () => {
  fc.assert(
    fc.property(fc.array(rowArb, { minLength: 1, maxLength: 8 }), shapeArb, (rows, shape) => {
      const plain = read(plainList(rows));
      const shaped = read(shapedList(rows, shape));
      expect(shaped).toEqual(plain);
      expect(plain).toHaveLength(rows.length);
    }),
    { numRuns: RUNS, seed: SEED }
  );
});
