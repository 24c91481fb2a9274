/**
 * The error write() ends in, before anything in the workbook has changed, when writing would
 * overwrite something of the user's. In Swedish (`message`) and English (`messageEn`), naming
 * what is in the way, so the pane can show it as it is.
 */
import type { Refusal, RefusalReason } from "./writePlan";

const list = (items: readonly string[]): string => items.map((i) => `"${i}"`).join(", ");

const TEXTS: Readonly<Record<RefusalReason, (items: string) => { sv: string; en: string }>> = {
  sheet_not_ours: (items) => ({
    sv: `Arbetsboken har redan blad som heter ${items} och som Digiportfölj inte har skapat. De skrivs inte över: byt namn på dem eller använd en annan arbetsbok.`,
    en: `The workbook already has sheets named ${items} that Digiportfölj did not create. They are not overwritten: rename them or use another workbook.`,
  }),
  name_not_ours: (items) => ({
    sv: `Arbetsboken har redan namn (Namnhanteraren) ${items} som pekar på annat än Digiportföljs blad. De skrivs inte över: byt namn på dem eller använd en annan arbetsbok.`,
    en: `The workbook already has names (Name Manager) ${items} that refer to something other than Digiportfölj's sheets. They are not overwritten: rename them or use another workbook.`,
  }),
  table_name_taken: (items) => ({
    sv: `Arbetsboken har redan tabeller eller namn som heter ${items}. Byt namn på dem eller använd en annan arbetsbok.`,
    en: `The workbook already has tables or names called ${items}. Rename them or use another workbook.`,
  }),
  cells_not_empty: (items) => ({
    sv: `Cellerna ${items} innehåller redan något som inte Digiportfölj har skrivit. Inget ändrades: töm eller flytta dem och försök igen.`,
    en: `The cells ${items} already hold something Digiportfölj did not write. Nothing was changed: clear or move them and try again.`,
  }),
  no_such_sheet: (items) => ({
    sv: `Bladet ${items} finns inte längre i arbetsboken. Inget ändrades.`,
    en: `The sheet ${items} is no longer in the workbook. Nothing was changed.`,
  }),
};

export class WorkbookWriteRefused extends Error {
  readonly reason: RefusalReason;
  readonly items: readonly string[];
  readonly messageEn: string;

  constructor(refusal: Refusal) {
    const text = TEXTS[refusal.reason](list(refusal.items));
    super(text.sv);
    this.name = "WorkbookWriteRefused";
    this.reason = refusal.reason;
    this.items = refusal.items;
    this.messageEn = text.en;
  }
}
