/**
 * The error an update of an existing workbook may end in, before anything is written. It names
 * the file and, for losses, every sheet and what on it would be lost, in Swedish (`message`) and
 * English (`messageEn`).
 */
import type { UpdateLoss, UpdateLossKind } from "./updateLoss";

export type WorkbookUpdateErrorReason =
  /** Updating would lose something the council added (see `losses`). */
  | "would_lose"
  /** The existing file could not be read for an update (not a package Digiportfölj can patch). */
  | "unreadable"
  /** The new file could not be put in place: the old one is open in another program. */
  | "locked";

const LABELS: Readonly<Record<UpdateLossKind, { sv: string; en: string }>> = {
  sheet: { sv: "hela bladet", en: "the whole sheet" },
  chart: { sv: "diagram", en: "charts" },
  shape: { sv: "former, textrutor eller pennanteckningar", en: "shapes, text boxes or ink" },
  picture: { sv: "bilder", en: "pictures" },
  smartArt: { sv: "SmartArt-grafik", en: "SmartArt graphics" },
  slicer: { sv: "utsnitt", en: "slicers" },
  timeline: { sv: "tidslinjer", en: "timelines" },
  embeddedObject: { sv: "inbäddade objekt", en: "embedded objects" },
  formControl: {
    sv: "formulärkontroller eller ActiveX-kontroller",
    en: "form or ActiveX controls",
  },
  pivotTable: { sv: "pivottabeller", en: "pivot tables" },
  threadedComment: { sv: "kommentarstrådar", en: "threaded comments" },
  sparkline: { sv: "miniatyrdiagram", en: "sparklines" },
  validation: {
    sv: "dataverifiering i Excel 2010-format (t.ex. listor från andra blad)",
    en: "Excel 2010-style data validation (e.g. lists on other sheets)",
  },
  protectedRange: {
    sv: "områden som får redigeras när bladet är skyddat",
    en: "editable ranges of a protected sheet",
  },
  filter: { sv: "aktiva filter", en: "active filters" },
  dynamicArray: {
    sv: "dynamiska matrisformler (t.ex. FILTER, UNIK, SORTERA)",
    en: "dynamic array formulas (e.g. FILTER, UNIQUE, SORT)",
  },
  table: { sv: "tabeller", en: "tables" },
  tableColumn: {
    sv: "kolumner som lagts in mitt i Digiportföljs tabell (lägg egna kolumner till höger om den)",
    en: "columns put inside Digiportfölj's table (add your own columns to the right of it)",
  },
  cell: {
    sv: "egna celler där Digiportfölj nu skriver (flytta dem längre ner eller till höger)",
    en: "cells of your own where Digiportfölj now writes (move them further down or to the right)",
  },
  other: { sv: "annat innehåll som inte kan behållas", en: "other content that cannot be kept" },
};

export function lossLabel(kind: UpdateLossKind, lang: "sv" | "en"): string {
  return LABELS[kind][lang];
}

/**
 * One line per sheet (and one for the workbook), each kind once with its count and details:
 * "Bladet ”Analys”: diagram (2), pivottabeller (1)".
 */
export function describeLosses(losses: readonly UpdateLoss[], lang: "sv" | "en"): string[] {
  const groups = new Map<
    string,
    { sheet: string | null; rewritten: boolean; kinds: Map<UpdateLossKind, string[]> }
  >();
  for (const loss of losses) {
    const key = `${loss.sheet ?? "\u0000"}\u0001${loss.rewritten}`;
    const group = groups.get(key) ?? {
      sheet: loss.sheet,
      rewritten: loss.rewritten,
      kinds: new Map(),
    };
    groups.set(key, group);
    const details = group.kinds.get(loss.kind) ?? [];
    details.push(loss.detail ?? "");
    group.kinds.set(loss.kind, details);
  }
  return [...groups.values()].map(({ sheet, rewritten, kinds }) => {
    const where =
      sheet === null
        ? lang === "sv"
          ? "Arbetsboken"
          : "The workbook"
        : lang === "sv"
          ? `Bladet ”${sheet}”${rewritten ? " (skrivs om av Digiportfölj)" : ""}`
          : `Sheet "${sheet}"${rewritten ? " (rewritten by Digiportfölj)" : ""}`;
    const what = [...kinds.entries()].map(([kind, details]) => {
      const named = [...new Set(details.filter((d) => d !== ""))];
      const extra = named.length > 0 ? `: ${named.join(", ")}` : "";
      return `${lossLabel(kind, lang)} (${details.length}${extra})`;
    });
    return `${where}: ${what.join(", ")}`;
  });
}

function messageSv(
  reason: WorkbookUpdateErrorReason,
  file: string,
  losses: readonly UpdateLoss[]
): string {
  switch (reason) {
    case "would_lose":
      return [
        `Portföljen ”${file}” uppdaterades inte, eftersom detta annars skulle gå förlorat:`,
        ...describeLosses(losses, "sv").map((line) => `  • ${line}`),
        "Flytta det till en egen arbetsbok, eller kör igen med --force för att uppdatera ändå (den gamla filen sparas då som säkerhetskopia bredvid).",
      ].join("\n");
    case "unreadable":
      return `Portföljen ”${file}” kunde inte läsas in för att uppdateras. Öppna den i Excel och spara den som en ny .xlsx, eller kör igen med --force för att skriva en ny portfölj (den gamla filen sparas då som säkerhetskopia bredvid).`;
    case "locked":
      return `Portföljen ”${file}” kunde inte ersättas; den är troligen öppen i Excel eller ett annat program. Stäng den och försök igen.`;
  }
}

function messageEn(
  reason: WorkbookUpdateErrorReason,
  file: string,
  losses: readonly UpdateLoss[]
): string {
  switch (reason) {
    case "would_lose":
      return [
        `The portfolio "${file}" was not updated, because this would be lost:`,
        ...describeLosses(losses, "en").map((line) => `  • ${line}`),
        "Move it to a workbook of its own, or run again with --force to update anyway (the old file is then kept as a backup beside it).",
      ].join("\n");
    case "unreadable":
      return `The portfolio "${file}" could not be read for an update. Open it in Excel and save it as a new .xlsx, or run again with --force to write a new portfolio (the old file is then kept as a backup beside it).`;
    case "locked":
      return `The portfolio "${file}" could not be replaced; it is probably open in Excel or another program. Close it and try again.`;
  }
}

export class WorkbookUpdateError extends Error {
  override readonly name = "WorkbookUpdateError";
  readonly reason: WorkbookUpdateErrorReason;
  readonly fileName: string;
  readonly losses: readonly UpdateLoss[];
  /** The same message in English; `message` is Swedish. */
  readonly messageEn: string;

  constructor(
    reason: WorkbookUpdateErrorReason,
    fileName: string,
    details: { readonly losses?: readonly UpdateLoss[]; readonly cause?: unknown } = {}
  ) {
    const losses = details.losses ?? [];
    super(
      messageSv(reason, fileName, losses),
      details.cause === undefined ? undefined : { cause: details.cause }
    );
    this.reason = reason;
    this.fileName = fileName;
    this.losses = losses;
    this.messageEn = messageEn(reason, fileName, losses);
  }
}

export function isWorkbookUpdateError(error: unknown): error is WorkbookUpdateError {
  return error instanceof WorkbookUpdateError;
}
