/** The test's side of the double: seed a workbook and inspect it, outside the proxy API and its queue. */
import { type Box, overlaps, parseAddress } from "./a1";
import { type Cell, cellAt, grid, readFormula, readNumberFormat, readValue, type Scalar, type SheetState, writeInput, WorkbookState } from "./workbookState";

export type SeedCell = Scalar | null | { formula: string; result?: Scalar };

export class DoubleWorkbook {
  constructor(readonly state: WorkbookState) {}

  sheet(name: string): SheetState {
    const s = this.state.findSheet(name);
    if (!s) throw new Error(`No sheet "${name}" in the Excel double (sheets: ${this.state.liveSheets().map((x) => x.name).join(", ")})`);
    return s;
  }

  sheetNames(): string[] {
    return this.state.liveSheets().map((s) => s.name);
  }

  /** Writes rows from `topLeft` as a user would type them; `{ formula, result }` gives a formula its calculated value. */
  seed(sheetName: string, topLeft: string, rows: readonly (readonly SeedCell[])[]): this {
    const sheet = this.state.findSheet(sheetName) ?? this.state.addSheet(sheetName);
    const at = this.box(topLeft);
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        const [r, c] = [at.top + i, at.left + j];
        if (v !== null && typeof v === "object") {
          writeInput(sheet, r, c, v.formula.startsWith("=") ? v.formula : `=${v.formula}`, "seed");
          if (v.result !== undefined) cellAt(sheet, r, c)!.result = v.result;
        } else writeInput(sheet, r, c, v, "seed");
      }),
    );
    return this;
  }

  /**
   * Merges `address` on the sheet, as a user merging cells would leave it: only the top-left cell
   * should hold a value (seed the others empty). Overlapping an existing merge is refused, since
   * Excel's merged areas never overlap.
   */
  merge(sheetName: string, address: string): this {
    const sheet = this.sheet(sheetName);
    const box = this.box(address);
    if (sheet.merges.some((m) => overlaps(m, box))) throw new Error(`${address} overlaps a merged area on "${sheetName}"`);
    sheet.merges.push(box);
    return this;
  }

  cell(sheetName: string, address: string): Cell | undefined {
    const b = this.box(address);
    return cellAt(this.sheet(sheetName), b.top, b.left);
  }
  values(sheetName: string, address: string): Scalar[][] {
    return this.read(sheetName, address, readValue);
  }
  formulas(sheetName: string, address: string): Scalar[][] {
    return this.read(sheetName, address, readFormula);
  }
  numberFormats(sheetName: string, address: string): string[][] {
    return this.read(sheetName, address, readNumberFormat);
  }

  snapshot(): object {
    return this.state.snapshot();
  }

  private read<T>(sheetName: string, address: string, f: (c: Cell | undefined) => T): T[][] {
    const s = this.sheet(sheetName);
    return grid(this.box(address), (r, c) => f(cellAt(s, r, c)));
  }
  private box(address: string): Box {
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`Not an A1 address: ${address}`);
    return parsed.box;
  }
}
