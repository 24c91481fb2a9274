#!/usr/bin/env python3
"""Lists corpus, part 3: system exports and other shapes (prefix ``ex-``).

SharePoint list exports (an Excel table object), Stratsys-like reports with a title block and
traffic lights, a Planview-like PPM export in English, the beredningsgrupp's assessment lists, an
IT department's English project lists over the whole council, lists with a section of incoming
needs (after or before the projects), and units stated only in a group header or a number format.

Every workbook is written next to its ``<stem>.expected.json`` (see README.md). The output is
deterministic: fixed document properties and fixed zip entry timestamps.
"""
import datetime as dt
import os

from corpus_files import save_answer, save_workbook
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

FIXED_TIME = dt.datetime(2025, 3, 1, 8, 0, 0)

KLF = "Kommunledningsförvaltningen"
BUF = "Barn- och utbildningsförvaltningen"
SOC = "Socialförvaltningen"
VOF = "Vård- och omsorgsförvaltningen"
SBF = "Samhällsbyggnadsförvaltningen"
KFF = "Kultur- och fritidsförvaltningen"
MF = "Miljöförvaltningen"

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


# --------------------------------------------------------------------------- helpers

def _save(wb, outdir, stem, expected):
    save_workbook(wb, os.path.join(outdir, stem + ".xlsx"), FIXED_TIME, "Digiportfölj testkorpus")
    save_answer(expected, os.path.join(outdir, stem + ".expected.json"))


class Rows:
    """The expected answer's rows for one sheet, in sheet order."""

    def __init__(self, sheet, out):
        self.sheet = sheet
        self.out = out

    def header(self, row):
        self.out.append({"sheet": self.sheet, "row": row, "as": "header"})

    def skipped(self, row, reason):
        self.out.append({"sheet": self.sheet, "row": row, "as": "skipped", "reason": reason})

    def need(self, row, vem, vad, varfor):
        self.out.append({"sheet": self.sheet, "row": row, "as": "need",
                         "vem": vem, "vad": vad, "varfor": varfor})

    def initiative(self, row, name, id_, forvaltning, status, investering, lopande, besparing,
                   tid, ansvarig, documents=None, scores=None, omit=()):
        e = {"sheet": self.sheet, "row": row, "as": "initiative", "name": name, "id": id_,
             "forvaltning": forvaltning, "status": status, "investering": investering,
             "lopandeKostnad": lopande, "kostnadsbesparing": besparing, "tidsbesparing": tid,
             "ansvarig": ansvarig}
        for k in ("investering", "lopandeKostnad", "kostnadsbesparing", "tidsbesparing"):
            if isinstance(e[k], float) and e[k].is_integer():
                e[k] = int(e[k])
        for k in omit:
            del e[k]
        if documents is not None:
            e["documents"] = documents
        if scores is not None:
            e["scores"] = scores
        self.out.append(e)


def _expected(description, categories, forvaltning, source, rows, issues=()):
    return {"description": description, "categories": list(categories),
            "forvaltning": forvaltning, "forvaltningFrom": source,
            "rows": rows, "issues": list(issues)}


def _put(ws, row, values, fmt=None, start=1):
    """Write values from column `start`; None leaves the cell empty. fmt: {col index: format}."""
    for i, v in enumerate(values):
        if v is None:
            continue
        c = ws.cell(row=row, column=start + i, value=v)
        if fmt and (start + i) in fmt:
            c.number_format = fmt[start + i]
        if isinstance(v, dt.datetime):
            if not (fmt and (start + i) in fmt):
                c.number_format = "yyyy-mm-dd hh:mm"
        elif isinstance(v, dt.date):
            if not (fmt and (start + i) in fmt):
                c.number_format = "yyyy-mm-dd"


def _head(ws, row, values, start=1, fill=True):
    for i, v in enumerate(values):
        if v is None:
            continue
        c = ws.cell(row=row, column=start + i, value=v)
        c.font = BOLD
        c.alignment = WRAP
        if fill:
            c.fill = HEAD_FILL


def _widths(ws, widths):
    for letter, w in widths.items():
        ws.column_dimensions[letter].width = w


def _col(n):
    from openpyxl.utils import get_column_letter
    return get_column_letter(n)


def _sum(col, r1, r2):
    return "=SUM(%s%d:%s%d)" % (col, r1, col, r2)


def _d(y, m, d):
    return dt.date(y, m, d)


# --------------------------------------------------------------------------- 1 SharePoint, council

def sharepoint_council(outdir):
    stem = "ex-sharepoint-digitaliseringsinitiativ"
    wb = Workbook()
    ws = wb.active
    ws.title = "owssvr"
    S = ws.title
    headers = ["ID", "Rubrik", "Förvaltning", "Status", "Ansvarig", "Startdatum", "Investering",
               "Driftkostnad per år", "Besparing per år", "Sparade timmar per år",
               "Berörda förvaltningar", "Skapad", "Skapad av", "Ändrad", "Ändrad av",
               "Objekttyp", "Sökväg"]
    _head(ws, 1, headers, fill=False)
    kr = "#,##0.00\\ [$kr-41D]"
    fmt = {6: "yyyy-mm-dd", 7: kr, 8: kr, 9: kr, 10: "0", 12: "yyyy-mm-dd hh:mm",
           14: "yyyy-mm-dd hh:mm"}
    path = "sites/Digitalisering/Lists/Digitaliseringsinitiativ"
    # ID, Rubrik, Förvaltning, Status, Ansvarig, Start, Inv, Drift, Besp, Tim, Berörda,
    # Skapad, Skapad av, Ändrad, Ändrad av ; expected status
    data = [
        (1, "E-tjänst för ansökan om bygglov", SBF, "Avslutat", "Mats Holmgren", _d(2023, 9, 1),
         380000.0, 42000.0, 150000.0, 1100, None,
         dt.datetime(2023, 6, 12, 9, 14), "Eva Lindgren", dt.datetime(2024, 11, 5, 13, 40),
         "Mats Holmgren", "Avslutad"),
        (2, "Digital signering av delegationsbeslut", KLF, "Pågående", "Sara Lindqvist",
         _d(2024, 2, 1), 125000.0, 18750.5, None, 400, SOC + ";#" + VOF,
         dt.datetime(2023, 11, 20, 10, 2), "Sara Lindqvist", dt.datetime(2025, 1, 14, 8, 55),
         "Sara Lindqvist", "Pågående"),
        (4, "Chattbot på kommunens webbplats", KLF, "Förstudie", "Johan Persson", None,
         60000.0, None, None, None, None,
         dt.datetime(2024, 1, 8, 14, 30), "Johan Persson", dt.datetime(2024, 3, 2, 11, 12),
         "Eva Lindgren", "Förstudie"),
        (5, "Schemaläggning i hemtjänsten", VOF, "Pågående", "Anna Berg", _d(2024, 8, 15),
         540000.0, 96000.0, 210000.0, 2600, None,
         dt.datetime(2024, 2, 19, 9, 0), "Anna Berg", dt.datetime(2025, 2, 3, 15, 21),
         "Anna Berg", "Pågående"),
        (7, "Digital närvaroregistrering i förskolan", BUF, "Avslutat", "Karin Ljung",
         _d(2023, 1, 9), 220000.0, 35000.0, None, 1800, None,
         dt.datetime(2022, 10, 3, 13, 45), "Karin Ljung", dt.datetime(2024, 6, 28, 10, 5),
         "Eva Lindgren", "Avslutad"),
        (8, "Automatiserad fakturahantering för försörjningsstöd", SOC, "Ej påbörjad",
         "Omar Haddad", _d(2025, 3, 1), 310000.0, 45000.0, 120000.0, 1400, KLF,
         dt.datetime(2024, 9, 10, 8, 31), "Omar Haddad", dt.datetime(2025, 1, 30, 16, 2),
         "Omar Haddad", "Beslutad"),
        (9, "Bokningssystem för idrottshallar", KFF, "Parkerad", "Lena Mattsson", None,
         175000.0, 24000.0, None, None, None,
         dt.datetime(2024, 3, 15, 10, 20), "Lena Mattsson", dt.datetime(2024, 10, 1, 9, 44),
         "Lena Mattsson", "Pausad"),
        (11, "Mobil tillsyn av livsmedelsverksamheter", MF, "Pågående", "Helena Strand",
         _d(2024, 10, 1), 95000.0, 12500.0, None, 300, None,
         dt.datetime(2024, 6, 4, 11, 11), "Helena Strand", dt.datetime(2025, 2, 11, 14, 0),
         "Helena Strand", "Pågående"),
        (12, "Digital arkivering av bygglovshandlingar", SBF, "Idé", None, None,
         None, None, None, None, None,
         dt.datetime(2025, 1, 22, 15, 37), "Elin Sund", dt.datetime(2025, 1, 22, 15, 37),
         "Elin Sund", "Idé"),
        (14, "Gemensam e-arkivlösning", KLF, "Pågående", "Peter Lund", _d(2024, 4, 1),
         1250000.0, 185000.0, None, None, BUF + ";#" + SOC + ";#" + VOF + ";#" + SBF,
         dt.datetime(2023, 12, 1, 9, 5), "Peter Lund", dt.datetime(2025, 2, 20, 10, 48),
         "Peter Lund", "Pågående"),
    ]
    out = []
    R = Rows(S, out)
    R.header(1)
    r = 2
    for d in data:
        _put(ws, r, list(d[:15]) + ["Objekt", path], fmt)
        R.initiative(r, d[1], str(d[0]), d[2], d[15], d[6], d[7], d[8], d[9], d[4])
        r += 1
    last = r - 1
    total = r
    ws.cell(row=total, column=1, value="Summa")
    for col in (7, 8, 9, 10):
        c = ws.cell(row=total, column=col,
                    value="=SUBTOTAL(109,Tabell1[%s])" % headers[col - 1])
        c.number_format = fmt[col]
    R.skipped(total, "total")
    ref = "A1:%s%d" % (_col(len(headers)), total)
    t = Table(displayName="Tabell1", name="Tabell1", ref=ref, totalsRowCount=1)
    t.tableColumns = [TableColumn(id=i + 1, name=h) for i, h in enumerate(headers)]
    t.tableColumns[0].totalsRowLabel = "Summa"
    for col in (7, 8, 9, 10):
        t.tableColumns[col - 1].totalsRowFunction = "sum"
    t.autoFilter = AutoFilter(ref="A1:%s%d" % (_col(len(headers)), last))
    t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(t)
    _widths(ws, {"A": 6, "B": 44, "C": 32, "D": 12, "E": 16, "F": 12, "G": 16, "H": 16,
                 "I": 16, "J": 12, "K": 40, "L": 16, "M": 16, "N": 16, "O": 16, "P": 10,
                 "Q": 48})
    exp = _expected(
        "SharePoint-lista exporterad till Excel: tabellobjektet Tabell1 på bladet owssvr med "
        "rubrikraden på rad 1, ID som löpnummer med luckor, Rubrik, Förvaltning per rad, "
        "Skapad/Ändrad/Skapad av, belopp som valuta med två decimaler (kr bara i talformatet) "
        "och tabellens summarad med SUBTOTAL utan sparade värden.",
        ["format-unit", "swedish-words"], None, "column", out)
    _save(wb, outdir, stem, exp)


