/**
 * Issue 15, item 3: an initiative keeps its row on Portfölj from one run to the next, so a formula
 * the council wrote against row N (`=Portfölj!B5`) keeps pointing at the same initiative. The
 * previous portfolio's rows stay where they were, in the order the previous file has them (sorted
 * by hand or not); initiatives gone from the inputs keep their row, marked; new ones come after
 * the last old one, in the product's order.
 */
import fc from "fast-check";
import type { WorkbookData } from "../../../src/domain/ports/WorkbookPort";
import {
  MISSING_FROM_LATEST,
  NEEDS_REVIEW,
  PORTFOLIO_META_HEADERS,
  PRESENT_IN_LATEST,
} from "../../../src/domain/portfolio/layout";
import {
  blankRowAfter,
  column,
  deleted,
  idsOf,
  runOver,
  runs,
  sortedBy,
  typedOver,
  writtenPortfolio,
  type Item,
} from "../portfolio/portfolioRuns";

const SOC = "Socialförvaltningen";
const MIL = "Miljöförvaltningen";
const KUL = "Kulturförvaltningen";
const BAR = "Barn- och utbildningsförvaltningen";

const item = (forvaltning: string, id: string, name: string): Item => ({ forvaltning, id, name });
const S1 = item(SOC, "SOC-1", "E-arkiv");
const S2 = item(SOC, "SOC-2", "Digital signering");
const S3 = item(SOC, "SOC-3", "Chattbot");
const S4 = item(SOC, "SOC-4", "Schemaläggning");
const M1 = item(MIL, "MIL-1", "Tillsynsapp");
const M2 = item(MIL, "MIL-2", "Provtagning");
const M3 = item(MIL, "MIL-3", "Mätdata");
const K1 = item(KUL, "KUL-1", "Bokningssystem");
const B1 = item(BAR, "BAR-1", "Lärplattform");

const latest = (data: WorkbookData) =>
  Object.fromEntries(
    idsOf(data).map((id, i) => [id, column(data, PORTFOLIO_META_HEADERS.latestRun)[i]])
  );

describe("stable rows on Portfölj", () => {
  it("a first run orders by förvaltning, list and row; a second run with the same lists changes nothing", async () => {
    const [first, second] = await runs([S1, S2, M1, K1], [S2, S1, M1, K1]);
    expect(idsOf(first!.data)).toEqual(["KUL-1", "MIL-1", "SOC-1", "SOC-2"]);
    // the list's rows turned round: the portfolio's rows stay
    expect(idsOf(second!.data)).toEqual(["KUL-1", "MIL-1", "SOC-1", "SOC-2"]);
  });

  it("keeps a hand-sorted portfolio's order through three runs with new, gone and returning initiatives", async () => {
    const handOrder = ["SOC-2", "MIL-2", "KUL-1", "SOC-1", "MIL-1", "SOC-3"];
    const [first, second, third] = await runs(
      [S1, S2, S3, M1, M2, K1],
      sortedBy(handOrder),
      // MIL-1 gone; a new förvaltning that sorts first, and a new initiative in an old list
      [S4, S3, S2, S1, M2, K1, B1],
      // MIL-1 back, SOC-2 gone, MIL-3 new
      [S1, S3, S4, M1, M2, M3, K1, B1]
    );
    expect(idsOf(first!.data)).toEqual(["KUL-1", "MIL-1", "MIL-2", "SOC-1", "SOC-2", "SOC-3"]);

    expect(idsOf(second!.data)).toEqual([...handOrder, "BAR-1", "SOC-4"]);
    expect(latest(second!.data)).toMatchObject({
      "MIL-1": MISSING_FROM_LATEST,
      "SOC-2": PRESENT_IN_LATEST,
      "BAR-1": PRESENT_IN_LATEST,
    });
    // the gone initiative still shows what it showed
    expect(column(second!.data, "Namn")[handOrder.indexOf("MIL-1")]).toBe("Tillsynsapp");

    expect(idsOf(third!.data)).toEqual([...handOrder, "BAR-1", "SOC-4", "MIL-3"]);
    expect(latest(third!.data)).toMatchObject({
      "MIL-1": PRESENT_IN_LATEST,
      "SOC-2": MISSING_FROM_LATEST,
      "MIL-3": PRESENT_IN_LATEST,
    });
    // the consolidation's rows are the sheet's rows
    expect(third!.consolidation.rows.map((r) => r.id)).toEqual(idsOf(third!.data));
  });

  it("closes up over a blank row the council inserted and over a row it deleted", async () => {
    const [, withBlank] = await runs(
      [S1, S2, S3, M1],
      blankRowAfter(2),
      [S1, S2, S3, M1]
    );
    expect(idsOf(withBlank!.data)).toEqual(["MIL-1", "SOC-1", "SOC-2", "SOC-3"]);

    const [, afterDelete] = await runs([S1, S2, S3, M1], deleted("SOC-1"), [S1, S2, S3, M1]);
    // the rows below moved up in the council's file already; the deleted initiative is new again
    expect(idsOf(afterDelete!.data)).toEqual(["MIL-1", "SOC-2", "SOC-3", "SOC-1"]);
  });

  it("two previous rows with one key: the initiative takes the first free place, nothing is lost", async () => {
    // The council (or an old version) left SOC-3's row carrying SOC-1's ID and source ID.
    const twice = (data: WorkbookData) =>
      typedOver("SOC-3", "Initiativ-ID", "SOC-1")(
        typedOver("SOC-3", PORTFOLIO_META_HEADERS.sourceId, "SOC-1")(data)
      );
    const [, plain] = await runs([M1, S1, S2, S3], twice, [M1, S1, S2, S3]);
    // both SOC-1 rows held nothing of the council's: SOC-1 stands in the first, the second closes up
    expect(idsOf(plain!.data)).toEqual(["MIL-1", "SOC-1", "SOC-2", "SOC-3"]);

    const noted = (data: WorkbookData) =>
      typedOver("SOC-1", "Rådets kommentar", "Första")(
        typedOver("SOC-1", "Rådets beslut", "Beviljad")(twice(data))
      );
    const [, reviewed] = await runs([M1, S1, S2, S3], noted, [M1, S1, S2, S3]);
    // The first SOC-1 row keeps the council's notes, for review, where it stood; the second
    // (nothing of the council's) gives its place to SOC-1; SOC-3 no previous row holds is new.
    expect(idsOf(reviewed!.data).slice(0, 3)).toEqual(["MIL-1", "SOC-1", "SOC-2"]);
    expect(column(reviewed!.data, PORTFOLIO_META_HEADERS.latestRun)).toEqual([
      PRESENT_IN_LATEST,
      NEEDS_REVIEW,
      PRESENT_IN_LATEST,
      PRESENT_IN_LATEST,
      PRESENT_IN_LATEST,
    ]);
    expect(column(reviewed!.data, "Namn")).toEqual([
      "Tillsynsapp",
      "E-arkiv",
      "Digital signering",
      "E-arkiv",
      "Chattbot",
    ]);
    expect(column(reviewed!.data, "Rådets beslut")[1]).toBe("Beviljad");
  });

  it("rows and the consolidation agree: what the report and the rank see is the sheet's order", async () => {
    const first = runOver([S1, S2, M1], null);
    const data = sortedBy(["SOC-2", "MIL-1", "SOC-1"])(await writtenPortfolio(first));
    const second = runOver([S1, S2, M1, K1], data);
    expect(second.rows.map((r) => r.id)).toEqual(["SOC-2", "MIL-1", "SOC-1", "KUL-1"]);
  });
});

