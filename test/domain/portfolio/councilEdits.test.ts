/**
 * Issue 15, item 4: a value the council typed over in a standard column of Portfölj is reported on
 * Avvikelser with the value typed and the source's value that replaced it, never overwritten
 * unseen; a source that changed since the last run is no edit. The run knows what it wrote last
 * time from each row's hidden Kontrollsumma.
 */
import fc from "fast-check";
import { readWorkbookBytes } from "../../../src/adapters/xlsxFile/readXlsx";
import { renderWorkbook } from "../../../src/adapters/xlsxFile/write/writeWorkbook";
import type { Consolidation } from "../../../src/domain/consolidation/Consolidation";
import { consolidateWithPrevious } from "../../../src/domain/consolidation/consolidateWithPrevious";
import type { Issue } from "../../../src/domain/issues";
import { issueMessage } from "../../../src/domain/messages";
import { serialFromIso } from "../../../src/domain/parse/date";
import { describePortfolio } from "../../../src/domain/portfolio/describePortfolio";
import {
  ISSUE_HEADERS,
  PORTFOLIO_FINGERPRINT_HEADER,
  PORTFOLIO_HEADER_ROW,
  PORTFOLIO_SHEETS,
  PORTFOLIO_TABLES,
} from "../../../src/domain/portfolio/layout";
import { readPreviousPortfolio } from "../../../src/domain/portfolio/readPreviousPortfolio";
import { canonicalCell } from "../../../src/domain/portfolio/rowFingerprint";
import type { CellValue, WorkbookData } from "../../../src/domain/ports/WorkbookPort";
import { columnLetters } from "../../../src/domain/sheets/columnLetters";
import {
  column,
  idsOf,
  runs,
  sortedBy,
  sourcesOf,
  table,
  TODAY,
  typedOver,
  withoutColumn,
  type Item,
} from "./portfolioRuns";

const SOC = "Socialförvaltningen";
const MIL = "Miljöförvaltningen";

const S1: Item = {
  forvaltning: SOC,
  id: "SOC-1",
  name: "E-arkiv",
  status: "Pågående",
  investering: 250000,
  start: "2025-02-01",
  nytta: 3,
  kommentar: "Upphandlas",
};
const S2: Item = { forvaltning: SOC, id: "SOC-2", name: "Digital signering", investering: 80000 };
const M1: Item = { forvaltning: MIL, id: "MIL-1", name: "Tillsynsapp", status: "Idé" };
const ITEMS = [S1, S2, M1];

const edits = (c: Consolidation): Issue[] =>
  c.issues.filter((i) => i.code === "council_edit_overwritten");

const letterOf = (data: WorkbookData, header: string): string =>
  columnLetters(table(data).header.indexOf(header) + 1);

/** Avvikelser's rows as header → value. */
async function avvikelser(c: Consolidation): Promise<Record<string, CellValue>[]> {
  const description = describePortfolio(c, { generatedAt: "2026-03-01 10:00" });
  const sheet = description.sheets.find((s) => s.name === PORTFOLIO_SHEETS.issues)!;
  const t = sheet.tables!.find((x) => x.name === PORTFOLIO_TABLES.issues)!;
  return t.rows.map((r) =>
    Object.fromEntries(t.columns.map((col, i) => [col.header, r[i] as CellValue]))
  );
}

