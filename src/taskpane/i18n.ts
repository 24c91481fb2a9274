/**
 * Everything the task pane says, Swedish first; the domain's issue messages live in
 * src/domain/messages. Counted phrases are functions so each language gets its own plural forms.
 */
import type { SkippableFeature } from "../adapters/officeJs/requirementSets";
import type { Severity } from "../domain/issues";
import type { Direction } from "../domain/parameters/Parameters";
import type { SkipReason } from "../domain/sheets/readInitiatives";
import type { FileProgress } from "./operations/PaneOperations";
import { formatCount } from "./presentation/format";

export type Language = "sv" | "en";

/** The four views, in the order the user works through them. */
export const VIEW_KEYS = ["template", "check", "prioritise", "summarise"] as const;
export type ViewKey = (typeof VIEW_KEYS)[number];

type Count = (n: number) => string;

export interface TaskpaneStrings {
  appTitle: string;
  intro: string;
  viewsLabel: string;
  views: Record<ViewKey, string>;
  counts: {
    initiatives: Count;
    errors: Count;
    warnings: Count;
    workbooks: Count;
    columns: Count;
  };
  common: {
    /** Shown where a value is missing. */
    none: string;
    /** Follows an action's failure sentence with what went wrong. */
    reason: (message: string) => string;
    unknownError: string;
    /** The operations' error outside Excel (the pane opened in a plain browser). */
    noExcel: string;
  };
  /** What an older Excel cannot do, as the user knows it. */
  features: Record<SkippableFeature, string>;
  /** `features`: the missing features' names, already joined. */
  requirementNotice: (features: string) => string;
  skippedNotice: (features: string) => string;
  template: {
    intro: string;
    insert: string;
    inserting: string;
    inserted: (sheets: string) => string;
    alreadyThere: string;
    /** Template sheets already in the workbook, left as they are. */
    keptExisting: (sheets: string) => string;
    insertFailed: string;
    propose: string;
    proposing: string;
    noList: string;
    proposed: (sheet: string, headerRow: number, columns: number) => string;
    remembered: string;
    proposeFailed: string;
    columnsHeading: string;
    columnsHelp: string;
    notMapped: string;
    unnamedColumn: (column: number) => string;
    confidence: (percent: string) => string;
    lowConfidence: (percent: string) => string;
    noMatch: string;
    changed: string;
    adapt: string;
    adapting: string;
    added: (sheet: string, columns: number) => string;
    addedColumn: (column: string, header: string) => string;
    nothingAdded: (sheet: string) => string;
    adaptFailed: string;
  };
  check: {
    intro: string;
    run: string;
    running: string;
    summary: (initiatives: number, errors: number, warnings: number) => string;
    marked: string;
    clean: string;
    failed: string;
    workbookGroup: string;
    sheetGroup: (sheet: string) => string;
    rowGroup: (sheet: string | null, row: number) => string;
    rowReference: (row: number) => string;
    severity: Record<Severity, string>;
    goToCellHint: string;
    selectFailed: string;
    /** The issue list is shown a page of rows at a time, so a long list cannot freeze the pane. */
    showing: (shown: number, total: number) => string;
    showMore: string;
  };
  prioritise: {
    intro: string;
    load: string;
    loading: string;
    loaded: (initiatives: number) => string;
    loadFailed: string;
    criteriaHeading: string;
    weight: (criterion: string) => string;
    direction: (criterion: string) => string;
    directions: Record<Direction, string>;
    weightInvalid: string;
    weightsAllZero: string;
    budget: string;
    budgetHint: string;
    budgetInvalid: string;
    formInvalid: string;
    save: string;
    saving: string;
    saved: string;
    saveFailed: string;
    ranking: string;
    columns: { rank: string; name: string; score: string; investment: string; fits: string };
    yes: string;
    no: string;
    budgetUsed: (used: string, budget: string) => string;
    noInitiatives: string;
    matrix: string;
    insertingMatrix: string;
    matrixInserted: (sheet: string) => string;
    matrixFailed: string;
  };
  summarise: {
    intro: string;
    pick: string;
    filesLabel: string;
    fileState: Record<Exclude<FileProgress["state"], "failed">, string> & {
      failed: (error: string) => string;
    };
    progressLabel: string;
    progress: (done: number, total: number) => string;
    reading: string;
    cancel: string;
    cancelled: string;
    readFailed: string;
    previewing: string;
    previewFailed: string;
    preview: (initiatives: number, workbooks: number) => string;
    keptFromEarlier: (initiatives: number) => string;
    nothingRead: string;
    issues: (errors: number, warnings: number) => string;
    filesHeading: string;
    imported: (initiatives: number) => string;
    /** Rows of needs lists, collected on the Behov sheet. */
    needs: (needs: number) => string;
    skipped: (rows: number) => string;
    skippedRow: (sheet: string, row: number, reason: string, text: string) => string;
    skipReasons: Record<SkipReason, string>;
    fileIssues: (errors: number, warnings: number) => string;
    failed: (error: string) => string;
    forvaltning: (name: string) => string;
    mappingHeading: string;
    mappingItem: (file: string, sheet: string, headerRow: number) => string;
    mappingColumns: { header: string; target: string };
    notMapped: string;
    write: string;
    writing: string;
    written: (sheets: string, carriedOver: number) => string;
    writeFailed: string;
  };
}

