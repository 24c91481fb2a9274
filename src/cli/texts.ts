/** Everything the CLI says, Swedish first. */
import type { NotReadReason } from "./expandInputs";
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
    sameOutAndReport: (f: string) =>
      `--out och --report pekar på samma fil (${f}): rapporten skulle skriva över portföljen. Inget har skrivits; ange två olika filer.`,
    sourceIsOutput: (f: string) =>
      `${f} anges både som källa och som portfölj (--out). En källa skrivs aldrig över; inget har skrivits. Ange en annan fil för --out.`,
    sourceIsReport: (f: string) =>
      `${f} är en av källorna och kan inte vara rapportfil (--report), den skulle skrivas över. Inget har skrivits; ange en annan fil för --report.`,
    notARegularFile: (f: string, option: string) =>
      `${f} är ingen vanlig fil (till exempel en namngiven pipe, en enhet eller en mapp) och kan inte användas för ${option}. Inget har skrivits.`,
    reportNotOurs: (f: string) =>
      `${f} finns redan och är ingen rapport från Digiportfölj, så den skrivs inte över. Inget har skrivits; välj ett annat namn eller lägg till --force.`,
    staleRemoved: (n: number) =>
      `Tog bort ${n} ${n === 1 ? "tillfällig fil" : "tillfälliga filer"} som en avbruten körning lämnat.`,
    linkedTo: (target: string) => `(länk till ${target})`,
    notReadLine: (f: string, why: string) => `Läses inte: ${f}: ${why}`,
    skipped: (why: string) => `läses inte: ${why}`,
    notRead: {
      output: "det är portföljen som skrivs (--out).",
      report: "det är rapporten som skrivs (--report).",
      backup: "en säkerhetskopia av portföljen.",
      temporary: "en tillfällig fil från en körning av Digiportfölj.",
      lock_file: "Excels låsfil för en arbetsbok som någon har öppen.",
      not_a_spreadsheet: "inte en arbetsbok eller ett kalkylblad.",
      not_a_regular_file:
        "ingen vanlig fil (till exempel en namngiven pipe, en enhet eller en länk som inte leder till en fil).",
      linked_folder:
        "en länk till en mapp; länkade mappar följs inte. Ange mappen själv om den ska läsas.",
      portfolio:
        "en portfölj som Digiportfölj skrivit (till exempel en säkerhetskopia), inte en förvaltnings lista.",
    } satisfies Record<NotReadReason, string>,
    fileError: (f: string, code: string | undefined, detail: string) => {
      const why: Record<string, string> = {
        ENOSPC: "disken är full. Frigör utrymme och kör igen",
        EDQUOT: "din lagringskvot är slut. Frigör utrymme och kör igen",
        EACCES:
          "behörighet saknas till filen eller mappen. Kontrollera behörigheten eller välj en annan mapp",
        EPERM:
          "behörighet saknas till filen eller mappen, eller filen är öppen i ett annat program",
        EROFS: "mappen är skrivskyddad. Välj en annan mapp",
        EBUSY: "filen är öppen i ett annat program. Stäng den och kör igen",
        ENOENT: "mappen finns inte",
        EISDIR: "det är en mapp, inte en fil",
        ENAMETOOLONG: "sökvägen är för lång",
      };
      return `${f} kunde inte skrivas: ${(code && why[code]) ?? detail}. Inget har ändrats; filerna är som före körningen.`;
    },
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
    sameOutAndReport: (f) =>
      `--out and --report name the same file (${f}): the report would overwrite the portfolio. Nothing was written; give two different files.`,
    sourceIsOutput: (f) =>
      `${f} is given both as a source and as the portfolio (--out). A source is never overwritten; nothing was written. Give another file for --out.`,
    sourceIsReport: (f) =>
      `${f} is one of the sources and cannot be the report file (--report): it would be overwritten. Nothing was written; give another file for --report.`,
    notARegularFile: (f, option) =>
      `${f} is not a regular file (a named pipe, a device or a folder, for example) and cannot be used for ${option}. Nothing was written.`,
    reportNotOurs: (f) =>
      `${f} already exists and is not a Digiportfölj report, so it is not overwritten. Nothing was written; choose another name or add --force.`,
    staleRemoved: (n) =>
      `Removed ${n} temporary ${n === 1 ? "file" : "files"} left by an interrupted run.`,
    linkedTo: (target) => `(link to ${target})`,
    notReadLine: (f, why) => `Not read: ${f}: ${why}`,
    skipped: (why) => `not read: ${why}`,
    notRead: {
      output: "it is the portfolio being written (--out).",
      report: "it is the report being written (--report).",
      backup: "a backup of the portfolio.",
      temporary: "a temporary file from a run of Digiportfölj.",
      lock_file: "Excel's lock file for a workbook someone has open.",
      not_a_spreadsheet: "not a workbook or spreadsheet.",
      not_a_regular_file:
        "not a regular file (a named pipe, a device or a link that leads to no file, for example).",
      linked_folder:
        "a link to a folder; linked folders are not followed. Name the folder itself to read it.",
      portfolio:
        "a portfolio Digiportfölj wrote (a backup, for example), not a förvaltning's list.",
    },
    fileError: (f, code, detail) => {
      const why: Record<string, string> = {
        ENOSPC: "the disk is full. Free some space and run again",
        EDQUOT: "your storage quota is used up. Free some space and run again",
        EACCES:
          "no permission on the file or folder. Check the permissions or choose another folder",
        EPERM: "no permission on the file or folder, or the file is open in another program",
        EROFS: "the folder is read-only. Choose another folder",
        EBUSY: "the file is open in another program. Close it and run again",
        ENOENT: "the folder does not exist",
        EISDIR: "it is a folder, not a file",
        ENAMETOOLONG: "the path is too long",
      };
      return `${f} could not be written: ${(code && why[code]) ?? detail}. Nothing was changed; the files are as before the run.`;
    },
  },
};

export const texts = (lang: Lang): Texts => (lang === "sv" ? SV : EN);
