/** The first sheet a förvaltning sees: what the template is for and how to fill it, in Swedish. */
import { COMPUTED_COLUMNS } from "../computedColumns";
import { FIELDS } from "../fields";
import { STATUSES } from "../lists";
import type { Parameters } from "../parameters/Parameters";
import type { CellContent, SheetDescription } from "./WorkbookDescription";

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
    ["Så fyller du i mallen"],
    [`1. Gå till bladet ${tableSheet}. Varje rad är ett digitaliseringsinitiativ.`],
    ["2. Fyll i namn, förvaltning och status först. Välj från listorna där det finns en pil."],
    ["3. Röda celler är obligatoriska för initiativets status. De blir vita när de är ifyllda."],
    ["4. Belopp skrivs i kronor (inte tkr), datum som ÅÅÅÅ-MM-DD, poäng som 1–5."],
    [
      "5. Grå kolumner räknas ut med formler och ska inte skrivas i. De använder värdena på bladet Parametrar.",
    ],
    [
      "6. Kontrollera arbetsboken med Digiportfölj (fliken Kontrollera eller digiportfolj validate) innan du skickar den.",
    ],
    [""],
    ["Status", "Vad det betyder och vad som krävs"],
    ...STATUSES.map((s) => [s, STATUS_HELP[s]]),
    [""],
    ["Kolumn", "Vad som ska stå där"],
    ...FIELDS.map((f) => [f.sv, f.helpSv]),
    ...parameters.criteria.map((c) => [
      `${c.label} (1–5)`,
      c.direction === "for"
        ? "Poäng 1–5, där 5 är bäst."
        : "Poäng 1–5, där 5 är högst (räknas emot i viktad poäng).",
    ]),
    [""],
    ["Beräknade kolumner", "Formel (använder Parametrar)"],
    ...COMPUTED_COLUMNS.map((c) => [c.sv, COMPUTED_HELP[c.key]]),
  ];
  return {
    name: INSTRUCTIONS_SHEET,
    tabColor: "FF1F6F78",
    columnWidths: [
      { col: 1, width: 34 },
      { col: 2, width: 100 },
    ],
    blocks: [
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
            "Standardmall för kommunens portfölj: samma kolumner i alla förvaltningar, så att listorna kan sammanställas och prioriteras.",
          ],
        ],
        style: "note",
      },
      { row: 4, col: 1, rows: steps, wrap: true },
    ],
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