const sv = (n: number, one: string, many: string): string =>
  `${formatCount(n, "sv")} ${n === 1 ? one : many}`;
const en = (n: number, one: string, many: string): string =>
  `${formatCount(n, "en")} ${n === 1 ? one : many}`;

const SV_COUNTS: TaskpaneStrings["counts"] = {
  initiatives: (n) => sv(n, "initiativ", "initiativ"),
  errors: (n) => sv(n, "fel", "fel"),
  warnings: (n) => sv(n, "varning", "varningar"),
  workbooks: (n) => sv(n, "arbetsbok", "arbetsböcker"),
  columns: (n) => sv(n, "kolumn", "kolumner"),
};

const EN_COUNTS: TaskpaneStrings["counts"] = {
  initiatives: (n) => en(n, "initiative", "initiatives"),
  errors: (n) => en(n, "error", "errors"),
  warnings: (n) => en(n, "warning", "warnings"),
  workbooks: (n) => en(n, "workbook", "workbooks"),
  columns: (n) => en(n, "column", "columns"),
};

const SV: TaskpaneStrings = {
  appTitle: "Digiportfölj",
  intro:
    "Skapa standardmallen, kontrollera inlämnade initiativ, poängsätt och prioritera dem och gör en sammanställning för kommunen.",
  viewsLabel: "Vyer",
  views: {
    template: "Mall",
    check: "Kontrollera",
    prioritise: "Prioritera",
    summarise: "Sammanställ",
  },
  counts: SV_COUNTS,
  common: {
    none: "–",
    reason: (message) => `Orsak: ${message}`,
    unknownError: "Ett okänt fel inträffade.",
    noExcel: "Excel är inte tillgängligt. Öppna Digiportfölj från fliken Start i Excel.",
  },
  features: {
    names: "namngivna områden",
    conditionalFormats: "villkorsstyrd formatering",
    tabColor: "flikfärger",
    freezePanes: "låsta rubrikrader",
    charts: "diagram",
    dataValidation: "datavalidering (rullistor)",
  },
  requirementNotice: (features) =>
    `Den här Excel-versionen saknar stöd för: ${features}. Allt annat fungerar; det som saknas hoppas över.`,
  skippedNotice: (features) =>
    `Utelämnat eftersom den här Excel-versionen saknar stöd för det: ${features}.`,
  template: {
    intro:
      "Infoga standardmallen i en ny arbetsbok, eller anpassa förvaltningens egen lista: Digiportfölj föreslår vilket standardfält varje kolumn motsvarar och lägger till de kolumner som saknas.",
    insert: "Infoga standardmallen",
    inserting: "Infogar standardmallen…",
    inserted: (sheets) => `Standardmallen är infogad: ${sheets}.`,
    alreadyThere: "Standardmallens blad finns redan i arbetsboken. Inget har ändrats.",
    keptExisting: (sheets) => `Bladen ${sheets} fanns redan och lämnades som de var.`,
    insertFailed: "Standardmallen kunde inte infogas.",
    propose: "Föreslå mappning för aktivt blad",
    proposing: "Läser det aktiva bladet…",
    noList:
      "Det aktiva bladet har ingen lista med initiativ. Välj bladet med listan och försök igen.",
    proposed: (sheet, headerRow, columns) =>
      `Förslag för bladet ${sheet}: ${SV_COUNTS.columns(columns)}, rubriker på rad ${headerRow}.`,
    remembered: "Mappningen kommer från en tidigare anpassning av bladet.",
    proposeFailed: "Mappningen kunde inte föreslås.",
    columnsHeading: "Kolumnerna i listan",
    columnsHelp:
      "Välj vilket standardfält varje rubrik motsvarar. Kontrollera särskilt de som är markerade som osäkra.",
    notMapped: "Mappas inte",
    unnamedColumn: (column) => `Kolumn ${column} (utan rubrik)`,
    confidence: (percent) => `Säkerhet ${percent}`,
    lowConfidence: (percent) => `Osäker: ${percent}. Kontrollera valet.`,
    noMatch: "Inget förslag",
    changed: "Ändrat av dig",
    adapt: "Lägg till saknade kolumner",
    adapting: "Lägger till kolumner…",
    added: (sheet, columns) =>
      `${SV_COUNTS.columns(columns)} lades till på bladet ${sheet}, och mappningen är sparad i arbetsboken:`,
    addedColumn: (column, header) => `${column}: ${header}`,
    nothingAdded: (sheet) =>
      `Inga kolumner saknades på bladet ${sheet}. Mappningen är sparad i arbetsboken.`,
    adaptFailed: "Kolumnerna kunde inte läggas till.",
  },
  check: {
    intro:
      "Kontrollera alla listor i arbetsboken. Varje problem visas med sin cell; välj det för att gå dit.",
    run: "Kontrollera arbetsboken",
    running: "Kontrollerar arbetsboken…",
    summary: (initiatives, errors, warnings) =>
      `${SV_COUNTS.initiatives(initiatives)}, ${SV_COUNTS.errors(errors)}, ${SV_COUNTS.warnings(warnings)}`,
    marked: "Raderna med problem är markerade i kolumnen ”Digiportfölj kontroll”.",
    clean: "Inga fel eller varningar hittades.",
    failed: "Arbetsboken kunde inte kontrolleras.",
    workbookGroup: "Hela arbetsboken",
    sheetGroup: (sheet) => `Bladet ${sheet}`,
    rowGroup: (sheet, row) => (sheet ? `${sheet}, rad ${row}` : `Rad ${row}`),
    rowReference: (row) => `Rad ${row}`,
    severity: { error: "Fel", warning: "Varning" },
    goToCellHint: "Välj ett problem för att markera cellen i Excel.",
    selectFailed: "Cellen kunde inte markeras.",
    showing: (shown, total) =>
      `Visar ${formatCount(shown, "sv")} av ${formatCount(total, "sv")} rader med problem.`,
    showMore: "Visa fler",
  },
  prioritise: {
    intro:
      "Hämta kriterierna från bladet Parametrar, ändra vikter, riktning och central budget och se rangordningen.",
    load: "Hämta prioriteringen",
    loading: "Hämtar prioriteringen…",
    loaded: (initiatives) => `Prioriteringen är hämtad: ${SV_COUNTS.initiatives(initiatives)}.`,
    loadFailed: "Prioriteringen kunde inte hämtas.",
    criteriaHeading: "Kriterier",
    weight: (criterion) => `Vikt: ${criterion}`,
    direction: (criterion) => `Riktning: ${criterion}`,
    directions: { for: "För", against: "Mot" },
    weightInvalid: "Ange vikten som ett tal, 0 eller större.",
    weightsAllZero: "Minst ett kriterium behöver en vikt större än 0.",
    budget: "Central budget (kr)",
    budgetHint: "Lämna tomt om det inte finns någon central budget.",
    budgetInvalid:
      "Ange budgeten som ett belopp i kronor, t.ex. 5 000 000 eller 5 mkr, eller lämna fältet tomt.",
    formInvalid: "Rätta de markerade fälten först; inget har sparats.",
    save: "Spara och räkna om",
    saving: "Sparar och räknar om…",
    saved: "Prioriteringen är sparad på bladet Parametrar och rangordningen är omräknad.",
    saveFailed: "Prioriteringen kunde inte sparas.",
    ranking: "Rangordning",
    columns: {
      rank: "Rang",
      name: "Initiativ",
      score: "Poäng",
      investment: "Investering",
      fits: "Inom budget",
    },
    yes: "Ja",
    no: "Nej",
    budgetUsed: (used, budget) => `Inom budget: ${used} av ${budget}.`,
    noInitiatives: "Det finns inga initiativ att rangordna ännu.",
    matrix: "Infoga matrisdiagram",
    insertingMatrix: "Infogar matrisdiagrammet…",
    matrixInserted: (sheet) => `Matrisdiagrammet är infogat på bladet ${sheet}.`,
    matrixFailed: "Matrisdiagrammet kunde inte infogas.",
  },
  summarise: {
    intro:
      "Välj förvaltningarnas arbetsböcker. De läses utan att ändras, och du ser resultatet innan något skrivs in i den här arbetsboken.",
    pick: "Välj arbetsböcker…",
    filesLabel: "Valda arbetsböcker",
    fileState: {
      waiting: "Väntar",
      reading: "Läser…",
      read: "Läst",
      cancelled: "Avbruten",
      failed: (error) => `Kunde inte läsas: ${error}`,
    },
    progressLabel: "Inläsning",
    progress: (done, total) => `${formatCount(done, "sv")} av ${SV_COUNTS.workbooks(total)} klara`,
    reading: "Läser arbetsböckerna…",
    cancel: "Avbryt",
    cancelled: "Inläsningen avbröts. Inget har sammanställts.",
    readFailed: "Arbetsböckerna kunde inte läsas.",
    previewing: "Sammanställer…",
    previewFailed: "Sammanställningen kunde inte göras.",
    preview: (initiatives, workbooks) =>
      `${SV_COUNTS.initiatives(initiatives)} från ${SV_COUNTS.workbooks(workbooks)}`,
    keptFromEarlier: (initiatives) =>
      `${SV_COUNTS.initiatives(initiatives)} från förra sammanställningen saknas i underlaget och ligger kvar, markerade.`,
    nothingRead: "Ingen av arbetsböckerna kunde läsas, så det finns inget att skriva.",
    issues: (errors, warnings) =>
      `Avvikelser: ${SV_COUNTS.errors(errors)}, ${SV_COUNTS.warnings(warnings)}.`,
    filesHeading: "Per arbetsbok",
    imported: (initiatives) =>
      `${SV_COUNTS.initiatives(initiatives)} ${initiatives === 1 ? "inläst" : "inlästa"}`,
    needs: (needs) => `${sv(needs, "behov", "behov")} till bladet Behov (inte initiativ)`,
    skipped: (rows) => sv(rows, "rad överhoppad", "rader överhoppade"),
    skippedRow: (sheet, row, reason, text) =>
      `${sheet}, rad ${row}: ${reason}${text ? ` (”${text}”)` : ""}`,
    skipReasons: {
      total_row: "summarad",
      repeated_header: "upprepad rubrikrad",
      section_heading: "mellanrubrik",
    },
    fileIssues: (errors, warnings) =>
      `${SV_COUNTS.errors(errors)}, ${SV_COUNTS.warnings(warnings)}`,
    failed: (error) => `Kunde inte läsas: ${error}`,
    forvaltning: (name) => `Förvaltning: ${name}`,
    mappingHeading: "Hur rubrikerna tolkades",
    mappingItem: (file, sheet, headerRow) => `${file}: ${sheet}, rubriker på rad ${headerRow}`,
    mappingColumns: { header: "Rubrik i filen", target: "Tolkas som" },
    notMapped: "Används inte",
    write: "Skriv sammanställningen",
    writing: "Skriver sammanställningen…",
    written: (sheets, carriedOver) =>
      `Skrev bladen ${sheets}. Rådets egna kolumner fördes över på ${sv(carriedOver, "rad", "rader")}.`,
    writeFailed: "Sammanställningen kunde inte skrivas.",
  },
};

