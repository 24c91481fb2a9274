/**
 * What write() will do to the open workbook, decided from what the inspection syncs found and
 * before anything is changed: which described sheets are added and which reused, which of our
 * old sheets go, which names are replaced or removed, and what must be refused because it
 * belongs to the user.
 */
import type { WorkbookDescription } from "../../domain/template/WorkbookDescription";
import { parseAddress, sheetReference } from "./a1";

export interface ExistingSheet {
  readonly name: string;
  readonly position: number;
  /** The sheet carries our marker naming it (see ownership.ts). */
  readonly ours: boolean;
  /** Tables on the sheet. */
  readonly tables: readonly string[];
}

export interface ExistingName {
  readonly name: string;
  /** NamedItem.formula (1.7) or value, e.g. "=Parametrar!$B$3"; null when unknown. */
  readonly reference: string | null;
}

export type RefusalReason =
  "sheet_not_ours" | "name_not_ours" | "table_name_taken" | "cells_not_empty" | "no_such_sheet";

export interface Refusal {
  readonly reason: RefusalReason;
  /** The sheets, names or table names concerned. */
  readonly items: readonly string[];
}

export interface SheetStep {
  readonly name: string;
  /** The existing sheet's current name (differs from `name` only in letter case), or null: add. */
  readonly existing: string | null;
  readonly tablesToDelete: readonly string[];
}

export interface WritePlan {
  readonly sheets: readonly SheetStep[];
  /** Our sheets the description no longer names. */
  readonly sheetsToDelete: readonly string[];
  /** Workbook names to delete before the description's names are added. */
  readonly namesToDelete: readonly string[];
  /** Described names already there with the same reference: left alone, so formulas never lose them. */
  readonly namesToKeep: readonly string[];
  /** Final position of each described sheet, in the order they are to be set. */
  readonly positions: readonly { readonly name: string; readonly position: number }[];
}

const key = (name: string): string => name.toLocaleLowerCase("sv");

/** The sheet a name refers to ("='Listor och text'!$A$2:$A$8" → "Listor och text"), if one. */
export function referredSheet(reference: string | null): string | null {
  return reference === null ? null : (parseAddress(reference)?.sheet ?? null);
}

const isBroken = (reference: string | null): boolean =>
  reference !== null && reference.includes("#REF!");

export interface PlanOptions {
  /**
   * Leave our sheets that the description does not name (the pane's update: the template and
   * the portfolio live side by side); otherwise they go, as when a whole workbook is written.
   */
  readonly keepUndescribed?: boolean;
}

/** A name's reference as Excel gives it back ("=Parametrar!$B$3"), compared without case. */
export const sameReference = (a: string, b: string): boolean =>
  a.replace(/^=/, "").toLocaleLowerCase("sv") === b.replace(/^=/, "").toLocaleLowerCase("sv");

export function planWrite(
  description: WorkbookDescription,
  existingSheets: readonly ExistingSheet[],
  existingNames: readonly ExistingName[],
  existingTables: readonly string[],
  options: PlanOptions = {}
): { plan: WritePlan } | { refusal: Refusal } {
  const byKey = new Map(existingSheets.map((s) => [key(s.name), s]));
  const described = new Set(description.sheets.map((s) => key(s.name)));

  const notOurs = description.sheets
    .map((s) => byKey.get(key(s.name)))
    .filter((s): s is ExistingSheet => s !== undefined && !s.ours)
    .map((s) => s.name);
  if (notOurs.length > 0) return { refusal: { reason: "sheet_not_ours", items: notOurs } };

  const sheets: SheetStep[] = description.sheets.map((s) => {
    const existing = byKey.get(key(s.name));
    return {
      name: s.name,
      existing: existing?.name ?? null,
      tablesToDelete: existing?.tables ?? [],
    };
  });
  const sheetsToDelete = existingSheets
    .filter((s) => s.ours && !options.keepUndescribed && !described.has(key(s.name)))
    .map((s) => s.name);
  const ourSheets = new Set(existingSheets.filter((s) => s.ours).map((s) => key(s.name)));
  const deleted = new Set(sheetsToDelete.map(key));

  // A described name may replace one that pointed into our sheets or was already broken; a name
  // that points elsewhere is the user's. Names into sheets we delete would be left as #REF!.
  const describedNames = new Map(description.names.map((n) => [key(n.name), n]));
  const namesToDelete: string[] = [];
  const namesToKeep: string[] = [];
  const takenNames: string[] = [];
  for (const existing of existingNames) {
    const sheet = referredSheet(existing.reference);
    const intoOurs = sheet !== null && ourSheets.has(key(sheet));
    const described = describedNames.get(key(existing.name));
    if (described) {
      const wanted = sheetReference(described.sheet, described.ref);
      if (intoOurs && existing.reference !== null && sameReference(existing.reference, wanted))
        namesToKeep.push(described.name);
      else if (intoOurs || isBroken(existing.reference)) namesToDelete.push(existing.name);
      else takenNames.push(existing.name);
    } else if (sheet !== null && deleted.has(key(sheet))) {
      namesToDelete.push(existing.name);
    }
  }
  if (takenNames.length > 0) return { refusal: { reason: "name_not_ours", items: takenNames } };

  // Table names are unique across the workbook and may not equal a defined name.
  const ourTables = new Set(
    existingSheets
      .filter((s) => s.ours && described.has(key(s.name)))
      .flatMap((s) => s.tables.map(key))
  );
  const remainingNames = new Set(
    existingNames.map((n) => key(n.name)).filter((n) => !namesToDelete.some((d) => key(d) === n))
  );
  const takenTables = description.sheets
    .flatMap((s) => s.tables ?? [])
    .map((t) => t.name)
    .filter(
      (name) =>
        (existingTables.some((t) => key(t) === key(name)) && !ourTables.has(key(name))) ||
        remainingNames.has(key(name))
    );
  if (takenTables.length > 0)
    return { refusal: { reason: "table_name_taken", items: takenTables } };

  return {
    plan: {
      sheets,
      sheetsToDelete,
      namesToDelete,
      namesToKeep,
      positions: planPositions(
        existingSheets,
        sheetsToDelete,
        description.sheets.map((s) => s.name)
      ),
    },
  };
}

/**
 * Positions that put the described sheets next to each other in the description's order,
 * starting where the first of them already stands (new sheets are added at the end). Setting
 * them in this order works because each move only shifts sheets after the ones already placed.
 */
export function planPositions(
  existingSheets: readonly ExistingSheet[],
  deleted: readonly string[],
  describedNames: readonly string[]
): { name: string; position: number }[] {
  const gone = new Set(deleted.map(key));
  const order = [...existingSheets]
    .sort((a, b) => a.position - b.position)
    .map((s) => s.name)
    .filter((name) => !gone.has(key(name)));
  const present = new Set(order.map(key));
  for (const name of describedNames) if (!present.has(key(name))) order.push(name);
  const wanted = new Set(describedNames.map(key));
  const start = order.findIndex((name) => wanted.has(key(name)));
  return describedNames.map((name, i) => ({ name, position: start + i }));
}
