import fc from "fast-check";
import { COUNCIL_HEADERS, type CouncilColumns } from "../../../src/domain/consolidation/Consolidation";
import { deriveId } from "../../../src/domain/consolidation/deriveId";
import { DEFAULT_PARAMETERS } from "../../../src/domain/parameters/Parameters";
import {
  MISSING_FROM_LATEST,
  NEEDS_REVIEW,
  PORTFOLIO_META_HEADERS,
} from "../../../src/domain/portfolio/layout";
import { mergePrevious, type NewRow } from "../../../src/domain/portfolio/mergePrevious";
import { readPreviousPortfolio } from "../../../src/domain/portfolio/readPreviousPortfolio";
import { portfolioWorkbook } from "../../builders/grids";
import { initiative } from "../../builders/initiatives";
import { portfolioHeaders, portfolioSheet, rowOf } from "./previousPortfolioGrids";

const NO_COUNCIL: CouncilColumns = {
  radetsBeslut: null,
  finansiering: null,
  radetsKommentar: null,
};
const C = COUNCIL_HEADERS;
const M = PORTFOLIO_META_HEADERS;
const SOC = "Socialförvaltningen";
const MIL = "Miljöförvaltningen";
const HEADERS = portfolioHeaders(DEFAULT_PARAMETERS, ["Ansvarig i rådet"]);
/** An older portfolio: no Källans ID column. */
const OLD_HEADERS = HEADERS.filter((h) => h !== M.sourceId);

let row = 5;
/** A new row as consolidate makes it, from `file` (its source ID, or derived from the name). */
function newRow(
  id: string | null,
  forvaltning = SOC,
  options: { name?: string; file?: string } = {}
): NewRow {
  const name = options.name ?? `Initiativ ${id ?? "utan ID"}`;
  const at = row++;
  return {
    forvaltning,
    sourceId: id ?? deriveId(forvaltning, name),
    idDerived: id === null,
    initiative: {
      ...initiative({ ...(id === null ? {} : { id }), name, forvaltning }, { row: at }),
      source: { file: options.file ?? `${forvaltning}.xlsx`, sheet: "Lista", row: at },
    },
  };
}

function previousOf(rows: Record<string, string | number | null>[], headers = HEADERS) {
  const sheet = portfolioSheet(
    headers,
    rows.map((r) => rowOf(headers, r))
  );
  return readPreviousPortfolio(portfolioWorkbook("portfölj.xlsx", [sheet]))!;
}

const PREVIOUS = previousOf([
  {
    "Initiativ-ID": "SOC-1",
    Namn: "E-arkiv",
    Förvaltning: SOC,
    [M.sourceId]: "SOC-1",
    [C.radetsBeslut]: "Beviljad",
    [C.radetsKommentar]: "Bra",
    "Ansvarig i rådet": "Eva",
  },
  {
    "Initiativ-ID": "KUL-3",
    Namn: "Bokningssystem",
    Förvaltning: "Kulturförvaltningen",
    [M.sourceId]: "KUL-3",
    [C.radetsBeslut]: "Avvaktar",
  },
  {
    "Initiativ-ID": "UTB-7",
    Namn: "Lärplattform",
    Förvaltning: "Utbildningsförvaltningen",
    [M.sourceId]: "UTB-7",
    [C.finansiering]: "Extern",
  },
]);

const decisions = (merged: ReturnType<typeof mergePrevious>) =>
  merged.carried.map((c) => c.council.radetsBeslut);

