/**
 * The council's columns can never move to another initiative. Random förvaltningar whose lists
 * number from the same IDs (some rows without an ID), a first run, random decisions written into
 * Portfölj, then new lists (rows gone, new ones, reordered, an ID repeated within a list) and a
 * second run over the written portfolio: every decision is on an initiative of the same
 * förvaltning and source ID, or on a row kept from the previous portfolio (missing, or for
 * review), never on another initiative and never lost. Portfolio IDs are unique between keys,
 * and a row that keeps a decision keeps its ID (unless that ID was its list's duplicate's too).
 */
import fc from "fast-check";
import type { Consolidation, PortfolioRow } from "../../../src/domain/consolidation/Consolidation";
import { consolidateWithPrevious } from "../../../src/domain/consolidation/consolidateWithPrevious";
import { councilKey, idKey } from "../../../src/domain/consolidation/councilKey";
import { textOf } from "../../../src/domain/initiative";
import { describePortfolio } from "../../../src/domain/portfolio/describePortfolio";
import { PORTFOLIO_HEADER_ROW, PORTFOLIO_SHEETS } from "../../../src/domain/portfolio/layout";
import { readPreviousPortfolio } from "../../../src/domain/portfolio/readPreviousPortfolio";
import type { CellValue, WorkbookData } from "../../../src/domain/ports/WorkbookPort";
import { grid, workbook } from "../../builders/grids";
import { MemoryWorkbook } from "../../fakes/MemoryWorkbook";

// Kulturförvaltningen is not on the council's list: a Förvaltning column saying so is not read
// (the file's name stands), a title naming it is. So that list's förvaltning changes between
// runs when it gains or loses its title, as after a correction in Kallor.
const FORVALTNINGAR = ["Socialförvaltningen", "Miljöförvaltningen", "Kulturförvaltningen"];
const IDS = ["2024-01", "2024-02", "2024-03", null];

/** One initiative as a förvaltning keeps it; the name is unique, so it tells the truth in tests. */
interface Item {
  readonly f: number;
  readonly id: string | null;
  readonly name: string;
}

const itemArb = fc.record({ f: fc.integer({ min: 0, max: 2 }), id: fc.constantFrom(...IDS) });

/** One list per förvaltning: a Förvaltning column, or only a title row naming it. */
function lists(items: readonly Item[], titled: readonly boolean[]) {
  return FORVALTNINGAR.flatMap((forvaltning, f) => {
    const own = items.filter((i) => i.f === f);
    if (own.length === 0) return [];
    const header = ["Initiativ-ID", "Namn", "Status", ...(titled[f] ? [] : ["Förvaltning"])];
    const rows: CellValue[][] = [
      ...(titled[f] ? [[`${forvaltning} – projekt 2025`], []] : []),
      header,
      ...own.map((i) => [i.id, i.name, "Idé", ...(titled[f] ? [] : [forvaltning])]),
    ];
    const width = header.length;
    const file = `lista-${f}.xlsx`;
    return [
      {
        file,
        workbook: workbook(file, [
          grid("Projekt", rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null))),
        ]),
      },
    ];
  });
}

const nameOf = (row: PortfolioRow): string =>
  String(row.initiative ? textOf(row.initiative, "name") : (row.previous?.["Namn"] ?? ""));

/** Portfölj as written, with the council's decision "D:<name>" on the rows whose names are chosen. */
async function written(consolidation: Consolidation, decide: ReadonlySet<string>): Promise<WorkbookData> {
  const memory = new MemoryWorkbook();
  await memory.write(describePortfolio(consolidation, { generatedAt: "2026-01-01" }));
  const data = await memory.read();
  const sheet = data.sheets.find((s) => s.name === PORTFOLIO_SHEETS.portfolio)!;
  const header = sheet.values[PORTFOLIO_HEADER_ROW - sheet.top]!;
  const nameCol = header.indexOf("Namn");
  const decisionCol = header.indexOf("Rådets beslut");
  for (const row of sheet.values.slice(PORTFOLIO_HEADER_ROW - sheet.top + 1)) {
    const name = String(row[nameCol] ?? "");
    if (decide.has(name)) row[decisionCol] = `D:${name}`;
  }
  return data;
}

