/** The first sheet a förvaltning sees: what the template is for and how to fill it, in Swedish. */
import { COMPUTED_COLUMNS } from "../computedColumns";
import { FIELDS } from "../fields";
import { STATUSES } from "../lists";
import type { Parameters } from "../parameters/Parameters";
import type { CellBlock, CellContent, SheetDescription } from "./WorkbookDescription";

export const INSTRUCTIONS_SHEET = "Instruktioner";

const STATUS_HELP: Record<(typeof STATUSES)[number], string> = {
  Idé: "Ett förslag som ännu inte utretts. Kräver bara namn och förvaltning.",
  Förstudie: "Behov och lösning utreds. Ange ansvarig och gärna syfte.",
  Beslutad:
    "Beslut om genomförande finns. Syfte, mål, effektmål, investering, nyttokalkyl och nyttoägare krävs.",
  Pågående: "Genomförs nu. Samma krav som Beslutad.",
  Avslutad:
    "Levererat. Dessutom krävs slutdatum och projektutvärdering, och nyttan ska följas upp inom ett år.",
  Pausad: "Vilande i väntan på beslut eller resurser.",
  Avbruten: "Stoppat. Skriv varför i Kommentar.",
};

export function instructionsSheet(parameters: Parameters, tableSheet: string): SheetDescription {
  const who = parameters.forvaltning ? ` – ${parameters.forvaltning}` : "";
  const steps: CellContent[][] = [
    ["1.", `Gå till bladet ${tableSheet}. Varje rad är ett digitaliseringsinitiativ.`],
    ["2.", "Fyll i namn, förvaltning och status först. Välj från listorna där cellen har en pil."],
    ["3.", "Röda celler är obligatoriska för initiativets status. De blir vita när de är ifyllda."],
    ["4.", "Belopp skrivs i hela kronor (inte tkr), datum som ÅÅÅÅ-MM-DD och poäng som 1–5."],
    [
      "5.",
      "Grå kolumner räknas ut med formler och ska inte skrivas i. De använder värdena på bladet Parametrar.",
    ],
    [
      "6.",
      "Kontrollera arbetsboken med Digiportfölj (fliken Kontrollera eller digiportfolj validate) innan du skickar den.",
    ],
  ];
  const statuses: CellContent[][] = STATUSES.map((s) => [s, STATUS_HELP[s]]);
  const fields: CellContent[][] = [
    ...FIELDS.map((f) => [f.sv, f.helpSv]),
    ...parameters.criteria.map((c) => [
      `${c.label} (1–5)`,
      c.direction === "for"
        ? "Poäng 1–5, där 5 är bäst."
        : "Poäng 1–5, där 5 är högst (räknas emot i viktad poäng).",
    ]),
  ];
  const computed: CellContent[][] = COMPUTED_COLUMNS.map((c) => [c.sv, COMPUTED_HELP[c.key]]);

  // Each part follows the one above it, with a blank row between.
  const blocks: CellBlock[] = [
    {
      row: 1,
      col: 1,
      rows: [[`Digiportfölj – mall för digitaliseringsinitiativ${who}`]],
      style: "title",
    },
    {
      row: 2,
      col: 1,
      rows: [
        [
          "Samma kolumner i alla förvaltningar, så att listorna kan sammanställas och prioriteras i kommunens portfölj.",
        ],
      ],
      style: "note",
    },
    { row: 4, col: 1, rows: [["Så fyller du i mallen"]], style: "subtitle" },
  ];
  let row = 5;
  const part = (heading: readonly [string, string] | null, rows: CellContent[][]) => {
    if (heading) blocks.push({ row: row++, col: 1, rows: [[...heading]], style: "header" });
    blocks.push({ row, col: 1, rows });
    row += rows.length + 1;
  };
  part(null, steps);
  part(["Status", "Vad det betyder och vad som krävs"], statuses);
  part(["Kolumn", "Vad som ska stå där"], fields);
  part(["Beräknad kolumn", "Formel (använder bladet Parametrar)"], computed);

  return {
    name: INSTRUCTIONS_SHEET,
    tabColor: "FF1F6F78",
    columnWidths: [
      { col: 1, width: 32 },
      { col: 2, width: 110 },
    ],
    blocks,
  };
}

const COMPUTED_HELP: Record<(typeof COMPUTED_COLUMNS)[number]["key"], string> = {
  nyttaPerAr: "Kostnadsbesparing + Tidsbesparing × Timkostnad",
  nettonyttaPerAr: "Nytta per år − Löpande kostnad per år",
  aterbetalningstid: "Investering ÷ Nettonytta per år (tom om nettonyttan inte är positiv)",
  nettonuvarde:
    "−Investering + Nettonytta per år × nuvärdesfaktorn för Kalkylperiod år och Kalkylränta",
  nnvKvot: "Nettonuvärde ÷ Investering, för rangordning när pengarna inte räcker",
  viktadPoang: "Kriteriepoängen viktade enligt Parametrar, 0–100",
  prioritet: "Hög, Medel eller Låg utifrån viktad poäng och gränserna på Parametrar",
  kvadrant: "Läget i matrisen nytta/komplexitet",
  dokumentationsgrad:
    "Andel av nyttokalkyl, riskanalys, projektplan och utvärdering som finns (Delvis räknas som hälften)",
  realiseradAndel: "Realiserad besparing per år ÷ planerad Kostnadsbesparing per år",
};