describe("mergePrevious", () => {
  it("carries nothing without a previous portfolio", () => {
    const merged = mergePrevious([newRow("A-1")], null);
    expect(merged.carried).toEqual([{ previousId: null, council: NO_COUNCIL, extra: {} }]);
    expect(merged.kept).toEqual([]);
  });

  it("carries the council's columns, added columns and ID by förvaltning + source ID", () => {
    const merged = mergePrevious([newRow("soc-1"), newRow("NY-1")], PREVIOUS);
    expect(merged.carried[0]).toEqual({
      previousId: "SOC-1",
      council: { radetsBeslut: "Beviljad", finansiering: null, radetsKommentar: "Bra" },
      extra: { "Ansvarig i rådet": "Eva" },
    });
    expect(merged.carried[1]).toEqual({ previousId: null, council: NO_COUNCIL, extra: {} });
    expect(merged.issues).toEqual([]);
  });

  it("keeps every previous initiative the new inputs lack, in its old order, with its old cells", () => {
    const merged = mergePrevious([newRow("SOC-1")], PREVIOUS);
    expect(merged.kept.map((r) => [r.id, r.missingFromLatest, r.needsReview])).toEqual([
      ["KUL-3", true, undefined],
      ["UTB-7", true, undefined],
    ]);
    expect(merged.kept[0]).toMatchObject({
      forvaltning: "Kulturförvaltningen",
      sourceId: "KUL-3",
      initiative: null,
      assessment: null,
      council: { radetsBeslut: "Avvaktar", finansiering: null, radetsKommentar: null },
      extra: { "Ansvarig i rådet": null },
    });
    expect(merged.kept[0]!.previous?.["Namn"]).toBe("Bokningssystem");
    expect(Object.keys(merged.kept[0]!.previous ?? {})).toEqual(HEADERS);
  });

  it("keeps a row missing twice, and brings it back with its council columns when it returns", () => {
    const once = mergePrevious([], PREVIOUS);
    const shown = once.kept.map((r) => ({
      ...(r.previous as Record<string, string | number | null>),
      [M.latestRun]: MISSING_FROM_LATEST,
    }));
    const again = previousOf(shown);
    expect(again.rows.every((r) => r.wasMissing)).toBe(true);
    const back = mergePrevious([newRow("UTB-7", "Utbildningsförvaltningen")], again);
    expect(back.carried[0]!.council.finansiering).toBe("Extern");
    expect(back.kept.map((r) => r.id)).toEqual(["SOC-1", "KUL-3"]);
  });

  it("never gives one förvaltning's decision to another's initiative with the same ID", () => {
    const previous = previousOf([
      { "Initiativ-ID": "2024-01", Förvaltning: SOC, [M.sourceId]: "2024-01", [C.radetsBeslut]: "Ja" },
      { "Initiativ-ID": "MIL-2024-01", Förvaltning: MIL, [M.sourceId]: "2024-01", [C.radetsBeslut]: "Nej" },
    ]);
    // Reordered, and a third förvaltning arrives with the same ID.
    const merged = mergePrevious(
      [newRow("2024-01", "Kulturförvaltningen"), newRow("2024-01", MIL), newRow("2024-01", SOC)],
      previous
    );
    expect(decisions(merged)).toEqual([null, "Nej", "Ja"]);
    expect(merged.carried.map((c) => c.previousId)).toEqual([null, "MIL-2024-01", "2024-01"]);
    expect(merged.kept).toEqual([]);
  });

  it("reads an older portfolio without Källans ID by Förvaltning + Initiativ-ID", () => {
    const previous = previousOf(
      [
        { "Initiativ-ID": "2024-01", Förvaltning: SOC, [C.radetsBeslut]: "Ja" },
        { "Initiativ-ID": "2024-01", Förvaltning: MIL, [C.radetsBeslut]: "Nej" },
      ],
      OLD_HEADERS
    );
    expect(previous.rows.map((r) => r.sourceId)).toEqual([null, null]);
    const merged = mergePrevious([newRow("2024-01", MIL), newRow("2024-01", SOC)], previous);
    expect(decisions(merged)).toEqual(["Nej", "Ja"]);
  });

  it("guesses nothing for the same ID twice in one list: the council's values wait on a review row", () => {
    const previous = previousOf([
      { "Initiativ-ID": "D-1", Förvaltning: SOC, [M.sourceId]: "D-1", [C.radetsKommentar]: "första" },
      { "Initiativ-ID": "D-1", Förvaltning: SOC, [M.sourceId]: "D-1" },
    ]);
    const merged = mergePrevious([newRow("D-1"), newRow("D-1"), newRow("D-2")], previous);
    expect(merged.carried.map((c) => c.council)).toEqual([NO_COUNCIL, NO_COUNCIL, NO_COUNCIL]);
    expect(merged.carried.map((c) => c.previousId)).toEqual([null, null, null]);
    // The row without council values is dropped: its initiative is among the new rows.
    expect(merged.kept.map((r) => [r.id, r.needsReview, r.council.radetsKommentar])).toEqual([
      ["D-1", true, "första"],
    ]);
    expect(merged.issues.map((i) => [i.code, i.severity, i.location.row, i.location.field])).toEqual([
      ["council_match_ambiguous", "warning", expect.any(Number), "id"],
      ["council_match_ambiguous", "warning", expect.any(Number), "id"],
    ]);
    expect(merged.issues[0]!.details).toMatchObject({ id: "D-1" });
    expect(String(merged.issues[0]!.details?.["candidates"])).toMatch(/^Lista!\d+, Lista!\d+$/);
  });

  it("guesses nothing when two previous rows have the key of one new row", () => {
    const previous = previousOf([
      { "Initiativ-ID": "D-1", Förvaltning: SOC, [M.sourceId]: "D-1", [C.radetsBeslut]: "Ja" },
      { "Initiativ-ID": "D-1", Förvaltning: SOC, [M.sourceId]: "D-1", [C.radetsBeslut]: "Nej" },
    ]);
    const merged = mergePrevious([newRow("D-1")], previous);
    expect(decisions(merged)).toEqual([null]);
    expect(merged.kept.map((r) => [r.council.radetsBeslut, r.needsReview])).toEqual([
      ["Ja", true],
      ["Nej", true],
    ]);
    expect(merged.issues).toHaveLength(1);
    expect(merged.issues[0]!.details?.["id"]).toBe("D-1");
  });

  it("keeps a review row until the council empties it; never matches it on its own", () => {
    const review = {
      "Initiativ-ID": "D-1",
      Förvaltning: SOC,
      [M.sourceId]: "D-1",
      [M.latestRun]: NEEDS_REVIEW,
      [C.radetsBeslut]: "Ja",
    };
    const present = { "Initiativ-ID": "D-1", Förvaltning: SOC, [M.sourceId]: "D-1" };
    // The list was mended: one D-1 left. The review row still waits, and is not guessed onto it.
    const waiting = mergePrevious([newRow("D-1")], previousOf([present, review]));
    expect(decisions(waiting)).toEqual([null]);
    expect(waiting.carried[0]!.previousId).toBe("D-1");
    expect(waiting.kept.map((r) => r.needsReview)).toEqual([true]);
    expect(waiting.issues).toHaveLength(1);
    // The council moved the decision and emptied the review row: it goes, the decision stays.
    const moved = mergePrevious(
      [newRow("D-1")],
      previousOf([{ ...present, [C.radetsBeslut]: "Ja" }, { ...review, [C.radetsBeslut]: null }])
    );
    expect(decisions(moved)).toEqual(["Ja"]);
    expect(moved.kept).toEqual([]);
    expect(moved.issues).toEqual([]);
    // None of its initiatives is left: it is kept as missing, no longer for review.
    const gone = mergePrevious([newRow("D-9")], previousOf([review]));
    expect(gone.kept.map((r) => [r.missingFromLatest, r.needsReview])).toEqual([[true, undefined]]);
  });

  it("follows a derived ID whose förvaltning was corrected, by source file and name", () => {
    const file = "lista.xlsx";
    const before = deriveId("lista", "E-arkiv");
    const previous = previousOf([
      {
        "Initiativ-ID": before,
        Namn: "E-arkiv",
        Förvaltning: "lista",
        [M.sourceId]: before,
        [M.sourceFile]: `in/${file}`,
        [C.radetsBeslut]: "Ja",
      },
    ]);
    const merged = mergePrevious([newRow(null, SOC, { name: "e-arkiv", file })], previous);
    expect(merged.carried[0]).toMatchObject({ previousId: before, council: { radetsBeslut: "Ja" } });
    expect(merged.kept).toEqual([]);

    // Two such new rows: not guessed.
    const two = mergePrevious(
      [newRow(null, SOC, { name: "E-arkiv", file }), newRow(null, MIL, { name: "E-arkiv", file })],
      previous
    );
    expect(decisions(two)).toEqual([null, null]);
    expect(two.kept.map((r) => r.needsReview)).toEqual([true]);
  });

  it("follows a row with its own ID to a corrected förvaltning only with the same ID", () => {
    const previous = previousOf([
      {
        "Initiativ-ID": "P-1",
        Namn: "E-arkiv",
        Förvaltning: "lista",
        [M.sourceId]: "P-1",
        [M.sourceFile]: "lista.xlsx",
        [C.radetsBeslut]: "Ja",
      },
    ]);
    const same = mergePrevious([newRow("P-1", SOC, { name: "E-arkiv", file: "lista.xlsx" })], previous);
    expect(decisions(same)).toEqual(["Ja"]);
    const other = mergePrevious([newRow("P-2", SOC, { name: "E-arkiv", file: "lista.xlsx" })], previous);
    expect(decisions(other)).toEqual([null]);
    expect(other.kept.map((r) => r.missingFromLatest)).toEqual([true]);
  });

  it("never loses a council value and never carries one across förvaltningar or IDs (property)", () => {
    const forvaltningar = [SOC, MIL, "Kulturförvaltningen"];
    const key = fc.record({ f: fc.constantFrom(...forvaltningar), id: fc.constantFrom("1", "2", "3") });
    fc.assert(
      fc.property(fc.array(key, { maxLength: 8 }), fc.array(key, { maxLength: 8 }), (before, now) => {
        const previous = previousOf(
          before.map((k, i) => ({
            "Initiativ-ID": `${k.f}-${k.id}-${i}`,
            Förvaltning: k.f,
            [M.sourceId]: k.id,
            [C.radetsKommentar]: `k${i}`,
          }))
        );
        const merged = mergePrevious(
          now.map((k) => newRow(k.id, k.f)),
          previous
        );
        const carried = merged.carried.map((c) => c.council.radetsKommentar);
        const kept = merged.kept.map((r) => r.council.radetsKommentar);
        expect([...carried, ...kept].filter((c) => c !== null).sort()).toEqual(before.map((_, i) => `k${i}`).sort());
        carried.forEach((comment, j) => {
          if (comment === null) return;
          const from = before[Number(comment.slice(1))]!;
          expect(from).toEqual(now[j]);
        });
      }),
      { numRuns: 80 }
    );
  });
});