const EN: TaskpaneStrings = {
  appTitle: "Digiportfölj",
  intro:
    "Create the standard template, check submitted initiatives, score and prioritise them, and compile a summary for the municipality.",
  viewsLabel: "Views",
  views: {
    template: "Template",
    check: "Check",
    prioritise: "Prioritise",
    summarise: "Summarise",
  },
  counts: EN_COUNTS,
  common: {
    none: "–",
    reason: (message) => `Reason: ${message}`,
    unknownError: "An unknown error occurred.",
    noExcel: "Excel is not available. Open Digiportfölj from the Home tab in Excel.",
  },
  features: {
    names: "named ranges",
    conditionalFormats: "conditional formatting",
    tabColor: "sheet tab colours",
    freezePanes: "frozen header rows",
    charts: "charts",
    dataValidation: "data validation (drop-down lists)",
  },
  requirementNotice: (features) =>
    `This version of Excel does not support: ${features}. Everything else works; what is missing is skipped.`,
  skippedNotice: (features) =>
    `Left out because this version of Excel does not support it: ${features}.`,
  template: {
    intro:
      "Insert the standard template into a new workbook, or adapt the department's own list: Digiportfölj proposes which standard field each column means and adds the columns that are missing.",
    insert: "Insert the standard template",
    inserting: "Inserting the standard template…",
    inserted: (sheets) => `The standard template is inserted: ${sheets}.`,
    alreadyThere:
      "The standard template's sheets are already in the workbook. Nothing was changed.",
    keptExisting: (sheets) => `The sheets ${sheets} were already there and were left as they were.`,
    insertFailed: "The standard template could not be inserted.",
    propose: "Propose a mapping for the active sheet",
    proposing: "Reading the active sheet…",
    noList:
      "The active sheet has no list of initiatives. Select the sheet with the list and try again.",
    proposed: (sheet, headerRow, columns) =>
      `Proposal for sheet ${sheet}: ${EN_COUNTS.columns(columns)}, headers in row ${headerRow}.`,
    remembered: "The mapping comes from an earlier adaptation of this sheet.",
    proposeFailed: "No mapping could be proposed.",
    columnsHeading: "The list's columns",
    columnsHelp:
      "Choose the standard field each header means. Check especially those marked as uncertain.",
    notMapped: "Not mapped",
    unnamedColumn: (column) => `Column ${column} (no header)`,
    confidence: (percent) => `Confidence ${percent}`,
    lowConfidence: (percent) => `Uncertain: ${percent}. Check the choice.`,
    noMatch: "No proposal",
    changed: "Changed by you",
    adapt: "Add missing columns",
    adapting: "Adding columns…",
    added: (sheet, columns) =>
      `${en(columns, "column was", "columns were")} added to sheet ${sheet}, and the mapping is saved in the workbook:`,
    addedColumn: (column, header) => `${column}: ${header}`,
    nothingAdded: (sheet) =>
      `No columns were missing on sheet ${sheet}. The mapping is saved in the workbook.`,
    adaptFailed: "The columns could not be added.",
  },
  check: {
    intro:
      "Check every list in the workbook. Each problem is shown with its cell; choose it to go there.",
    run: "Check the workbook",
    running: "Checking the workbook…",
    summary: (initiatives, errors, warnings) =>
      `${EN_COUNTS.initiatives(initiatives)}, ${EN_COUNTS.errors(errors)}, ${EN_COUNTS.warnings(warnings)}`,
    marked: "The rows with problems are marked in the column “Digiportfölj kontroll”.",
    clean: "No errors or warnings were found.",
    failed: "The workbook could not be checked.",
    workbookGroup: "The whole workbook",
    sheetGroup: (sheet) => `Sheet ${sheet}`,
    rowGroup: (sheet, row) => (sheet ? `${sheet}, row ${row}` : `Row ${row}`),
    rowReference: (row) => `Row ${row}`,
    severity: { error: "Error", warning: "Warning" },
    goToCellHint: "Choose a problem to select its cell in Excel.",
    selectFailed: "The cell could not be selected.",
    showing: (shown, total) =>
      `Showing ${formatCount(shown, "en")} of ${formatCount(total, "en")} rows with problems.`,
    showMore: "Show more",
  },
  prioritise: {
    intro:
      "Load the criteria from the Parametrar sheet, change weights, direction and central budget, and see the ranking.",
    load: "Load the prioritisation",
    loading: "Loading the prioritisation…",
    loaded: (initiatives) => `The prioritisation is loaded: ${EN_COUNTS.initiatives(initiatives)}.`,
    loadFailed: "The prioritisation could not be loaded.",
    criteriaHeading: "Criteria",
    weight: (criterion) => `Weight: ${criterion}`,
    direction: (criterion) => `Direction: ${criterion}`,
    directions: { for: "For", against: "Against" },
    weightInvalid: "Enter the weight as a number, 0 or more.",
    weightsAllZero: "At least one criterion needs a weight above 0.",
    budget: "Central budget (SEK)",
    budgetHint: "Leave empty when there is no central budget.",
    budgetInvalid:
      "Enter the budget as an amount in kronor, e.g. 5000000 or 5 mkr, or leave the field empty.",
    formInvalid: "Correct the marked fields first; nothing was saved.",
    save: "Save and recalculate",
    saving: "Saving and recalculating…",
    saved: "The prioritisation is saved on the Parametrar sheet and the ranking recalculated.",
    saveFailed: "The prioritisation could not be saved.",
    ranking: "Ranking",
    columns: {
      rank: "Rank",
      name: "Initiative",
      score: "Score",
      investment: "Investment",
      fits: "Within budget",
    },
    yes: "Yes",
    no: "No",
    budgetUsed: (used, budget) => `Within budget: ${used} of ${budget}.`,
    noInitiatives: "There are no initiatives to rank yet.",
    matrix: "Insert matrix chart",
    insertingMatrix: "Inserting the matrix chart…",
    matrixInserted: (sheet) => `The matrix chart is inserted on sheet ${sheet}.`,
    matrixFailed: "The matrix chart could not be inserted.",
  },
  summarise: {
    intro:
      "Choose the departments' workbooks. They are read without being changed, and you see the result before anything is written into this workbook.",
    pick: "Choose workbooks…",
    filesLabel: "Chosen workbooks",
    fileState: {
      waiting: "Waiting",
      reading: "Reading…",
      read: "Read",
      cancelled: "Cancelled",
      failed: (error) => `Could not be read: ${error}`,
    },
    progressLabel: "Reading",
    progress: (done, total) => `${formatCount(done, "en")} of ${EN_COUNTS.workbooks(total)} done`,
    reading: "Reading the workbooks…",
    cancel: "Cancel",
    cancelled: "Reading was cancelled. Nothing has been consolidated.",
    readFailed: "The workbooks could not be read.",
    previewing: "Consolidating…",
    previewFailed: "The consolidation could not be made.",
    preview: (initiatives, workbooks) =>
      `${EN_COUNTS.initiatives(initiatives)} from ${EN_COUNTS.workbooks(workbooks)}`,
    keptFromEarlier: (initiatives) =>
      `${EN_COUNTS.initiatives(initiatives)} from the previous consolidation ${initiatives === 1 ? "is" : "are"} missing from the inputs and kept, marked.`,
    nothingRead: "None of the workbooks could be read, so there is nothing to write.",
    issues: (errors, warnings) =>
      `Issues: ${EN_COUNTS.errors(errors)}, ${EN_COUNTS.warnings(warnings)}.`,
    filesHeading: "Per workbook",
    imported: (initiatives) => `${EN_COUNTS.initiatives(initiatives)} read`,
    needs: (needs) => `${en(needs, "need", "needs")} for the Behov sheet (not initiatives)`,
    skipped: (rows) => en(rows, "row skipped", "rows skipped"),
    skippedRow: (sheet, row, reason, text) =>
      `${sheet}, row ${row}: ${reason}${text ? ` (“${text}”)` : ""}`,
    skipReasons: {
      total_row: "total row",
      repeated_header: "repeated header row",
      section_heading: "section heading",
    },
    fileIssues: (errors, warnings) =>
      `${EN_COUNTS.errors(errors)}, ${EN_COUNTS.warnings(warnings)}`,
    failed: (error) => `Could not be read: ${error}`,
    forvaltning: (name) => `Department: ${name}`,
    mappingHeading: "How the headers were read",
    mappingItem: (file, sheet, headerRow) => `${file}: ${sheet}, headers in row ${headerRow}`,
    mappingColumns: { header: "Header in the file", target: "Read as" },
    notMapped: "Not used",
    write: "Write the consolidation",
    writing: "Writing the consolidation…",
    written: (sheets, carriedOver) =>
      `Wrote the sheets ${sheets}. The council's own columns were carried over on ${en(carriedOver, "row", "rows")}.`,
    writeFailed: "The consolidation could not be written.",
  },
};

export const STRINGS: Record<Language, TaskpaneStrings> = { sv: SV, en: EN };

/** Swedish for any "sv" language tag (sv-SE, sv-FI, …), English for everything else. */
export function languageFor(tag: string | undefined | null): Language {
  return tag && /^sv(?:-|$)/i.test(tag) ? "sv" : "en";
}
