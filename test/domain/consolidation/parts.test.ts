import fc from "fast-check";
import { deriveId } from "../../../src/domain/consolidation/deriveId";
import { findOverlaps } from "../../../src/domain/consolidation/findOverlaps";
import { inferForvaltning, matchForvaltningByFileName } from "../../../src/domain/consolidation/inferForvaltning";
import { overview } from "../../../src/domain/consolidation/overview";
import type { PortfolioRow } from "../../../src/domain/consolidation/Consolidation";
import { DEFAULT_LISTS } from "../../../src/domain/lists";
import { foldDiacritics, normalizeHeader } from "../../../src/domain/text/normalize";
import { complete, exact } from "../../builders/initiatives";

describe("deriveId", () => {
  test("is readable, deterministic and ignores case, spaces and accents", () => {
    expect(deriveId("Socialförvaltningen", "E-arkiv")).toMatch(/^SOC-[0-9A-Z]{7}$/);
    expect(deriveId("Socialförvaltningen", "E-arkiv")).toBe(deriveId("socialförvaltningen ", "e  arkiv"));
    expect(deriveId("Socialförvaltningen", "E-arkiv")).not.toBe(deriveId("Miljöförvaltningen", "E-arkiv"));
  });

  test("different names give different IDs (no collisions in 2 000 generated names)", () => {
    const names = fc.sample(fc.string({ minLength: 3, maxLength: 30 }), { numRuns: 2000, seed: 1 });
    // names that differ only in case, spaces, punctuation or accents are the same name
    const unique = new Map(names.map((n) => [foldDiacritics(normalizeHeader(n)), n]));
    const ids = new Set([...unique.values()].map((n) => deriveId("Socialförvaltningen", n)));
    expect(ids.size).toBe(unique.size);
  });
});

describe("inferForvaltning", () => {
  const list = DEFAULT_LISTS.forvaltning;
  test.each([
    ["socialforvaltningen-gles.xlsx", "Socialförvaltningen"],
    ["vard-och-omsorg-tkr.xlsx", "Vård- och omsorgsförvaltningen"],
    ["utbildning-summarad.xlsx", "Barn- och utbildningsförvaltningen"],
    ["kultur-fritid-egna-statusord.xlsx", "Kultur- och fritidsförvaltningen"],
    ["examples/miljo-1904-dold-kolumn.xlsx", "Miljöförvaltningen"],
    ["kommunledning-it-lista.xlsx", "Kommunledningsförvaltningen"],
  ])("%s → %s", (file, expected) => {
    expect(matchForvaltningByFileName(file, list)).toBe(expected);
  });

  test("no clear match: the file's name stands, and the source says so", () => {
    expect(inferForvaltning({ fileName: "lista2024.xlsx", workbookOwn: null, tables: [] }, list)).toEqual({ name: "lista2024", source: "fallback" });
  });

  test("a correction wins over the workbook, which wins over the file name", () => {
    expect(inferForvaltning({ fileName: "socialforvaltningen.xlsx", correction: "Miljöförvaltningen", workbookOwn: "X", tables: [] }, list).name).toBe("Miljöförvaltningen");
    expect(inferForvaltning({ fileName: "socialforvaltningen.xlsx", workbookOwn: "X", tables: [] }, list)).toEqual({ name: "X", source: "workbook" });
  });
});

describe("findOverlaps", () => {
  test("same or nearly the same name in different förvaltningar; never within one", () => {
    const overlaps = findOverlaps([
      { id: "A", forvaltning: "Soc", name: "Digital signering av myndighetsbeslut" },
      { id: "B", forvaltning: "KLF", name: "Digital signering av myndighetsbeslut." },
      { id: "C", forvaltning: "KLF", name: "Digitala signeringar av myndighetsbeslut" },
      { id: "D", forvaltning: "Soc", name: "E-arkiv" },
      { id: "E", forvaltning: "Soc", name: "E-arkiv" },
      { id: "F", forvaltning: "BUF", name: "E arkiv" },
      { id: "G", forvaltning: "BUF", name: "Skolplattform" },
    ]);
    expect(overlaps.get("A")).toEqual(["B", "C"]);
    expect(overlaps.get("B")).toEqual(["A"]);
    expect(overlaps.get("F")).toEqual(["D", "E"]);
    expect(overlaps.get("G")).toBeUndefined();
  });
});

describe("overview", () => {
  const row = (forvaltning: string, values: Parameters<typeof complete>[0]): PortfolioRow => ({
    id: forvaltning + Math.random(),
    idDerived: false,
    forvaltning,
    initiative: complete(values),
    assessment: { nyttaPerAr: 100, nettonyttaPerAr: null, aterbetalningstid: null, nettonuvarde: null, nnvKvot: null, viktadPoang: null, prioritet: null, kvadrant: null, dokumentationsgrad: null, realiseradAndel: null },
    errors: 0,
    warnings: 0,
    overlaps: [],
    council: { radetsBeslut: null, finansiering: null, radetsKommentar: null },
    extra: {},
    missingFromLatest: false,
  });

  test("counts, sums and documentation shares per förvaltning and in total", () => {
    const rows = [
      row("Soc", { investering: 100, nyttokalkyl: "Genomförd", uppfoljd: exact("2026-01-01") }),
      row("Soc", { investering: 300, nyttokalkyl: "Delvis", nyttoagare: undefined as never }),
      row("Bou", { investering: 50, riskanalys: "Genomförd" }),
    ];
    const [bou, soc, total] = overview(rows);
    expect(bou).toMatchObject({ forvaltning: "Bou", count: 1, investment: 50, withRiskanalys: 1, withNyttokalkyl: 1 });
    expect(soc).toMatchObject({ forvaltning: "Soc", count: 2, investment: 400, yearlyBenefit: 200, withNyttokalkyl: 0.5, followedUp: 0.5 });
    expect(total).toMatchObject({ forvaltning: null, count: 3, investment: 450 });
  });
});
