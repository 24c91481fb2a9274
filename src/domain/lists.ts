/**
 * The council's standard lists and the words found in the wild that mean the same.
 * The values themselves can be replaced from the parameters sheet; the synonyms stay.
 */

export const LIST_NAMES = [
  "status",
  "forvaltning",
  "strategiskInriktning",
  "dokumentation",
  "effektmalUppnatt",
  "finansiering",
] as const;

export type ListName = (typeof LIST_NAMES)[number];

export const STATUSES = [
  "Idé",
  "Förstudie",
  "Beslutad",
  "Pågående",
  "Avslutad",
  "Pausad",
  "Avbruten",
] as const;
export type Status = (typeof STATUSES)[number];

export const DOCUMENT_STATES = ["Genomförd", "Delvis", "Saknas"] as const;
export type DocumentState = (typeof DOCUMENT_STATES)[number];

/** Canonical value → other words meaning it (compared after normalising case, spaces and punctuation). */
export const VALUE_SYNONYMS: Readonly<
  Record<ListName, Readonly<Record<string, readonly string[]>>>
> = {
  status: {
    Idé: ["ide", "idé", "förslag", "inkommen idé", "nytt förslag", "behov", "idea", "proposal"],
    Förstudie: [
      "förstudie",
      "utredning",
      "utreds",
      "analys",
      "under utredning",
      "pilot",
      "pre-study",
      "prestudy",
      "feasibility study",
      "investigation",
    ],
    Beslutad: [
      "beslutad",
      "beslutat",
      "godkänd",
      "godkänt",
      "planerad",
      "planerat",
      "prioriterad",
      "ej påbörjad",
      "approved",
      "decided",
      "planned",
      "not started",
      "ej startad",
      "ej startat",
      "inte påbörjad",
      "inte startad",
    ],
    Pågående: [
      "pågående",
      "pågår",
      "genomförs",
      "påbörjad",
      "påbörjat",
      "startad",
      "startat",
      "i gång",
      "igång",
      "under genomförande",
      "aktiv",
      "införande",
      "implementering",
      "ongoing",
      "in progress",
      "running",
      "active",
      "under way",
    ],
    Avslutad: [
      "avslutad",
      "avslutat",
      "klar",
      "klart",
      "slutförd",
      "slutfört",
      "genomförd",
      "genomfört",
      "färdig",
      "levererad",
      "i drift",
      "implementerad",
      "done",
      "finished",
      "completed",
      "complete",
      "closed",
      "delivered",
    ],
    Pausad: [
      "pausad",
      "pausat",
      "parkerad",
      "parkerat",
      "vilande",
      "on hold",
      "paused",
      "avvaktar",
    ],
    Avbruten: [
      "avbruten",
      "avbrutet",
      "stoppad",
      "stoppat",
      "nedlagd",
      "nedlagt",
      "avslogs",
      "avslagen",
      "cancelled",
      "canceled",
      "stopped",
      "rejected",
    ],
  },
  forvaltning: {},
  strategiskInriktning: {},
  dokumentation: {
    Genomförd: [
      "genomförd",
      "genomfört",
      "ja",
      "finns",
      "klar",
      "klart",
      "x",
      "✓",
      "✔",
      "upprättad",
      "framtagen",
      "yes",
      "done",
    ],
    Delvis: [
      "delvis",
      "påbörjad",
      "pågår",
      "under arbete",
      "ofullständig",
      "utkast",
      "partly",
      "partial",
    ],
    Saknas: [
      "saknas",
      "nej",
      "finns ej",
      "finns inte",
      "ej",
      "ingen",
      "dokumentation saknas",
      "ej upprättad",
      "✗",
      "✘",
      "no",
      "missing",
    ],
  },
  effektmalUppnatt: {
    Ja: ["ja", "uppnått", "uppnådd", "helt", "yes"],
    Delvis: ["delvis", "delvis uppnått", "partly"],
    Nej: ["nej", "ej uppnått", "inte uppnått", "no"],
    "Ej uppföljt": [
      "ej uppföljt",
      "inte uppföljt",
      "ej följt upp",
      "ej utvärderat",
      "vet ej",
      "okänt",
      "not followed up",
    ],
  },
  finansiering: {
    Central: ["central", "centralt", "digitaliseringsrådet", "kommunstyrelsen", "ks"],
    Förvaltning: ["förvaltning", "förvaltningen", "egen", "egen budget", "nämnd"],
    Extern: ["extern", "externt", "bidrag", "statsbidrag", "eu", "eu-medel", "projektmedel"],
  },
};

export const DEFAULT_LISTS: Readonly<Record<ListName, readonly string[]>> = {
  status: STATUSES,
  forvaltning: [
    "Kommunledningsförvaltningen",
    "Barn- och utbildningsförvaltningen",
    "Socialförvaltningen",
    "Vård- och omsorgsförvaltningen",
    "Samhällsbyggnadsförvaltningen",
    "Kultur- och fritidsförvaltningen",
    "Miljöförvaltningen",
  ],
  strategiskInriktning: [
    "Enklare vardag för invånare och företag",
    "Effektivare verksamhet",
    "Digital kompetens och ledarskap",
    "Gemensam infrastruktur och informationssäkerhet",
  ],
  dokumentation: DOCUMENT_STATES,
  effektmalUppnatt: ["Ja", "Delvis", "Nej", "Ej uppföljt"],
  finansiering: ["Central", "Förvaltning", "Extern"],
};

/** Whether a value outside the list is an error (closed lists drive the rules) or only a warning. */
export const CLOSED_LISTS: ReadonlySet<ListName> = new Set<ListName>([
  "status",
  "dokumentation",
  "effektmalUppnatt",
  "finansiering",
]);

/** Numeric value of a document state for Dokumentationsgrad. */
export const DOCUMENT_STATE_WEIGHT: Readonly<Record<DocumentState, number>> = {
  Genomförd: 1,
  Delvis: 0.5,
  Saknas: 0,
};
