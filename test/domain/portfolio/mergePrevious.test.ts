import fc from "fast-check";
import {
  COUNCIL_HEADERS,
  type CouncilColumns,
  type PortfolioRow,
} from "../../../src/domain/consolidation/Consolidation";
import { DEFAULT_PARAMETERS } from "../../../src/domain/parameters/Parameters";
import { MISSING_FROM_LATEST, PORTFOLIO_META_HEADERS } from "../../../src/domain/portfolio/layout";
import { mergePrevious } from "../../../src/domain/portfolio/mergePrevious";
import { readPreviousPortfolio } from "../../../src/domain/portfolio/readPreviousPortfolio";
import { workbook } from "../../builders/grids";
import { complete } from "../../builders/initiatives";
import { portfolioHeaders, portfolioSheet, rowOf } from "./previousPortfolioGrids";

const NO_COUNCIL: CouncilColumns = {
  radetsBeslut: null,
  finansiering: null,
  radetsKommentar: null,
};
const C = COUNCIL_HEADERS;
const HEADERS = portfolioHeaders(DEFAULT_PARAMETERS, ["Ansvarig i rådet"]);

/** A new row as consolidate makes it: no council values, nothing extra. */
function newRow(id: string, forvaltning = "Socialförvaltningen"): PortfolioRow {
  return {
    id,
    idDerived: false,
    forvaltning,
    initiative: complete({ id, forvaltning }),
    assessment: null,
    errors: 0,
    warnings: 0,
    overlaps: [],
    council: NO_COUNCIL,
    extra: {},
    missingFromLatest: false,
  };
}

function previousOf(rows: Record<string, string | number | null>[]) {
  const sheet = portfolioSheet(
    HEADERS,
    rows.map((r) => rowOf(HEADERS, r))
  );
  return readPreviousPortfolio(workbook("portfölj.xlsx", [sheet]))!;
}

const PREVIOUS = previousOf([
  {
    "Initiativ-ID": "SOC-1",
    Namn: "E-arkiv",
    Förvaltning: "Socialförvaltningen",
    [C.radetsBeslut]: "Beviljad",
    [C.radetsKommentar]: "Bra",
    "Ansvarig i rådet": "Eva",
  },
  {
    "Initiativ-ID": "KUL-3",
    Namn: "Bokningssystem",
    Förvaltning: "Kulturförvaltningen",
    [C.radetsBeslut]: "Avvaktar",
  },
  {
    "Initiativ-ID": "UTB-7",
    Namn: "Lärplattform",
    Förvaltning: "Utbildningsförvaltningen",
    [C.finansiering]: "Extern",
  },
]);

describe("mergePrevious", () => {
  it("returns the new rows as they are without a previous portfolio", () => {
    const rows = [newRow("A-1")];
    expect(mergePrevious(rows, null)).toEqual(rows);
  });

  it("carries the council's columns and added columns by ID", () => {
    const merged = mergePrevious([newRow("soc-1"), newRow("NY-1")], PREVIOUS);
    expect(merged[0]!.council).toEqual({
      radetsBeslut: "Beviljad",
      finansiering: null,
      radetsKommentar: "Bra",
    });
    expect(merged[0]!.extra).toEqual({ "Ansvarig i rådet": "Eva" });
    expect(merged[0]!.initiative).not.toBeNull();
    expect(merged[0]!.missingFromLatest).toBe(false);
    expect(merged[1]!.council).toEqual(NO_COUNCIL);
    expect(merged[1]!.extra).toEqual({});
  });

  it("keeps every previous initiative the new inputs lack, last, in its old order, with its old cells", () => {
    const merged = mergePrevious([newRow("SOC-1")], PREVIOUS);
    expect(merged.map((r) => [r.id, r.missingFromLatest])).toEqual([
      ["SOC-1", false],
      ["KUL-3", true],
      ["UTB-7", true],
    ]);
    const kept = merged[1]!;
    expect(kept).toMatchObject({
      forvaltning: "Kulturförvaltningen",
      initiative: null,
      assessment: null,
      errors: 0,
      warnings: 0,
      overlaps: [],
      council: { radetsBeslut: "Avvaktar", finansiering: null, radetsKommentar: null },
      extra: { "Ansvarig i rådet": null },
    });
    expect(kept.previous?.["Namn"]).toBe("Bokningssystem");
    expect(Object.keys(kept.previous ?? {})).toEqual(HEADERS);
    expect(merged[2]!.council.finansiering).toBe("Extern");
  });

  it("keeps a row missing twice, and brings it back with its council columns when it returns", () => {
    const once = mergePrevious([], PREVIOUS);
    // What the writer would show for those rows next time: their old cells, marked missing.
    const shown = once.map((r) => ({
      ...(r.previous as Record<string, string | number | null>),
      [PORTFOLIO_META_HEADERS.latestRun]: MISSING_FROM_LATEST,
    }));
    const again = previousOf(shown);
    expect(again.rows.every((r) => r.wasMissing)).toBe(true);
    const back = mergePrevious([newRow("UTB-7")], again);
    expect(back.map((r) => [r.id, r.missingFromLatest])).toEqual([
      ["UTB-7", false],
      ["SOC-1", true],
      ["KUL-3", true],
    ]);
    expect(back[0]!.council.finansiering).toBe("Extern");
  });

  it("pairs a repeated ID with the previous rows of that ID in turn", () => {
    const previous = previousOf([
      { "Initiativ-ID": "D-1", [C.radetsKommentar]: "första" },
      { "Initiativ-ID": "D-1", [C.radetsKommentar]: "andra" },
      { "Initiativ-ID": "D-1", [C.radetsKommentar]: "tredje" },
    ]);
    const merged = mergePrevious([newRow("D-1"), newRow("D-1")], previous);
    expect(merged.map((r) => [r.council.radetsKommentar, r.missingFromLatest])).toEqual([
      ["första", false],
      ["andra", false],
      ["tredje", true],
    ]);
  });

  it("never loses a previous row or a new one (property)", () => {
    const ids = fc.constantFrom("A-1", "a-1", "B-2", "C-3", "D-4");
    fc.assert(
      fc.property(
        fc.array(ids, { maxLength: 6 }),
        fc.array(ids, { maxLength: 6 }),
        (before, now) => {
          const previous = previousOf(
            before.map((id, i) => ({ "Initiativ-ID": id, [C.radetsKommentar]: `k${i}` }))
          );
          const merged = mergePrevious(
            now.map((id) => newRow(id)),
            previous
          );
          const comments = merged.map((r) => r.council.radetsKommentar).filter((c) => c !== null);
          expect(comments.sort()).toEqual(before.map((_, i) => `k${i}`).sort());
          expect(merged.slice(0, now.length).map((r) => r.id)).toEqual(now);
          expect(merged.slice(now.length).every((r) => r.missingFromLatest)).toBe(true);
        }
      ),
      { numRuns: 60 }
    );
  });
});