# --------------------------------------------------------------------------- 2 SharePoint, one förvaltning

def sharepoint_soc(outdir):
    stem = "ex-socialforvaltningen-sharepoint-ideer"
    wb = Workbook()
    ws = wb.active
    ws.title = "Digitaliseringsidéer"
    S = ws.title
    headers = ["Title", "Beskrivning", "Status", "Ansvarig", "Engångskostnad (kr)",
               "Löpande kostnad per år (kr)", "Besparing per år (kr)",
               "Frigjord tid (timmar/år)", "Prioritet", "Content Type", "Created",
               "Created By", "Modified", "Modified By", "ID", "Item Type", "Path"]
    _head(ws, 1, headers, fill=False)
    fmt = {5: "#,##0.00", 6: "#,##0.00", 7: "#,##0.00", 8: "0", 11: "yyyy-mm-dd hh:mm",
           13: "yyyy-mm-dd hh:mm", 15: "0"}
    path = "sites/Digitalisering/Lists/Ideer"
    # Title, Beskrivning, Status, Ansvarig, Eng, Löp, Besp, Tid, Prio, Created, CreatedBy,
    # Modified, ModifiedBy, ID ; expected status
    data = [
        ("Digital ansökan om ekonomiskt bistånd",
         "E-tjänst med automatisk kontroll mot SSBTEK", "Klar", "Lena Ek",
         240000.0, 38000.0, 95000.0, 1600, "Hög",
         dt.datetime(2022, 9, 5, 10, 0), "Lena Ek", dt.datetime(2024, 5, 17, 13, 22), "Lena Ek",
         1, "Avslutad"),
        ("Robot för utbetalning av försörjningsstöd",
         "RPA som gör utbetalningar efter fattat beslut", "Pågår", "Lena Ek",
         380000.0, 72000.0, 310000.0, 3200, "Hög",
         dt.datetime(2022, 11, 14, 9, 30), "Lena Ek", dt.datetime(2025, 2, 4, 8, 41), "Lena Ek",
         2, "Pågående"),
        ("Säkra videomöten med familjehem", None, "Idé", "Karin Sjöberg",
         None, None, None, None, "Medel",
         dt.datetime(2023, 2, 1, 14, 12), "Karin Sjöberg", dt.datetime(2023, 2, 1, 14, 12),
         "Karin Sjöberg", 3, "Idé"),
        ("Digital orosanmälan", "E-tjänst för orosanmälan från allmänheten och yrkesverksamma",
         "Förstudie", "Karin Sjöberg", 130000.0, 20000.0, None, 500, "Hög",
         dt.datetime(2023, 4, 20, 11, 5), "Karin Sjöberg", dt.datetime(2024, 12, 9, 10, 10),
         "Karin Sjöberg", 4, "Förstudie"),
        ("Taligenkänning vid dokumentation", "Diktering direkt i verksamhetssystemet",
         "Parkerad", "Omar Haddad", 90000.0, 30000.0, None, 700, "Låg",
         dt.datetime(2023, 5, 2, 8, 50), "Omar Haddad", dt.datetime(2024, 8, 26, 15, 3),
         "Lena Ek", 5, "Pausad"),
        ("Digital loggbok för boendestöd", "Ersätter pappersloggböcker i boendestödet",
         "Avbruten", "Omar Haddad", 45000.0, None, None, None, "Låg",
         dt.datetime(2023, 9, 11, 13, 0), "Omar Haddad", dt.datetime(2024, 3, 4, 9, 15),
         "Omar Haddad", 6, "Avbruten"),
        ("Självservice för bokning av besök på familjerätten", None, "Pågår", "Sofia Wik",
         65000.0, 9600.0, None, 250, "Medel",
         dt.datetime(2024, 1, 15, 10, 33), "Sofia Wik", dt.datetime(2025, 1, 28, 11, 47),
         "Sofia Wik", 7, "Pågående"),
        ("Beslutsstöd för placeringar", "Jämföra kostnad och kvalitet mellan placeringar",
         "Idé", None, None, None, None, None, None,
         dt.datetime(2024, 10, 7, 16, 20), "Karin Sjöberg", dt.datetime(2024, 10, 7, 16, 20),
         "Karin Sjöberg", 8, "Idé"),
        ("E-arkiv för avslutade akter", "Avslutade personakter skannas och förs till e-arkivet",
         "Förstudie", "Lena Ek", 420000.0, 55000.0, 60000.0, 900, "Medel",
         dt.datetime(2024, 11, 25, 9, 0), "Lena Ek", dt.datetime(2025, 2, 18, 14, 36),
         "Lena Ek", 9, "Förstudie"),
    ]
    out = []
    R = Rows(S, out)
    R.header(1)
    r = 2
    for d in data:
        vals = list(d[:9]) + ["Objekt"] + list(d[9:14]) + ["Item", path]
        _put(ws, r, vals, fmt)
        R.initiative(r, d[0], str(d[13]), SOC, d[14], d[4], d[5], d[6], d[7], d[3])
        r += 1
    t = Table(displayName="Table1", name="Table1", ref="A1:Q%d" % (r - 1))
    t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(t)
    _widths(ws, {"A": 44, "B": 50, "C": 11, "D": 15, "E": 14, "F": 14, "G": 14, "H": 12,
                 "I": 9, "J": 10, "K": 16, "L": 15, "M": 16, "N": 15, "O": 5, "P": 8, "Q": 32})
    exp = _expected(
        "SharePoint-lista från en webbplats med engelska standardkolumner (Title, Created, "
        "Modified, ID sist) och svenska egna kolumner, exporterad som tabellen Table1; "
        "belopp med två decimaler och kr i rubriken; Pågår/Klar/Parkerad; förvaltningen "
        "bara i filnamnet.",
        ["header-unit", "swedish-words", "forvaltning-file-name"], SOC, "fileName", out)
    _save(wb, outdir, stem, exp)


# --------------------------------------------------------------------------- 3 Stratsys, traffic lights in Status

