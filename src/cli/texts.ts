/** Everything the CLI says, Swedish first. */
import type { Lang } from "../domain/messages";

const SV = {
  usage: `Användning: digiportfolj <kommando> [flaggor]

Kommandon:
  template --out FIL.xlsx [--forvaltning NAMN] [--kriterier standard|taby] [--rader N] [--force]
      Skriver standardmallen: instruktioner, initiativtabell med listor, kontroller och
      beräknade kolumner som formler, samt bladet Parametrar.
  validate FIL.xlsx [--json] [--verbose] [--forvaltning NAMN] [--idag ÅÅÅÅ-MM-DD]
      Kontrollerar initiativen i en arbetsbok (mallen eller en egen lista) och visar
      problemen per rad med celladress. --verbose visar hur kolumnerna tolkades; --forvaltning
      anger listans förvaltning när den saknar en sådan kolumn.
      Slutkod 0: inga fel, 1: fel finns, 2: kunde inte läsas eller fel anrop.
  consolidate SÖKVÄG... --out PORTFÖLJ.xlsx [--report RAPPORT.json] [--force] [--idag ÅÅÅÅ-MM-DD]
      Sammanställer förvaltningarnas arbetsböcker (filer eller mappar) till en portfölj. Körs om
      med nya versioner utan att rådets egna kolumner och blad går förlorade. En fil som inte
      kan läsas (skadad, lösenordsskyddad, för stor, tar för lång tid) rapporteras med en mening
      och resten sammanställs ändå. Slutkod 0: allt läst, 1: någon fil kunde inte läsas, 2: fel anrop.
  demo [--ut MAPP]
      Sammanställer exempelarbetsböckerna i examples/ och skriver en mall till out/.

Flaggor för alla kommandon:
  --lang sv|en   språk för utskriften (standard sv)
  --help         visa denna hjälp`,
  unknownCommand: (c: string) => `Okänt kommando: ${c}. Skriv digiportfolj --help.`,
  missingOut: "Ange var mallen ska sparas med --out FIL.xlsx.",
  missingFile:
    "Ange vilken arbetsbok som ska kontrolleras, t.ex. digiportfolj validate lista.xlsx.",
  exists: (f: string) =>
    `${f} finns redan och skrivs inte över. Välj ett annat namn eller lägg till --force.`,
  badRows: "--rader ska vara ett heltal mellan 1 och 5000.",
  badPreset: (p: string) => `Okänd kriterieuppsättning: ${p}. Välj standard eller taby.`,
  badDate: (d: string) => `--idag ska vara ett datum som ÅÅÅÅ-MM-DD, inte ${d}.`,
  wrote: (f: string, rows: number) =>
    `Skrev mallen till ${f} (${rows} tomma rader i tabellen Initiativ).`,
  checking: (f: string) => `Kontroll av ${f}`,
  table: (sheet: string, header: string, n: number, skipped: number) =>
    `Blad ${sheet}: rubrikrad ${header}, ${n} initiativ${skipped ? `, ${skipped} överhoppade rader` : ""}`,
  needsTable: (sheet: string, header: string, n: number, skipped: number) =>
    `Blad ${sheet}: rubrikrad ${header}, ${n} behov (samlas på bladet Behov, inte som initiativ)${skipped ? `, ${skipped} överhoppade rader` : ""}`,
  unitConflict: (first: string, second: string) => `enheterna strider: ${first} mot ${second}`,
  mapped: "Kolumner",
  unmapped: "ej använd",
  row: (r: number, name: string) => `Rad ${r}${name ? ` – ${name}` : ""}`,
  workbookLevel: "Arbetsboken",
  skippedHeading: "Överhoppade rader:",
  skip: {
    total_row: "summarad",
    repeated_header: "upprepad rubrikrad",
    section_heading: "mellanrubrik",
  },
  summary: (errors: number, warnings: number, n: number) =>
    `Summering: ${errors} fel, ${warnings} ${warnings === 1 ? "varning" : "varningar"}, ${n} initiativ.`,
  clean: "Inga fel hittades.",
  cannotRead: (f: string, reason: string) => `${f} kunde inte läsas: ${reason}`,
  missingOutConsolidate: "Ange var portföljen ska sparas med --out portfolj.xlsx.",
  missingPaths: "Ange vilka arbetsböcker eller mappar som ska sammanställas.",
  consolidate: {
    noSuchPath: (p: string) => `${p} finns inte.`,
    noFiles: "Hittade inga arbetsböcker (.xlsx) att sammanställa.",
    read: "läst",
    failed: (reason: string) => `kunde inte läsas: ${reason}`,
    nothingRead: "Ingen av arbetsböckerna kunde läsas; portföljen har inte skrivits.",
    outUnreadable: (f: string, reason: string) =>
      `${f} finns men kunde inte läsas, så den skrivs inte över: ${reason}`,
    notAPortfolio: (f: string) =>
      `${f} finns redan men är ingen portfölj från Digiportfölj, så den skrivs inte över. Välj ett annat namn eller lägg till --force.`,
    wouldLose: (f: string) =>
      `${f} innehåller sådant som inte kan föras över till den nya portföljen, så inget har skrivits. Flytta det till ett eget blad, eller lägg till --force:`,
    outsideTable: (cell: string) => `Portfölj!${cell}: innehåll utanför portföljtabellen`,
    rowWithoutId: (row: number) => `Portfölj rad ${row}: en rad utan Initiativ-ID`,
    writeFailed: (f: string, reason: string) => `${f} kunde inte skrivas: ${reason}`,
    wrote: (f: string, n: number, read: number, total: number) =>
      `Skrev ${f}: ${n} initiativ från ${read} av ${total} filer.`,
    keptMissing: (n: number) =>
      `${n} initiativ från förra körningen saknas i underlaget och ligger kvar, markerade.`,
    needsCollected: (n: number, sheet: string) =>
      `${n} behov ur listorna (vem / vad / varför) finns på bladet ${sheet}, inte som initiativ.`,
    keptForReview: (n: number) =>
      `${n} ${n === 1 ? "rad" : "rader"} med rådets anteckningar kunde höra till flera initiativ och ligger kvar, märkta Granska (bladet Avvikelser säger vilka).`,
    issueSummary: (errors: number, warnings: number) =>
      `Avvikelser: ${errors} fel, ${warnings} ${warnings === 1 ? "varning" : "varningar"} (bladet Avvikelser).`,
    failedFile: (f: string, reason: string) => `Kunde inte läsas: ${f}: ${reason}`,
    backup: (f: string) => `Den förra portföljen finns kvar som ${f}.`,
    lost: (line: string) => `Gick förlorat (--force): ${line}`,
    previousIssue: "Förra portföljen:",
  },
};