describe("the council's columns across runs (property)", () => {
  it("every decision stays with its förvaltning and source ID, or waits on a kept row", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(itemArb, { minLength: 1, maxLength: 10 }),
        fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        fc.infiniteStream(fc.boolean()),
        fc.array(itemArb, { maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        async (base, titledBefore, titledAfter, coins, added, copies) => {
          const pool: Item[] = base.map((b, k) => ({ ...b, name: `Initiativ ${k}` }));
          const before = pool.filter(() => coins.next().value as boolean);
          if (before.length === 0) before.push(pool[0]!);
          const first = consolidateWithPrevious(lists(before, titledBefore), null, "2026-01-01");
          const decide = new Set(before.map((i) => i.name).filter(() => coins.next().value));
          const previous = readPreviousPortfolio(await written(first, decide))!;
          const idBefore = new Map(first.rows.map((r) => [nameOf(r), r.id]));
          const rowsWithId = new Map<string, number>();
          for (const r of first.rows) rowsWithId.set(idKey(r.id), (rowsWithId.get(idKey(r.id)) ?? 0) + 1);

          // Next year: some gone, some new (colliding IDs), the order turned, an ID repeated.
          const kept = pool.filter(() => coins.next().value as boolean);
          const fresh = added.map((a, k): Item => ({ ...a, name: `Ny ${k}` }));
          const repeated = copies.flatMap((n, k): Item[] => {
            const of = kept[n % Math.max(kept.length, 1)];
            return of ? [{ ...of, name: `${of.name} kopia ${k}` }] : [];
          });
          const after = [...kept, ...fresh, ...repeated].reverse();
          const second = consolidateWithPrevious(lists(after, titledAfter), previous, "2026-01-01");

          const truth = new Map([...pool, ...fresh, ...repeated].map((i) => [i.name, i]));
          const keyOf = (i: Item) => `${i.f}|${i.id ?? `utan ID: ${i.name}`}`;
          // Every decision is somewhere, once.
          const decisions = second.rows.flatMap((r) => (r.council.radetsBeslut ? [r.council.radetsBeslut] : []));
          expect(decisions.sort()).toEqual([...decide].map((n) => `D:${n}`).sort());
          for (const row of second.rows) {
            const decision = row.council.radetsBeslut;
            if (decision === null || row.initiative === null) continue;
            const from = truth.get(decision.slice(2))!;
            const on = truth.get(nameOf(row))!;
            expect(keyOf(on)).toBe(keyOf(from));
            if (from.id === null) expect(on.name).toBe(from.name);
            // and it keeps the ID the council knew it by, unless a duplicate in its list had it too
            // (a kept row may then hold it, under a key this row no longer has)
            const before = idBefore.get(from.name)!;
            if (rowsWithId.get(idKey(before)) === 1) expect(row.id).toBe(before);
          }
          // Rows of different keys never share a portfolio ID.
          const keysById = new Map<string, Set<string>>();
          for (const row of second.rows) {
            const key = councilKey(row.forvaltning, row.sourceId ?? row.id);
            keysById.set(idKey(row.id), (keysById.get(idKey(row.id)) ?? new Set()).add(key));
          }
          for (const keys of keysById.values()) expect(keys.size).toBe(1);
          // Each ID used by more than one förvaltning is reported at each of its rows.
          const shared = second.issues.filter((i) => i.code === "id_shared_between_forvaltningar");
          const users = new Map<string, Set<number>>();
          for (const i of after) if (i.id) users.set(i.id, (users.get(i.id) ?? new Set()).add(i.f));
          const expected = after.filter((i) => i.id && users.get(i.id)!.size > 1).length;
          expect(shared).toHaveLength(expected);
        }
      ),
      { numRuns: 60 }
    );
  }, 60_000);
});