def stratsys_traffic(outdir):
    stem = "ex-stratsys-aktiviteter-trafikljus"
    wb = Workbook()
    ws = wb.active
    ws.title = "Rapport"
    S = ws.title
    ws["A1"] = "Aktivitetsrapport – Digitalisering 2025"
    ws["A1"].font = TITLE
    ws["A2"] = "Organisation: Barn- och utbildningsförvaltningen"
    ws["A3"] = ("Urval: Period 2025 | Typ: Aktivitet | Perspektiv: Digitalisering | "
                "Inklusive underliggande enheter")
    ws["A4"] = "Statusförklaring: Grön = enligt plan, Gul = risk för avvikelse, Röd = avvikelse"
    ws["A5"] = "Utskriven 2025-03-14 09:42 av Karin Holm"
    headers = ["Aktivitet-ID", "Aktivitet", "Ansvarig enhet", "Ansvarig", "Startdatum",
               "Slutdatum", "Status", "Budget (kr)", "Kommentar"]
    out = []
    R = Rows(S, out)
    _head(ws, 7, headers)
    R.header(7)
    fmt = {8: "#,##0"}
    colours = {"Grön": "C6EFCE", "Gul": "FFEB9C", "Röd": "FFC7CE"}
    items = [
        ("Nämndmål 1: Alla elever ska ha tillgång till likvärdiga digitala verktyg",),
        ("AKT-1042", "En-till-en-datorer i årskurs 4–6", "Grundskoleavdelningen", "Per Hallin",
         _d(2024, 8, 1), _d(2025, 6, 30), "Grön", 1450000, "Leverans klar till 9 av 12 skolor"),
        ("AKT-1047", "Gemensam lärplattform för grundskola och gymnasium",
         "Grundskoleavdelningen", "Karin Ljung", _d(2024, 1, 15), _d(2025, 12, 31), "Gul",
         820000, "Integrationen med elevregistret är försenad"),
        ("AKT-1051", "Digitala nationella prov – nätverk och utrustning",
         "Gymnasie- och vuxenutbildningen", "Johan Ek", _d(2024, 9, 1), _d(2026, 6, 30), "Röd",
         600000, "Wifi-kapaciteten räcker inte i två skolor"),
        ("Nämndmål 2: Det ska vara enkelt för vårdnadshavare att ha kontakt med förskola och skola",),
        ("AKT-1063", "E-tjänst för ansökan om förskoleplats", "Förskoleavdelningen",
         "Maria Lindqvist", _d(2024, 3, 1), _d(2025, 3, 31), "Grön", 210000, None),
        ("AKT-1064", "Digital frånvaroanmälan i förskolan", "Förskoleavdelningen",
         "Maria Lindqvist", _d(2025, 1, 1), _d(2025, 12, 31), None, 180000,
         "Ej rapporterad"),
        ("AKT-1070", "Skolskjutsplanering i webbkarta", "Förvaltningsstab", "Ahmed Yousef",
         _d(2025, 2, 1), _d(2025, 10, 31), "Gul", 95000, None),
        ("Nämndmål 3: Medarbetarna ska ha en god digital arbetsmiljö",),
        ("AKT-1081", "Digital rekryteringsprocess för vikarier", "Förvaltningsstab",
         "Sara Holm", _d(2024, 10, 1), _d(2025, 5, 31), "Grön", None,
         "Ingen extra kostnad, ingår i befintligt avtal"),
        ("AKT-1085", "Robot för frånvarorapportering till lönesystemet", "Förvaltningsstab",
         "Sara Holm", _d(2025, 3, 1), _d(2025, 9, 30), "Röd", 140000,
         "Lönesystemets gränssnitt saknas"),
    ]
    issues = []
    r = 8
    for it in items:
        if len(it) == 1:
            c = ws.cell(row=r, column=1, value=it[0])
            c.font = BOLD
            R.skipped(r, "section_heading")
        else:
            _put(ws, r, list(it), fmt)
            if it[6]:
                ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=colours[it[6]])
                issues.append({"sheet": S, "cell": "G%d" % r, "kind": "unknown_status"})
            R.initiative(r, it[1], it[0], BUF, None, it[7], None, None, None, it[3])
        r += 1
    _widths(ws, {"A": 12, "B": 50, "C": 30, "D": 16, "E": 12, "F": 12, "G": 8, "H": 13, "I": 44})
    exp = _expected(
        "Stratsys-liknande rapport: titelblock med rapportnamn, organisation (förvaltningen), "
        "urval och utskriftsdatum över rubriken på rad 7; nämndmål som rubriker ensamma på "
        "sina rader; kolumnen Status håller bara trafikljusen Grön/Gul/Röd (ingen av de sju "
        "statusarna) och ansvarig enhet är en enhet inom förvaltningen.",
        ["section", "header-unit", "swedish-words", "forvaltning-title"], BUF, "title", out,
        issues)
    _save(wb, outdir, stem, exp)


# --------------------------------------------------------------------------- 4 Stratsys, status + Bedömning

def stratsys_status(outdir):
    stem = "ex-stratsys-uppfoljning-aktivitetsstatus"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    S = ws.title
    ws["A1"] = "Uppföljning av aktiviteter – Tertial 1 2025"
    ws["A1"].font = TITLE
    ws["A2"] = "Enhet: Vård- och omsorgsförvaltningen"
    ws["A3"] = "Urval: Typ = Aktivitet; Tagg = Digitalisering; Aktivitetsstatus = Alla"
    ws["A4"] = "Skapad 2025-04-30 av Lars Persson"
    headers = ["Aktivitet-ID", "Aktivitet", "Ansvarig", "Startdatum", "Slutdatum",
               "Aktivitetsstatus", "Bedömning", "Trend", "Kommentar till bedömning",
               "Investering (tkr)", "Driftkostnad (tkr/år)", "Frigjord tid (h/år)"]
    out = []
    R = Rows(S, out)
    _head(ws, 6, headers)
    R.header(6)
    fmt = {1: "0", 10: "#,##0", 11: "#,##0", 12: "#,##0"}
    colours = {"Grön": "C6EFCE", "Gul": "FFEB9C", "Röd": "FFC7CE"}
    # ID, name, ansvarig, start, slut, status, bedömning, trend, kommentar, inv tkr, drift tkr, h
    data = [
        (4121, "Digitala trygghetslarm – ny larmkedja", "Anna Berg", _d(2023, 3, 1),
         _d(2025, 2, 28), "Avslutad", "Grön", "→", None, 850, 120, 1500, "Avslutad"),
        (4122, "Nyckelfria lås i hemtjänsten", "Fatima Ali", _d(2024, 5, 1), _d(2025, 12, 31),
         "Pågående", "Gul", "↓", "Leverantören har leveransproblem", 1200, 180, 3000,
         "Pågående"),
        (4130, "Läkemedelsautomater i ordinärt boende", "Erik Svensson", _d(2025, 1, 15),
         _d(2026, 6, 30), "Pågående", "Grön", "↑", None, 640, 95, 900, "Pågående"),
        (4131, "Digital nattillsyn med kamera", "Erik Svensson", _d(2025, 9, 1),
         _d(2026, 8, 31), "Ej påbörjad", None, None, None, 450, 60, None, "Beslutad"),
        (4138, "Planeringsverktyg för hemtjänsten", "Anna Berg", _d(2024, 2, 1),
         _d(2025, 6, 30), "Pausad", "Röd", "↓", "Pausad i väntan på ny upphandling", 300, 48,
         None, "Pausad"),
        (4145, "Sensorer för fallupptäckt i särskilt boende", "Fatima Ali", _d(2025, 3, 1),
         _d(2025, 12, 31), "Pågående", "Gul", "→", "Integritetsbedömning pågår", 380, None,
         1100, "Pågående"),
        (4150, "Robot för kontroll av hemtjänsttimmar", "Lars Persson", _d(2024, 6, 1),
         _d(2024, 12, 31), "Avbruten", "Röd", None, "Avbruten efter beslut i ledningsgruppen",
         120, None, None, "Avbruten"),
        (4152, "Digital signering av genomförandeplaner", "Maria Nilsson", None, None,
         "Ej påbörjad", None, None, None, 50, 18, 200, "Beslutad"),
    ]
    r = 7
    for d in data:
        _put(ws, r, list(d[:12]), fmt)
        if d[6]:
            ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=colours[d[6]])
        R.initiative(r, d[1], str(d[0]), VOF, d[12],
                     None if d[9] is None else d[9] * 1000,
                     None if d[10] is None else d[10] * 1000,
                     None, d[11], d[2])
        r += 1
    _widths(ws, {"A": 11, "B": 44, "C": 15, "D": 12, "E": 12, "F": 15, "G": 11, "H": 7,
                 "I": 40, "J": 13, "K": 13, "L": 12})
    exp = _expected(
        "Stratsys-liknande uppföljning: titelblock med enheten (förvaltningen) och urvalet över "
        "rubriken på rad 6; Aktivitetsstatus bär statusen (Ej påbörjad, Pågående, Pausad, "
        "Avslutad, Avbruten) medan Bedömning Grön/Gul/Röd och Trend-pilar bara är "
        "trafikljus; Aktivitet-ID som tal; belopp i tkr i rubriken.",
        ["header-unit", "swedish-words", "forvaltning-title"], VOF, "title", out)
    _save(wb, outdir, stem, exp)


# --------------------------------------------------------------------------- 5 Planview-like PPM export

