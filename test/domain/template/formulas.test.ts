import { DEFAULT_PARAMETERS, TABY_CRITERIA } from "../../../src/domain/parameters/Parameters";
import { describeParametersSheet } from "../../../src/domain/parameters/parametersSheet";
import {
  aterbetalningstidFormula,
  documentationGrade,
  dokumentationsgradFormula,
  komplexitetAxelFormula,
  kvadrantFormula,
  nettonuvardeFormula,
  nettonyttaFormula,
  nnvKvotFormula,
  nyttaAxelFormula,
  nyttaFormula,
  prioritetFormula,
  realiseradAndelFormula,
  viktadPoangFormula,
  type FormulaColumns,
} from "../../../src/domain/template/formulas";

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
const ROW = 5;

const all = (cols: FormulaColumns = COLS, row = ROW): Record<string, string> => ({
  nytta: nyttaFormula(cols, row),
  nettonytta: nettonyttaFormula(cols, row),
  aterbetalningstid: aterbetalningstidFormula(cols, row),
  nettonuvarde: nettonuvardeFormula(cols, row),
  nnvKvot: nnvKvotFormula(cols, row),
  viktadPoang: viktadPoangFormula(cols, row),
  prioritet: prioritetFormula(cols, row),
  nyttaAxel: nyttaAxelFormula(cols, row),
  komplexitetAxel: komplexitetAxelFormula(cols, row),
  kvadrant: kvadrantFormula(cols, row),
  kvadrantFromAxes: kvadrantFormula({ ...cols, nyttaAxel: "AN", komplexitetAxel: "AO" }, row),
  dokumentationsgrad: dokumentationsgradFormula(cols, row),
  realiseradAndel: realiseradAndelFormula(cols, row),
});

const ALLOWED_FUNCTIONS = new Set(["IF", "AND", "OR", "COUNT", "N", "PV", "SUM", "ISNUMBER"]);
const withoutStrings = (f: string) => f.replace(/"(?:[^"]|"")*"/g, '""');
const functionsIn = (f: string) =>
  [...withoutStrings(f).matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\(/g)].map((m) => m[1]);