// ---------------------------------------------------------------------------------------------

const FORVALTNINGAR = [SOC, MIL, KUL];
const UNIVERSE: Item[] = Array.from({ length: 9 }, (_, i) =>
  item(FORVALTNINGAR[i % 3]!, `${"SMK"[i % 3]}-${i}`, `Initiativ nummer ${"abcdefghi"[i]}`)
);

const runArb = fc.subarray(UNIVERSE, { minLength: 1 });
/** The order the förvaltningar's lists hold their rows in, this year. */
const permutationArb = fc.shuffledSubarray(UNIVERSE, { minLength: UNIVERSE.length });
/** Keys to sort Portfölj's rows by before the next run (the council's hand sort). */
const sortArb = fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 12, maxLength: 12 });

const RUNS = 60;

describe("stable rows (property)", () => {
  it(`through three runs: the previous rows first, in the previous file's order, nothing lost; new ones after, in the product's order (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(runArb, runArb, runArb),
        fc.tuple(sortArb, sortArb),
        fc.tuple(permutationArb, permutationArb, permutationArb),
        async (sets, sorts, listOrders) => {
          let data: WorkbookData | null = null;
          for (let step = 0; step < 3; step++) {
            // each list's rows in an order of their own this year
            const items = listOrders[step]!.filter((u) => sets[step]!.includes(u));
            let before: string[] = [];
            if (data !== null) {
              const keys = sorts[step - 1]!;
              const ids = idsOf(data);
              const byKey = ids
                .map((id, i) => ({ id, key: keys[i % keys.length]! }))
                .sort((a, b) => a.key - b.key)
                .map((x) => x.id);
              data = sortedBy(byKey)(data);
              before = idsOf(data);
            }
            const consolidation = runOver(items, data);
            data = await writtenPortfolio(consolidation);
            const after = idsOf(data);
            const inputs = new Set(items.map((i) => i.id!));
            // nothing lost, every old row where it stood
            expect(after.slice(0, before.length)).toEqual(before);
            // then the new ones as a first run orders them: by förvaltning, then list row
            const added = items
              .filter((i) => !before.includes(i.id!))
              .sort((a, b) => a.forvaltning.localeCompare(b.forvaltning, "sv"))
              .map((i) => i.id!);
            expect(after.slice(before.length)).toEqual(added);
            // marked as today
            const marks = column(data, PORTFOLIO_META_HEADERS.latestRun);
            after.forEach((id, i) =>
              expect(marks[i]).toBe(inputs.has(id) ? PRESENT_IN_LATEST : MISSING_FROM_LATEST)
            );
          }
        }
      ),
      { numRuns: RUNS, seed: 15 }
    );
  });
});
