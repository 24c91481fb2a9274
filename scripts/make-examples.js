#!/usr/bin/env node
/**
 * Writes the bundled example workbooks in examples/: the lists förvaltningar really keep, each in
 * its own shape (a title above the headers, tkr in the headers, amounts and dates as text, blank
 * rows, a total row, a list pasted twice, their own status words …), and one standard template
 * filled in. examples/README.md says which problems the checker should find in each.
 *
 * Run `npm run build:cli` first (the template comes from the compiled domain in lib/), then
 * `node scripts/make-examples.js`. Output is deterministic: every date is fixed, including the
 * workbook's created/modified and the zip entries' timestamps, so re-running changes nothing
 * unless this script or the template changes.
 */
"use strict";

const fs = require("fs");
const path = require("path");

const ExcelJS = require("exceljs");
// The zip library exceljs writes with; its default entry date would otherwise be "now".
const JSZip = require(
  require.resolve("jszip", { paths: [path.dirname(require.resolve("exceljs"))] })
);

function requireLib(modulePath) {
  try {
    return require(modulePath);
  } catch (error) {
    if (error && error.code === "MODULE_NOT_FOUND") {
      process.stderr.write("make-examples: kör först `npm run build:cli` så att lib/ finns.\n");
      process.exit(2);
    }
    throw error;
  }
}
const { buildTemplate } = requireLib("../lib/domain/template/buildTemplate");
const { DEFAULT_PARAMETERS } = requireLib("../lib/domain/parameters/Parameters");
const { renderWorkbook } = requireLib("../lib/adapters/xlsxFile/write/writeWorkbook");
const { serialFromIso } = requireLib("../lib/domain/parse/date");

const OUT_DIR = path.resolve(__dirname, "../examples");

/** Every file claims to be saved on this day; a fixed date keeps the bytes the same run to run. */
const SAVED = new Date(Date.UTC(2026, 0, 15, 9, 0, 0));
JSZip.defaults.date = SAVED;

/** A date as exceljs writes it: midnight UTC, so the serial is a whole day. */
const day = (iso) => {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};

function newWorkbook(author) {
  const wb = new ExcelJS.Workbook();
  wb.creator = author;
  wb.lastModifiedBy = author;
  wb.created = SAVED;
  wb.modified = SAVED;
  return wb;
}

async function save(wb, file) {
  const bytes = await wb.xlsx.writeBuffer();
  fs.writeFileSync(path.join(OUT_DIR, file), Buffer.from(bytes));
}

const bold = { bold: true };
const headerFill = (argb) => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

/** Writes a plain header row the way people format one by hand: bold, filled, wrapped. */
function styleHeaderRow(row, argb) {
  row.eachCell((cell) => {
    cell.font = bold;
    cell.fill = headerFill(argb);
    cell.alignment = { wrapText: true, vertical: "top" };
  });
}

function setWidths(ws, widths) {
  widths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
}

// ---------------------------------------------------------------------------------------------
// 1. The standard template, filled in by Samhällsbyggnadsförvaltningen

const SBF = "Samhällsbyggnadsförvaltningen";

