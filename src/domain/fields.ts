/**
 * The standard initiative: every field, its Swedish and English label, its type, the statuses
 * that require it and the header words that mean it in the lists förvaltningar keep today.
 * Criteria scores are not here: they are the council's own (see parameters).
 */
import { STATUSES, type ListName, type Status } from "./lists";

export interface HeaderWords {
  readonly sv: readonly string[];
  readonly en: readonly string[];
}

/**
 * Words that mean the field wherever they stand in a header, in Swedish and English: every group
 * must be met by a word of the header ("Yearly licence cost": a cost word and a yearly word), and
 * none of `not`. A word meets a keyword when it is the keyword, begins with it, or (for a keyword
 * of five letters or more) ends with it, as Swedish compounds do ("förvaltningskostnad"); an
 * abbreviation written with a full stop ("Inv.", "Bespar.") meets the keywords it begins.
 */
export interface HeaderKeywords {
  readonly all: readonly (readonly string[])[];
  readonly not?: readonly string[];
}

export type FieldType = "text" | "amount" | "hours" | "date" | "list";

export type FieldGroup =
  "identity" | "need" | "time" | "economy" | "documentation" | "benefit" | "followUp" | "free";

export interface FieldDef {
  readonly key: FieldKey;
  readonly sv: string;
  readonly en: string;
  readonly type: FieldType;
  readonly group: FieldGroup;
  readonly list?: ListName;
  /** Statuses for which an empty cell (or "Saknas" for a document) is a fel. */
  readonly requiredFor: readonly Status[];
  /**
   * Header words meaning this field in the lists förvaltningar keep, besides the labels, in
   * Swedish and in English (compared after normalising case, spaces, punctuation and units).
   */
  readonly synonyms: HeaderWords;
  /** Words that mean the field in any header that holds them (after the exact words fail). */
  readonly keywords?: HeaderKeywords;
  /** Column width in the template, in characters. */
  readonly width: number;
  /** Short help shown as the cell prompt in the template. */
  readonly helpSv: string;
}

export const FIELD_KEYS = [
  "id",
  "name",
  "forvaltning",
  "namnd",
  "ansvarig",
  "kontaktperson",
  "behovVem",
  "behovVad",
  "behovVarfor",
  "syfte",
  "projektmal",
  "effektmal",
  "strategiskInriktning",
  "berorFler",
  "status",
  "startdatum",
  "slutdatum",
  "investering",
  "lopandeKostnad",
  "kostnadsbesparing",
  "tidsbesparing",
  "nyttokalkyl",
  "riskanalys",
  "projektplan",
  "projektutvardering",
  "nyttoagare",
  "matetal",
  "nollmatning",
  "malvarde",
  "nastaUppfoljning",
  "uppfoljd",
  "effektmalUppnatt",
  "realiseradBesparing",
  "kommentar",
] as const;

export type FieldKey = (typeof FIELD_KEYS)[number];

const DECIDED: readonly Status[] = ["Beslutad", "Pågående", "Avslutad"];
const STUDIED: readonly Status[] = ["Förstudie", "Beslutad", "Pågående", "Avslutad", "Pausad"];
const ALL: readonly Status[] = STATUSES;

type Def = Omit<FieldDef, "key" | "requiredFor" | "synonyms" | "width" | "helpSv"> &
  Partial<Pick<FieldDef, "requiredFor" | "synonyms" | "width" | "helpSv">>;