def planview(outdir):
    stem = "ex-planview-project-list"
    wb = Workbook()
    ws = wb.active
    ws.title = "Project List"
    S = ws.title
    headers = ["Project ID", "Project Name", "Portfolio", "Program", "Organization",
               "Project Manager", "Phase", "Status", "Health", "Start Date", "Finish Date",
               "% Complete", "Budget (SEK)", "Actual cost (SEK)", "Variance (SEK)",
               "Annual run cost (SEK)", "Planned savings (SEK/yr)",
               "Planned time savings (h/yr)", "Portfolio Manager", "Last Updated"]
    out = []
    R = Rows(S, out)
    _head(ws, 1, headers)
    R.header(1)
    money = "#,##0"
    fmt = {10: "yyyy-mm-dd", 11: "yyyy-mm-dd", 12: "0%", 13: money, 14: money, 15: money,
           16: money, 17: money, 18: "#,##0", 20: "yyyy-mm-dd hh:mm"}
    P = "Digitalisering 2025"
    # id, name, program, org, pm, phase, status, health, start, finish, pct, budget, actual,
    # run, savings, hours, updated ; expected status
    data = [
        ("PRJ-0412", "Microsoft 365 – migration of file shares", "Effektiv administration", KLF,
         "Peter Lund", "Execute", "In progress", "Amber", _d(2024, 3, 1), _d(2025, 9, 30), 0.6,
         1800000, 1020000, 420000, None, 2500, dt.datetime(2025, 2, 27, 16, 5), "Pågående"),
        ("PRJ-0415", "E-archive, phase 1", "Effektiv administration", KLF, "Eva Lindgren",
         "Close", "Completed", "Green", _d(2023, 1, 16), _d(2024, 12, 20), 1.0,
         950000, 950000, 160000, None, None, dt.datetime(2025, 1, 10, 9, 12), "Avslutad"),
        ("PRJ-0421", "Digital building permit process", "Smart samhällsbyggnad", SBF,
         "Mats Holmgren", "Execute", "In progress", "Green", _d(2024, 6, 3), _d(2025, 12, 19),
         0.45, 720000, 300000, 85000, 240000, 1800, dt.datetime(2025, 2, 25, 11, 40),
         "Pågående"),
        ("PRJ-0423", "3D city model", "Smart samhällsbyggnad", SBF, "Elin Sund", "Plan",
         "Not started", None, _d(2025, 9, 1), _d(2026, 12, 18), 0.0, 1100000, 0, 150000, None,
         None, dt.datetime(2025, 2, 3, 8, 30), "Beslutad"),
        ("PRJ-0430", "Wi-Fi upgrade in upper secondary schools", "Digitalt lärande", BUF,
         "Per Hallin", "Execute", "In progress", "Red", _d(2024, 8, 1), _d(2025, 8, 29), 0.7,
         2600000, 2100000, 310000, None, None, dt.datetime(2025, 2, 28, 7, 55), "Pågående"),
        ("PRJ-0431", "Digital attendance in preschools", "Digitalt lärande", BUF, "Karin Ljung",
         "Close", "Completed", "Green", _d(2023, 8, 1), _d(2024, 6, 28), 1.0,
         240000, 240000, 36000, None, 1800, dt.datetime(2024, 9, 2, 13, 20), "Avslutad"),
        ("PRJ-0437", "Case management system for social services", "Digital välfärd", SOC,
         "Omar Haddad", "Plan", "On hold", "Red", _d(2025, 1, 7), _d(2026, 6, 30), 0.1,
         3400000, 150000, 520000, 400000, None, dt.datetime(2025, 1, 31, 10, 0), "Pausad"),
        ("PRJ-0440", "Remote monitoring in home care", "Digital välfärd", VOF, "Anna Berg",
         "Execute", "In progress", "Amber", _d(2024, 10, 1), _d(2026, 3, 31), 0.35,
         980000, 410000, 140000, 350000, 2600, dt.datetime(2025, 2, 26, 15, 18), "Pågående"),
        ("PRJ-0442", "Library self-service kiosks", "Kultur och fritid", KFF, "Lena Mattsson",
         "Initiate", "Not started", None, None, None, 0.0, None, 0, None, None, None,
         dt.datetime(2025, 2, 14, 9, 45), "Beslutad"),
        ("PRJ-0446", "Mobile app for environmental inspections", "Smart samhällsbyggnad", MF,
         "Helena Strand", "Close", "Cancelled", "Red", _d(2024, 2, 1), _d(2024, 10, 31), 0.2,
         380000, 95000, None, None, None, dt.datetime(2024, 11, 4, 14, 2), "Avbruten"),
        ("PRJ-0448", "Booking system for sports halls", "Kultur och fritid", KFF,
         "Lena Mattsson", "Execute", "In progress", "Green", _d(2024, 11, 4), _d(2025, 6, 30),
         0.8, 260000, 190000, 32000, 60000, 400, dt.datetime(2025, 2, 21, 12, 12), "Pågående"),
    ]
    r = 2
    for d in data:
        vals = [d[0], d[1], P, d[2], d[3], d[4], d[5], d[6], d[7], d[8], d[9], d[10], d[11],
                d[12], "=M%d-N%d" % (r, r), d[13], d[14], d[15], "Eva Lindgren", d[16]]
        _put(ws, r, vals, fmt)
        omit = ()
        if d[6] == "Cancelled":
            # Budget against what was spent before the stop: the one-off cost is disputable.
            omit = ("investering",)
        R.initiative(r, d[1], d[0], d[3], d[17], d[11], d[13], d[14], d[15], d[4], omit=omit)
        r += 1
    last = r - 1
    r += 1  # a blank row, then the total someone added under the export
    ws.cell(row=r, column=2, value="Total").font = BOLD
    for col in (13, 14, 15, 16, 17, 18):
        c = ws.cell(row=r, column=col, value=_sum(_col(col), 2, last))
        c.number_format = fmt[col]
        c.font = BOLD
    R.skipped(r, "total")
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = "A1:T%d" % last
    _widths(ws, {"A": 10, "B": 42, "C": 18, "D": 22, "E": 32, "F": 16, "G": 9, "H": 12,
                 "I": 8, "J": 11, "K": 11, "L": 10, "M": 13, "N": 13, "O": 13, "P": 13,
                 "Q": 14, "R": 14, "S": 15, "T": 16})
    exp = _expected(
        "Planview-liknande PPM-export på engelska med rubriken på rad 1 och många ovidkommande "
        "kolumner (Portfolio, Program, Phase, Health, % Complete, Actual cost, Variance som "
        "formel, Portfolio Manager); Organization bär förvaltningen; en Total-rad med SUM-"
        "formler utan sparade värden under en tom rad.",
        ["english", "header-unit", "formula-no-value"], None, "column", out)
    _save(wb, outdir, stem, exp)


# --------------------------------------------------------------------------- 6 Beredningsgrupp (Täby criteria)

def beredning_taby(outdir):
    stem = "ex-beredningsgrupp-kriterier"
    wb = Workbook()
    ws = wb.active
    ws.title = "Bedömning mars 2025"
    S = ws.title
    ws["A1"] = "Digitaliseringsrådets beredningsgrupp – bedömning av inkomna projektförslag"
    ws["A1"].font = TITLE
    ws["A2"] = ("Beredningsgruppens möte 2025-03-11. Varje kriterium bedöms 1–5 (5 = mycket "
                "god). Sammanvägd bedömning är summan av de fem kriterierna (högst 25).")
    top = ["Nr", "Projektförslag", "Förvaltning", "Ansvarig", "Investering (kr)",
           "Driftkostnad per år (kr)", "Bedömning (1–5)", None, None, None, None,
           "Sammanvägd bedömning", "Förslag till beslut", "Status", "Motivering"]
    low = [None] * 6 + ["Teknik", "Säkerhet och integritet", "Ekonomi", "Användarbehov",
                        "Innovationsfaktor"] + [None] * 4
    out = []
    R = Rows(S, out)
    _head(ws, 4, top)
    _head(ws, 5, low)
    for i in range(1, 16):
        ws.cell(row=5, column=i).fill = HEAD_FILL
        ws.cell(row=4, column=i).fill = HEAD_FILL
    for col in list(range(1, 7)) + list(range(12, 16)):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    ws.merge_cells("G4:K4")
    ws["G4"].alignment = CENTER
    R.header(4)
    R.header(5)
    fmt = {5: "#,##0", 6: "#,##0"}
    # nr, name, förv, ansvarig, inv, drift, 5 scores, förslag, status, motivering ; exp status
    data = [
        ("BG-2025-01", "Gemensam plattform för e-tjänster", KLF, "Johan Persson", 850000,
         160000, (4, 4, 3, 5, 3), "Prioriteras", "Beslutad",
         "Ersätter tre olika e-tjänsteplattformar", "Beslutad"),
        ("BG-2025-02", "AI-stöd för sammanfattning av utredningar", SOC, "Lena Ek", 300000,
         90000, (3, 2, 3, 4, 5), "Avvaktar", "Idé",
         "Invänta nationell vägledning om AI och sekretess", "Idé"),
        ("BG-2025-03", "Digitala körjournaler i hemtjänsten", VOF, "Fatima Ali", 120000, 24000,
         (5, 4, 4, 4, 2), "Prioriteras", "Förstudie", None, "Förstudie"),
        ("BG-2025-04", "Egen app för fritidsgårdarna", KFF, "Lena Mattsson", 400000, 70000,
         (2, 3, 1, 3, 3), "Avslås", "Idé", "Kommunens befintliga app kan användas", "Idé"),
        ("BG-2025-05", "Automatiserad granskning av bygglovsansökningar", SBF, "Mats Holmgren",
         650000, 80000, (3, 4, 4, 4, 4), "Prioriteras", "Förstudie", None, "Förstudie"),
        ("BG-2025-06", "Sensorer för inomhusklimat i skolor", BUF, "Per Hallin", 500000, 60000,
         (4, 5, 3, 3, 3), "Avvaktar", "Idé",
         "Samordnas med fastighetsavdelningens projekt", "Idé"),
        ("BG-2025-07", "Digital tillsynsplanering", MF, "Helena Strand", 150000, 25000,
         (4, 4, 4, 3, 2), "Prioriteras", "Beslutad", None, "Beslutad"),
        ("BG-2025-08", "Ny lärplattform för gymnasiet", BUF, "Karin Ljung", None, None,
         (3, 3, 2, 4, 2), "Avvaktar", "Idé", "Kostnadsunderlag saknas", "Idé"),
        ("BG-2025-09", "Chattbot för kontaktcenter", KLF, "Johan Persson", 200000, 48000,
         (3, 3, 3, 3, 3), "Avslås", "Idé", "Ingår i den gemensamma e-tjänsteplattformen", "Idé"),
    ]
    r = 6
    for d in data:
        vals = [d[0], d[1], d[2], d[3], d[4], d[5]] + list(d[6]) + [sum(d[6]), d[7], d[8], d[9]]
        _put(ws, r, vals, fmt)
        R.initiative(r, d[1], d[0], d[2], d[10], d[4], d[5], None, None, d[3])
        r += 1
    last = r - 1
    ws.cell(row=r, column=2, value="Summa prioriterade förslag").font = BOLD
    for col in (5, 6):
        c = ws.cell(row=r, column=col,
                    value='=SUMIF($M$6:$M$%d,"Prioriteras",%s6:%s%d)'
                    % (last, _col(col), _col(col), last))
        c.number_format = "#,##0"
        c.font = BOLD
    R.skipped(r, "total")
    _widths(ws, {"A": 12, "B": 46, "C": 32, "D": 15, "E": 13, "F": 13, "G": 8, "H": 11,
                 "I": 8, "J": 11, "K": 11, "L": 12, "M": 13, "N": 10, "O": 44})
    exp = _expected(
        "Beredningsgruppens lista (Täbys kriterier): tvåradsrubrik på rad 4–5 med "
        "\"Bedömning (1–5)\" sammanslagen över Teknik, Säkerhet och integritet, Ekonomi, "
        "Användarbehov och Innovationsfaktor; Sammanvägd bedömning är en summa, Förslag till "
        "beslut (Prioriteras/Avvaktar/Avslås) är gruppens rekommendation och Status en egen "
        "kolumn; Förvaltning per rad; summarad med SUMIF.",
        ["two-row-header", "merged-header", "header-unit", "swedish-words"], None, "column",
        out)
    _save(wb, outdir, stem, exp)


# --------------------------------------------------------------------------- 7 Beredningsgrupp prioriteringslista

