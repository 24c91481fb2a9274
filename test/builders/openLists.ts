/**
 * Lists as a förvaltning keeps them in its own sheet, for seeding the Excel double: the standard
 * input headers (or a few own ones) and deterministic rows of realistic values, some with
 * problems a check must find.
 */
import type { SeedCell } from "../excelDouble/DoubleWorkbook";

export const STANDARD_HEADERS = [
  "Initiativ-ID",
  "Namn",
  "Förvaltning",
  "Status",
  "Startdatum",
  "Slutdatum",
  "Investering (kr)",
  "Löpande kostnad per år (kr)",
  "Kostnadsbesparing per år (kr)",
  "Tidsbesparing (timmar per år)",
  "Nyttokalkyl",
  "Riskanalys",
  "Projektplan",
  "Ansvarig",
  "Nyttoägare",
  "Nytta (1–5)",
  "Strategisk betydelse (1–5)",
  "Komplexitet (1–5)",
  "Risk (1–5)",
  "Kommentar",
] as const;

const STATUSES = ["Idé", "Förstudie", "Pågående", "Avslutat"];
const DOCS = ["Genomförd", "Delvis", "Saknas"];

/** Excel date serial of an ISO date (1900 system). */
const serial = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;

/** Row i (0-based) of a standard list; every 7th ends before it starts, every 11th lacks a status. */
export function standardRow(i: number): SeedCell[] {
  const start = serial(`202${4 + (i % 3)}-0${1 + (i % 9)}-01`);
  return [
    `SB-${String(i + 1).padStart(5, "0")}`,
    `Digital tjänst ${i + 1}`,
    "Samhällsbyggnadsförvaltningen",
    i % 11 === 10 ? null : STATUSES[i % STATUSES.length]!,
    start,
    i % 7 === 6 ? start - 30 : start + 365,
    50_000 + (i % 20) * 25_000,
    10_000 + (i % 5) * 2_000,
    30_000 + (i % 13) * 5_000,
    100 + (i % 17) * 20,
    DOCS[i % 3]!,
    DOCS[(i + 1) % 3]!,
    DOCS[(i + 2) % 3]!,
    `Handläggare ${i % 9}`,
    `Chef ${i % 5}`,
    1 + (i % 5),
    1 + ((i * 3) % 5),
    1 + ((i * 7) % 5),
    1 + ((i * 2) % 5),
    i % 4 === 0 ? "Beslut väntas i nämnden" : null,
  ];
}

export function standardList(rows: number): SeedCell[][] {
  return [[...STANDARD_HEADERS], ...Array.from({ length: rows }, (_, i) => standardRow(i))];
}