/** Values by template header; dates as ISO text (turned into serials below). */
const SBF_ROWS = [
  {
    "Initiativ-ID": "SBF-2017-01",
    Namn: "Digitalt bygglov",
    Förvaltning: SBF,
    Nämnd: "Byggnadsnämnden",
    Ansvarig: "Karin Lindqvist",
    Kontaktperson: "Per Öberg",
    "Behov – vem": "Sökande (privatpersoner och företag), bygglovshandläggare",
    "Behov – vad": "Söka bygglov digitalt, komplettera och följa sitt ärende",
    "Behov – varför":
      "Pappersansökningar är ofta ofullständiga och kompletteringar förlänger handläggningen",
    Syfte:
      "Förenkla ansökningsprocessen för sökande och minska administrationen för bygglovsavdelningen.",
    Projektmål: "En digital bygglovsprocess från e-tjänst till digitalt beslut och arkiv.",
    Effektmål:
      "Kortare handläggningstider för bygglovsbeslut och snabbare service och support för sökande.",
    "Strategisk inriktning": "Enklare vardag för invånare och företag",
    "Berör fler förvaltningar": "Kommunledningsförvaltningen (IT-avdelningen)",
    Status: "Avslutad",
    Startdatum: "2017-09-01",
    Slutdatum: "2018-11-06",
    "Investering (kr)": 596600,
    "Löpande kostnad per år (kr)": 85000,
    "Kostnadsbesparing per år (kr)": 120000,
    "Tidsbesparing (timmar per år)": 600,
    "Nytta (1–5)": 5,
    "Strategisk betydelse (1–5)": 4,
    "Komplexitet (1–5)": 3,
    "Risk (1–5)": 2,
    Nyttokalkyl: "Genomförd",
    Riskanalys: "Genomförd",
    Projektplan: "Genomförd",
    Projektutvärdering: "Genomförd",
    Nyttoägare: "Enhetschef bygglov",
    Mätetal: "Handläggningstid från komplett ansökan till beslut (dagar, median)",
    Nollmätning: "38 dagar (2017)",
    Målvärde: "21 dagar",
    "Nästa uppföljning": "2027-03-31",
    Uppföljd: "2019-12-10",
    "Effektmål uppnått": "Delvis",
    "Realiserad besparing per år (kr)": 95000,
    Kommentar: "Slutrapport december 2018. Vid uppföljningen 2019 var handläggningstiden 24 dagar.",
  },
  {
    "Initiativ-ID": "SBF-2021-02",
    Namn: "Digital planproduktion",
    Förvaltning: SBF,
    Nämnd: "Byggnadsnämnden",
    Ansvarig: "Johan Nilsson",
    Kontaktperson: "Johan Nilsson",
    "Behov – vem": "Planarkitekter, exploatörer och invånare",
    "Behov – vad": "Ta fram detaljplaner som objektsorienterade data i stället för PDF",
    "Behov – varför":
      "Planbestämmelser måste kunna läsas maskinellt enligt Boverkets krav och återanvändas i bygglov",
    Syfte: "Digitala detaljplaner som kan återanvändas i bygglov, geodata och medborgardialog.",
    Projektmål: "Alla nya detaljplaner produceras digitalt enligt Boverkets föreskrifter.",
    Effektmål:
      "Kortare tid från planuppdrag till antagen plan och färre frågor om gällande bestämmelser.",
    "Strategisk inriktning": "Effektivare verksamhet",
    "Berör fler förvaltningar": "Kommunledningsförvaltningen, Miljöförvaltningen",
    Status: "Pågående",
    Startdatum: "2021-03-01",
    Slutdatum: "2028-06-30",
    "Investering (kr)": 1450000,
    "Löpande kostnad per år (kr)": 180000,
    "Kostnadsbesparing per år (kr)": 150000,
    "Tidsbesparing (timmar per år)": 1200,
    "Nytta (1–5)": 4,
    "Strategisk betydelse (1–5)": 5,
    "Komplexitet (1–5)": 4,
    "Risk (1–5)": 3,
    Nyttokalkyl: "Genomförd",
    Riskanalys: "Genomförd",
    Projektplan: "Genomförd",
    Projektutvärdering: "Saknas",
    Nyttoägare: "Planchef",
    Mätetal: "Tid från planuppdrag till antagen detaljplan (månader)",
    Nollmätning: "26 månader (2020)",
    Målvärde: "18 månader",
    "Nästa uppföljning": "2027-06-30",
    Kommentar: "Rapporteras i delårsrapport och årsanalys.",
  },
  {
    "Initiativ-ID": "SBF-2025-03",
    Namn: "E-tjänst för strandskyddsdispens",
    Förvaltning: SBF,
    Nämnd: "Byggnadsnämnden",
    Ansvarig: "Lina Svensson",
    Kontaktperson: "Lina Svensson",
    "Behov – vem": "Fastighetsägare som vill bygga nära vatten",
    "Behov – vad": "Söka strandskyddsdispens digitalt med karta och bilagor",
    "Behov – varför": "Ansökningar kommer i dag på papper och saknar ofta situationsplan",
    Syfte: "En digital ansökan med kartunderlag så att ärendena blir kompletta från början.",
    Projektmål: "E-tjänst i drift, kopplad till ärendehanteringssystemet.",
    Effektmål: "Minst 80 % av ansökningarna kommer in digitalt och kompletta.",
    "Strategisk inriktning": "Enklare vardag för invånare och företag",
    Status: "Beslutad",
    Startdatum: "2027-01-15",
    Slutdatum: "2027-10-31",
    "Investering (kr)": 320000,
    "Löpande kostnad per år (kr)": 40000,
    "Kostnadsbesparing per år (kr)": 0,
    "Tidsbesparing (timmar per år)": 350,
    "Nytta (1–5)": 3,
    "Strategisk betydelse (1–5)": 3,
    "Komplexitet (1–5)": 2,
    "Risk (1–5)": 2,
    Nyttokalkyl: "Delvis",
    Riskanalys: "Saknas",
    Projektplan: "Genomförd",
    Mätetal: "Andel ansökningar som kommer in digitalt och kompletta",
    Nollmätning: "0 % digitalt, 45 % kompletta (2025)",
    Målvärde: "80 %",
    Kommentar: "Beslutad i byggnadsnämnden. Nyttoägare utses när bemanningen är klar.",
  },
  {
    "Initiativ-ID": "SBF-2026-04",
    Namn: "Geodata i 3D",
    Förvaltning: SBF,
    Nämnd: "Byggnadsnämnden",
    Ansvarig: "Ali Hassan",
    "Behov – vem": "Planerare, bygglovshandläggare och invånare i samråd",
    "Behov – vad": "En 3D-modell av staden att pröva nya byggnader och planer i",
    "Behov – varför":
      "Volymstudier görs i dag för hand i varje ärende och är svåra att visa i samråd",
    Syfte: "Bättre beslutsunderlag och bättre förståelse av geografisk information.",
    "Strategisk inriktning": "Gemensam infrastruktur och informationssäkerhet",
    "Berör fler förvaltningar": "Kommunledningsförvaltningen (kommunal geosamverkan)",
    Status: "Idé",
    "Investering (kr)": 750000,
    "Nytta (1–5)": 4,
    "Strategisk betydelse (1–5)": 4,
    "Komplexitet (1–5)": 5,
    "Risk (1–5)": 4,
    Kommentar: "Grov uppskattning av investeringen. Tas upp i digitaliseringsrådet.",
  },
];