def beredning_prio(outdir):
    stem = "ex-beredningsgrupp-prioriteringslista"
    wb = Workbook()
    ws = wb.active
    ws.title = "Prioritering 2026"
    S = ws.title
    ws["A1"] = "Beredningsgruppen – prioriteringslista inför budget 2026"
    ws["A1"].font = TITLE
    ws["A2"] = ("Skala 1–5. Komplexitet och risk: 5 = mycket hög. Total = Nytta + Strategisk "
                "betydelse + (6 − Komplexitet) + (6 − Risk).")
    headers = ["Rang", "Dnr", "Förslag", "Förvaltning", "Ansvarig", "Status",
               "Investering (tkr)", "Driftkostnad (tkr/år)", "Besparing (tkr/år)",
               "Tidsbesparing (tim/år)", "Nytta (1–5)", "Strategisk betydelse (1–5)",
               "Komplexitet (1–5)", "Risk (1–5)", "Total", "Förslag till beslut"]
    out = []
    R = Rows(S, out)
    _head(ws, 4, headers)
    R.header(4)
    # dnr, name, förv, ansvarig, status, inv, drift, besp, tid (tkr), scores N,S,K,R,
    # förslag ; expected status
    data = [
        ("KS 2025/0143", "Gemensam e-tjänsteplattform, etapp 2", KLF, "Johan Persson",
         "Förstudie", 900, 150, 200, 3000, (5, 5, 4, 3), "Prioriteras", "Förstudie"),
        ("SN 2025/0032", "Automatiserade beslut om försörjningsstöd", SOC, "Lena Ek",
         "Förstudie", 450, 85, 300, 2600, (5, 4, 3, 3), "Prioriteras", "Förstudie"),
        ("VON 2025/0051", "Digital tillsyn nattetid", VOF, "Erik Svensson", "Idé", 600, 90, 400,
         2200, (4, 4, 3, 2), "Prioriteras", "Idé"),
        ("BUN 2025/0077", "AI-stöd för schemaläggning i gymnasiet", BUF, "Johan Ek", "Idé", 350,
         70, None, 1200, (3, 3, 4, 4), "Avvaktar", "Idé"),
        ("SBN 2025/0019", "Digital detaljplaneprocess", SBF, "Elin Sund", "Pågår", 800, 110,
         None, 1500, (4, 5, 4, 3), "Prioriteras", "Pågående"),
        ("KFN 2025/0008", "Digital ansökan om föreningsbidrag", KFF, "Lena Mattsson", "Idé",
         120, 15, None, 400, (3, 2, 2, 1), "Prioriteras", "Idé"),
        ("MN 2025/0012", "Sensorer för luftkvalitet", MF, "Jonas Berg", "Idé", 250, 40, None,
         None, (2, 3, 3, 2), "Avslås", "Idé"),
        ("KS 2025/0160", "Ersättning av telefonväxeln", KLF, "Peter Lund", "Ej påbörjad", 1500,
         300, 100, None, (3, 4, 5, 4), "Avvaktar", "Beslutad"),
    ]

    def total(s):
        return s[0] + s[1] + (6 - s[2]) + (6 - s[3])

    data.sort(key=lambda d: (-total(d[9]), d[0]))
    fmt = {7: "#,##0", 8: "#,##0", 9: "#,##0", 10: "#,##0"}
    r = 5
    for rank, d in enumerate(data, start=1):
        vals = [rank, d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8]] + list(d[9]) + \
            ["=K%d+L%d+(6-M%d)+(6-N%d)" % (r, r, r, r), d[10]]
        _put(ws, r, vals, fmt)
        k = lambda v: None if v is None else v * 1000  # noqa: E731
        R.initiative(r, d[1], d[0], d[2], d[11], k(d[5]), k(d[6]), k(d[7]), d[8], d[3],
                     scores={"Nytta": d[9][0], "Strategisk betydelse": d[9][1],
                             "Komplexitet": d[9][2], "Risk": d[9][3]})
        r += 1
    last = r - 1
    ws.cell(row=r, column=3, value="Summa").font = BOLD
    for col in (7, 8, 9, 10):
        c = ws.cell(row=r, column=col, value=_sum(_col(col), 5, last))
        c.number_format = "#,##0"
        c.font = BOLD
    R.skipped(r, "total")
    ws.freeze_panes = "D5"
    _widths(ws, {"A": 6, "B": 14, "C": 42, "D": 32, "E": 15, "F": 11, "G": 11, "H": 11,
                 "I": 11, "J": 11, "K": 9, "L": 11, "M": 11, "N": 9, "O": 7, "P": 13})
    exp = _expected(
        "Beredningsgruppens prioriteringslista: Rang (ordningstal, inte ID) före Dnr; Nytta, "
        "Strategisk betydelse, Komplexitet och Risk 1–5 i var sin kolumn; Total är en formel "
        "utan sparat värde (inte ett kriterium); Förslag till beslut bredvid Status; belopp i "
        "tkr i rubrikerna; Förvaltning per rad; summarad med SUM.",
        ["header-unit", "swedish-words", "formula-no-value"], None, "column", out)
    _save(wb, outdir, stem, exp)


# --------------------------------------------------------------------------- 8 IT department, English

IT_STATUS = {"In progress": "Pågående", "Done": "Avslutad", "Not started": "Beslutad",
             "On hold": "Pausad", "Cancelled": "Avbruten"}


def it_department(outdir):
    stem = "ex-it-department-projects"
    wb = Workbook()
    ws = wb.active
    ws.title = "IT projects"
    S = ws.title
    headers = ["Project ID", "Project name", "Department", "Project owner", "Sponsor", "Start",
               "End", "Status", "One-off cost (kSEK)", "Yearly licence cost (SEK)",
               "Annual savings (SEK)", "Hours saved per year", "Comments"]
    out = []
    R = Rows(S, out)
    _head(ws, 1, headers)
    R.header(1)
    fmt = {6: "yyyy-mm-dd", 7: "yyyy-mm-dd", 9: "#,##0.0", 10: "#,##0", 11: "#,##0",
           12: "#,##0"}
    # id, name, dept, owner, sponsor, start, end, status, kSEK, licence, savings, hours, comment,
    # expected investering
    data = [
        ("ITP-101", "Windows 11 upgrade for staff laptops", KLF, "Peter Lund", "Maria Sandberg",
         _d(2024, 9, 2), _d(2025, 6, 30), "In progress", 1250, None, None, None,
         "Hardware refresh not included", 1250000),
        ("ITP-102", "Single sign-on for school systems", BUF, "Sofia Wik", "Jonas Ahlberg",
         _d(2024, 1, 8), _d(2024, 12, 20), "Done", 320, 48000, None, 1500, None, 320000),
        ("ITP-103", "Mobile documentation in home care", VOF, "Anna Berg", "Eva Sjögren",
         _d(2024, 5, 2), _d(2025, 10, 31), "In progress", 780, 216000, 150000, 4200, None,
         780000),
        ("ITP-104", "RPA for income support payments", SOC, "Omar Haddad", "Lena Ek",
         _d(2025, 4, 1), _d(2025, 12, 31), "Not started", 450, 85000, 300000, 2600,
         "Waiting for robot licence", 450000),
        ("ITP-105", "GIS platform replacement", SBF, "Mats Holmgren", "Henrik Dahl",
         _d(2024, 3, 1), _d(2025, 3, 31), "On hold", 960, 180000, None, None,
         "Procurement appealed", 960000),
        None,
        ("ITP-106", "Library self-service app", KFF, "Lena Mattsson", "Ulf Berglund",
         _d(2023, 10, 2), _d(2024, 5, 31), "Done", 95.5, 12000, None, 300, None, 95500),
        ("ITP-107", "Digital inspection forms", MF, "Helena Strand", "Anders Nyberg",
         _d(2024, 11, 4), _d(2025, 1, 31), "Cancelled", 60, None, None, None,
         "Replaced by the case system's own app", 60000),
        ("ITP-108", "Contact centre chatbot", KLF, "Johan Persson", "Maria Sandberg",
         _d(2025, 2, 3), _d(2025, 9, 30), "In progress", 210, 60000, 90000, 1800, None, 210000),
        ("ITP-109", "Wi-Fi in nursing homes", VOF, "Erik Svensson", "Eva Sjögren",
         _d(2025, 5, 5), _d(2025, 11, 28), "Not started", 540, 36000, None, None, None, 540000),
        ("ITP-110", "E-signature for contracts", KLF, None, "Maria Sandberg", _d(2024, 2, 1),
         _d(2024, 6, 28), "Done", 180, 42000, 60000, 900, None, 180000),
    ]
    r = 2
    first = r
    sums = [0, 0, 0, 0]
    for d in data:
        if d is None:
            r += 1
            continue
        _put(ws, r, list(d[:13]), fmt)
        R.initiative(r, d[1], d[0], d[2], IT_STATUS[d[7]], d[13], d[9], d[10], d[11], d[3])
        for i in range(4):
            sums[i] += d[8 + i] or 0
        r += 1
    ws.cell(row=r, column=2, value="Total").font = BOLD
    for i, col in enumerate((9, 10, 11, 12)):
        c = ws.cell(row=r, column=col, value=sums[i])
        c.number_format = fmt[col]
        c.font = BOLD
    R.skipped(r, "total")
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = "A1:M%d" % (r - 1)
    _widths(ws, {"A": 10, "B": 40, "C": 32, "D": 15, "E": 15, "F": 11, "G": 11, "H": 12,
                 "I": 12, "J": 14, "K": 14, "L": 12, "M": 36})
    assert first == 2
    exp = _expected(
        "An IT department's English list for the whole council, header at row 1: Department "
        "with Swedish förvaltning names, Project owner beside Sponsor, real Start/End dates, "
        "In progress/Done/Not started/On hold/Cancelled, the one-off cost in kSEK (one with a "
        "decimal) next to amounts in SEK; a blank row and a Total row of typed numbers.",
        ["english", "header-unit"], None, "column", out)
    _save(wb, outdir, stem, exp)


