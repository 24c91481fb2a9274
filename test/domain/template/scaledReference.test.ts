import fc from "fast-check";
import {
  aterbetalningstidFormula,
  cell,
  nettonuvardeFormula,
  nettonyttaFormula,
  nnvKvotFormula,
  nyttaFormula,
  realiseradAndelFormula,
  type FormulaColumns,
} from "../../../src/domain/template/formulas";
import { computedFormulas } from "../../../src/domain/template/computedFormulas";
import { DEFAULT_PARAMETERS } from "../../../src/domain/parameters/Parameters";
import {
  columnLettersByKey,
  templateColumns,
} from "../../../src/domain/template/initiativeColumns";

const COLS: FormulaColumns = {
  investering: "R",
  lopandeKostnad: "S",
  kostnadsbesparing: "T",
  tidsbesparing: "U",
  realiseradBesparing: "AG",
  documents: ["V", "W", "X", "Y"],
  scores: ["Z", "AA", "AB", "AC"],
  nytta: "AH",
  nettonytta: "AI",
  nettonuvarde: "AK",
  viktadPoang: "AM",
  namn: "B",
};

const withoutStrings = (f: string) => f.replace(/"(?:[^"]|"")*"/g, '""');

describe("a scaled column reference", () => {
  test("reads a number times the multiplier, and anything else as missing", () => {
    expect(cell("B*1000", 5)).toBe('IF(ISNUMBER(B5),B5*1000,"")');
    expect(cell("AB*1000000", 12)).toBe('IF(ISNUMBER(AB12),AB12*1000000,"")');
  });

  test("a plain column is the plain reference", () => {
    expect(cell("B", 5)).toBe("B5");
    expect(cell("XFD", 1)).toBe("XFD1");
  });

  test.each([
    "B*0",
    "B*1.5",
    "B*-2",
    "b*1000",
    "B*",
    "*1000",
    "B*1000*2",
    "B * 1000",
    "$B*1000",
    "B*01000",
  ])("refuses %s", (col) => {
    expect(() => cell(col, 5)).toThrow();
  });

  test("in the economics formulas, stands where the reference stood", () => {
    const scaled = { ...COLS, investering: "R*1000", kostnadsbesparing: "T*1000" };
    const r = 'IF(ISNUMBER(R5),R5*1000,"")';
    const t = 'IF(ISNUMBER(T5),T5*1000,"")';
    expect(nyttaFormula(scaled, 5)).toBe(`IF(COUNT(${t},U5)=0,"",N(${t})+N(U5)*Timkostnad)`);
    expect(aterbetalningstidFormula(scaled, 5)).toBe(
      `IF(AND(ISNUMBER(${r}),N(AI5)>0),${r}/AI5,"")`
    );
    expect(nettonuvardeFormula(scaled, 5)).toBe(
      `IF(COUNT(${r},AI5)=0,"",-N(${r})+N(AI5)*PV(Kalkylranta,Kalkylperiod,-1))`
    );
    expect(nnvKvotFormula(scaled, 5)).toBe(`IF(N(${r})>0,AK5/${r},"")`);
    expect(realiseradAndelFormula(scaled, 5)).toBe(`IF(AND(ISNUMBER(AG5),N(${t})>0),AG5/${t},"")`);
    expect(nettonyttaFormula({ ...COLS, lopandeKostnad: "S*1000000" }, 7)).toBe(
      'IF(COUNT(AH7,IF(ISNUMBER(S7),S7*1000000,""))=0,"",N(AH7)-N(IF(ISNUMBER(S7),S7*1000000,"")))'
    );
  });

  test("every computed formula stays well formed with any amount column scaled (property)", () => {
    const letters = columnLettersByKey(templateColumns(DEFAULT_PARAMETERS), 3);
    const amounts = [
      "investering",
      "lopandeKostnad",
      "kostnadsbesparing",
      "realiseradBesparing",
    ] as const;
    fc.assert(
      fc.property(
        fc.subarray([...amounts]),
        fc.constantFrom(1000, 1_000_000, 1_000_000_000),
        fc.integer({ min: 2, max: 5000 }),
        (scaled, multiplier, row) => {
          const map = new Map(letters);
          for (const key of scaled) map.set(key, `${letters.get(key)}*${multiplier}`);
          const formulas = computedFormulas(map, DEFAULT_PARAMETERS);
          for (const build of Object.values(formulas)) {
            const f = withoutStrings(build(row));
            let depth = 0;
            for (const ch of f) {
              depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
              if (depth < 0) return false;
            }
            if (depth !== 0) return false;
            // every cell reference is on the formula's own row
            for (const m of f.matchAll(/(?<![A-Za-z_])([A-Z]{1,3})(\d+)(?![0-9_(])/g))
              if (Number(m[2]) !== row) return false;
            for (const key of scaled) {
              const ref = `${letters.get(key)}${row}`;
              // a scaled column is never read bare: only through ISNUMBER(ref) and ref*multiplier
              const bare = f
                .split(`ISNUMBER(${ref})`)
                .join("")
                .split(`${ref}*${multiplier}`)
                .join("");
              if (new RegExp(`(?<![A-Z])${ref}(?!\\d)`).test(bare)) return false;
            }
          }
          return true;
        }
      ),
      { numRuns: 60 }
    );
  });
});
