/**
 * The workbook the harness opens: one förvaltning's own list of initiatives, as förvaltningar
 * keep them (a title above the headers, their own header words, amounts in tkr), with a few
 * problems for Kontrollera to find and criterion scores chosen so that moving weight from Nytta
 * to Strategisk betydelse changes the ranking. Shared by the harness (browser) and the tests.
 *
 * The sheet is not called "Initiativ": that is the standard template's sheet, and inserting the
 * template must not collide with the user's own list.
 */
import type { DoubleWorkbook, SeedCell } from "../excelDouble/DoubleWorkbook";

export const SEED_SHEET = "Projektlista";
/** A second, empty sheet, as most workbooks have: somewhere else for Excel's focus to be. */
export const OTHER_SHEET = "Blad2";
export const FORVALTNING = "Kultur- och fritidsförvaltningen";
export const SEED_TITLE = `Digitaliseringsinitiativ 2025 – ${FORVALTNING}`;
export const SEED_HEADER_ROW = 3;

export const SEED_HEADERS = [
  "Projektnr",
  "Initiativ",
  "Förvaltning",
  "Status",
  "Ansvarig",
  "Startdatum",
  "Slutdatum",
  "Budget (tkr)",
  "Nyttoägare",
  "Nytta",
  "Strategisk betydelse",
  "Komplexitet",
  "Risk",
  "Kommentar",
] as const;

export type SeedHeader = (typeof SEED_HEADERS)[number];
type SeedRow = Readonly<Partial<Record<SeedHeader, string | number>>>;

/** Nytta and Strategisk betydelse count for, Komplexitet and Risk against (scores 1–5). */
const ROWS: readonly SeedRow[] = [
  {
    Projektnr: "KF-2024-01",
    Initiativ: "Digital föreningsbokning",
    Status: "Pågående",
    Ansvarig: "Sara Lindqvist",
    Startdatum: "2024-02-01",
    Slutdatum: "2026-12-31",
    "Budget (tkr)": 850,
    Nyttoägare: "Jonas Ek",
    ...scores(5, 2, 3, 2),
  },
  {
    Projektnr: "KF-2024-02",
    Initiativ: "Meröppet bibliotek Söder",
    Status: "Beslutad",
    Ansvarig: "Anders Holm",
    Startdatum: "2025-09-01",
    Slutdatum: "2026-06-30",
    "Budget (tkr)": 1200,
    Nyttoägare: "Maria Berg",
    ...scores(3, 3, 2, 2),
  },
  {
    // Ends before it starts: Kontrollera reports it on the Slutdatum cell.
    Projektnr: "KF-2024-03",
    Initiativ: "Kulturskolans e-tjänst för anmälan",
    Status: "Pågående",
    Ansvarig: "Eva Nyström",
    Startdatum: "2025-08-15",
    Slutdatum: "2025-03-31",
    "Budget (tkr)": 240,
    Nyttoägare: "Karin Sjö",
    ...scores(4, 2, 2, 2),
    Kommentar: "Slutdatum ska ses över",
  },
  {
    Projektnr: "KF-2025-04",
    Initiativ: "Digital skyltning i sporthallar",
    Status: "Idé",
    Ansvarig: "Per Wallin",
    "Budget (tkr)": 300,
    ...scores(2, 1, 1, 1),
  },
  {
    // A förstudie needs an Ansvarig.
    Projektnr: "KF-2025-05",
    Initiativ: "Chatbot för fritidsgårdarna",
    Status: "Förstudie",
    Startdatum: "2025-10-01",
    Slutdatum: "2026-03-31",
    "Budget (tkr)": 450,
    ...scores(2, 5, 4, 4),
    Kommentar: "Ansvarig utses i höst",
  },
  {
    // A finished initiative needs its Slutdatum.
    Projektnr: "KF-2023-06",
    Initiativ: "Passersystem för idrottshallar",
    Status: "Avslutad",
    Ansvarig: "Lena Åberg",
    Startdatum: "2023-01-09",
    "Budget (tkr)": 1600,
    Nyttoägare: "Ola Dahl",
    ...scores(4, 3, 3, 3),
  },
  {
    // No Risk score yet: unranked.
    Projektnr: "KF-2025-07",
    Initiativ: "Lovaktiviteter i appen",
    Status: "Idé",
    Ansvarig: "Sara Lindqvist",
    "Budget (tkr)": 120,
    ...scores(3, 4, 2, null),
    Kommentar: "Risk bedöms senare",
  },
  {
    Projektnr: "KF-2025-08",
    Initiativ: "Digitalt kulturarv – skanning av arkiv",
    Status: "Beslutad",
    Ansvarig: "Henrik Strand",
    Startdatum: "2026-01-15",
    Slutdatum: "2027-06-30",
    "Budget (tkr)": 2400,
    Nyttoägare: "Maria Berg",
    ...scores(3, 5, 4, 3),
  },
];

function scores(nytta: number, strategi: number, komplexitet: number, risk: number | null) {
  return {
    Nytta: nytta,
    "Strategisk betydelse": strategi,
    Komplexitet: komplexitet,
    ...(risk === null ? {} : { Risk: risk }),
  };
}

/** Every seeded initiative, all of Kultur- och fritidsförvaltningen; a missing cell is null. */
export const SEED_ROWS: readonly Readonly<Record<SeedHeader, string | number | null>>[] = ROWS.map(
  (r) =>
    Object.fromEntries(
      SEED_HEADERS.map((h) => [h, r[h] ?? (h === "Förvaltning" ? FORVALTNING : null)])
    ) as Record<SeedHeader, string | number | null>
);

/**
 * With the default weights (Nytta 35, Strategisk betydelse 25, Komplexitet 20, Risk 20) the list
 * ranks Digital föreningsbokning first; with Nytta 10 and Strategisk betydelse 50 (still 100 in
 * all) Digitalt kulturarv comes first, then Chatbot. No two scores tie under either weighting.
 * A central budget of 3 000 000 kr then holds those two (2 400 + 450 tkr), not the third (1 200).
 */
export const RANKING_CHANGE = {
  weights: { Nytta: 10, "Strategisk betydelse": 50 },
  firstBefore: "Digital föreningsbokning",
  firstAfter: "Digitalt kulturarv – skanning av arkiv",
  centralBudget: 3_000_000,
  fitsBudgetAfter: ["Ja", "Ja", "Nej"],
} as const;

/** The initiative whose end date comes before its start date. */
export const END_BEFORE_START = "Kulturskolans e-tjänst för anmälan";

/** "G6": the A1 reference of one seeded initiative's cell under a header. */
export function seedCell(header: SeedHeader, initiative: string): string {
  const index = SEED_ROWS.findIndex((r) => r.Initiativ === initiative);
  if (index < 0) throw new Error(`No seeded initiative "${initiative}"`);
  const column = String.fromCharCode("A".charCodeAt(0) + SEED_HEADERS.indexOf(header));
  return `${column}${SEED_HEADER_ROW + 1 + index}`;
}

/** Writes the list as a user would have typed it (ISO dates become date serials, as in Excel). */
export function seedWorkbook(workbook: DoubleWorkbook): void {
  const rows: SeedCell[][] = [
    [SEED_TITLE],
    [],
    [...SEED_HEADERS],
    ...SEED_ROWS.map((r) => SEED_HEADERS.map((h) => r[h])),
  ];
  workbook.seed(SEED_SHEET, "A1", rows);
}