# --------------------------------------------------------------------------- 9 IT portfolio, two list sheets

def it_portfolio(outdir):
    stem = "ex-it-portfolio-active-closed"
    wb = Workbook()
    headers = ["Department", "Project ID", "Project name", "Status", "Project owner", "Sponsor",
               "Start", "End", "Hours saved per year", "One-off cost (kSEK)",
               "Yearly licence cost (SEK)", "Annual savings (SEK)"]
    fmt = {7: "yyyy-mm-dd", 8: "yyyy-mm-dd", 9: "#,##0", 10: "#,##0", 11: "#,##0",
           12: "#,##0"}
    # dept, id, name, status, owner, sponsor, start, end, hours, kSEK, licence, savings
    active = [
        (BUF, "IT-24-031", "Chromebook management for primary schools", "In progress",
         "Sofia Wik", "Jonas Ahlberg", _d(2024, 6, 3), _d(2025, 8, 29), 600, 420, 96000, None),
        (SOC, "IT-24-035", "Secure e-mail for social services", "In progress", "Omar Haddad",
         "Lena Ek", _d(2024, 9, 2), _d(2025, 3, 31), None, 150, 30000, None),
        (SBF, "IT-24-040", "Digital archive for building permits", "On hold", "Mats Holmgren",
         "Henrik Dahl", _d(2024, 4, 2), None, 2000, 680, 55000, 120000),
        (VOF, "IT-25-002", "Digital keys in home care, phase 2", "Not started", "Fatima Ali",
         "Eva Sjögren", _d(2025, 4, 1), _d(2026, 3, 31), 1900, 890, 140000, 250000),
        (KLF, "IT-25-004", "Microsoft Teams telephony", "In progress", "Peter Lund",
         "Maria Sandberg", _d(2025, 1, 13), _d(2025, 12, 19), None, 1100, 360000, 180000),
        (KFF, "IT-25-006", "Booking system for sports facilities", "Not started",
         "Lena Mattsson", "Ulf Berglund", None, None, 350, 230, 40000, None),
        (MF, "IT-25-007", "Digital sampling records", "In progress", "Jonas Berg",
         "Anders Nyberg", _d(2025, 2, 3), _d(2025, 6, 30), 250, 75, 9000, None),
    ]
    closed = [
        (BUF, "IT-23-012", "Single sign-on for students", "Done", "Sofia Wik", "Jonas Ahlberg",
         _d(2023, 8, 1), _d(2024, 2, 29), 1500, 320, 48000, None),
        (KLF, "IT-23-019", "E-archive, phase 1", "Done", "Peter Lund", "Maria Sandberg",
         _d(2023, 3, 1), _d(2024, 11, 29), None, 950, 160000, None),
        (SOC, "IT-24-003", "Speech-to-text pilot", "Cancelled", "Omar Haddad", "Lena Ek",
         _d(2024, 2, 1), _d(2024, 5, 31), None, 40, None, None),
        (VOF, "IT-24-008", "Medication robots pilot", "Done", "Erik Svensson", "Eva Sjögren",
         _d(2024, 1, 15), _d(2024, 12, 13), 800, 260, 72000, 50000),
    ]
    out = []

    def sheet(ws, title, data, total):
        ws["A1"] = title
        ws["A1"].font = TITLE
        R = Rows(ws.title, out)
        _head(ws, 2, headers)
        R.header(2)
        r = 3
        sums = [0, 0, 0, 0]
        for d in data:
            _put(ws, r, list(d), fmt)
            R.initiative(r, d[2], d[1], d[0], IT_STATUS[d[3]], d[9] * 1000, d[10], d[11], d[8],
                         d[4])
            for i in range(4):
                sums[i] += d[8 + i] or 0
            r += 1
        if total:
            ws.cell(row=r, column=1, value="Total").font = BOLD
            for i, col in enumerate((9, 10, 11, 12)):
                c = ws.cell(row=r, column=col, value=sums[i])
                c.number_format = fmt[col]
                c.font = BOLD
            R.skipped(r, "total")
        ws.freeze_panes = "D3"
        _widths(ws, {"A": 32, "B": 11, "C": 42, "D": 12, "E": 15, "F": 15, "G": 11, "H": 11,
                     "I": 11, "J": 11, "K": 13, "L": 13})

    ws1 = wb.active
    ws1.title = "Active projects"
    sheet(ws1, "Active projects – IT & Digital Services (updated 2025-01-20)", active, False)
    ws2 = wb.create_sheet("Closed 2024")
    sheet(ws2, "Projects closed in 2024 – IT & Digital Services", closed, True)
    ws3 = wb.create_sheet("Lists")
    ws3["A1"] = "Departments"
    ws3["C1"] = "Status values"
    ws3["A1"].font = BOLD
    ws3["C1"].font = BOLD
    for i, name in enumerate([KLF, BUF, SOC, VOF, SBF, KFF, MF], start=2):
        ws3.cell(row=i, column=1, value=name)
    for i, st in enumerate(["Not started", "In progress", "On hold", "Done", "Cancelled"],
                           start=2):
        ws3.cell(row=i, column=3, value=st)
    _widths(ws3, {"A": 34, "C": 14})
    exp = _expected(
        "An IT department's English portfolio on two list sheets with the same header at row 2 "
        "under a title (\"Active projects\" without a total, \"Closed 2024\" with a Total row), "
        "Department first, hours saved before the amounts, one-off cost in kSEK; a third sheet "
        "\"Lists\" holds only the drop-down values (departments, statuses), not initiatives.",
        ["english", "header-unit"], None, "column", out)
    _save(wb, outdir, stem, exp)


# --------------------------------------------------------------------------- 10 projects, then needs

def radet_projekt_behov(outdir):
    stem = "ex-radet-projekt-och-behov"
    wb = Workbook()
    ws = wb.active
    ws.title = "Projekt och behov"
    S = ws.title
    ws["A1"] = "Digitaliseringsrådet – gemensamma projekt 2025"
    ws["A1"].font = TITLE
    headers = ["Nr", "Projekt", "Förvaltning", "Projektledare", "Status", "Investering (kr)",
               "Driftkostnad per år (kr)", "Besparing per år (kr)", "Tidsbesparing (tim/år)"]
    out = []
    R = Rows(S, out)
    _head(ws, 3, headers)
    R.header(3)
    fmt = {6: "#,##0", 7: "#,##0", 8: "#,##0", 9: "#,##0"}
    data = [
        ("DR-01", "Gemensam e-arkivlösning", KLF, "Peter Lund", "Pågår", 1250000, 185000, None,
         None, "Pågående"),
        ("DR-02", "Kommungemensam chattbot", KLF, "Johan Persson", "Förstudie", 200000, 48000,
         None, 1800, "Förstudie"),
        ("DR-03", "Digitala trygghetslarm, ny generation", VOF, "Anna Berg", "Genomförs",
         850000, 120000, 300000, 1500, "Pågående"),
        ("DR-04", "Automatiserad handläggning av försörjningsstöd", SOC, "Lena Ek", "Klar",
         450000, 85000, 310000, 2600, "Avslutad"),
        ("DR-05", "Digital bygglovsprocess", SBF, "Mats Holmgren", "Pågår", 720000, 85000,
         240000, 1800, "Pågående"),
        ("DR-06", "Gemensam bokningsplattform för lokaler", KFF, "Lena Mattsson", "Planerad",
         300000, 45000, None, 600, "Beslutad"),
        ("DR-07", "Sensornätverk (LoRaWAN) för fastigheter och gator", SBF, "Elin Sund",
         "Parkerad", 400000, 60000, None, None, "Pausad"),
        ("DR-08", "Mobil tillsyn", MF, "Helena Strand", "Klar", 95000, 12500, None, 300,
         "Avslutad"),
    ]
    r = 4
    sums = [0, 0, 0, 0]
    for d in data:
        _put(ws, r, list(d[:9]), fmt)
        R.initiative(r, d[1], d[0], d[2], d[9], d[5], d[6], d[7], d[8], d[3])
        for i in range(4):
            sums[i] += d[5 + i] or 0
        r += 1
    ws.cell(row=r, column=2, value="Summa").font = BOLD
    for i, col in enumerate((6, 7, 8, 9)):
        c = ws.cell(row=r, column=col, value=sums[i])
        c.number_format = fmt[col]
        c.font = BOLD
    R.skipped(r, "total")
    r += 3
    ws.cell(row=r, column=1, value="Behov som inkommit men inte prioriterats").font = \
        Font(bold=True, size=12)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    R.skipped(r, "section_heading")
    r += 1
    _head(ws, r, ["Förvaltning", "Vem", "Vad", "Varför", "Datum"])
    R.header(r)
    r += 1
    needs = [
        (BUF, "Lärare i grundskolan", "Att elevers frånvaro syns för vårdnadshavare direkt i appen",
         "Färre telefonsamtal och snabbare kontakt med hemmet", _d(2024, 11, 4)),
        (SOC, "Socialsekreterare", "Kunna boka tolk digitalt",
         "Bokning via telefon tar tid och blir ofta fel", _d(2024, 12, 2)),
        (VOF, "Undersköterska i hemtjänsten", "Se ändringar i dagens planering i mobilen",
         "Slippa åka tillbaka till kontoret", _d(2025, 1, 15)),
        None,
        (KFF, "Förening", "Söka föreningsbidrag via e-tjänst",
         "Ansökningarna blir kompletta från början", _d(2025, 1, 20)),
        (MF, "Miljöinspektör", "Se tidigare beslut om verksamheten ute på tillsyn", None,
         _d(2025, 2, 3)),
        (KLF, "Nämndsekreterare", "Digital justering av protokoll",
         "Justeringen tar en vecka med papper", _d(2025, 2, 10)),
    ]
    for n in needs:
        if n is None:
            r += 1
            continue
        _put(ws, r, list(n))
        R.need(r, n[1], n[2], n[3])
        r += 1
    _widths(ws, {"A": 32, "B": 44, "C": 44, "D": 40, "E": 12, "F": 14, "G": 14, "H": 14,
                 "I": 13})
    exp = _expected(
        "Digitaliseringsrådets gemensamma lista: projekt med Förvaltning per rad och en "
        "summarad, två tomma rader, rubriken \"Behov som inkommit men inte prioriterats\" och en "
        "egen rubrikrad Förvaltning | Vem | Vad | Varför | Datum med sex behov (en tom rad "
        "emellan, ett utan varför); Pågår/Genomförs/Klar/Planerad/Parkerad.",
        ["section", "needs", "header-unit", "swedish-words"], None, "column", out)
    _save(wb, outdir, stem, exp)