const cellRefsIn = (f: string) =>
  [...withoutStrings(f).matchAll(/(?<![A-Za-z_])([A-Z]{1,3})(\d+)(?![0-9_(])/g)].map((m) => m[0]);
const identifiersIn = (f: string) =>
  [...withoutStrings(f).matchAll(/(?<![A-Za-z0-9_])([A-Za-z_][A-Za-z0-9_]*)(?![A-Za-z0-9_(])/g)]
    .map((m) => m[1] as string)
    .filter((id) => !/^[A-Z]{1,3}\d+$/.test(id));

describe("row formulas", () => {
  it("use only what both Excel and LibreOffice 7.4 evaluate", () => {
    for (const [name, f] of Object.entries(all())) {
      expect({ name, startsWithEquals: f.startsWith("=") }).toEqual({
        name,
        startsWithEquals: false,
      });
      expect({ name, structured: /[[\]@]|_xlfn|#This Row/i.test(f) }).toEqual({
        name,
        structured: false,
      });
      for (const fn of functionsIn(f))
        expect({ name, fn, allowed: ALLOWED_FUNCTIONS.has(fn as string) }).toEqual({
          name,
          fn,
          allowed: true,
        });
      // balanced parentheses outside strings
      let depth = 0;
      for (const ch of withoutStrings(f)) {
        depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect({ name, depth }).toEqual({ name, depth: 0 });
      expect((f.match(/"/g) ?? []).length % 2).toBe(0);
    }
  });

  it("read only cells on their own row", () => {
    for (const f of Object.values(all())) {
      for (const ref of cellRefsIn(f)) expect(ref).toMatch(/^[A-Z]+5$/);
    }
    expect(cellRefsIn(nyttaFormula(COLS, 123))).toEqual(["T123", "U123", "T123", "U123"]);
  });

  it("read only names the Parametrar sheet defines", () => {
    expect(identifiersIn(nettonuvardeFormula(COLS, ROW))).toEqual(["Kalkylranta", "Kalkylperiod"]);
    const defined = new Set(describeParametersSheet(DEFAULT_PARAMETERS).names.map((n) => n.name));
    for (const [name, f] of Object.entries(all())) {
      for (const id of identifiersIn(f))
        expect({ name, id, defined: defined.has(id) }).toEqual({ name, id, defined: true });
    }
  });

  it("spell out the economics", () => {
    expect(nyttaFormula(COLS, ROW)).toBe('IF(COUNT(T5,U5)=0,"",N(T5)+N(U5)*Timkostnad)');
    expect(nettonyttaFormula(COLS, ROW)).toBe('IF(COUNT(AH5,S5)=0,"",N(AH5)-N(S5))');
    expect(aterbetalningstidFormula(COLS, ROW)).toBe('IF(AND(ISNUMBER(R5),N(AI5)>0),R5/AI5,"")');
    expect(nettonuvardeFormula(COLS, ROW)).toBe(
      'IF(COUNT(R5,AI5)=0,"",-N(R5)+N(AI5)*PV(Kalkylranta,Kalkylperiod,-1))'
    );
    expect(nnvKvotFormula(COLS, ROW)).toBe('IF(N(R5)>0,AK5/R5,"")');
    expect(realiseradAndelFormula(COLS, ROW)).toBe('IF(AND(ISNUMBER(AG5),N(T5)>0),AG5/T5,"")');
  });

  it("weight every criterion by its named weight and direction", () => {
    const f = viktadPoangFormula(COLS, ROW);
    expect(f).toBe(
      'IF(OR(COUNT(Z5,AA5,AB5,AC5)<4,SUM(Vikt_1,Vikt_2,Vikt_3,Vikt_4)=0),"",' +
        '100*(Vikt_1*IF(Riktning_1="Mot",5-Z5,Z5-1)+Vikt_2*IF(Riktning_2="Mot",5-AA5,AA5-1)+' +
        'Vikt_3*IF(Riktning_3="Mot",5-AB5,AB5-1)+Vikt_4*IF(Riktning_4="Mot",5-AC5,AC5-1))/(4*SUM(Vikt_1,Vikt_2,Vikt_3,Vikt_4)))'
    );
    const five = viktadPoangFormula({ scores: ["K", "L", "M", "N", "O"] }, 9);
    expect(five).toContain('Vikt_5*IF(Riktning_5="Mot",5-O9,O9-1)');
    expect(five).toContain("COUNT(K9,L9,M9,N9,O9)<5");
    expect(viktadPoangFormula({ scores: [] }, 9)).toBe('""');
  });

  it("class priority from the weighted score cell", () => {
    expect(prioritetFormula(COLS, ROW)).toBe(
      'IF(ISNUMBER(AM5),IF(AM5>=PrioritetHog,"Hög",IF(AM5>=PrioritetMedel,"Medel","Låg")),"")'
    );
  });

  it("average each side of the matrix by the Riktning cells", () => {
    const two = { scores: ["C", "D"] };
    expect(nyttaAxelFormula(two, 3)).toBe(
      'IF(OR((Riktning_1<>"Mot")+(Riktning_2<>"Mot")=0,(Riktning_1<>"Mot")*ISNUMBER(C3)+(Riktning_2<>"Mot")*ISNUMBER(D3)<' +
        '(Riktning_1<>"Mot")+(Riktning_2<>"Mot")),"",((Riktning_1<>"Mot")*N(C3)+(Riktning_2<>"Mot")*N(D3))/((Riktning_1<>"Mot")+(Riktning_2<>"Mot")))'
    );
    expect(komplexitetAxelFormula(two, 3)).toContain('(Riktning_2="Mot")*N(D3)');
    const q = kvadrantFormula(COLS, ROW);
    for (const name of [
      "Snabb vinst",
      "Strategisk satsning",
      "Komplettering",
      "Ompröva",
      "Kvadrantgrans",
    ])
      expect(q).toContain(name);
    expect(kvadrantFormula({ ...COLS, nyttaAxel: "AN", komplexitetAxel: "AO" }, ROW)).toBe(
      'IF(COUNT(AN5,AO5)<2,"",IF(AN5>=Kvadrantgrans,IF(AO5>=Kvadrantgrans,"Strategisk satsning","Snabb vinst"),' +
        'IF(AO5>=Kvadrantgrans,"Ompröva","Komplettering")))'
    );
  });

  it("grade documentation over the four document columns", () => {
    const doc = (d: string) => `IF(${d}5="Genomförd",1,IF(${d}5="Delvis",0.5,0))`;
    const grade = `(${["V", "W", "X", "Y"].map(doc).join("+")})/4`;
    expect(dokumentationsgradFormula({ documents: COLS.documents }, ROW)).toBe(grade);
    expect(dokumentationsgradFormula(COLS, ROW)).toBe(`IF(B5="","",${grade})`);
  });

  it("refuses a malformed reference (a programming error, not data)", () => {
    expect(() => nyttaFormula({ ...COLS, kostnadsbesparing: "t" }, ROW)).toThrow();
    expect(() => nyttaFormula(COLS, 0)).toThrow();
    expect(() => viktadPoangFormula({ scores: ["$Z"] }, ROW)).toThrow();
  });

  it("have as many weights as the parameters have criteria", () => {
    const five = describeParametersSheet({
      ...DEFAULT_PARAMETERS,
      criteria: TABY_CRITERIA,
    }).names.map((n) => n.name);
    const f = viktadPoangFormula({ scores: ["A", "B", "C", "D", "E"] }, 2);
    for (const id of identifiersIn(f)) expect(five).toContain(id);
  });
});

describe("documentationGrade", () => {
  it("averages Genomförd 1, Delvis 0.5, anything else 0", () => {
    // (1 + 0.5 + 0 + 0) / 4 = 0.375
    expect(documentationGrade(["Genomförd", "Delvis", "Saknas", null])).toBe(0.375);
    expect(documentationGrade(["Genomförd", "Genomförd", "Genomförd", "Genomförd"])).toBe(1);
    expect(documentationGrade([null, null, null, null])).toBe(0);
    expect(documentationGrade(["okänt", "", undefined, "Saknas"])).toBe(0);
  });

  it("ignores case as Excel's = does", () => {
    expect(documentationGrade(["GENOMFÖRD", "delvis", "Saknas", "Saknas"])).toBe(0.375);
  });

  it("is null with no documents", () => {
    expect(documentationGrade([])).toBeNull();
  });
});