type Texts = typeof SV;

const EN: Texts = {
  usage: `Usage: digiportfolj <command> [options]

Commands:
  template --out FILE.xlsx [--forvaltning NAME] [--kriterier standard|taby] [--rader N] [--force]
      Writes the standard template: instructions, the initiative table with dropdowns,
      validations and computed columns as formulas, and the Parametrar sheet.
  validate FILE.xlsx [--json] [--verbose] [--forvaltning NAME] [--idag YYYY-MM-DD]
      Checks the initiatives in a workbook (the template or a list of its own shape) and
      lists the problems per row with cell addresses. --verbose shows how the columns were read;
      --forvaltning names the list's department when it has no such column.
      Exit 0: no errors, 1: errors, 2: unreadable or a wrong call.
  consolidate PATH... --out PORTFOLIO.xlsx [--report REPORT.json] [--force] [--idag YYYY-MM-DD]
      Consolidates the departments' workbooks (files or folders) into one portfolio. Re-run it
      with new versions; the council's own columns and sheets are kept. A file that cannot be
      read (damaged, password-protected, too large, too slow) is reported in one sentence and
      the rest is consolidated. Exit 0: all read, 1: a file could not be read, 2: a wrong call.
  demo [--ut DIR]
      Consolidates the example workbooks in examples/ and writes a template to out/.

Options for every command:
  --lang sv|en   output language (default sv)
  --help         show this help`,
  unknownCommand: (c) => `Unknown command: ${c}. Try digiportfolj --help.`,
  missingOut: "Say where to save the template with --out FILE.xlsx.",
  missingFile: "Name the workbook to check, e.g. digiportfolj validate list.xlsx.",
  exists: (f) => `${f} already exists and is not overwritten. Choose another name or add --force.`,
  badRows: "--rader must be a whole number from 1 to 5000.",
  badPreset: (p) => `Unknown criteria preset: ${p}. Choose standard or taby.`,
  badDate: (d) => `--idag must be a date as YYYY-MM-DD, not ${d}.`,
  wrote: (f, rows) => `Wrote the template to ${f} (${rows} empty rows in the Initiativ table).`,
  checking: (f) => `Checking ${f}`,
  table: (sheet, header, n, skipped) =>
    `Sheet ${sheet}: header row ${header}, ${n} initiatives${skipped ? `, ${skipped} skipped rows` : ""}`,
  needsTable: (sheet, header, n, skipped) =>
    `Sheet ${sheet}: header row ${header}, ${n} needs (collected on the Behov sheet, not as initiatives)${skipped ? `, ${skipped} skipped rows` : ""}`,
  unitConflict: (first, second) => `the units conflict: ${first} against ${second}`,
  mapped: "Columns",
  unmapped: "not used",
  row: (r, name) => `Row ${r}${name ? ` – ${name}` : ""}`,
  workbookLevel: "Workbook",
  skippedHeading: "Skipped rows:",
  skip: {
    total_row: "total row",
    repeated_header: "repeated header row",
    section_heading: "section heading",
  },
  summary: (errors, warnings, n) =>
    `Summary: ${errors} errors, ${warnings} warnings, ${n} initiatives.`,
  clean: "No errors found.",
  cannotRead: (f, reason) => `${f} could not be read: ${reason}`,
  missingOutConsolidate: "Say where to save the portfolio with --out portfolio.xlsx.",
  missingPaths: "Name the workbooks or folders to consolidate.",
  consolidate: {
    noSuchPath: (p) => `${p} does not exist.`,
    noFiles: "No workbooks (.xlsx) found to consolidate.",
    read: "read",
    failed: (reason) => `could not be read: ${reason}`,
    nothingRead: "None of the workbooks could be read; the portfolio was not written.",
    outUnreadable: (f, reason) =>
      `${f} exists but could not be read, so it is not overwritten: ${reason}`,
    notAPortfolio: (f) =>
      `${f} already exists and is not a Digiportfölj portfolio, so it is not overwritten. Choose another name or add --force.`,
    wouldLose: (f) =>
      `${f} holds things the new portfolio cannot carry over, so nothing was written. Move them to a sheet of their own, or add --force:`,
    outsideTable: (cell) => `Portfölj!${cell}: content outside the portfolio table`,
    rowWithoutId: (row) => `Portfölj row ${row}: a row without an Initiativ-ID`,
    writeFailed: (f, reason) => `${f} could not be written: ${reason}`,
    wrote: (f, n, read, total) => `Wrote ${f}: ${n} initiatives from ${read} of ${total} files.`,
    keptMissing: (n) =>
      `${n} initiatives from the previous run are missing from the inputs and are kept, marked.`,
    needsCollected: (n, sheet) =>
      `${n} ${n === 1 ? "need" : "needs"} from the lists (who / what / why) ${n === 1 ? "is" : "are"} on the ${sheet} sheet, not as initiatives.`,
    keptForReview: (n) =>
      `${n} ${n === 1 ? "row" : "rows"} of the council's notes could belong to more than one initiative and ${n === 1 ? "is" : "are"} kept, marked Granska (sheet Avvikelser says which).`,
    issueSummary: (errors, warnings) =>
      `Issues: ${errors} errors, ${warnings} warnings (sheet Avvikelser).`,
    failedFile: (f, reason) => `Could not be read: ${f}: ${reason}`,
    backup: (f) => `The previous portfolio is kept as ${f}.`,
    lost: (line) => `Lost (--force): ${line}`,
    previousIssue: "Previous portfolio:",
  },
};

export const texts = (lang: Lang): Texts => (lang === "sv" ? SV : EN);