# --------------------------------------------------------------------------- 11 needs first, projects below

def behov_forst(outdir):
    stem = "ex-behov-forst-projekt-sedan"
    wb = Workbook()
    ws = wb.active
    ws.title = "Behov och projekt"
    S = ws.title
    ws["A1"] = "Vård- och omsorgsförvaltningen – inkomna behov och digitaliseringsprojekt"
    ws["A1"].font = TITLE
    ws["A2"] = "Uppdaterad 2025-02-20"
    ws["A4"] = "Inkomna behov"
    ws["A4"].font = Font(bold=True, size=12)
    out = []
    R = Rows(S, out)
    _head(ws, 5, ["Förvaltning", "Vem", "Vad", "Varför", "Datum"])
    R.header(5)
    needs = [
        (VOF, "Sjuksköterska", "Få larm från läkemedelsautomaten i mobilen",
         "Missade doser upptäcks snabbare", _d(2024, 10, 14)),
        (VOF, "Anhörig", "Boka videosamtal med den boende",
         "Kunna hålla kontakten trots långa avstånd", _d(2024, 11, 2)),
        (VOF, "Enhetschef i hemtjänsten", "Se körsträckor per bil digitalt",
         "Underlag för planering och miljöredovisning", _d(2024, 12, 9)),
        (SOC, "Biståndshandläggare", "Ta emot ansökan om hemtjänst via e-tjänst",
         "Ansökningarna kommer in kompletta", _d(2025, 1, 10)),
        (VOF, "Undersköterska", "Signera utförda insatser i mobilen", None, _d(2025, 2, 5)),
    ]
    r = 6
    for n in needs:
        _put(ws, r, list(n))
        R.need(r, n[1], n[2], n[3])
        r += 1
    r += 2
    ws.cell(row=r, column=1, value="Prioriterade projekt").font = Font(bold=True, size=12)
    R.skipped(r, "section_heading")
    r += 1
    headers = ["ID", "Projekt", "Ansvarig", "Status", "Start", "Investering (kr)",
               "Löpande kostnad (kr/år)", "Besparing (kr/år)", "Frigjord tid (tim/år)"]
    _head(ws, r, headers)
    R.header(r)
    r += 1
    fmt = {5: "yyyy-mm-dd", 6: "#,##0", 7: "#,##0", 8: "#,##0", 9: "#,##0"}
    data = [
        ("VOF-25-01", "Digitala trygghetslarm i ordinärt boende", "Anna Berg", "Genomförs",
         _d(2024, 3, 1), 850000, 120000, 300000, 1500, "Pågående"),
        ("VOF-25-02", "Läkemedelsautomater i ordinärt boende", "Erik Svensson", "Pågår",
         _d(2025, 1, 15), 640000, 95000, None, 900, "Pågående"),
        ("VOF-25-03", "Nyckelfria lås i hemtjänsten", "Fatima Ali", "Klar", _d(2023, 5, 2),
         1200000, 180000, 250000, 3000, "Avslutad"),
        ("VOF-25-04", "Planeringsverktyg för hemtjänsten", "Anna Berg", "Parkerad", None,
         300000, 48000, None, None, "Pausad"),
        ("VOF-25-05", "Digital nattillsyn med kamera", "Erik Svensson", "Ej påbörjad",
         _d(2025, 9, 1), 450000, 60000, None, None, "Beslutad"),
        ("VOF-25-06", "Sensorer för fallupptäckt", "Fatima Ali", "Förstudie", None, 380000, None,
         None, 1100, "Förstudie"),
        ("VOF-25-07", "Videosamtal med anhöriga", "Maria Nilsson", "Idé", None, None, None,
         None, None, "Idé"),
        ("VOF-25-08", "Robot för kontroll av hemtjänsttimmar", "Lars Persson", "Avbrutet",
         _d(2024, 6, 3), 120000, None, None, None, "Avbruten"),
    ]
    first = r
    for d in data:
        _put(ws, r, list(d[:9]), fmt)
        R.initiative(r, d[1], d[0], VOF, d[9], d[5], d[6], d[7], d[8], d[2])
        r += 1
    ws.cell(row=r, column=2, value="Totalt").font = BOLD
    for col in (6, 7, 8, 9):
        c = ws.cell(row=r, column=col, value=_sum(_col(col), first, r - 1))
        c.number_format = fmt[col]
        c.font = BOLD
    R.skipped(r, "total")
    _widths(ws, {"A": 30, "B": 42, "C": 42, "D": 40, "E": 12, "F": 14, "G": 14, "H": 14,
                 "I": 13})
    exp = _expected(
        "Behovslistan först: titel med förvaltningen, rubriken \"Inkomna behov\" och rubrikraden "
        "Förvaltning | Vem | Vad | Varför | Datum på rad 5 med fem behov; efter tomma rader "
        "rubriken \"Prioriterade projekt\" och projektlistans egen rubrikrad; "
        "Genomförs/Pågår/Klar/Parkerad/Ej påbörjad/Avbrutet; Totalt-rad med SUM utan värden.",
        ["needs", "section", "header-unit", "swedish-words", "forvaltning-title"], VOF, "title",
        out)
    _save(wb, outdir, stem, exp)


# --------------------------------------------------------------------------- 12 group header (mkr)

def kostnader_mkr(outdir):
    stem = "ex-samhallsbyggnadsforvaltningen-kostnader-mkr"
    wb = Workbook()
    ws = wb.active
    ws.title = "Initiativ 2025"
    S = ws.title
    ws["A1"] = "Digitaliseringsinitiativ 2025"
    ws["A1"].font = TITLE
    top = ["Diarienr", "Initiativ", "Ansvarig", "Status", "Kostnader (mkr)", None,
           "Nytta per år", None, "Kommentar"]
    low = [None, None, None, None, "Engångs", "Löpande/år", "Besparing (tkr)", "Tid (timmar)",
           None]
    out = []
    R = Rows(S, out)
    _head(ws, 3, top)
    _head(ws, 4, low)
    for i in range(1, 10):
        ws.cell(row=3, column=i).fill = HEAD_FILL
        ws.cell(row=4, column=i).fill = HEAD_FILL
    for col in (1, 2, 3, 4, 9):
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    ws.merge_cells("E3:F3")
    ws.merge_cells("G3:H3")
    ws["E3"].alignment = CENTER
    ws["G3"].alignment = CENTER
    R.header(3)
    R.header(4)
    fmt = {5: "0.00", 6: "0.000", 7: "#,##0", 8: "#,##0"}
    # dnr, name, ansvarig, status, eng mkr, löp mkr, besp tkr, tim, kommentar ;
    # expected status, inv kr, löp kr, besp kr
    data = [
        ("SBN 2024/118", "Digital bygglovsprocess, etapp 2", "Mats Holmgren", "Pågår", 0.72,
         0.085, 240, 1800, None, "Pågående", 720000, 85000, 240000),
        ("SBN 2024/131", "3D-modell över centrala staden", "Elin Sund", "Beslutad", 1.1, 0.15,
         None, None, "Finansieras delvis av Lantmäteriet", "Beslutad", 1100000, 150000, None),
        ("SBN 2024/140", "Digital nybyggnadskarta", "Mats Holmgren", "Klar", 0.25, 0.03, 60,
         500, None, "Avslutad", 250000, 30000, 60000),
        ("SBN 2025/007", "Sensorer för vinterväghållning", "Kristian Ek", "Förstudie", 0.4, 0.06,
         None, None, None, "Förstudie", 400000, 60000, None),
        ("SBN 2025/012", "E-tjänst för parkeringstillstånd", "Nora Lind", "Pågår", 0.18, 0.024,
         45, 700, None, "Pågående", 180000, 24000, 45000),
        ("SBN 2025/015", "Automatisk fakturering av VA-anslutningar", "Nora Lind", "Idé", None,
         None, None, 400, "Kostnad ej beräknad", "Idé", None, None, None),
        ("SBN 2024/099", "Geodatasamverkan med grannkommunerna", "Elin Sund", "Parkerad", 0.35,
         None, None, None, "Inväntar avtal", "Pausad", 350000, None, None),
        ("SBN 2025/021", "Digital tillsyn av byggarbetsplatser", "Kristian Ek", "Ej påbörjad",
         0.5, 0.045, 80, 900, None, "Beslutad", 500000, 45000, 80000),
    ]
    r = 5
    sums = [0, 0, 0, 0]
    for d in data:
        _put(ws, r, list(d[:9]), fmt)
        R.initiative(r, d[1], d[0], SBF, d[9], d[10], d[11], d[12], d[7], d[2])
        for i in range(4):
            sums[i] += d[4 + i] or 0
        r += 1
    ws.cell(row=r, column=2, value="Summa").font = BOLD
    for i, col in enumerate((5, 6, 7, 8)):
        c = ws.cell(row=r, column=col, value=round(sums[i], 3))
        c.number_format = fmt[col]
        c.font = BOLD
    R.skipped(r, "total")
    _widths(ws, {"A": 14, "B": 44, "C": 15, "D": 12, "E": 10, "F": 11, "G": 12, "H": 11,
                 "I": 36})
    exp = _expected(
        "Tvåradsrubrik på rad 3–4 under en titel utan förvaltning: \"Kostnader (mkr)\" "
        "sammanslagen över Engångs och Löpande/år (belopp med decimaler), \"Nytta per år\" "
        "utan enhet över \"Besparing (tkr)\" och \"Tid (timmar)\"; Diarienr SBN 2024/118 som "
        "ID; förvaltningen bara i filnamnet; summarad.",
        ["two-row-header", "merged-header", "group-unit", "header-unit", "id-codes",
         "swedish-words", "forvaltning-file-name"], SBF, "fileName", out)
    _save(wb, outdir, stem, exp)