const TEMPLATE_DATE_HEADERS = new Set(["Startdatum", "Slutdatum", "Nästa uppföljning", "Uppföljd"]);

/** The template's core.xml carries "now"; pin it to the same fixed day as the other files. */
async function pinCoreDates(bytes) {
  const zip = await JSZip.loadAsync(bytes);
  const core = await zip.file("docProps/core.xml").async("string");
  const stamp = SAVED.toISOString().replace(/\.\d{3}Z$/, "Z");
  const pinned = core
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
  zip.file("docProps/core.xml", pinned);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function makeTemplate() {
  const parameters = { ...DEFAULT_PARAMETERS, forvaltning: SBF };
  const description = buildTemplate(parameters, { rows: 30 });
  const sheet = description.sheets.find((s) =>
    (s.tables ?? []).some((t) => t.name === "Initiativ")
  );
  const table = sheet.tables[0];
  const headers = table.columns.map((c) => c.header);
  const rows = table.rows.map((row) => [...row]);

  SBF_ROWS.forEach((values, r) => {
    for (const [header, value] of Object.entries(values)) {
      const c = headers.indexOf(header);
      if (c === -1) throw new Error(`the template has no column "${header}"`);
      if (table.columns[c].style === "computed")
        throw new Error(`"${header}" is computed; leave it to the formula`);
      rows[r][c] = TEMPLATE_DATE_HEADERS.has(header) ? serialFromIso(value, false) : value;
    }
  });

  const filled = {
    ...description,
    sheets: description.sheets.map((s) =>
      s === sheet ? { ...s, tables: [{ ...table, rows }] } : s
    ),
  };
  const bytes = await renderWorkbook(filled);
  fs.writeFileSync(path.join(OUT_DIR, "samhallsbyggnad-mall.xlsx"), await pinCoreDates(bytes));
}

// ---------------------------------------------------------------------------------------------
// 2. Kommunstyrelsen: a title, a subtitle, a blank row, then its own headers; text everywhere

async function makeKommunstyrelsen() {
  const wb = newWorkbook("Eva Holmberg");
  const ws = wb.addWorksheet("Projekt 2021");
  ws.getCell("A1").value = "Digitaliseringsprojekt IT-avdelningen 2021";
  ws.getCell("A1").font = { bold: true, size: 16 };
  ws.getCell("A2").value =
    "Kommunstyrelsen, IT- och digitaliseringsavdelningen. Uppdaterad 2021-03-15 /EH";
  ws.getCell("A2").font = { italic: true, color: { argb: "FF595959" } };
  // row 3 left blank, as people do
  const headers = [
    "Projekt",
    "Nämnd",
    "Beskrivning",
    "Projektstart",
    "Projektavslut",
    "Budget",
    "Nyttokalkyl",
    "Riskanalys",
    "Projektutvärdering",
    "Status",
    "Kommentar",
  ];
  ws.getRow(4).values = headers;
  styleHeaderRow(ws.getRow(4), "FFD9E1F2");
  const rows = [
    [
      "Digitalt bygglov",
      "Byggnadsnämnden",
      "Implementera digital bygglovsprocess. IT-avdelningen stöttar med integration mot ärendesystemet.",
      "höst 2017",
      "6 nov 2018",
      "596 600 kr",
      "Ja",
      "Ja",
      "Ja",
      "Klar",
      "Samhällsbyggnad äger projektet.",
    ],
    [
      "Avveckling av Meraki",
      "Kommunstyrelsen (IT-avd)",
      "Efter införandet av EMM-lösningarna MI och JAMF i skolan avvecklas Meraki, som inte längre supporteras. De flesta enheter, ca 11 000, har flyttats till JAMF.",
      "2019-11-24",
      "2021-02-28",
      "58 kr/enhet/mån",
      "Saknas",
      "Ja",
      "Saknas",
      "Avslutat",
      "Mindre projekt, styrs inte av projektmallen. Konsekvens- och kostnadsanalys samt handlingsplan finns. Specialanpassade paket 600 kr/t.",
    ],
    [
      "Digital signering av myndighetsbeslut",
      "Socialnämnden",
      "Startade i socialnämnden före pandemin och blev kommungemensamt via digitaliseringsrådet. Kostnaderna delas av flera nämnder.",
      "mars 2020",
      "2021-06-30",
      "1,2 mkr",
      "Delvis",
      "Nej",
      "Saknas",
      "Avslutad",
      "Övertaget av IT- och digitaliseringsavdelningen centralt.",
    ],
    [
      "Nytt intranät",
      "Kommunstyrelsen",
      "Ersätta det gamla intranätet med en ny plattform för alla förvaltningar.",
      "2021-09-01",
      "2022-06-30",
      "ca 200 000",
      "Nej",
      "Delvis",
      null,
      "Pågår",
      "Upphandling klar i augusti.",
    ],
    [
      "Upphandling av RPA-plattform",
      "Kommunstyrelsen",
      "Gemensam plattform för automatisering (RPA) som förvaltningarna kan använda.",
      "Q3 2021",
      null,
      "450 tkr",
      "Delvis",
      "Nej",
      null,
      "Planerad",
      "Socialförvaltningen först ut (ekonomiskt bistånd).",
    ],
  ];
  rows.forEach((values, i) => {
    const row = ws.getRow(5 + i);
    row.values = values;
    row.alignment = { wrapText: true, vertical: "top" };
  });
  setWidths(ws, [32, 24, 52, 13, 13, 16, 12, 11, 18, 11, 40]);
  await save(wb, "kommunledning-it-lista.xlsx");
}

// ---------------------------------------------------------------------------------------------
// 3. Vård och omsorg: an instructions sheet first, then an Excel table with amounts in tkr

async function makeVardOchOmsorg() {
  const wb = newWorkbook("Sara Holm");
  const info = wb.addWorksheet("Anvisningar");
  [
    "Anvisningar för projektlistan, vård- och omsorgsförvaltningen",
    "",
    "Fyll i en rad per digitaliseringsprojekt på bladet Projekt.",
    "Alla belopp anges i tusental kronor (tkr), t.ex. 45 för 45 000 kr.",
    "Frigjord tid anges i timmar per år.",
    "Status: Idé, Förstudie, Beslutad, Pågående, Avslutad, Pausad eller Avbruten.",
    "Nyttoägare är den chef i verksamheten som ansvarar för att nyttan tas hem, inte projektledaren.",
    "Listan lämnas till digitaliseringsstrategen före varje möte i digitaliseringsrådet.",
  ].forEach((text, i) => {
    info.getCell(1 + i, 1).value = text === "" ? null : text;
  });
  info.getCell("A1").font = { bold: true, size: 14 };
  info.getColumn(1).width = 100;

  const ws = wb.addWorksheet("Projekt");
  ws.getCell("A1").value = "Digitaliseringsprojekt vård och omsorg";
  ws.getCell("A1").font = { bold: true, size: 14 };
  const columns = [
    ["Nr", 10],
    ["Projekt", 26],
    ["Förvaltning", 28],
    ["Projektledare", 16],
    ["Syfte", 44],
    ["Projektmål", 36],
    ["Effektmål", 44],
    ["Nyttoägare", 24],
    ["Status", 12],
    ["Start", 12],
    ["Slut", 12],
    ["Investering (tkr)", 12],
    ["Driftkostnad/år (tkr)", 12],
    ["Besparing/år (tkr)", 12],
    ["Frigjord tid (tim/år)", 12],
    ["Nyttokalkyl", 12],
    ["Projektplan", 12],
    ["Slutrapport", 12],
    ["Uppföljd", 12],
    ["Kommentar", 40],
  ];
  const VOF = "Vård- och omsorgsförvaltningen";
  const rows = [
    [
      "VO-2019-01",
      "Wellbee",
      VOF,
      "Sara Holm",
      "Ett digitalt planeringsverktyg som underlättar vardagen för personer med behov av kognitivt stöd.",
      "App för dagsplanering och checklistor införd i LSS-boendena.",
      "Brukaren blir mindre beroende av personal för att komma till rätt plats i rätt tid och blir mer självständig vid t.ex. inköp.",
      "Enhetschef LSS-boenden",
      "Avslutad",
      day("2019-08-12"),
      day("2020-09-15"),
      45,
      12,
      30,
      200,
      "Genomförd",
      "Genomförd",
      "Genomförd",
      day("2021-03-01"),
      "Projektplan 2019-06-05, slutrapport i Word.",
    ],
    [
      "VO-2018-02",
      "Digitala trygghetslarm",
      VOF,
      "Ahmed Rashid",
      "Byta analoga trygghetslarm mot digitala när telenätet byts ut.",
      "Alla brukare med trygghetslarm har digitalt larm.",
      "Färre larm som inte når fram och snabbare insats vid larm.",
      "Verksamhetschef hemtjänst",
      "Avslutad",
      day("2018-03-01"),
      day("2019-12-31"),
      1200,
      350,
      500,
      null,
      "Genomförd",
      "Genomförd",
      "Delvis",
      null,
      "Ansökan om trygghetslarm automatiserad 2020.",
    ],
    [
      "VO-2020-03",
      "Digital nattillsyn",
      VOF,
      "Ahmed Rashid",
      "Ersätta en del av nattens fysiska tillsynsbesök med kameratillsyn där brukaren vill det.",
      "Digital nattillsyn erbjuds i hela hemtjänsten.",
      "Färre väckningar för brukarna och 30 % färre nattliga körningar.",
      "Verksamhetschef hemtjänst",
      "Pågående",
      day("2024-09-01"),
      day("2028-06-30"),
      1850,
      240,
      900,
      1500,
      "Genomförd",
      "Genomförd",
      null,
      null,
      "Samtycke dokumenteras i genomförandeplanen.",
    ],
    [
      "VO-2023-04",
      "Läkemedelsrobot",
      VOF,
      "Maria Ek",
      "Säkrare läkemedelshantering i ordinärt boende med automatisk dosering och påminnelse.",
      "Läkemedelsrobotar hos de brukare som har flest läkemedelsbesök.",
      "Färre missade doser och färre hembesök för läkemedelsgivning.",
      "Maria Ek",
      "Beslutad",
      day("2027-02-01"),
      day("2027-12-31"),
      2400,
      380,
      150,
      600,
      "Delvis",
      "Genomförd",
      null,
      null,
      "Hyrs per robot och månad; hyran ingår i driftkostnaden.",
    ],
    [
      "VO-2024-05",
      "Trygghetskamera",
      VOF,
      "Ahmed Rashid",
      "Utreda trygghetskamera i särskilt boende som komplement till nattillsyn.",
      null,
      null,
      null,
      "Förstudie",
      day("2026-09-01"),
      null,
      300,
      60,
      200,
      400,
      "Delvis",
      null,
      null,
      null,
      "Juridisk bedömning av kamerabevakning pågår.",
    ],
  ];
  const firstRow = 3;
  ws.addTable({
    name: "VoF_Projekt",
    displayName: "VoF_Projekt",
    ref: `A${firstRow}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium9", showRowStripes: true },
    columns: columns.map(([name]) => ({ name, filterButton: true })),
    rows,
  });
  columns.forEach(([name, width], i) => {
    const column = ws.getColumn(i + 1);
    column.width = width;
    if (["Start", "Slut", "Uppföljd"].includes(name)) column.numFmt = "yyyy-mm-dd";
    if (/tkr|tim/.test(name)) column.numFmt = "#,##0";
  });
  ws.getRow(firstRow).alignment = { wrapText: true, vertical: "top" };
  ws.views = [{ state: "frozen", ySplit: firstRow, xSplit: 2 }];
  await save(wb, "vard-och-omsorg-tkr.xlsx");
}

// ---------------------------------------------------------------------------------------------
// 4. Socialförvaltningen: a sparse list, documents "Saknas", blank rows between

async function makeSocial() {
  const wb = newWorkbook("Jonas Berg");
  const ws = wb.addWorksheet("Blad1");
  const headers = [
    "Initiativ",
    "Status",
    "Start",
    "Klart",
    "Kostnad",
    "Projektledare",
    "Syfte",
    "Nyttokalkyl",
    "Riskanalys",
    "Projektplan",
    "Utvärdering",
    "Övrigt",
  ];
  ws.getRow(1).values = headers;
  ws.getRow(1).font = bold;
  const rows = {
    2: [
      "Automatiserad handläggning av ekonomiskt bistånd (RPA)",
      "Pågår",
      "2020-09-01",
      null,
      "850 000",
      "Jonas Berg",
      "Frigöra handläggartid: en robot gör kontroller och beräkningar i ansökningar om ekonomiskt bistånd.",
      "Saknas",
      "Ja",
      "Ja",
      null,
      "Handläggaren beslutar i ärendet. Stickprov på verifikationerna.",
    ],
    4: [
      "Digital signering av myndighetsbeslut",
      "Klar",
      null,
      null,
      null,
      null,
      null,
      "Saknas",
      "Saknas",
      "Saknas",
      "Saknas",
      "Dokumentation saknas. Blev kommungemensamt, IT-avdelningen tog över.",
    ],
    7: [
      "E-arkiv",
      "Förstudie",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "Gemensamt med KLF och BUF?",
    ],
    9: [
      "Självservice för försörjningsstöd",
      null,
      "vt 2022",
      null,
      null,
      "Lejla Hodzic",
      "Sökande ska kunna följa sitt ärende och ladda upp underlag själva.",
      null,
      null,
      null,
      null,
      null,
    ],
    11: [
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "Uppdatera listan inför rådet i maj!",
    ],
  };
  for (const [row, values] of Object.entries(rows)) ws.getRow(Number(row)).values = values;
  setWidths(ws, [48, 11, 11, 11, 11, 16, 50, 12, 11, 11, 12, 48]);
  await save(wb, "socialforvaltningen-gles.xlsx");
}

// ---------------------------------------------------------------------------------------------
// 5. Barn och utbildning: a list pasted twice (its header repeated) and a Summa row

async function makeUtbildning() {
  const wb = newWorkbook("Helena Strand");
  const ws = wb.addWorksheet("BUF digitalisering");
  ws.getCell("A1").value = "Barn- och utbildningsförvaltningen – digitaliseringsinitiativ";
  ws.getCell("A1").font = { bold: true, size: 14 };
  const headers = [
    "Projektnr",
    "Projektnamn",
    "Ansvarig",
    "Status",
    "Startdatum",
    "Slutdatum",
    "Budget (kr)",
    "Nyttokalkyl",
    "Kommentar",
  ];
  const first = [
    [
      "BUF-21-01",
      "Skolplattform",
      "Helena Strand",
      "Pågående",
      day("2022-01-10"),
      day("2027-12-31"),
      3200000,
      "Genomförd",
      "Ny plattform för schema, frånvaro och vårdnadshavarkontakt.",
    ],
    [
      "BUF-21-02",
      "Digitala nationella prov",
      "Erik Lund",
      "Beslutad",
      day("2027-01-15"),
      day("2027-06-15"),
      650000,
      "Delvis",
      "Skolverkets krav; nätverk och inloggning i alla skolor.",
    ],
    [
      "BUF-21-03",
      "Chromebooks 1:1",
      "Erik Lund",
      "Pågående",
      day("2021-08-01"),
      day("2022-06-30"),
      4800000,
      "Genomförd",
      "Årskurs 4–9.",
    ],
  ];
  const second = [
    [
      "BUF-21-03",
      "Chromebooks 1:1",
      "Erik Lund",
      "Avslutad",
      day("2021-08-01"),
      day("2022-06-30"),
      4800000,
      "Genomförd",
      "Årskurs 4–9. Alla elever har en enhet.",
    ],
    [
      "BUF-22-04",
      "Elevhälsans journalsystem",
      "Anna Kraft",
      "Förstudie",
      day("2026-08-15"),
      null,
      900000,
      "Saknas",
      "Ersätter pappersjournaler och nuvarande system.",
    ],
    [
      "BUF-22-05",
      "E-arkiv",
      "Anna Kraft",
      "Idé",
      null,
      null,
      400000,
      null,
      "Elevdokumentation ska kunna e-arkiveras. Samordnas med KLF?",
    ],
  ];
  const lines = [headers, ...first, headers, ...second];
  const top = 3;
  lines.forEach((values, i) => {
    const row = ws.getRow(top + i);
    row.values = values;
    if (values === headers) styleHeaderRow(row, "FFE2EFDA");
  });
  const lastData = top + lines.length - 1;
  const totalRow = lastData + 2; // one blank row, then the sum
  const total = [...first, ...second].reduce((sum, r) => sum + r[6], 0);
  ws.getCell(totalRow, 2).value = "Summa";
  ws.getCell(totalRow, 7).value = { formula: `SUM(G${top + 1}:G${lastData})`, result: total };
  ws.getRow(totalRow).font = bold;
  ws.getColumn(5).numFmt = "yyyy-mm-dd";
  ws.getColumn(6).numFmt = "yyyy-mm-dd";
  ws.getColumn(7).numFmt = "#,##0";
  setWidths(ws, [11, 28, 15, 11, 12, 12, 14, 12, 50]);
  await save(wb, "utbildning-summarad.xlsx");
}

// ---------------------------------------------------------------------------------------------
// 6. Kultur och fritid: its own status words, one of them meaning nothing on the list

async function makeKulturFritid() {
  const wb = newWorkbook("Olle Sandberg");
  const ws = wb.addWorksheet("Projektlista KoF");
  const headers = [
    "Namn på projekt",
    "Ansvarig",
    "Status",
    "Kostnad (kr)",
    "Start",
    "Slut",
    "Kommentar",
  ];
  ws.getRow(1).values = headers;
  styleHeaderRow(ws.getRow(1), "FFFCE4D6");
  const rows = [
    [
      "Bokningssystem för lokaler och anläggningar",
      "Olle Sandberg",
      "Genomförs",
      780000,
      day("2025-01-15"),
      day("2027-05-31"),
      "Föreningar bokar och betalar själva.",
    ],
    [
      "Digital skyltning i sporthallar",
      "Mikael Åberg",
      "Pågår",
      260000,
      day("2023-05-01"),
      day("2024-06-30"),
      "Skärmarna levererade, innehållet dröjer.",
    ],
    [
      "Meröppet bibliotek Norra",
      "Annika Berg",
      "Klart",
      410000,
      day("2022-02-01"),
      day("2022-11-30"),
      "Öppet 07–22 med lånekort och pinkod.",
    ],
    [
      "Digitalt föreningsregister",
      "Olle Sandberg",
      "Parkerad",
      150000,
      day("2024-02-01"),
      null,
      "Väntar på nytt bidragssystem.",
    ],
    [
      "Kulturskolans e-tjänst för anmälan",
      "Sofia Lind",
      "Avslutat",
      95000,
      day("2021-08-16"),
      day("2021-06-30"),
      "Kön hanteras i e-tjänsten.",
    ],
    [
      "Digitala konstsamlingen",
      "Annika Berg",
      "Inväntar politiken",
      220000,
      null,
      null,
      "Konstsamlingen fotograferas och publiceras på webben.",
    ],
  ];
  rows.forEach((values, i) => {
    ws.getRow(2 + i).values = values;
  });
  ws.getColumn(4).numFmt = "#,##0";
  ws.getColumn(5).numFmt = "yyyy-mm-dd";
  ws.getColumn(6).numFmt = "yyyy-mm-dd";
  setWidths(ws, [42, 16, 18, 14, 12, 12, 50]);
  ws.autoFilter = "A1:G1";
  await save(wb, "kultur-fritid-egna-statusord.xlsx");
}

// ---------------------------------------------------------------------------------------------
// 7. Miljöförvaltningen: saved on a Mac with the 1904 date system, its ID column hidden

async function makeMiljo1904() {
  const wb = newWorkbook("Tove Lindgren");
  wb.properties.date1904 = true;
  const ws = wb.addWorksheet("Initiativ");
  const headers = [
    "Projektnummer",
    "Initiativ",
    "Förvaltning",
    "Ansvarig",
    "Status",
    "Startdatum",
    "Slutdatum",
    "Investering (kr)",
    "Nyttokalkyl",
    "Nyttoägare",
    "Kommentar",
  ];
  ws.getRow(1).values = headers;
  styleHeaderRow(ws.getRow(1), "FFE2EFDA");
  const MF = "Miljöförvaltningen";
  const rows = [
    [
      "MF-2022-01",
      "Digital tillsynsapp för livsmedelskontroll",
      MF,
      "Tove Lindgren",
      "Avslutad",
      day("2022-03-01"),
      day("2023-02-28"),
      380000,
      "Genomförd",
      "Enhetschef livsmedel",
      "Uppföljd i verksamhetsberättelsen.",
    ],
    [
      "MF-2024-02",
      "Sensorer för luftkvalitet",
      MF,
      "Rasmus Ek",
      "Pågående",
      day("2024-04-15"),
      day("2027-03-31"),
      540000,
      "Genomförd",
      "Miljöchef",
      "Mätdata publiceras som öppna data.",
    ],
  ];
  rows.forEach((values, i) => {
    ws.getRow(2 + i).values = values;
  });
  ws.getColumn(6).numFmt = "yyyy-mm-dd";
  ws.getColumn(7).numFmt = "yyyy-mm-dd";
  ws.getColumn(8).numFmt = "#,##0";
  setWidths(ws, [14, 40, 22, 15, 11, 12, 12, 15, 12, 22, 40]);
  ws.getColumn(1).hidden = true;
  await save(wb, "miljo-1904-dold-kolumn.xlsx");
}

async function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  await makeTemplate();
  await makeKommunstyrelsen();
  await makeVardOchOmsorg();
  await makeSocial();
  await makeUtbildning();
  await makeKulturFritid();
  await makeMiljo1904();
  process.stdout.write(
    `Skrev exempelarbetsböckerna i ${path.relative(process.cwd(), OUT_DIR) || "."}\n`
  );
}

main().catch((error) => {
  process.stderr.write(`make-examples: ${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