describe("a council edit to a standard column", () => {
  it("is reported with the value typed and the source's value now written, on the initiative's row and column", async () => {
    const [first, second] = await runs(
      ITEMS,
      (data) =>
        typedOver("SOC-1", "Status", "Pausad")(typedOver("SOC-1", "Investering (kr)", 300000)(data)),
      ITEMS
    );
    const row = PORTFOLIO_HEADER_ROW + 1 + idsOf(first!.data).indexOf("SOC-1");
    const found = edits(second!.consolidation);
    expect(found.map((i) => [i.location, i.details])).toEqual([
      [
        { sheet: "Portfölj", row, column: letterOf(first!.data, "Status"), field: "status" },
        { portfolioId: "SOC-1", typed: "Pausad", written: "Pågående", source: "socialf-rvaltningen.xlsx Projekt!D2" },
      ],
      [
        { sheet: "Portfölj", row, column: letterOf(first!.data, "Investering (kr)"), field: "investering" },
        { portfolioId: "SOC-1", typed: 300000, written: 250000, source: "socialf-rvaltningen.xlsx Projekt!E2" },
      ],
    ]);
    // the source's value stands in the cell
    const i = idsOf(second!.data).indexOf("SOC-1");
    expect(column(second!.data, "Investering (kr)")[i]).toBe(250000);
    expect(column(second!.data, "Status")[i]).toBe("Pågående");

    const [investment] = found.filter((x) => x.location.field === "investering");
    expect(issueMessage(investment!, "sv")).toBe(
      "Värdet i Investering (kr) hade ändrats för hand i portföljen till ”300\u00a0000”. Källan (socialf-rvaltningen.xlsx Projekt!E2) anger ”250\u00a0000”, som nu står i cellen. Ska det ändrade värdet gälla, behöver det ändras i källan."
    );
    expect(issueMessage(investment!, "en")).toBe(
      'Investment (SEK) had been changed by hand in the portfolio to "300,000". The source (socialf-rvaltningen.xlsx Projekt!E2) says "250,000", which is now in the cell. If the changed value should stand, it must be changed in the source.'
    );

    // Avvikelser: the sheet, row, column, field, the initiative's ID, a warning
    const rows = (await avvikelser(second!.consolidation)).filter(
      (r) => r[ISSUE_HEADERS.code] === "council_edit_overwritten"
    );
    expect(rows.map((r) => [r[ISSUE_HEADERS.file], r[ISSUE_HEADERS.sheet], r[ISSUE_HEADERS.row], r[ISSUE_HEADERS.field], r[ISSUE_HEADERS.id], r[ISSUE_HEADERS.severity]])).toEqual([
      [null, "Portfölj", row, "Status", "SOC-1", "Varning"],
      [null, "Portfölj", row, "Investering (kr)", "SOC-1", "Varning"],
    ]);
  });

  it("a source that changed since the last run is no edit; nor is an edit the source now agrees with", async () => {
    const changed = ITEMS.map((i) => (i === S1 ? { ...S1, investering: 400000, status: "Avslutad" } : i));
    const [, second] = await runs(ITEMS, changed);
    expect(edits(second!.consolidation)).toEqual([]);

    const [, agreed] = await runs(ITEMS, typedOver("SOC-1", "Investering (kr)", 400000), changed);
    expect(edits(agreed!.consolidation)).toEqual([]);
  });

  it("an emptied cell, a cell written empty and typed in, a score and a date are reported too", async () => {
    const [first, second] = await runs(
      ITEMS,
      (data) =>
        typedOver("SOC-1", "Nytta (1–5)", 5)(
          typedOver("SOC-1", "Startdatum", serialFromIso("2025-09-01", false))(
            typedOver("SOC-2", "Syfte", "Snabbare beslut")(typedOver("SOC-1", "Kommentar", null)(data))
          )
        ),
      ITEMS
    );
    const found = edits(second!.consolidation);
    expect(found.map((i) => [i.details?.["portfolioId"], i.location.field, i.details?.["typed"], i.details?.["written"]])).toEqual([
      ["SOC-1", "startdatum", "2025-09-01", "2025-02-01"],
      ["SOC-1", "score:nytta", 5, 3],
      ["SOC-1", "kommentar", "", "Upphandlas"],
      ["SOC-2", "syfte", "Snabbare beslut", ""],
    ]);
    const text = (field: string, lang: "sv" | "en") =>
      issueMessage(found.find((i) => i.location.field === field)!, lang, second!.consolidation.parameters.criteria);
    expect(text("kommentar", "sv")).toBe(
      "Värdet i Kommentar hade tömts för hand i portföljen. Källan (socialf-rvaltningen.xlsx Projekt!H2) anger ”Upphandlas”, som nu står i cellen. Ska cellen vara tom, behöver värdet tas bort i källan."
    );
    expect(text("syfte", "sv")).toBe(
      "Värdet i Syfte hade ändrats för hand i portföljen till ”Snabbare beslut”. Källan (socialf-rvaltningen.xlsx Projekt!3) anger inget, så cellen är nu tom. Ska det ändrade värdet gälla, behöver det skrivas in i källan."
    );
    expect(text("score:nytta", "en")).toBe(
      'Nytta had been changed by hand in the portfolio to "5". The source (socialf-rvaltningen.xlsx Projekt!G2) says "3", which is now in the cell. If the changed value should stand, it must be changed in the source.'
    );
    expect(first).toBeDefined();
  });

  it("computed columns, the council's columns and the source columns are not standard values: never reported", async () => {
    const [, second] = await runs(
      ITEMS,
      (data) =>
        typedOver("SOC-1", "Nettonuvärde (kr)", 1)(
          typedOver("SOC-1", "Rådets beslut", "Beviljad")(typedOver("SOC-1", "Källrad", 99)(data))
        ),
      ITEMS
    );
    expect(edits(second!.consolidation)).toEqual([]);
  });

  it("is reported at the row the initiative has on the hand-sorted portfolio", async () => {
    const [, second] = await runs(
      ITEMS,
      (data) => typedOver("SOC-2", "Namn", "Signering")(sortedBy(["SOC-2", "MIL-1", "SOC-1"])(data)),
      ITEMS
    );
    expect(idsOf(second!.data)).toEqual(["SOC-2", "MIL-1", "SOC-1"]);
    expect(edits(second!.consolidation).map((i) => [i.location.row, i.location.field])).toEqual([
      [PORTFOLIO_HEADER_ROW + 1, "name"],
    ]);
  });

  it("an initiative gone from the inputs keeps its row's values and fingerprint; the edit is reported when it returns", async () => {
    const without = ITEMS.filter((i) => i !== S1);
    const [, gone, back] = await runs(
      ITEMS,
      typedOver("SOC-1", "Investering (kr)", 300000),
      without,
      ITEMS
    );
    // while gone nothing replaces the council's value, so nothing is reported
    expect(edits(gone!.consolidation)).toEqual([]);
    expect(column(gone!.data, "Investering (kr)")[idsOf(gone!.data).indexOf("SOC-1")]).toBe(300000);
    expect(edits(back!.consolidation).map((i) => [i.location.field, i.details?.["typed"], i.details?.["written"]])).toEqual([
      ["investering", 300000, 250000],
    ]);
  });
});