# --------------------------------------------------------------------------- 13 units only in formats, mixed

def format_blandat(outdir):
    stem = "ex-format-mkr-tkr-blandat"
    wb = Workbook()
    ws = wb.active
    ws.title = "Satsningar"
    S = ws.title
    ws["A1"] = "Barn- och utbildningsförvaltningen – digitala satsningar 2025–2026"
    ws["A1"].font = TITLE
    headers = ["ID", "Satsning", "Ansvarig", "Status", "Investering", "Drift per år",
               "Besparing per år", "Tidsvinst (h/år)", "Kommentar"]
    out = []
    R = Rows(S, out)
    _head(ws, 3, headers)
    R.header(3)
    TKR = '#,##0 "tkr"'
    MKR = '0.0 "mkr"'
    MKR_SCALED = '#,##0.0,, "mkr"'
    TKR_DRIFT = '0" tkr"'
    KR = '#,##0 "kr"'
    # id, name, ansvarig, status, (inv value, fmt), (drift, fmt), (besp kr), h, kommentar ;
    # expected status, inv kr, drift kr
    data = [
        ("BUF-25-01", "En-till-en-datorer i årskurs 4–6", "Per Hallin", "Pågående",
         (1.4, MKR), (320, TKR_DRIFT), None, None, "Leasing på fyra år", "Pågående",
         1400000, 320000),
        ("BUF-25-02", "Gemensam lärplattform", "Karin Ljung", "Pågående", (820, TKR),
         (180, TKR_DRIFT), 90000, 1200, None, "Pågående", 820000, 180000),
        ("BUF-25-03", "E-tjänst för ansökan om förskoleplats", "Maria Lindqvist", "Avslutad",
         (210, TKR), (25, TKR_DRIFT), 150000, 1400, None, "Avslutad", 210000, 25000),
        ("BUF-25-04", "Digital närvaro i förskolan", "Maria Lindqvist", "Beslutad", (180, TKR),
         (36, TKR_DRIFT), None, 1800, None, "Beslutad", 180000, 36000),
        ("BUF-25-05", "Wifi-uppgradering i gymnasieskolorna", "Johan Ek", "Pågående",
         (2600000, MKR_SCALED), (310, TKR_DRIFT), None, None,
         "Beloppet inklistrat från investeringsbudgeten", "Pågående", 2600000, 310000),
        ("BUF-25-06", "Skolskjutsplanering i webbkarta", "Ahmed Yousef", "Förstudie",
         (95, TKR), (12, TKR_DRIFT), 40000, 300, None, "Förstudie", 95000, 12000),
        ("BUF-25-07", "AI-stöd för återkoppling på elevtexter", "Karin Ljung", "Idé", None,
         None, None, None, "Väntar på Skolverkets vägledning", "Idé", None, None),
        ("BUF-25-08", "Robot för frånvarorapportering", "Sara Holm", "Pausad", (140, TKR),
         None, 60000, 900, None, "Pausad", 140000, None),
    ]
    r = 4
    first = r
    for d in data:
        _put(ws, r, [d[0], d[1], d[2], d[3]])
        if d[4] is not None:
            c = ws.cell(row=r, column=5, value=d[4][0])
            c.number_format = d[4][1]
        if d[5] is not None:
            c = ws.cell(row=r, column=6, value=d[5][0])
            c.number_format = d[5][1]
        if d[6] is not None:
            ws.cell(row=r, column=7, value=d[6]).number_format = KR
        if d[7] is not None:
            ws.cell(row=r, column=8, value=d[7]).number_format = "#,##0"
        if d[8] is not None:
            ws.cell(row=r, column=9, value=d[8])
        R.initiative(r, d[1], d[0], BUF, d[9], d[10], d[11], d[6], d[7], d[2])
        r += 1
    ws.cell(row=r, column=2, value="Summa").font = BOLD
    for col, f in ((6, TKR_DRIFT), (7, KR), (8, "#,##0")):
        c = ws.cell(row=r, column=col, value=_sum(_col(col), first, r - 1))
        c.number_format = f
        c.font = BOLD
    R.skipped(r, "total")
    _widths(ws, {"A": 11, "B": 42, "C": 16, "D": 11, "E": 12, "F": 12, "G": 14, "H": 12,
                 "I": 44})
    exp = _expected(
        "Rubriker utan enhet; enheten står bara i varje cells talformat och skiftar inom "
        "kolumnen: Investering mest '#,##0 \"tkr\"', en cell '0.0 \"mkr\"' (1,4) och en "
        "inklistrad cell '#,##0.0,, \"mkr\"' (2 600 000 visas 2,6 mkr); Drift per år '0\" tkr\"', "
        "Besparing per år i kr; förvaltningen i titeln; summarad med SUM utan värden.",
        ["format-unit", "swedish-words", "forvaltning-title"], BUF, "title", out)
    _save(wb, outdir, stem, exp)


# --------------------------------------------------------------------------- 14 thousands display format

def budget_tusental(outdir):
    stem = "ex-kommunledningsforvaltningen-budget-tusental"
    wb = Workbook()
    ws = wb.active
    ws.title = "Projekt"
    S = ws.title
    ws["A1"] = "Projektbudget digitalisering 2025"
    ws["A1"].font = TITLE
    headers = ["Projektnr", "Projekt", "Projektledare", "Status", "Budget (tkr)",
               "Drift/år (tkr)", "Besparing/år (kr)", "Tidsbesparing (h/år)", "Slutdatum"]
    out = []
    R = Rows(S, out)
    _head(ws, 3, headers)
    R.header(3)
    THOUSANDS = "#,##0,"
    fmt = {5: THOUSANDS, 6: THOUSANDS, 7: "#,##0", 8: "#,##0", 9: "yyyy-mm-dd"}
    data = [
        ("KLF-P101", "Ny intranätplattform", "Sara Lindqvist", "Pågår", 450000, 60000, None,
         800, _d(2025, 11, 28), "Pågående"),
        ("KLF-P102", "E-arkiv, etapp 2", "Peter Lund", "Beslutad", 1250000, 185000, None, None,
         _d(2026, 6, 30), "Beslutad"),
        ("KLF-P103", "Digital attest av leverantörsfakturor", "Ali Karimi", "Klar", 520000,
         114000, 95000, 700, _d(2024, 12, 13), "Avslutad"),
        ("KLF-P104", "Robot för avstämning av bankkonton", "Ali Karimi", "Pågår", 275000, 50000,
         None, 400, _d(2025, 5, 30), "Pågående"),
        ("KLF-P105", "Självservice för lösenord", "Johan Persson", "Klar", 180000, 54000, None,
         500, _d(2024, 9, 30), "Avslutad"),
        ("KLF-P106", "Chattbot för kontaktcenter", "Johan Persson", "Förstudie", 200000, 48000,
         90000, 1800, None, "Förstudie"),
        ("KLF-P107", "Digital nämndhantering", "Sara Lindqvist", "Ej påbörjad", 340000, 72000,
         30000, 600, _d(2026, 3, 31), "Beslutad"),
        ("KLF-P108", "Lönespecifikation i mobilappen", "Ali Karimi", "Avbruten", 45000, 9000,
         None, None, None, "Avbruten"),
    ]
    r = 4
    first = r
    for d in data:
        _put(ws, r, list(d[:9]), fmt)
        R.initiative(r, d[1], d[0], KLF, d[9], d[4], d[5], d[6], d[7], d[2])
        r += 1
    ws.cell(row=r, column=2, value="Summa").font = BOLD
    for col in (5, 6, 7, 8):
        c = ws.cell(row=r, column=col, value=_sum(_col(col), first, r - 1))
        c.number_format = fmt[col]
        c.font = BOLD
    R.skipped(r, "total")
    _widths(ws, {"A": 11, "B": 40, "C": 16, "D": 12, "E": 12, "F": 12, "G": 14, "H": 13,
                 "I": 12})
    exp = _expected(
        "\"Budget (tkr)\" och \"Drift/år (tkr)\" med talformatet '#,##0,' (visar tusental): "
        "värdet är sparat i kronor (450 000 visas som 450 under tkr, alltså 450 000 kr, inte "
        "450 miljoner); Besparing/år i kr; förvaltningen bara i filnamnet; summarad med SUM "
        "utan värden.",
        ["format-unit", "header-unit", "swedish-words", "forvaltning-file-name"], KLF,
        "fileName", out)
    _save(wb, outdir, stem, exp)


BUILDERS = [sharepoint_council, sharepoint_soc, stratsys_traffic, stratsys_status, planview,
            beredning_taby, beredning_prio, it_department, it_portfolio, radet_projekt_behov,
            behov_forst, kostnader_mkr, format_blandat, budget_tusental]


def build(outdir):
    for b in BUILDERS:
        b(outdir)


if __name__ == "__main__":
    build(os.path.dirname(os.path.abspath(__file__)))
