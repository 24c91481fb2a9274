/**
 * Writes that cannot half-fail. An Excel request is not a transaction: when one of its
 * operations fails, the ones before it stay applied (and a write larger than one request spans
 * several). So every write first builds what it writes on sheets the user cannot see, and changes
 * what the user sees only in its last request, after everything else has succeeded (see
 * README.md, "Writes that cannot half-fail"):
 *
 * - a sheet the add-in adds is added under its own name, hidden, carrying DRAFT_MARKER; the last
 *   request shows it and takes the marker away;
 * - a sheet of ours that is rewritten is written whole into a hidden staging sheet (STAGING_PREFIX
 *   and a number, DRAFT_MARKER) and copied over the old sheet in the last request, which keeps
 *   the old sheet itself, so formulas elsewhere that refer to it keep working;
 * - the last request begins by adding SWAP_SENTINEL and ends by deleting it, so after a failure
 *   the clean-up can tell whether any of that request was applied.
 *
 * When a write fails, cleanUp() (in a request context of its own) removes what the write added,
 * unless the last request was partly applied: then the staging sheets are kept, since they hold
 * the whole new content. Whatever a failed clean-up leaves, the next write removes (leftovers()).
 */
import { referredSheet } from "./writePlan";

/** Sheet-scoped, hidden: the sheet is a write's draft, never the user's and never finished. */
export const DRAFT_MARKER = "Digiportfolj_utkast";
/** Workbook-scoped, hidden: a write's last request has begun and not finished. */
export const SWAP_SENTINEL = "Digiportfolj_byte";
/**
 * Staging sheets are named "~Digiportfölj utkast 1", "~Digiportfölj utkast 2" …: at most 25
 * characters (Excel allows 31), none Excel forbids, and a name nobody gives a sheet by chance.
 */
export const STAGING_PREFIX = "~Digiportfölj utkast ";

const STAGING_NAME = /^~Digiportfölj utkast \d+$/i;

export const isStagingName = (name: string): boolean => STAGING_NAME.test(name);

/** The first staging name no sheet in `taken` has (compared without letter case). */
export function stagingName(taken: Iterable<string>, from = 1): { name: string; next: number } {
  const used = new Set([...taken].map((n) => n.toLocaleLowerCase("sv")));
  let n = from;
  while (used.has(`${STAGING_PREFIX}${n}`.toLocaleLowerCase("sv"))) n++;
  return { name: `${STAGING_PREFIX}${n}`, next: n + 1 };
}

export const draftMarkerFormula = '="Digiportfölj: utkast"';
export const sentinelFormula = '="Digiportfölj: skriver"';

/** What one write has added so far, for the clean-up after a failure. */
export class StagingLog {
  /** Sheets the write added (drafts and staging sheets), under the names they were added with. */
  readonly sheets: string[] = [];
  /** Workbook names the write added before its last request. */
  readonly names: string[] = [];
  /** The last request was queued (its first operation adds SWAP_SENTINEL). */
  lastRequestQueued = false;
  /** The sheets of the user's the last request changes (for the message when it half-fails). */
  readonly touched: string[] = [];

  get isEmpty(): boolean {
    return this.sheets.length === 0 && this.names.length === 0 && !this.lastRequestQueued;
  }
}

/** Adds a hidden sheet carrying DRAFT_MARKER; `hide` false only when no other sheet is visible. */
export function addDraftSheet(
  worksheets: Excel.WorksheetCollection,
  name: string,
  hide: boolean,
  log: StagingLog
): Excel.Worksheet {
  const ws = worksheets.add(name);
  log.sheets.push(name);
  ws.names.add(DRAFT_MARKER, draftMarkerFormula).visible = false;
  if (hide) ws.visibility = "Hidden";
  return ws;
}

export interface SheetSeen {
  readonly name: string;
  readonly visibility: string;
  /** Carries DRAFT_MARKER. */
  readonly draft: boolean;
}

/**
 * Earlier writes' leftovers: sheets carrying DRAFT_MARKER, and hidden sheets with a staging name
 * (in case a request failed between adding one and marking it); the names that refer into them;
 * and SWAP_SENTINEL.
 */
export function leftovers(
  sheets: readonly SheetSeen[],
  names: readonly { readonly name: string; readonly reference: string | null }[]
): { sheets: string[]; names: string[] } {
  const gone = sheets
    .filter((s) => s.draft || (isStagingName(s.name) && s.visibility !== "Visible"))
    .map((s) => s.name);
  const goneKeys = new Set(gone.map((n) => n.toLocaleLowerCase("sv")));
  const names_ = names
    .filter((n) => {
      const sheet = referredSheet(n.reference);
      return (
        n.name.toLocaleLowerCase("sv") === SWAP_SENTINEL.toLocaleLowerCase("sv") ||
        (sheet !== null && goneKeys.has(sheet.toLocaleLowerCase("sv")))
      );
    })
    .map((n) => n.name);
  return { sheets: gone, names: names_ };
}

export interface CleanUpResult {
  /** The last request had begun: the staging sheets are kept, the sheets it changes may be incomplete. */
  readonly partial: boolean;
  /** What is left for the next write to remove (empty when the clean-up removed everything). */
  readonly left: readonly string[];
}

/**
 * After a failed write, in a request context of its own: three syncs (which of the write's sheets
 * and names are there; which of those sheets still carry DRAFT_MARKER; the deletes). Only a sheet
 * that carries the marker is deleted, so a sheet of the user's is never touched, even one the
 * user made under the same name in the meantime.
 */
export async function cleanUp(
  context: Excel.RequestContext,
  log: StagingLog
): Promise<CleanUpResult> {
  const workbook = context.workbook;
  const sentinel = workbook.names.getItemOrNullObject(SWAP_SENTINEL);
  sentinel.load("name");
  const worksheets = workbook.worksheets.load("items/name");
  const names = log.names.map((name) => workbook.names.getItemOrNullObject(name).load("name"));
  await context.sync();

  const logged = new Set(log.sheets.map((n) => n.toLocaleLowerCase("sv")));
  const candidates = worksheets.items
    .filter((ws) => logged.has(ws.name.toLocaleLowerCase("sv")))
    .map((ws) => ({ ws, marker: ws.names.getItemOrNullObject(DRAFT_MARKER).load("name") }));
  await context.sync();

  const drafts = candidates.filter((c) => !c.marker.isNullObject).map((c) => c.ws);
  if (log.lastRequestQueued && !sentinel.isNullObject)
    return { partial: true, left: drafts.map((ws) => ws.name) };
  for (const name of names) if (!name.isNullObject) name.delete();
  for (const ws of drafts) ws.delete();
  if (!sentinel.isNullObject) sentinel.delete();
  await context.sync();
  return { partial: false, left: [] };
}