const DEFS: Readonly<Record<FieldKey, Def>> = {
  id: {
    sv: "Initiativ-ID",
    en: "Initiative ID",
    type: "text",
    group: "identity",
    width: 14,
    synonyms: {
      sv: [
        "id",
        "initiativ id",
        "projekt id",
        "projektnummer",
        "projektnr",
        "nr",
        "nummer",
        "löpnummer",
        "löpnr",
        "ref",
        "referens",
        "aktivitet id",
        "aktivitets id",
        "ärendenr",
        "ärendenummer",
        "diarienummer",
        "diarienr",
        "dnr",
        "id nr",
        "beteckning",
        "projektkod",
        "kod",
      ],
      en: [
        "initiative id",
        "project id",
        "project no",
        "project number",
        "project code",
        "reference",
        "ref no",
        "no",
        "number",
      ],
    },
    keywords: {
      all: [["id", "nr", "nummer", "dnr", "diarienummer", "ärendenummer", "löpnummer"]],
      not: ["telefon", "tel", "mobil", "organisationsnummer", "personnummer", "behov"],
    },
    helpSv: "Ett fast ID som inte ändras mellan åren, t.ex. SBF-2024-03. Lämna tomt så skapas ett.",
  },
  name: {
    sv: "Namn",
    en: "Name",
    type: "text",
    group: "identity",
    width: 36,
    requiredFor: ALL,
    synonyms: {
      sv: [
        "projekt",
        "projektnamn",
        "initiativ",
        "namn på projekt",
        "namn på initiativ",
        "initiativnamn",
        "benämning",
        "titel",
        "rubrik",
        "projektets namn",
        "aktivitet",
        "digitaliseringsinitiativ",
        "projekttitel",
        "initiativets namn",
        "namn på aktivitet",
        "åtgärd",
        "insats",
        "satsning",
        "utvecklingsområde",
      ],
      en: [
        "name",
        "project",
        "project name",
        "initiative",
        "initiative name",
        "title",
        "project title",
      ],
    },
    keywords: { all: [["heter", "kallas"]] },
    helpSv: "Initiativets namn.",
  },
  forvaltning: {
    sv: "Förvaltning",
    en: "Department",
    type: "list",
    list: "forvaltning",
    group: "identity",
    width: 26,
    requiredFor: ALL,
    synonyms: {
      sv: [
        "förvaltning",
        "förvaltning bolag",
        "verksamhet",
        "verksamhetsområde",
        "avdelning",
        "organisation",
        "beställare",
        "ägande förvaltning",
      ],
      en: ["department", "dept", "division", "business area", "organization", "organisation"],
    },
    keywords: {
      all: [["förvaltning", "förv", "department", "dept", "organisation", "organization"]],
      not: ["kostnad", "kostnader", "cost", "costs", "avgift", "berör", "andra", "fler", "other"],
    },
    helpSv: "Förvaltningen som äger initiativet.",
  },
  namnd: {
    sv: "Nämnd",
    en: "Committee",
    type: "text",
    group: "identity",
    width: 22,
    synonyms: {
      sv: ["nämnd", "ansvarig nämnd", "styrelse", "nämnd styrelse"],
      en: ["committee", "board"],
    },
    helpSv: "Nämnden förvaltningen hör till.",
  },
  ansvarig: {
    sv: "Ansvarig",
    en: "Responsible",
    type: "text",
    group: "identity",
    width: 20,
    requiredFor: STUDIED,
    synonyms: {
      sv: [
        "projektledare",
        "projektansvarig",
        "ansvarig person",
        "initiativägare",
        "projektägare",
        "huvudansvarig",
      ],
      en: ["owner", "project owner", "responsible", "project manager", "project lead", "lead"],
    },
    keywords: {
      all: [["ansvarar", "ansvarig", "owner", "lead", "ledare", "responsible"]],
      not: [
        "enhet",
        "förvaltning",
        "nämnd",
        "unit",
        "dept",
        "department",
        "nyttoansvarig",
        "nytta",
        "benefit",
      ],
    },
    helpSv: "Den som leder initiativet (projektledare).",
  },
  kontaktperson: {
    sv: "Kontaktperson",
    en: "Contact person",
    type: "text",
    group: "identity",
    width: 20,
    synonyms: {
      sv: ["kontakt", "kontaktperson", "kontaktuppgifter"],
      en: ["contact", "contact person"],
    },
    helpSv: "Vem man frågar om initiativet.",
  },
  behovVem: {
    sv: "Behov – vem",
    en: "Need – who",
    type: "text",
    group: "need",
    width: 24,
    synonyms: {
      sv: [
        "vem",
        "behov vem",
        "målgrupp",
        "intressent",
        "för vem",
        "användare",
        "som",
        "vem har behovet",
      ],
      en: ["who", "as a", "stakeholder", "user group"],
    },
    helpSv: "Vem har behovet? (t.ex. invånare, handläggare)",
  },
  behovVad: {
    sv: "Behov – vad",
    en: "Need – what",
    type: "text",
    group: "need",
    width: 30,
    synonyms: {
      sv: [
        "vad",
        "behov vad",
        "behov",
        "beskrivning",
        "kort beskrivning",
        "behovsbeskrivning",
        "vill jag",
        "vad behövs",
      ],
      en: ["what", "description", "i want", "i want to", "need"],
    },
    keywords: {
      all: [["vad", "mål", "want", "goal", "önskemål", "önskar", "behöver"]],
      not: ["projektmål", "effektmål", "målvärde", "målnivå", "måluppfyllelse", "heter"],
    },
    helpSv: "Vad vill de kunna göra?",
  },
  behovVarfor: {
    sv: "Behov – varför",
    en: "Need – why",
    type: "text",
    group: "need",
    width: 30,
    synonyms: {
      sv: ["varför", "behov varför", "motiv", "bakgrund", "motivering", "för att"],
      en: ["why", "so that", "rationale"],
    },
    helpSv: "Varför? Vilket problem löses?",
  },
  syfte: {
    sv: "Syfte",
    en: "Purpose",
    type: "text",
    group: "need",
    width: 30,
    requiredFor: DECIDED,
    synonyms: {
      sv: ["syfte", "syfte och mål", "ändamål"],
      en: ["purpose", "objective"],
    },
    helpSv: "Varför initiativet görs.",
  },
  projektmal: {
    sv: "Projektmål",
    en: "Project goal",
    type: "text",
    group: "need",
    width: 30,
    requiredFor: DECIDED,
    synonyms: {
      sv: ["mål", "projektmål", "leverans", "leveransmål"],
      en: ["project goal", "goal", "deliverable", "deliverables"],
    },
    helpSv: "Vad projektet ska leverera.",
  },
  effektmal: {
    sv: "Effektmål",
    en: "Effect goal",
    type: "text",
    group: "need",
    width: 30,
    requiredFor: DECIDED,
    synonyms: {
      sv: ["effektmål", "effekt", "förväntad effekt", "förväntade effekter", "önskad effekt"],
      en: ["effect goal", "expected benefits", "expected outcome", "outcome"],
    },
    helpSv: "Den mätbara nytta som ska uppnås.",
  },
  strategiskInriktning: {
    sv: "Strategisk inriktning",
    en: "Strategic direction",
    type: "list",
    list: "strategiskInriktning",
    group: "need",
    width: 28,
    synonyms: {
      sv: [
        "strategi",
        "inriktning",
        "strategiskt mål",
        "koppling till strategi",
        "strategisk koppling",
      ],
      en: ["strategic direction", "strategy", "strategic goal"],
    },
    helpSv: "Vilken del av den digitala strategin initiativet stödjer.",
  },
  berorFler: {
    sv: "Berör fler förvaltningar",
    en: "Affects other departments",
    type: "text",
    group: "need",
    width: 24,
    synonyms: {
      sv: [
        "berör fler förvaltningar",
        "andra förvaltningar",
        "berörda förvaltningar",
        "samverkan",
        "gemensamt med",
        "berör andra",
      ],
      en: ["other departments", "affects other departments", "shared with"],
    },
    helpSv: "Vilka andra förvaltningar som berörs.",
  },
  status: {
    sv: "Status",
    en: "Status",
    type: "list",
    list: "status",
    group: "time",
    width: 14,
    synonyms: {
      sv: ["status", "läge", "fas", "projektstatus", "skede"],
      en: ["state", "phase", "stage", "project status"],
    },
    keywords: {
      all: [["status", "kommit", "läge", "lägesbild", "fas", "progress", "stage", "phase"]],
      not: ["rapport", "statusrapport", "färg", "color", "colour", "trend", "inkommit", "lägenhet"],
    },
    helpSv: "Var initiativet är nu.",
  },
  startdatum: {
    sv: "Startdatum",
    en: "Start date",
    type: "date",
    group: "time",
    width: 13,
    synonyms: {
      sv: [
        "start",
        "startdatum",
        "projektstart",
        "påbörjad",
        "påbörjas",
        "startår",
        "från",
        "planerad start",
        "startdag",
      ],
      en: ["start date", "starts", "planned start", "begin"],
    },
    helpSv: "ÅÅÅÅ-MM-DD",
  },
  slutdatum: {
    sv: "Slutdatum",
    en: "End date",
    type: "date",
    group: "time",
    width: 13,
    requiredFor: ["Avslutad"],
    synonyms: {
      sv: [
        "slut",
        "slutdatum",
        "avslut",
        "projektavslut",
        "projektslut",
        "avslutas",
        "avslutat datum",
        "klart",
        "klart datum",
        "planerat slut",
        "beräknat slutdatum",
        "till",
        "slutår",
      ],
      en: ["end", "end date", "finish", "planned end", "completion date", "due date"],
    },
    helpSv: "ÅÅÅÅ-MM-DD",
  },
  investering: {
    sv: "Investering (kr)",
    en: "Investment (SEK)",
    type: "amount",
    group: "economy",
    width: 16,
    requiredFor: DECIDED,
    synonyms: {
      sv: [
        "investering",
        "engångskostnad",
        "engångskostnader",
        "budget",
        "kostnad",
        "projektkostnad",
        "projektbudget",
        "total kostnad",
        "totalkostnad",
        "beviljade medel",
        "investeringsbelopp",
        "investeringskostnad",
        "budget projekt",
        "beräknad kostnad",
      ],
      en: [
        "investment",
        "one off cost",
        "one time cost",
        "capex",
        "project cost",
        "budget",
        "cost",
        "total cost",
      ],
    },
    keywords: {
      all: [["investering", "investment", "capex", "engångs", "engangs"]],
    },
    helpSv: "Engångskostnad i kronor.",
  },
  lopandeKostnad: {
    sv: "Löpande kostnad per år (kr)",
    en: "Running cost per year (SEK)",
    type: "amount",
    group: "economy",
    width: 16,
    synonyms: {
      sv: [
        "löpande kostnad",
        "löpande kostnader",
        "driftkostnad",
        "driftskostnad",
        "driftkostnader",
        "drift",
        "drift per år",
        "drift år",
        "driftkostnad per år",
        "driftskostnad per år",
        "årlig driftkostnad",
        "årlig driftskostnad",
        "årlig kostnad",
        "årliga kostnader",
        "förvaltningskostnad",
        "förvaltningskostnader",
        "licenskostnad",
        "drift och förvaltning",
      ],
      en: [
        "running cost",
        "running costs",
        "annual running cost",
        "operating cost",
        "operating costs",
        "annual operating cost",
        "annual cost",
        "maintenance cost",
        "opex",
      ],
    },
    keywords: {
      all: [
        [
          "kostnad",
          "kostnader",
          "cost",
          "costs",
          "avgift",
          "avgifter",
          "licens",
          "licenser",
          "licence",
          "license",
          "licences",
          "licenses",
          "drift",
          "opex",
          "löpande",
          "utgift",
        ],
        [
          "år",
          "årlig",
          "årliga",
          "årligen",
          "yearly",
          "annual",
          "annually",
          "yr",
          "year",
          "löpande",
          "drift",
          "run",
          "running",
          "operating",
          "förvaltning",
          "licens",
          "licenser",
          "licence",
          "license",
          "licences",
          "licenses",
        ],
      ],
      not: [
        "engångs",
        "investering",
        "investment",
        "besparing",
        "besparingar",
        "saving",
        "savings",
        "minskade",
        "realiserad",
        "driftsättning",
        "driftsatt",
        "driftstart",
        "datum",
        "date",
      ],
    },
    helpSv: "Kostnad per år efter införandet, i kronor.",
  },
  kostnadsbesparing: {
    sv: "Kostnadsbesparing per år (kr)",
    en: "Cost saving per year (SEK)",
    type: "amount",
    group: "economy",
    width: 16,
    synonyms: {
      sv: [
        "kostnadsbesparing",
        "besparing",
        "årlig besparing",
        "minskade kostnader",
        "ekonomisk nytta",
        "besparing per år",
        "besparing år",
        "kostnadsminskning",
        "effekthemtagning",
        "ekonomisk effekt",
      ],
      en: [
        "cost saving",
        "cost savings",
        "savings",
        "annual savings",
        "annual cost savings",
        "savings per year",
        "cost reduction",
      ],
    },
    keywords: {
      all: [
        [
          "besparing",
          "besparingar",
          "bespar",
          "saving",
          "savings",
          "minskade",
          "kostnadsminskning",
          "effekthemtagning",
          "sparar",
          "save",
          "saves",
        ],
      ],
      not: [
        "minuter",
        "minutes",
        "tid",
        "time",
        "timmar",
        "hours",
        "h",
        "tim",
        "timme",
        "realiserad",
        "faktisk",
        "utfall",
        "actual",
        "realised",
        "realized",
        "uppnådd",
      ],
    },
    helpSv: "Minskade kostnader per år, i kronor.",
  },
  tidsbesparing: {
    sv: "Tidsbesparing (timmar per år)",
    en: "Time saving (hours per year)",
    type: "hours",
    group: "economy",
    width: 16,
    synonyms: {
      sv: [
        "tidsbesparing",
        "sparad tid",
        "frigjord tid",
        "timmar",
        "tidsvinst",
        "sparade timmar",
        "frigjorda timmar",
        "timmar per år",
      ],
      en: ["time saving", "time saved", "hours saved", "hours saved per year", "saved hours"],
    },
    keywords: {
      all: [
        ["tid", "time", "timmar", "hours", "h", "tim", "timme"],
        [
          "sparad",
          "sparade",
          "saved",
          "saving",
          "savings",
          "besparing",
          "bespar",
          "frigjord",
          "frigjorda",
          "frigör",
          "freed",
          "vinst",
          "nytta",
          "benefit",
          "benefits",
          "år",
          "yr",
          "year",
        ],
      ],
    },
    helpSv: "Frigjord arbetstid per år, i timmar.",
  },
  nyttokalkyl: {
    sv: "Nyttokalkyl",
    en: "Benefit calculation",
    type: "list",
    list: "dokumentation",
    group: "documentation",
    width: 14,
    requiredFor: DECIDED,
    synonyms: {
      sv: ["nyttokalkyl", "nyttokalkyl finns", "kalkyl", "nyttoanalys", "nytto och kostnadsanalys"],
      en: ["benefit calculation", "business case", "cost benefit analysis"],
    },
    keywords: {
      all: [["nyttokalkyl", "nyttoanalys", "kalkyl"]],
    },
    helpSv: "Genomförd, Delvis eller Saknas.",
  },
  riskanalys: {
    sv: "Riskanalys",
    en: "Risk analysis",
    type: "list",
    list: "dokumentation",
    group: "documentation",
    width: 14,
    synonyms: {
      sv: ["riskanalys", "risk och konsekvensanalys", "riskbedömning"],
      en: ["risk analysis", "risk assessment"],
    },
    keywords: {
      all: [["riskanalys", "riskbedömning", "riskanalyser"]],
    },
    helpSv: "Genomförd, Delvis eller Saknas.",
  },
  projektplan: {
    sv: "Projektplan",
    en: "Project plan",
    type: "list",
    list: "dokumentation",
    group: "documentation",
    width: 14,
    synonyms: {
      sv: ["projektplan", "plan", "projektdirektiv"],
      en: ["project plan"],
    },
    keywords: {
      all: [["projektplan", "projektdirektiv"]],
    },
    helpSv: "Genomförd, Delvis eller Saknas.",
  },
  projektutvardering: {
    sv: "Projektutvärdering",
    en: "Evaluation",
    type: "list",
    list: "dokumentation",
    group: "documentation",
    width: 16,
    requiredFor: ["Avslutad"],
    synonyms: {
      sv: [
        "projektutvärdering",
        "utvärdering",
        "slutrapport",
        "utvärdering slutrapport",
        "slututvärdering",
      ],
      en: ["evaluation", "project evaluation", "final report"],
    },
    keywords: {
      all: [["utvärdering", "projektutvärdering", "slutrapport", "slututvärdering", "evaluation"]],
    },
    helpSv: "Genomförd, Delvis eller Saknas.",
  },
  nyttoagare: {
    sv: "Nyttoägare",
    en: "Benefit owner",
    type: "text",
    group: "benefit",
    width: 20,
    requiredFor: DECIDED,
    synonyms: {
      sv: [
        "nyttoägare",
        "nyttoansvarig",
        "effektägare",
        "ansvarig för nyttorealisering",
        "ansvarig för effekthemtagning",
      ],
      en: ["benefit owner"],
    },
    helpSv: "Den som tar hem nyttan i verksamheten (inte projektledaren).",
  },
  matetal: {
    sv: "Mätetal",
    en: "Measure",
    type: "text",
    group: "benefit",
    width: 22,
    synonyms: {
      sv: ["mätetal", "indikator", "nyckeltal", "mått"],
      en: ["measure", "kpi", "metric", "indicator"],
    },
    helpSv: "Hur effekten mäts.",
  },
  nollmatning: {
    sv: "Nollmätning",
    en: "Baseline",
    type: "text",
    group: "benefit",
    width: 20,
    synonyms: {
      sv: ["nollmätning", "utgångsläge", "baslinje", "nuläge"],
      en: ["baseline"],
    },
    helpSv: "Värde och datum före införandet.",
  },
  malvarde: {
    sv: "Målvärde",
    en: "Target",
    type: "text",
    group: "benefit",
    width: 16,
    synonyms: {
      sv: ["målvärde", "målnivå"],
      en: ["target", "target value"],
    },
    helpSv: "Värdet mätetalet ska nå.",
  },
  nastaUppfoljning: {
    sv: "Nästa uppföljning",
    en: "Next follow-up",
    type: "date",
    group: "benefit",
    width: 14,
    synonyms: {
      sv: ["nästa uppföljning", "planerad uppföljning", "uppföljningsdatum"],
      en: ["next follow up", "next review"],
    },
    helpSv: "ÅÅÅÅ-MM-DD",
  },
  uppfoljd: {
    sv: "Uppföljd",
    en: "Followed up",
    type: "date",
    group: "followUp",
    width: 13,
    synonyms: {
      sv: ["uppföljd", "uppföljning genomförd", "senaste uppföljning", "uppföljning"],
      en: ["followed up", "last follow up"],
    },
    helpSv: "Datum då effekten senast följdes upp.",
  },
  effektmalUppnatt: {
    sv: "Effektmål uppnått",
    en: "Effect goal achieved",
    type: "list",
    list: "effektmalUppnatt",
    group: "followUp",
    width: 14,
    synonyms: {
      sv: ["effektmål uppnått", "måluppfyllelse", "uppnått", "effekt uppnådd"],
      en: ["goal achieved", "achieved"],
    },
    helpSv: "Ja, Delvis, Nej eller Ej uppföljt.",
  },
  realiseradBesparing: {
    sv: "Realiserad besparing per år (kr)",
    en: "Realised saving per year (SEK)",
    type: "amount",
    group: "followUp",
    width: 16,
    synonyms: {
      sv: ["realiserad besparing", "faktisk besparing", "utfall besparing", "realiserad nytta"],
      en: ["realised saving", "realized saving", "actual savings"],
    },
    keywords: {
      all: [
        ["realiserad", "faktisk", "utfall", "actual", "realised", "realized", "uppnådd"],
        ["besparing", "besparingar", "bespar", "saving", "savings", "nytta"],
      ],
    },
    helpSv: "Uppnådd besparing per år, i kronor.",
  },
  kommentar: {
    sv: "Kommentar",
    en: "Comment",
    type: "text",
    group: "free",
    width: 30,
    synonyms: {
      sv: ["kommentar", "kommentarer", "anmärkning", "övrigt", "notering", "noteringar"],
      en: ["comment", "comments", "notes", "note", "remarks"],
    },
    helpSv: "Fri text.",
  },
};

export const FIELDS: readonly FieldDef[] = FIELD_KEYS.map((key) => {
  const def = DEFS[key];
  return {
    ...def,
    key,
    requiredFor: def.requiredFor ?? [],
    synonyms: def.synonyms ?? { sv: [], en: [] },
    width: def.width ?? 16,
    helpSv: def.helpSv ?? "",
  };
});

const BY_KEY = new Map(FIELDS.map((f) => [f.key, f]));

export function field(key: FieldKey): FieldDef {
  const def = BY_KEY.get(key);
  if (!def) throw new Error(`unknown field ${key}`);
  return def;
}

export function isFieldKey(key: string): key is FieldKey {
  return BY_KEY.has(key as FieldKey);
}
