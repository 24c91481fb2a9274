/**
 * The two directions agree: what describePortfolio writes (rendered to .xlsx and read back as
 * the port reads it), readPreviousPortfolio reads as the writer meant it.
 */
import { readWorkbookBytes } from "../../../src/adapters/xlsxFile/readXlsx";
import { renderWorkbook } from "../../../src/adapters/xlsxFile/write/writeWorkbook";
import { DEFAULT_PARAMETERS } from "../../../src/domain/parameters/Parameters";
import { describePortfolio } from "../../../src/domain/portfolio/describePortfolio";
import { mergePrevious } from "../../../src/domain/portfolio/mergePrevious";
import {
  readPreviousPortfolio,
  type PreviousPortfolio,
} from "../../../src/domain/portfolio/readPreviousPortfolio";
import { buildConsolidation } from "../../builders/consolidation";
import { complete } from "../../builders/initiatives";

const parameters = { ...DEFAULT_PARAMETERS, centralBudget: 1_500_000, kalkylranta: 0.035 };
const scores = { nytta: 4, strategi: 3, komplexitet: 2, risk: 2 };

const built = buildConsolidation({
  parameters,
  initiatives: [
    {
      ...complete({ id: "SOC-1", name: "E-arkiv", forvaltning: "Socialförvaltningen" }, 5),
      scores,
    },
    {
      ...complete(
        { id: "SOC-2", name: "Digital signering", forvaltning: "Socialförvaltningen" },
        6
      ),
      scores,
    },
  ],
  council: {
    "SOC-1": {
      radetsBeslut: "Beviljad",
      finansiering: "Central",
      radetsKommentar: "Följ upp i juni",
    },
  },
  extra: { "SOC-1": { "Ansvarig i rådet": "Eva" }, "SOC-2": { "Ansvarig i rådet": null } },
  missing: [
    {
      id: "UTB-7",
      forvaltning: "Utbildningsförvaltningen",
      previous: { "Initiativ-ID": "UTB-7", Namn: "Lärplattform", "Investering (kr)": 120000 },
      council: { radetsBeslut: "Avslag", finansiering: null, radetsKommentar: null },
      extra: { "Ansvarig i rådet": "Per" },
    },
  ],
});

// As consolidate makes them: SOC-2's portfolio ID told apart from its source's ID; UTB-7 kept for review.
const consolidation = {
  ...built,
  rows: built.rows.map((r) =>
    r.id === "SOC-2"
      ? { ...r, sourceId: "2" }
      : r.id === "UTB-7"
        ? { ...r, sourceId: "7", needsReview: true }
        : r
  ),
  files: built.files.map((f) => ({
    ...f,
    forvaltningSource: "title" as const,
    inferredForvaltning: { name: "Socialförvaltningen", source: "title" as const },
  })),
};

let previous: PreviousPortfolio;

beforeAll(async () => {
  const bytes = await renderWorkbook(
    describePortfolio(consolidation, { generatedAt: "2025-03-01 14:05" })
  );
  previous = readPreviousPortfolio(readWorkbookBytes(bytes, "portfolj.xlsx"))!;
});

describe("readPreviousPortfolio over what describePortfolio writes", () => {
  it("finds every row, its council columns and its added column, and nothing else as the council's", () => {
    expect(previous.rows.map((r) => [r.id, r.sourceId, r.wasMissing, r.wasReview])).toEqual([
      ["SOC-1", null, false, false],
      ["SOC-2", "2", false, false],
      ["UTB-7", "7", false, true],
    ]);
    expect(previous.rows[0]!.council).toEqual({
      radetsBeslut: "Beviljad",
      finansiering: "Central",
      radetsKommentar: "Följ upp i juni",
    });
    expect(previous.extraColumns.map((c) => c.header)).toEqual(["Ansvarig i rådet"]);
    expect(previous.rows.map((r) => r.extra["Ansvarig i rådet"])).toEqual(["Eva", null, "Per"]);
    expect(previous.rows[2]!.cells["Namn"]).toBe("Lärplattform");
    expect(previous.rows[2]!.forvaltning).toBe("Utbildningsförvaltningen");
    expect(previous.outsideTable).toEqual([]);
    expect(previous.rowsWithoutId).toEqual([]);
  });

  it("reads the parameters back and the mapping as it was written, with no issue", () => {
    expect(previous.issues).toEqual([]);
    expect(previous.parameters).toMatchObject({ centralBudget: 1_500_000, kalkylranta: 0.035 });
    const written = consolidation.mappings[0]!;
    const read = previous.corrections.mapping.get("test.xlsx")!.get(written.sheet)!;
    expect(read.size).toBe(written.columns.length);
    expect(read.get("färg på pärmen")).toBeNull();
    expect(read.get("nytta 1 5")).toBe("score:nytta");
    expect(read.get("investering kr")).toBe("investering");
    expect(Object.fromEntries(previous.corrections.forvaltning)).toEqual({
      "test.xlsx": "Socialförvaltningen",
    });
    expect(Object.fromEntries(previous.corrections.inferredForvaltning ?? [])).toEqual({
      "test.xlsx": { name: "Socialförvaltningen", source: "title" },
    });
  });

  it("carries everything over to the next run by förvaltning and source ID, the others kept", () => {
    const soc2 = consolidation.rows.find((r) => r.id === "SOC-2")!;
    const next = mergePrevious(
      [{ forvaltning: soc2.forvaltning, sourceId: "2", idDerived: false, initiative: soc2.initiative! }],
      previous
    );
    expect(next.carried).toEqual([
      { previousId: "SOC-2", council: { radetsBeslut: null, finansiering: null, radetsKommentar: null }, extra: { "Ansvarig i rådet": null } },
    ]);
    expect(
      next.kept.map((r) => [r.id, r.missingFromLatest, r.council.radetsBeslut, r.extra["Ansvarig i rådet"]])
    ).toEqual([
      ["SOC-1", true, "Beviljad", "Eva"],
      // kept for review, but none of its initiatives is in the inputs: now simply missing
      ["UTB-7", true, "Avslag", "Per"],
    ]);
    expect(next.kept.map((r) => r.needsReview)).toEqual([undefined, undefined]);
  });
});
