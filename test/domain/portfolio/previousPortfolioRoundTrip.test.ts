/**
 * The two directions agree: what describePortfolio writes (rendered to .xlsx and read back as
 * the port reads it), readPreviousPortfolio reads as the writer meant it.
 */
import { readWorkbookBytes } from "../../../src/adapters/xlsxFile/readXlsx";
import { renderWorkbook } from "../../../src/adapters/xlsxFile/writeXlsx";
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

const consolidation = buildConsolidation({
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

let previous: PreviousPortfolio;

beforeAll(async () => {
  const bytes = await renderWorkbook(
    describePortfolio(consolidation, { generatedAt: "2025-03-01 14:05" })
  );
  previous = readPreviousPortfolio(readWorkbookBytes(bytes, "portfolj.xlsx"))!;
});

describe("readPreviousPortfolio over what describePortfolio writes", () => {
  it("finds every row, its council columns and its added column, and nothing else as the council's", () => {
    expect(previous.rows.map((r) => [r.id, r.wasMissing])).toEqual([
      ["SOC-1", false],
      ["SOC-2", false],
      ["UTB-7", true],
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
  });

  it("carries everything over to the next run, the missing initiative kept", () => {
    const next = mergePrevious(
      consolidation.rows
        .filter((r) => r.id === "SOC-2")
        .map((r) => ({
          ...r,
          council: { radetsBeslut: null, finansiering: null, radetsKommentar: null },
          extra: {},
        })),
      previous
    );
    expect(
      next.map((r) => [
        r.id,
        r.missingFromLatest,
        r.council.radetsBeslut,
        r.extra["Ansvarig i rådet"],
      ])
    ).toEqual([
      ["SOC-2", false, null, null],
      ["SOC-1", true, "Beviljad", "Eva"],
      ["UTB-7", true, "Avslag", "Per"],
    ]);
  });
});
