/**
 * The benchmark's workbooks, made deterministically (a seeded generator, no clock): the shapes
 * förvaltningar keep (the standard template; an own list with a title, own header words, amounts
 * in tkr or as text, dates as text; a sparse list with few columns), as .xlsx written by SheetJS.
 */
import * as XLSX from "@e965/xlsx";
import { useNativeInflate } from "../src/adapters/xlsxFile/useNativeInflate";
import { STANDARD_HEADERS } from "../test/builders/openLists";

// SheetJS then packs with Node's zlib, as Excel packs its files; its own deflate writes files
// about three times larger.
useNativeInflate();

export interface BenchFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface BenchCorpus {
  readonly label: string;
  readonly files: readonly BenchFile[];
  readonly rows: number;
}

/** mulberry32: the same numbers every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const FORVALTNINGAR = [
  "Kommunledningsförvaltningen",
  "Socialförvaltningen",
  "Utbildningsförvaltningen",
  "Samhällsbyggnadsförvaltningen",
  "Kultur- och fritidsförvaltningen",
  "Vård- och omsorgsförvaltningen",
  "Miljöförvaltningen",
];
const WORDS = ["Digital", "E-tjänst", "Automatiserad", "Ny", "Mobil", "Gemensam", "Säker"];
const THINGS = [
  "bygglov",
  "ansökan",
  "schemaläggning",
  "fakturering",
  "arkivering",
  "signering",
  "bokning",
  "tillsyn",
  "felanmälan",
  "kundtjänst",
];
const STATUSES = ["Idé", "Förstudie", "Pågående", "Avslutat", "Beslutad", "Parkerad"];
const DOCS = ["Genomförd", "Delvis", "Saknas"];

const serial = (year: number, month: number, day: number) =>
  Date.UTC(year, month - 1, day) / 86_400_000 + 25_569;

type Shape = "template" | "own" | "sparse";

/** The standard list's headers without Nyttoägare and Kommentar, which the rows below leave out. */
const TEMPLATE_HEADERS = STANDARD_HEADERS.filter((h) => h !== "Nyttoägare" && h !== "Kommentar");

interface Row {
  id: string;
  name: string;
  status: string;
  start: number;
  end: number;
  investment: number;
  running: number;
  saving: number;
  hours: number;
  docs: [string, string, string];
  owner: string;
  scores: [number, number, number, number];
}

function rowOf(next: () => number, prefix: string, i: number): Row {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const start = serial(2023 + Math.floor(next() * 4), 1 + Math.floor(next() * 12), 1);
  const score = () => 1 + Math.floor(next() * 5);
  return {
    id: `${prefix}-${String(i + 1).padStart(5, "0")}`,
    name: `${pick(WORDS)} ${pick(THINGS)} ${i + 1}`,
    status: pick(STATUSES),
    start,
    end: start + 90 + Math.floor(next() * 900),
    investment: 25_000 * (1 + Math.floor(next() * 80)),
    running: 5_000 * Math.floor(next() * 20),
    saving: 10_000 * Math.floor(next() * 60),
    hours: 50 * Math.floor(next() * 40),
    docs: [pick(DOCS), pick(DOCS), pick(DOCS)],
    owner: `Handläggare ${Math.floor(next() * 40)}`,
    scores: [score(), score(), score(), score()],
  };
}

const iso = (serialDate: number) =>
  new Date((serialDate - 25_569) * 86_400_000).toISOString().slice(0, 10);

function sheetRows(shape: Shape, forvaltning: string, rows: readonly Row[]): unknown[][] {
  switch (shape) {
    case "template":
      return [
        [...TEMPLATE_HEADERS],
        ...rows.map((r) => [
          r.id,
          r.name,
          forvaltning,
          r.status,
          r.start,
          r.end,
          r.investment,
          r.running,
          r.saving,
          r.hours,
          ...r.docs,
          r.owner,
          ...r.scores,
        ]),
      ];
    case "own":
      return [
        [`Digitaliseringsprojekt ${forvaltning}`],
        ["Uppdaterad av förvaltningens controller"],
        [],
        [
          "Projekt",
          "Läge",
          "Budget (tkr)",
          "Besparing",
          "Projektstart",
          "Klart",
          "Nyttokalkyl",
          "Ansvarig",
          "Kommentar",
        ],
        ...rows.map((r, i) => [
          r.name,
          r.status === "Pågående" ? "Pågår" : r.status,
          i % 5 === 0
            ? `${(r.investment / 1000).toLocaleString("sv-SE")} tkr`
            : r.investment / 1000,
          i % 4 === 0 ? `${r.saving.toLocaleString("sv-SE")} kr` : r.saving,
          i % 6 === 0 ? iso(r.start) : r.start,
          r.end,
          r.docs[0],
          r.owner,
          i % 3 === 0 ? "Beslut väntas" : null,
        ]),
      ];
    case "sparse":
      return [
        ["Namn", "Status", "Kostnad", "Start"],
        ...rows.map((r) => [r.name, r.status, r.investment, r.start]),
      ];
  }
}

function workbookBytes(rows: unknown[][]): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), "Initiativ");
  const bytes = XLSX.write(book, { type: "array", bookType: "xlsx", compression: true });
  return new Uint8Array(bytes as ArrayBuffer);
}

/** `files` workbooks of `rows` initiatives each, shapes in turn (all "template" when `mixed` is off). */
export function makeCorpus(
  label: string,
  files: number,
  rows: number,
  mixed: boolean
): BenchCorpus {
  const next = random(files * 1_000_003 + rows);
  const shapes: Shape[] = mixed ? ["template", "own", "sparse"] : ["template"];
  return {
    label,
    rows: files * rows,
    files: Array.from({ length: files }, (_, f) => {
      const forvaltning = FORVALTNINGAR[f % FORVALTNINGAR.length]!;
      const shape = shapes[f % shapes.length]!;
      const list = Array.from({ length: rows }, (_, i) => rowOf(next, `F${f + 1}`, i));
      return {
        name: `${String(f + 1).padStart(2, "0")}-${shape}-${forvaltning.slice(0, 6).toLowerCase()}.xlsx`,
        bytes: workbookBytes(sheetRows(shape, forvaltning, list)),
      };
    }),
  };
}

/** The three corpora of issue 7. */
export const CORPORA = {
  small: () => makeCorpus("5 arbetsböcker × 20 rader", 5, 20, true),
  city: () => makeCorpus("30 arbetsböcker × 300 rader, blandade former", 30, 300, true),
  large: () => makeCorpus("1 arbetsbok × 50 000 rader", 1, 50_000, false),
} as const;
