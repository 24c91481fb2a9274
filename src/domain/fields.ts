/**
 * The standard initiative: every field, its Swedish and English label, its type, the statuses
 * that require it and the header words that mean it in the lists förvaltningar keep today.
 * Criteria scores are not here: they are the council's own (see parameters).
 */
import type { ListName, Status } from "./lists";

export type FieldType = "text" | "amount" | "hours" | "date" | "list";

export type FieldGroup =
  | "identity"
  | "need"
  | "time"
  | "economy"
  | "documentation"
  | "benefit"
  | "followUp"
  | "free";

export interface FieldDef {
  readonly key: FieldKey;
  readonly sv: string;
  readonly en: string;
  readonly type: FieldType;
  readonly group: FieldGroup;
  readonly list?: ListName;
  /** Statuses for which an empty cell (or "Saknas" for a document) is a fel. */
  readonly requiredFor: readonly Status[];
  /** Header words meaning this field, besides the labels (normalised before comparing). */
  readonly synonyms: readonly string[];
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
const ALL: readonly Status[] = ["Idé", "Förstudie", "Beslutad", "Pågående", "Avslutad", "Pausad", "Avbruten"];

type Def = Omit<FieldDef, "key" | "requiredFor" | "synonyms" | "width" | "helpSv"> &
  Partial<Pick<FieldDef, "requiredFor" | "synonyms" | "width" | "helpSv">>;

const DEFS: Readonly<Record<FieldKey, Def>> = {
  id: { sv: "Initiativ-ID", en: "Initiative ID", type: "text", group: "identity", width: 14,
    synonyms: ["id", "initiativ id", "projekt id", "projektnummer", "projektnr", "nr", "nummer", "löpnummer", "ref", "referens"],
    helpSv: "Ett fast ID som inte ändras mellan åren, t.ex. SBF-2024-03. Lämna tomt så skapas ett." },
  name: { sv: "Namn", en: "Name", type: "text", group: "identity", width: 36, requiredFor: ALL,
    synonyms: ["projekt", "projektnamn", "initiativ", "namn på projekt", "namn på initiativ", "initiativnamn", "benämning", "titel", "rubrik", "projektets namn", "aktivitet", "digitaliseringsinitiativ", "name", "project"],
    helpSv: "Initiativets namn." },
  forvaltning: { sv: "Förvaltning", en: "Department", type: "list", list: "forvaltning", group: "identity", width: 26, requiredFor: ALL,
    synonyms: ["förvaltning", "förvaltning bolag", "verksamhet", "verksamhetsområde", "avdelning", "organisation", "beställare", "department"],
    helpSv: "Förvaltningen som äger initiativet." },
  namnd: { sv: "Nämnd", en: "Committee", type: "text", group: "identity", width: 22,
    synonyms: ["nämnd", "ansvarig nämnd", "styrelse", "nämnd styrelse", "committee"], helpSv: "Nämnden förvaltningen hör till." },
  ansvarig: { sv: "Ansvarig", en: "Responsible", type: "text", group: "identity", width: 20, requiredFor: STUDIED,
    synonyms: ["projektledare", "projektansvarig", "ansvarig person", "initiativägare", "projektägare", "responsible", "project manager"],
    helpSv: "Den som leder initiativet (projektledare)." },
  kontaktperson: { sv: "Kontaktperson", en: "Contact person", type: "text", group: "identity", width: 20,
    synonyms: ["kontakt", "kontaktperson", "kontaktuppgifter", "contact"], helpSv: "Vem man frågar om initiativet." },
  behovVem: { sv: "Behov – vem", en: "Need – who", type: "text", group: "need", width: 24,
    synonyms: ["vem", "behov vem", "målgrupp", "intressent", "för vem", "användare", "who"], helpSv: "Vem har behovet? (t.ex. invånare, handläggare)" },
  behovVad: { sv: "Behov – vad", en: "Need – what", type: "text", group: "need", width: 30,
    synonyms: ["vad", "behov vad", "behov", "beskrivning", "kort beskrivning", "behovsbeskrivning", "what", "description"], helpSv: "Vad vill de kunna göra?" },
  behovVarfor: { sv: "Behov – varför", en: "Need – why", type: "text", group: "need", width: 30,
    synonyms: ["varför", "behov varför", "motiv", "bakgrund", "motivering", "why"], helpSv: "Varför? Vilket problem löses?" },
  syfte: { sv: "Syfte", en: "Purpose", type: "text", group: "need", width: 30, requiredFor: DECIDED,
    synonyms: ["syfte", "syfte och mål", "ändamål", "purpose"], helpSv: "Varför initiativet görs." },
  projektmal: { sv: "Projektmål", en: "Project goal", type: "text", group: "need", width: 30, requiredFor: DECIDED,
    synonyms: ["mål", "projektmål", "leverans", "leveransmål", "project goal", "goal"], helpSv: "Vad projektet ska leverera." },
  effektmal: { sv: "Effektmål", en: "Effect goal", type: "text", group: "need", width: 30, requiredFor: DECIDED,
    synonyms: ["effektmål", "effekt", "förväntad effekt", "förväntade effekter", "önskad effekt", "effect goal"], helpSv: "Den mätbara nytta som ska uppnås." },
  strategiskInriktning: { sv: "Strategisk inriktning", en: "Strategic direction", type: "list", list: "strategiskInriktning", group: "need", width: 28,
    synonyms: ["strategi", "inriktning", "strategiskt mål", "koppling till strategi", "strategisk koppling", "strategic direction"], helpSv: "Vilken del av den digitala strategin initiativet stödjer." },
  berorFler: { sv: "Berör fler förvaltningar", en: "Affects other departments", type: "text", group: "need", width: 24,
    synonyms: ["berör fler förvaltningar", "andra förvaltningar", "berörda förvaltningar", "samverkan", "gemensamt med", "berör andra"], helpSv: "Vilka andra förvaltningar som berörs." },
  status: { sv: "Status", en: "Status", type: "list", list: "status", group: "time", width: 14,
    synonyms: ["status", "läge", "fas", "projektstatus", "skede", "state"], helpSv: "Var initiativet är nu." },
  startdatum: { sv: "Startdatum", en: "Start date", type: "date", group: "time", width: 13,
    synonyms: ["start", "startdatum", "projektstart", "påbörjad", "påbörjas", "startår", "från", "start date"], helpSv: "ÅÅÅÅ-MM-DD" },
  slutdatum: { sv: "Slutdatum", en: "End date", type: "date", group: "time", width: 13, requiredFor: ["Avslutad"],
    synonyms: ["slut", "slutdatum", "avslut", "projektavslut", "projektslut", "avslutas", "avslutat datum", "klart", "klart datum", "planerat slut", "beräknat slutdatum", "till", "end date"], helpSv: "ÅÅÅÅ-MM-DD" },
  investering: { sv: "Investering (kr)", en: "Investment (SEK)", type: "amount", group: "economy", width: 16, requiredFor: DECIDED,
    synonyms: ["investering", "engångskostnad", "budget", "kostnad", "projektkostnad", "projektbudget", "total kostnad", "totalkostnad", "beviljade medel", "investeringsbelopp", "budget projekt", "investment", "cost"],
    helpSv: "Engångskostnad i kronor." },
  lopandeKostnad: { sv: "Löpande kostnad per år (kr)", en: "Running cost per year (SEK)", type: "amount", group: "economy", width: 16,
    synonyms: ["löpande kostnad", "driftkostnad", "driftskostnad", "årlig kostnad", "förvaltningskostnad", "licenskostnad", "running cost"], helpSv: "Kostnad per år efter införandet, i kronor." },
  kostnadsbesparing: { sv: "Kostnadsbesparing per år (kr)", en: "Cost saving per year (SEK)", type: "amount", group: "economy", width: 16,
    synonyms: ["kostnadsbesparing", "besparing", "årlig besparing", "minskade kostnader", "ekonomisk nytta", "besparing per år", "cost saving"], helpSv: "Minskade kostnader per år, i kronor." },
  tidsbesparing: { sv: "Tidsbesparing (timmar per år)", en: "Time saving (hours per year)", type: "hours", group: "economy", width: 16,
    synonyms: ["tidsbesparing", "sparad tid", "frigjord tid", "timmar", "tidsvinst", "time saving"], helpSv: "Frigjord arbetstid per år, i timmar." },
  nyttokalkyl: { sv: "Nyttokalkyl", en: "Benefit calculation", type: "list", list: "dokumentation", group: "documentation", width: 14, requiredFor: DECIDED,
    synonyms: ["nyttokalkyl", "nyttokalkyl finns", "kalkyl", "nyttoanalys", "nytto och kostnadsanalys", "benefit calculation"], helpSv: "Genomförd, Delvis eller Saknas." },
  riskanalys: { sv: "Riskanalys", en: "Risk analysis", type: "list", list: "dokumentation", group: "documentation", width: 14,
    synonyms: ["riskanalys", "risk och konsekvensanalys", "riskbedömning", "risk analysis"], helpSv: "Genomförd, Delvis eller Saknas." },
  projektplan: { sv: "Projektplan", en: "Project plan", type: "list", list: "dokumentation", group: "documentation", width: 14,
    synonyms: ["projektplan", "plan", "projektdirektiv", "project plan"], helpSv: "Genomförd, Delvis eller Saknas." },
  projektutvardering: { sv: "Projektutvärdering", en: "Evaluation", type: "list", list: "dokumentation", group: "documentation", width: 16, requiredFor: ["Avslutad"],
    synonyms: ["projektutvärdering", "utvärdering", "slutrapport", "utvärdering slutrapport", "slututvärdering", "evaluation"], helpSv: "Genomförd, Delvis eller Saknas." },
  nyttoagare: { sv: "Nyttoägare", en: "Benefit owner", type: "text", group: "benefit", width: 20, requiredFor: DECIDED,
    synonyms: ["nyttoägare", "nyttoansvarig", "effektägare", "ansvarig för nyttorealisering", "ansvarig för effekthemtagning", "benefit owner"],
    helpSv: "Den som tar hem nyttan i verksamheten (inte projektledaren)." },
  matetal: { sv: "Mätetal", en: "Measure", type: "text", group: "benefit", width: 22,
    synonyms: ["mätetal", "indikator", "nyckeltal", "mått", "measure", "kpi"], helpSv: "Hur effekten mäts." },
  nollmatning: { sv: "Nollmätning", en: "Baseline", type: "text", group: "benefit", width: 20,
    synonyms: ["nollmätning", "utgångsläge", "baslinje", "nuläge", "baseline"], helpSv: "Värde och datum före införandet." },
  malvarde: { sv: "Målvärde", en: "Target", type: "text", group: "benefit", width: 16,
    synonyms: ["målvärde", "målnivå", "target"], helpSv: "Värdet mätetalet ska nå." },
  nastaUppfoljning: { sv: "Nästa uppföljning", en: "Next follow-up", type: "date", group: "benefit", width: 14,
    synonyms: ["nästa uppföljning", "planerad uppföljning", "uppföljningsdatum", "next follow up"], helpSv: "ÅÅÅÅ-MM-DD" },
  uppfoljd: { sv: "Uppföljd", en: "Followed up", type: "date", group: "followUp", width: 13,
    synonyms: ["uppföljd", "uppföljning genomförd", "senaste uppföljning", "uppföljning", "followed up"], helpSv: "Datum då effekten senast följdes upp." },
  effektmalUppnatt: { sv: "Effektmål uppnått", en: "Effect goal achieved", type: "list", list: "effektmalUppnatt", group: "followUp", width: 14,
    synonyms: ["effektmål uppnått", "måluppfyllelse", "uppnått", "effekt uppnådd", "goal achieved"], helpSv: "Ja, Delvis, Nej eller Ej uppföljt." },
  realiseradBesparing: { sv: "Realiserad besparing per år (kr)", en: "Realised saving per year (SEK)", type: "amount", group: "followUp", width: 16,
    synonyms: ["realiserad besparing", "faktisk besparing", "utfall besparing", "realiserad nytta", "realised saving"], helpSv: "Uppnådd besparing per år, i kronor." },
  kommentar: { sv: "Kommentar", en: "Comment", type: "text", group: "free", width: 30,
    synonyms: ["kommentar", "kommentarer", "anmärkning", "övrigt", "notering", "noteringar", "comment", "notes"], helpSv: "Fri text." },
};

export const FIELDS: readonly FieldDef[] = FIELD_KEYS.map((key) => {
  const def = DEFS[key];
  return {
    ...def,
    key,
    requiredFor: def.requiredFor ?? [],
    synonyms: def.synonyms ?? [],
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