describe("a portfolio without a readable Kontrollsumma", () => {
  it("an older portfolio without the column reports nothing, reads as before and gets the column", async () => {
    const [, second, third] = await runs(
      ITEMS,
      (data) => typedOver("SOC-1", "Investering (kr)", 300000)(withoutColumn(PORTFOLIO_FINGERPRINT_HEADER)(data)),
      ITEMS,
      typedOver("SOC-1", "Investering (kr)", 300000),
      ITEMS
    );
    expect(edits(second!.consolidation)).toEqual([]);
    expect(column(second!.data, PORTFOLIO_FINGERPRINT_HEADER).every((v) => typeof v === "string")).toBe(true);
    // from then on edits are told
    expect(edits(third!.consolidation)).toHaveLength(1);
  });

  it("a Kontrollsumma the council emptied or typed over reports nothing for its row, and fails nothing", async () => {
    const [, second] = await runs(
      ITEMS,
      (data) =>
        typedOver("SOC-1", PORTFOLIO_FINGERPRINT_HEADER, null)(
          typedOver("SOC-2", PORTFOLIO_FINGERPRINT_HEADER, "D1;kaputt")(
            typedOver("SOC-2", "Namn", "Annat")(typedOver("SOC-1", "Namn", "Annat")(data))
          )
        ),
      ITEMS
    );
    expect(edits(second!.consolidation)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Round trip (property): written, read back, run again

const RUNS = 60;

const textArb = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.constantFrom("Pågående", "=SUMMA(A1)", "  mellanslag  ", "rad ett\nrad två", "1,2 mkr", "höst 2017", "0012")
);
const valueArb = fc.oneof(
  fc.constant(undefined),
  textArb,
  fc.integer({ min: -1000, max: 50_000_000 }),
  fc.double({ min: 0, max: 1e7, noNaN: true })
);
const itemArb = (n: number) =>
  fc.record({
    forvaltning: fc.constantFrom(SOC, MIL),
    name: textArb,
    status: fc.oneof(fc.constant(undefined), fc.constantFrom("Idé", "Pågående", "Klar", "Parkerad", "okänt ord")),
    investering: valueArb,
    start: fc.oneof(fc.constant(undefined), fc.constantFrom("2025-03-01", "höst 2017", "Q3 2026"), fc.integer({ min: 40000, max: 50000 })),
    nytta: fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 7 }), textArb),
    kommentar: fc.oneof(fc.constant(undefined), textArb),
  }).map((r): Item => ({ ...r, id: `X-${n}` } as Item));
const itemsArb = fc
  .integer({ min: 1, max: 5 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => itemArb(i))));

/** The standard columns a list of these items fills or leaves empty. */
const TYPED_HEADERS = ["Namn", "Status", "Investering (kr)", "Startdatum", "Nytta (1–5)", "Kommentar", "Syfte", "Effektmål"];

describe("round trip (property)", () => {
  test(`any values written and read back report no edit; one cell typed over is that cell only (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        itemsArb,
        fc.nat(),
        fc.constantFrom(...TYPED_HEADERS),
        fc.oneof(textArb, fc.integer({ min: -5, max: 10_000_000 }), fc.constant(null)),
        async (items, pick, header, typed) => {
          const [first, again] = await runs(items, items);
          expect(edits(again!.consolidation)).toEqual([]);
          const ids = idsOf(first!.data);
          fc.pre(ids.length > 0);
          const id = ids[pick % ids.length]!;
          const before = column(first!.data, header)[ids.indexOf(id)];
          fc.pre(canonicalCell(typed) !== canonicalCell(before));
          const [, edited] = await runs(items, typedOver(id, header, typed), items);
          const found = edits(edited!.consolidation);
          expect(found.map((i) => [i.details?.["portfolioId"], i.location.column])).toEqual([
            [id, letterOf(first!.data, header)],
          ]);
        }
      ),
      { numRuns: RUNS, seed: 15 }
    );
  });

  test("through a real .xlsx file: what the file adapter writes and reads back is no edit", async () => {
    await fc.assert(
      fc.asyncProperty(itemsArb, async (items) => {
        const first = consolidateWithPrevious(sourcesOf(items), null, TODAY);
        const bytes = await renderWorkbook(describePortfolio(first, { generatedAt: "2026-03-01 10:00" }));
        const previous = readPreviousPortfolio(readWorkbookBytes(bytes, "portfolj.xlsx"));
        expect(previous).not.toBeNull();
        const again = consolidateWithPrevious(sourcesOf(items), previous, TODAY);
        expect(edits(again)).toEqual([]);
      }),
      { numRuns: 8, seed: 15 }
    );
  });
});
