#!/usr/bin/env python3
"""Held-out förvaltning lists (prefix hx-): new shapes and new combinations of the corpus' categories.

Each workbook is written with openpyxl next to its `<stem>.expected.json` (see README.md). The
workbooks are deterministic: fixed document properties and a zip rewritten with fixed entry times.
"""
import datetime
import os

from corpus_files import save_answer, save_workbook
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

FIXED = datetime.datetime(2025, 1, 1, 0, 0, 0)

OMIT = object()  # a field left out of the expected row (not compared)

KLF = "Kommunledningsförvaltningen"
BUF = "Barn- och utbildningsförvaltningen"
SOF = "Socialförvaltningen"
VOF = "Vård- och omsorgsförvaltningen"
SBF = "Samhällsbyggnadsförvaltningen"
KFF = "Kultur- och fritidsförvaltningen"
MF = "Miljöförvaltningen"

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
GROUP_FILL = PatternFill("solid", fgColor="BDD7EE")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

# Swedish Excel's accounting format (Redovisning, kr) and currency with the sv-SE locale tag
FMT_ACCOUNTING_KR = '_-* #,##0 "kr"_-;-* #,##0 "kr"_-;_-* "-" "kr"_-;_-@_-'
FMT_CURRENCY_KR = '#,##0 [$kr-41D];-#,##0 [$kr-41D]'


def kr(value, factor):
    """Kronor from a value shown in tkr (1000) / mkr (1e6): exact, or an error."""
    result = round(value * factor)
    assert abs(result - value * factor) < 1e-6, (value, factor)
    return int(result)


def ini(name, id_, forvaltning, status, inv=OMIT, lop=OMIT, bes=OMIT, tid=OMIT, ansvarig=OMIT,
        documents=None, scores=None):
    entry = {"name": name, "id": id_, "forvaltning": forvaltning, "status": status,
             "investering": inv, "lopandeKostnad": lop, "kostnadsbesparing": bes,
             "tidsbesparing": tid, "ansvarig": ansvarig}
    entry = {k: v for k, v in entry.items() if v is not OMIT}
    if documents:
        entry["documents"] = documents
    if scores:
        entry["scores"] = scores
    return entry


class Book:
    def __init__(self, stem, description, categories, forvaltning, forvaltning_from):
        self.stem = stem
        self.description = description
        self.categories = categories
        self.forvaltning = forvaltning
        self.forvaltning_from = forvaltning_from
        self.wb = Workbook()
        self.wb.remove(self.wb.active)
        self.rows = []
        self.issues = []

    def sheet(self, title):
        return self.wb.create_sheet(title)

    def header(self, ws, row):
        self.rows.append({"sheet": ws.title, "row": row, "as": "header"})

    def initiative(self, ws, row, entry):
        self.rows.append(dict({"sheet": ws.title, "row": row, "as": "initiative"}, **entry))

    def skipped(self, ws, row, reason):
        self.rows.append({"sheet": ws.title, "row": row, "as": "skipped", "reason": reason})

    def need(self, ws, row, vem, vad, varfor):
        self.rows.append({"sheet": ws.title, "row": row, "as": "need",
                          "vem": vem, "vad": vad, "varfor": varfor})

    def issue(self, ws, cell, kind):
        self.issues.append({"sheet": ws.title, "cell": cell, "kind": kind})

    def save(self, outdir):
        wb = self.wb
        save_workbook(wb, os.path.join(outdir, self.stem + ".xlsx"), FIXED)
        order = {ws.title: i for i, ws in enumerate(wb.worksheets)}
        rows = sorted(self.rows, key=lambda r: (order[r["sheet"]], r["row"]))
        expected = {
            "description": self.description,
            "categories": self.categories,
            "forvaltning": self.forvaltning,
            "forvaltningFrom": self.forvaltning_from,
            "rows": rows,
            "issues": self.issues,
        }
        save_answer(expected, os.path.join(outdir, self.stem + ".expected.json"))


def put_row(ws, row, values, start_col=1, formats=None):
    """Writes values from start_col; formats maps a 0-based index to a number format."""
    for i, value in enumerate(values):
        if value is None:
            continue
        cell = ws.cell(row=row, column=start_col + i, value=value)
        if formats and i in formats:
            cell.number_format = formats[i]


def style_header(ws, row, first_col, last_col, fill=HEAD_FILL):
    for col in range(first_col, last_col + 1):
        cell = ws.cell(row=row, column=col)
        cell.font = BOLD
        cell.fill = fill
        cell.alignment = CENTER


def widths(ws, values):
    for letter, width in values.items():
        ws.column_dimensions[letter].width = width


def col(n):
    from openpyxl.utils import get_column_letter
    return get_column_letter(n)


# ---------------------------------------------------------------------------------------------
# 1. The beredningsgrupp's list of applications for central funding
# ---------------------------------------------------------------------------------------------
def book_beredningsgrupp(outdir):
    b = Book(
        "hx-beredningsgrupp-ansokningar-2026",
        "The beredningsgrupp's list of applications for central funding: the title row \"Samtliga "
        "belopp i tkr\" as the only unit of the amounts; header rows 4–5 with Dnr / Ansökan / "
        "Status / Beredningsgruppens förslag merged down and the groups \"Sökande\" (Förv. with the "
        "abbreviations BUF, VoF, SBF, KLF; Ansvarig), \"Kalkyl\" (Inv., Drift/år, Besparing/år, "
        "Tid (h/år)) and \"Bedömning\" (Nytta, Strat. betydelse, Komplexitet, Risk); a running-cost "
        "cell formatted \"kr\" against the title's tkr; \"10 %\" as a saving; a merged heading for "
        "late applications inside the list; Summa row.",
        ["two-row-header", "merged-header", "title-unit", "unit-conflict", "percent-amount",
         "id-codes", "section", "swedish-words"],
        None, "column")
    ws = b.sheet("Ansökningar 2026")
    ws["A1"] = "Beredningsgruppen för digitalisering – inkomna ansökningar om central finansiering 2026"
    ws["A1"].font = TITLE
    ws["A2"] = "Samtliga belopp i tkr. Bedömning 1–5 där 5 är högst."
    ws["A2"].font = Font(italic=True)
    # two-row header at rows 4–5
    for c, text in ((1, "Dnr"), (2, "Ansökan"), (5, "Status"), (14, "Beredningsgruppens förslag")):
        ws.cell(row=4, column=c, value=text)
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws["C4"] = "Sökande"
    ws.merge_cells("C4:D4")
    ws["F4"] = "Kalkyl"
    ws.merge_cells("F4:I4")
    ws["J4"] = "Bedömning"
    ws.merge_cells("J4:M4")
    put_row(ws, 5, ["Förv.", "Ansvarig"], start_col=3)
    put_row(ws, 5, ["Inv.", "Drift/år", "Besparing/år", "Tid (h/år)", "Nytta", "Strat. betydelse",
                    "Komplexitet", "Risk"], start_col=6)
    style_header(ws, 4, 1, 14, GROUP_FILL)
    style_header(ws, 5, 1, 14)
    b.header(ws, 4)
    b.header(ws, 5)
    abbrev = {"BUF": BUF, "VoF": VOF, "SBF": SBF, "KLF": KLF}
    statuses = {"Förstudie": "Förstudie", "Idé": "Idé", "Beslutad": "Beslutad", "Pågår": "Pågående",
                "Pausad": "Pausad"}
    data = [
        # row, dnr, name, förv, ansvarig, status, inv, drift, besp, tid, scores(4), förslag
        (6, "KS 2025/0412", "Digital närvarohantering i grundskolan", "BUF", "Sara Lindqvist",
         "Förstudie", 650, 120, 200, 3500, (4, 4, 3, 2), "Tillstyrks"),
        (7, "KS 2025/0418", "Läkemedelsrobotar i hemtjänsten", "VoF", "Mikael Öberg", "Idé",
         1200, 240, 380, 6000, (5, 4, 4, 3), "Tillstyrks"),
        (8, "KS 2025/0423", "E-tjänst för nybyggnadskarta", "SBF", "Johanna Falk", "Beslutad",
         180, 25, 60, 900, (3, 3, 2, 1), "Tillstyrks"),
        (9, "KS 2025/0431", "Gemensam plattform för digitala möten med invånare", "KLF",
         "Anders Holm", "Förstudie", 420, "CONFLICT", 0, 1200, (3, 5, 3, 2), "Bordläggs"),
        (10, "KS 2025/0436", "AI-stöd för protokollskrivning", "KLF", "Anders Holm", "Idé",
         150, 60, "10 %", 800, (3, 4, 3, 4), "Avstyrks"),
        (11, "KS 2025/0440", "Sensorer för fuktlarm i särskilda boenden", "VoF", "Mikael Öberg",
         "Beslutad", 380, 45, 150, None, (4, 3, 2, 2), "Tillstyrks"),
        (12, "KS 2025/0447", "Digitala lärresurser i förskolan", "BUF", "Emir Hadžić", "Pågår",
         300, 90, None, 1500, (3, 3, 2, 2), "Tillstyrks"),
        (13, "KS 2025/0452", "Drönare för inmätning av exploateringsområden", "SBF", "Johanna Falk",
         "Idé", 520, 40, 110, 1100, (3, 2, 4, 3), "Avstyrks"),
        (15, "KS 2025/0511", "Digital signering av anställningsavtal", "KLF", "Lina Berg",
         "Förstudie", 95, 30, 40, 700, (3, 3, 1, 1), "Tillstyrks"),
        (16, "KS 2025/0518", "Skolskjutsappen – realtidsinformation till vårdnadshavare", "BUF",
         "Sara Lindqvist", "Pausad", 240, 55, None, 400, (4, 3, 3, 2), "Bordläggs"),
        (17, "KS 2025/0520", "Nattillsyn med kamera, utökning till fler boenden", "VoF",
         "Mikael Öberg", "Pågår", 610, 150, 420, 5200, (5, 4, 3, 3), "Tillstyrks"),
    ]
    for (r, dnr, name, forv, ansv, status, inv, drift, besp, tid, sc, forslag) in data:
        put_row(ws, r, [dnr, name, forv, ansv, status])
        put_row(ws, r, [inv, None if drift == "CONFLICT" else drift, besp, tid, *sc, forslag],
                start_col=6, formats={0: "#,##0", 1: "#,##0", 2: "#,##0", 3: "#,##0"})
        entry = dict(inv=kr(inv, 1000), tid=tid)
        if drift == "CONFLICT":
            cell = ws.cell(row=r, column=7, value=85000)
            cell.number_format = '#,##0 "kr"'
            b.issue(ws, "G%d" % r, "unit_conflict")
        else:
            entry["lop"] = kr(drift, 1000)
        if isinstance(besp, str):
            b.issue(ws, "H%d" % r, "percent_in_amount")
        else:
            entry["bes"] = None if besp is None else kr(besp, 1000)
        b.initiative(ws, r, ini(name, dnr, abbrev[forv], statuses[status], ansvarig=ansv,
                                scores={"Nytta": sc[0], "Strategisk betydelse": sc[1],
                                        "Komplexitet": sc[2], "Risk": sc[3]}, **entry))
    ws["A14"] = "Kompletterande ansökningar, inkomna efter den 15 mars"
    ws["A14"].font = Font(bold=True, italic=True)
    ws.merge_cells("A14:N14")
    b.skipped(ws, 14, "section_heading")
    ws["B18"] = "Summa"
    ws["B18"].font = BOLD
    for c in "FGHI":
        ws["%s18" % c] = "=SUM(%s6:%s17)" % (c, c)
        ws["%s18" % c].number_format = "#,##0"
    b.skipped(ws, 18, "total")
    widths(ws, {"A": 14, "B": 46, "C": 7, "D": 16, "E": 11, "F": 8, "G": 9, "H": 12, "I": 10,
                "J": 7, "K": 10, "L": 11, "M": 6, "N": 16})
    ws.freeze_panes = "C6"
    b.save(outdir)


# ---------------------------------------------------------------------------------------------
# 2. The IT department's English list, with a sheet of user stories
# ---------------------------------------------------------------------------------------------
def book_it_backlog(outdir):
    b = Book(
        "hx-it-department-backlog",
        "The IT department's English list for the whole council: the requesting department in "
        "English (Education, Elderly Care, Social Services, City Planning, Culture & Leisure, "
        "Environment, Municipal Executive Office), headers with line breaks (\"Capex\\n(kSEK)\", "
        "\"Opex / yr\\n(kSEK)\", \"Savings / yr\\n(SEK)\"), question headers \"Business case done?\" "
        "and \"Risk assessment done?\" answered Yes/No/Partly, \"TBD\" as a status, #NAME? as an "
        "investment; Total row; a second sheet of user stories As a … / I want to … / So that ….",
        ["english", "header-unit", "document-states", "error-values", "needs", "id-codes"],
        None, "column")
    ws = b.sheet("Projects")
    head = ["Ref #", "Project\nname", "Requesting\ndept.", "Project lead", "Status", "Capex\n(kSEK)",
            "Opex / yr\n(kSEK)", "Savings / yr\n(SEK)", "Hours freed / yr", "Business case done?",
            "Risk assessment done?", "Go-live"]
    put_row(ws, 1, head)
    style_header(ws, 1, 1, len(head))
    ws.row_dimensions[1].height = 32
    b.header(ws, 1)
    depts = {"Education": BUF, "Elderly Care": VOF, "Social Services": SOF, "City Planning": SBF,
             "Culture & Leisure": KFF, "Environment": MF, "Municipal Executive Office": KLF}
    stat = {"In progress": "Pågående", "Done": "Avslutad", "Pre-study": "Förstudie",
            "Not started": "Beslutad", "On hold": "Pausad", "Cancelled": "Avbruten", "Idea": "Idé",
            "TBD": None}
    yn = {"Yes": "Genomförd", "No": "Saknas", "Partly": "Delvis"}
    D = datetime.date
    data = [
        (2, "IT-2025-003", "Microsoft 365 rollout for schools", "Education", "Daniel Nyström",
         "In progress", 1450, 620, 0, 2000, "Yes", "Partly", D(2025, 8, 15)),
        (3, "IT-2025-007", "Digital door locks in home care", "Elderly Care", "Petra Lund", "Done",
         780, 95, 240000, 4200, "Yes", "Yes", D(2025, 2, 1)),
        (4, "IT-2025-009", "Replace the case management system for social services",
         "Social Services", "Fredrik Sandberg", "Pre-study", "#NAME?", 900, 350000, 3000,
         "Partly", "No", None),
        (5, "IT-2025-012", "Building permit e-service upgrade", "City Planning", "Kristin Ahl",
         "Not started", 320, 45, 60000, 1400, "Yes", "No", D(2026, 1, 15)),
        (6, "IT-2025-015", "Booking system for sports halls", "Culture & Leisure", "Oskar Wiklund",
         "On hold", 210, 12.5, 30000, 600, "No", "No", None),
        (7, "IT-2025-018", "Environmental inspection app", "Environment", "Nadia Rahimi",
         "In progress", 260, 40, 80000, 1100, "Yes", "Partly", D(2025, 6, 1)),
        (8, "IT-2025-021", "Single sign-on for all staff", "Municipal Executive Office",
         "Daniel Nyström", "In progress", 540, 110, 0, 5500, "Partly", "Yes", D(2025, 11, 1)),
        (9, "IT-2025-024", "Chatbot on the council website", "Municipal Executive Office",
         "Lisa Engström", "Cancelled", 180, 35, 0, 300, "No", "No", None),
        (10, "IT-2025-027", "Robotic process automation for supplier invoices",
         "Municipal Executive Office", "Lisa Engström", "TBD", 240, 60, 150000, 2500, "Partly",
         "No", None),
        (11, "IT-2025-030", "Tablets for pupils in years 1–3", "Education", "Daniel Nyström",
         "Idea", 900, 150, 0, 0, "No", "No", None),
        (12, "IT-2025-031", "Sensor-based night checks in care homes", "Elderly Care", "Petra Lund",
         "Not started", 430, 85, 120000, 3600, "Yes", "Yes", D(2026, 3, 1)),
    ]
    for (r, ref, name, dept, lead, status, capex, opex, sav, hours, bc, ra, golive) in data:
        put_row(ws, r, [ref, name, dept, lead, status, capex, opex, sav, hours, bc, ra, golive],
                formats={5: "#,##0.0", 6: "#,##0.0", 7: "#,##0", 8: "#,##0", 11: "yyyy-mm-dd"})
        entry = dict(lop=kr(opex, 1000), bes=sav, tid=hours)
        if capex == "#NAME?":
            b.issue(ws, "F%d" % r, "cell_error")
        else:
            entry["inv"] = kr(capex, 1000)
        if status == "TBD":
            b.issue(ws, "E%d" % r, "unknown_status")
        b.initiative(ws, r, ini(name, ref, depts[dept], stat[status], ansvarig=lead,
                                documents={"nyttokalkyl": yn[bc], "riskanalys": yn[ra]}, **entry))
    ws["A14"] = "Total"
    ws["A14"].font = BOLD
    for c in "FGHI":
        ws["%s14" % c] = "=SUM(%s2:%s12)" % (c, c)
    b.skipped(ws, 14, "total")
    widths(ws, {"A": 13, "B": 48, "C": 26, "D": 17, "E": 12, "F": 10, "G": 10, "H": 12,
                "I": 10, "J": 12, "K": 12, "L": 11})
    ws.freeze_panes = "C2"

    us = b.sheet("User stories")
    put_row(us, 1, ["#", "As a …", "I want to …", "So that …", "Dept.", "Logged"])
    style_header(us, 1, 1, 6)
    b.header(us, 1)
    stories = [
        (2, "Teacher", "see which pupils are absent in the morning in one place",
         "I do not have to log in to two systems", "Education", D(2025, 1, 20)),
        (3, "Home care nurse", "get an alert on my phone when a medicine dose is missed",
         "missed doses are found the same day", "Elderly Care", D(2025, 2, 4)),
        (4, "Case officer", "fetch income data from the Swedish Social Insurance Agency automatically",
         "applicants do not have to send paper copies", "Social Services", D(2025, 2, 11)),
        (5, "Building inspector", "open the drawings on a tablet at the building site",
         "I can check the construction against the permit on the spot", "City Planning",
         D(2025, 3, 3)),
        (6, "Association chair", "book the sports hall and pay online",
         "I can book in the evening when the office is closed", "Culture & Leisure",
         D(2025, 3, 18)),
        (7, "New employee", "have my accounts ready on my first day",
         "I can start working at once", "Municipal Executive Office", D(2025, 4, 2)),
    ]
    for i, (r, who, what, why, dept, logged) in enumerate(stories, start=1):
        put_row(us, r, ["US-%02d" % i, who, what, why, dept, logged], formats={5: "yyyy-mm-dd"})
        b.need(us, r, who, what, why)
    widths(us, {"A": 7, "B": 20, "C": 60, "D": 55, "E": 26, "F": 11})
    b.save(outdir)


# ---------------------------------------------------------------------------------------------
# 3. A förvaltning's hand-kept list, grown since 2019
# ---------------------------------------------------------------------------------------------
def book_handhallen(outdir):
    b = Book(
        "hx-miljoforvaltningen-lista-sedan-2019",
        "A hand-kept list grown since 2019, the förvaltning only in the file name: header at row 1 "
        "with \"Vad\" (the initiative) and \"Vem\" (the person responsible), line breaks and notes "
        "in headers (\"Status\\n(uppd. 2025-03)\", \"Nyttokalkyl?\\n(ny kolumn 2022)\" empty for the "
        "older rows); Startår merged down over each year's rows; \"Nr\" codes 2019-1 as text; "
        "Investering (kr) =consultant hours·Parametrar!$B$3+licence without saved values; status "
        "words Klar, Klar (2021), pågår, Avbrutet, Parkerad, Ej påbörjad; a heading \"Idéer …\" "
        "above two ideas with only name, person and status; a Parametrar sheet that is no list.",
        ["forvaltning-file-name", "formula-no-value", "merged-values", "section", "header-unit",
         "document-states", "id-codes", "swedish-words"],
        MF, "fileName")
    ws = b.sheet("Digitalisering")
    head = ["Startår", "Nr", "Vad", "Vem", "Status\n(uppd. 2025-03)", "Konsult-\ntimmar",
            "Licens/\nuppstart (kr)", "Investering (kr)", "Drift/år (kr)", "Tidsvinst\n(tim/år)",
            "Nyttokalkyl?\n(ny kolumn 2022)", "Kommentar"]
    put_row(ws, 1, head)
    style_header(ws, 1, 1, len(head))
    ws.row_dimensions[1].height = 45
    b.header(ws, 1)
    stat = {"Klar": "Avslutad", "Klar (2021)": "Avslutad", "Avbrutet": "Avbruten",
            "pågår": "Pågående", "Pågår": "Pågående", "Parkerad": "Pausad",
            "Ej påbörjad": "Beslutad", "Förstudie": "Förstudie", "Beslutad": "Beslutad", "Idé": "Idé"}
    doc = {"Ja": "Genomförd", "Nej": "Saknas", "Delvis": "Delvis"}
    rate = 1150
    data = [
        # row, year, nr, vad, vem, status, hours, licence, drift, tid, nyttokalkyl, kommentar
        (2, 2019, "2019-1", "E-tjänst för anmälan av värmepump", "Gunilla Håkansson", "Klar",
         40, 25000, 6000, 300, None, "Byggd i e-tjänsteplattformen"),
        (3, None, "2019-2", "Mallar för tillsynsrapporter i ärendesystemet", "Gunilla Håkansson",
         "Klar", None, 15000, None, 500, None, None),
        (4, 2020, "2020-1", "Surfplattor för inspektörerna", "Tobias Ek", "Klar (2021)", None,
         84000, 18000, 400, None, None),
        (5, None, "2020-2", "Automatisk påminnelse om obetalda avgifter", "Tobias Ek", "Avbrutet",
         60, 0, None, None, None, "Ersätts av nytt ekonomisystem"),
        (6, 2021, "2021-1", "Kartskikt för enskilda avlopp", "Amra Delić", "pågår", 120, 40000,
         12000, 250, None, None),
        (7, 2022, "2022-1", "Nytt ärendehanteringssystem", "Amra Delić", "Pågår", 300, 450000,
         120000, 1500, "Ja", "Etapp 2 av 3"),
        (8, None, "2022-2", "Digital provtagningsjournal för badvatten", "Tobias Ek", "Klar", 16,
         12000, 3000, 120, "Nej", None),
        (9, 2023, "2023-1", "Mobil inspektion utan uppkoppling", "Gunilla Håkansson", "Parkerad",
         80, 60000, 15000, 600, "Delvis", "Väntar på nytt ärendesystem"),
        (10, 2024, "2024-1", "E-tjänst för registrering av livsmedelsanläggning", "Linda Morén",
         "Pågår", 50, 30000, 9000, 350, "Ja", None),
        (11, None, "2024-2", "Öppna data om luftkvalitet", "Linda Morén", "Ej påbörjad", 24, 0,
         2000, None, "Nej", None),
        (12, 2025, "2025-1", "AI-stöd för diarieföring", "Tobias Ek", "Förstudie", 10, 0, None,
         800, "Delvis", None),
        (13, None, "2025-2", "Digital signering av tillsynsbeslut", "Amra Delić", "Beslutad", 12,
         18000, 4800, 200, "Ja", None),
    ]
    for (r, year, nr, vad, vem, status, hours, lic, drift, tid, nk, comment) in data:
        put_row(ws, r, [year, nr, vad, vem, status, hours, lic, "=F%d*Parametrar!$B$3+G%d" % (r, r),
                        drift, tid, nk, comment],
                formats={1: "@", 5: "0", 6: "#,##0", 7: "#,##0", 8: "#,##0"})
        inv = (hours or 0) * rate + (lic or 0)
        docs = {"nyttokalkyl": doc[nk]} if nk else None
        b.initiative(ws, r, ini(vad, nr, MF, stat[status], inv=inv, lop=drift, tid=tid,
                                ansvarig=vem, documents=docs))
    for first, last in ((2, 3), (4, 5), (7, 8), (10, 11), (12, 13)):
        ws.merge_cells(start_row=first, start_column=1, end_row=last, end_column=1)
    for r in range(2, 14):
        ws.cell(row=r, column=1).alignment = Alignment(vertical="top")
    ws["C15"] = "Idéer – tas upp på ledningsgruppen i maj"
    ws["C15"].font = BOLD
    b.skipped(ws, 15, "section_heading")
    put_row(ws, 16, [None, None, "Sensorer för bullermätning vid byggarbetsplatser", "Linda Morén",
                     "Idé"])
    b.initiative(ws, 16, ini("Sensorer för bullermätning vid byggarbetsplatser", None, MF, "Idé",
                             inv=None, lop=None, tid=None, ansvarig="Linda Morén"))
    put_row(ws, 17, [None, None, "Chattbot för frågor om eldning och grillning",
                     "Gunilla Håkansson", "Idé"])
    b.initiative(ws, 17, ini("Chattbot för frågor om eldning och grillning", None, MF, "Idé",
                             inv=None, lop=None, tid=None, ansvarig="Gunilla Håkansson"))
    widths(ws, {"A": 8, "B": 9, "C": 48, "D": 19, "E": 15, "F": 10, "G": 13, "H": 15, "I": 12,
                "J": 11, "K": 16, "L": 30})
    ws.freeze_panes = "C2"

    p = b.sheet("Parametrar")
    p["A1"] = "Parametrar för kalkylen"
    p["A1"].font = BOLD
    p["A3"], p["B3"] = "Timpris konsult (kr)", rate
    p["A4"], p["B4"] = "Timkostnad egen personal (kr)", 450
    p["A5"], p["B5"] = "Kalkylränta", 0.03
    p["B5"].number_format = "0%"
    widths(p, {"A": 32, "B": 10})
    b.save(outdir)


# ---------------------------------------------------------------------------------------------
# 4. A system export from an idea portal
# ---------------------------------------------------------------------------------------------
def book_ideportal(outdir):
    b = Book(
        "hx-ideportal-export-2025",
        "Export from an idea portal: two lines of export information above the header at row 4; "
        "technical field names (arende_id, rubrik, organisation, ansvarig_namn, status_kod, "
        "investering_sek, driftkostnad_sek_ar, besparing_sek_ar, tidsbesparing_tim_ar, "
        "nyttokalkyl_bifogad, riskanalys, skapad, skapad_av); the förvaltning only as the second "
        "part of an organisation path \"Kommun/Socialförvaltningen/Ekonomiskt bistånd\"; status "
        "codes without å/ä/ö (PAGAENDE, IDE, FORSTUDIE …); amounts with two decimals and the text "
        "NULL for missing ones; TRUE/FALSE for the attached nyttokalkyl; GENOMFORD/DELVIS/SAKNAS.",
        ["header-unit", "document-states", "id-codes", "swedish-words"],
        None, "column")
    ws = b.sheet("export")
    ws["A1"] = "Export från Idéportalen – ärendetyp Digitaliseringsidé"
    ws["A2"] = "Urval: alla ärenden skapade 2024-01-01–2025-03-31. Exporterad 2025-04-02 08:14."
    head = ["arende_id", "rubrik", "organisation", "ansvarig_namn", "status_kod", "investering_sek",
            "driftkostnad_sek_ar", "besparing_sek_ar", "tidsbesparing_tim_ar",
            "nyttokalkyl_bifogad", "riskanalys", "skapad", "skapad_av"]
    put_row(ws, 4, head)
    for c in range(1, len(head) + 1):
        ws.cell(row=4, column=c).font = BOLD
    b.header(ws, 4)
    org = {"SOF": SOF, "VOF": VOF, "BUF": BUF, "KLF": KLF, "SBF": SBF, "KFF": KFF, "MF": MF}
    path = {"SOF": "Socialförvaltningen", "VOF": "Vård- och omsorgsförvaltningen",
            "BUF": "Barn- och utbildningsförvaltningen", "KLF": "Kommunledningsförvaltningen",
            "SBF": "Samhällsbyggnadsförvaltningen", "KFF": "Kultur- och fritidsförvaltningen",
            "MF": "Miljöförvaltningen"}
    stat = {"PAGAENDE": "Pågående", "AVSLUTAD": "Avslutad", "BESLUTAD": "Beslutad",
            "FORSTUDIE": "Förstudie", "IDE": "Idé", "PAUSAD": "Pausad", "AVBRUTEN": "Avbruten"}
    risk = {"GENOMFORD": "Genomförd", "DELVIS": "Delvis", "SAKNAS": "Saknas"}
    N = "NULL"
    data = [
        (5, 10231, "Digital ansökan om försörjningsstöd", "SOF", "Ekonomiskt bistånd",
         "Sofia Rydberg", "PAGAENDE", 385000, 62000, 240000, 3100, True, "GENOMFORD",
         "2024-01-17T09:41:12", "Sofia Rydberg"),
        (6, 10244, "Digital nyckelhantering i hemtjänsten", "VOF", "Hemtjänst", "Marcus Lindh",
         "AVSLUTAD", 690000, 110000, 310000, 5200, True, "GENOMFORD", "2024-02-02T13:05:40",
         "Camilla Ros"),
        (7, 10252, "Frånvaroanmälan i app för förskolan", "BUF", "Förskola", "Elin Vik",
         "BESLUTAD", 145000, 38000, N, 1800, False, "SAKNAS", "2024-03-11T10:22:03", "Elin Vik"),
        (8, 10260, "Automatiserad kontroll av leverantörsfakturor", "KLF", "Ekonomienheten",
         "Robert Kask", "FORSTUDIE", N, N, 175000, 2400, False, "DELVIS",
         "2024-04-08T08:57:31", "Robert Kask"),
        (9, 10263, "Digital bygglovsansökan med 3D-ritningar", "SBF", "Bygglov", "Hanna Strid",
         "IDE", 520000, 75000, N, N, False, "SAKNAS", "2024-05-21T15:40:09", "Hanna Strid"),
        (10, 10271, "Meröppet bibliotek i Norrby", "KFF", "Bibliotek", "Ali Haddad", "PAGAENDE",
         260000, 48000, 0, 0, True, "DELVIS", "2024-06-03T11:12:44", "Ali Haddad"),
        (11, 10275, "Digital tillsynsplanering", "MF", "Livsmedelskontroll", "Karin Nord",
         "PAUSAD", 95000, 15000, 20000, 450, True, "SAKNAS", "2024-08-26T09:03:18",
         "Karin Nord"),
        (12, 10282, "E-arkiv för avslutade elevakter", "BUF", "Grundskola", "Elin Vik",
         "AVBRUTEN", 310000, 55000, N, 600, False, "SAKNAS", "2024-09-30T14:27:55", "Elin Vik"),
        (13, 10290, "Inköpsportal med digitala avrop", "KLF", "Upphandlingsenheten",
         "Robert Kask", "PAGAENDE", 430000, 86000, 260000, 1900, True, "GENOMFORD",
         "2024-11-12T10:48:20", "Robert Kask"),
        (14, 10296, "Trygghetskameror på särskilt boende", "VOF", "Särskilt boende",
         "Marcus Lindh", "BESLUTAD", 840000, 130000, 150000, 4000, True, "DELVIS",
         "2025-01-09T08:15:02", "Marcus Lindh"),
        (15, 10301, "Chattfunktion för socialtjänstens mottagning", "SOF", "Mottagningsenheten",
         "Sofia Rydberg", "FORSTUDIE", 120000, 30000, N, 900, False, "SAKNAS",
         "2025-03-04T16:31:47", "Sofia Rydberg"),
    ]
    for (r, aid, name, f, unit, ansv, status, inv, drift, besp, tid, nk, ra, created, by) in data:
        orgpath = "Kommun/%s/%s" % (path[f], unit)
        put_row(ws, r, [aid, name, orgpath, ansv, status, inv, drift, besp, tid, nk, ra, created,
                        by],
                formats={5: "0.00", 6: "0.00", 7: "0.00", 8: "0.0"})
        num = lambda v: None if v == N else v  # noqa: E731
        b.initiative(ws, r, ini(name, str(aid), org[f], stat[status], inv=num(inv),
                                lop=num(drift), bes=num(besp), tid=num(tid), ansvarig=ansv,
                                documents={"nyttokalkyl": "Genomförd" if nk else "Saknas",
                                           "riskanalys": risk[ra]}))
    widths(ws, {"A": 10, "B": 46, "C": 62, "D": 16, "E": 11, "F": 15, "G": 19, "H": 16, "I": 20,
                "J": 19, "K": 11, "L": 20, "M": 15})
    b.save(outdir)


# ---------------------------------------------------------------------------------------------
# 5. A nämnd's plan with a three-row header and units only in a group header
# ---------------------------------------------------------------------------------------------
def book_tre_rubrikrader(outdir):
    b = Book(
        "hx-kultur-och-fritidsnamnden-plan",
        "The nämnd's plan (title \"Kultur- och fritidsnämnden – digitaliseringsplan 2025–2026\", "
        "so the förvaltning is its förvaltning); a three-row header 4–6: \"Ekonomi\" over "
        "\"Kostnader (tkr)\" (Investering, Drift per år: unit only in that group) and \"Nytta per "
        "år\" (Besparing (tkr), Tid (timmar)), \"Underlag finns?\" merged over two rows and three "
        "columns above Nyttokalkyl / Riskanalys / Projektplan (Ja/Nej/Delvis), the rest merged down "
        "three rows; Verksamhet merged down over its rows; one investment formatted \"kr\" against "
        "the group's tkr; Summa row.",
        ["two-row-header", "merged-header", "merged-values", "group-unit", "header-unit",
         "format-unit", "unit-conflict", "document-states", "id-codes", "swedish-words",
         "forvaltning-title"],
        KFF, "title")
    ws = b.sheet("Plan 2025–2026")
    ws["A1"] = "Kultur- och fritidsnämnden – digitaliseringsplan 2025–2026"
    ws["A1"].font = TITLE
    ws["A2"] = "Beslutad i nämnden 2025-02-18, § 14"
    for c, text in ((1, "Verksamhet"), (2, "Nr"), (3, "Insats"), (4, "Ansvarig"), (5, "Status")):
        ws.cell(row=4, column=c, value=text)
        ws.merge_cells(start_row=4, start_column=c, end_row=6, end_column=c)
    ws["F4"] = "Ekonomi"
    ws.merge_cells("F4:I4")
    ws["F5"] = "Kostnader (tkr)"
    ws.merge_cells("F5:G5")
    ws["H5"] = "Nytta per år"
    ws.merge_cells("H5:I5")
    put_row(ws, 6, ["Investering", "Drift per år", "Besparing (tkr)", "Tid (timmar)",
                    "Nyttokalkyl", "Riskanalys", "Projektplan"], start_col=6)
    ws["J4"] = "Underlag finns?"
    ws.merge_cells("J4:L5")
    for r in (4, 5, 6):
        style_header(ws, r, 1, 12, GROUP_FILL if r < 6 else HEAD_FILL)
        b.header(ws, r)
    stat = {"Pågår": "Pågående", "Beslutad": "Beslutad", "Idé": "Idé", "Förstudie": "Förstudie",
            "Klar": "Avslutad", "Pausad": "Pausad", "Ej påbörjad": "Beslutad",
            "Avbruten": "Avbruten"}
    doc = {"Ja": "Genomförd", "Nej": "Saknas", "Delvis": "Delvis"}
    data = [
        (7, "D1", "Meröppet bibliotek i Västra stadsdelen", "Ingrid Sahlin", "Pågår", 350, 60, 0,
         800, "Ja", "Ja", "Ja"),
        (8, "D2", "E-ljudböcker till skolbiblioteken", "Ingrid Sahlin", "Beslutad", 0, 120, 0, 0,
         "Nej", "Nej", "Delvis"),
        (9, "D3", "Självbetjäning för bokning av lokaler", "Omar Farah", "Idé", 80, 15, 20, 300,
         "Nej", "Nej", "Nej"),
        (10, "D4", "Digitalt närvaroregister för fritidsgårdar", "Omar Farah", "Förstudie",
         "CONFLICT", 12, 0, 250, "Delvis", "Nej", "Nej"),
        (11, "D5", "Rum för e-sport på fritidsgården Kupan", "Jenny Åkesson", "Klar", 220, 30, 0,
         0, "Ja", "Delvis", "Ja"),
        (12, "D6", "Ny kö- och antagningstjänst för kulturskolan", "Jenny Åkesson", "Pågår", 180,
         40, 60, 1200, "Ja", "Ja", "Ja"),
        (13, "D7", "Digital notbank för kulturskolans lärare", "Fredrik Malm", "Pausad", 60, 18,
         0, 150, "Nej", "Nej", "Delvis"),
        (14, "D8", "Digitala lås i idrottshallarna", "Fredrik Malm", "Ej påbörjad", 640, 85, 110,
         1500, "Ja", "Delvis", "Ja"),
        (15, "D9", "Bokning av padelbanor i app", "Omar Farah", "Idé", 40, 10, 25, 0, "Nej",
         "Nej", "Nej"),
        (16, "D10", "Energistyrning i ishallen", "Fredrik Malm", "Avbruten", 410, 35, 160, 0,
         "Delvis", "Ja", "Ja"),
    ]
    groups = {7: "Bibliotek", 10: "Fritidsgårdar", 12: "Kulturskolan", 14: "Idrott och anläggningar"}
    for r, g in groups.items():
        ws.cell(row=r, column=1, value=g).alignment = Alignment(vertical="top", wrap_text=True)
    for first, last in ((7, 9), (10, 11), (12, 13), (14, 16)):
        ws.merge_cells(start_row=first, start_column=1, end_row=last, end_column=1)
    for (r, nr, name, ansv, status, inv, drift, besp, tid, nk, ra, pp) in data:
        put_row(ws, r, [nr, name, ansv, status, None if inv == "CONFLICT" else inv, drift, besp,
                        tid, nk, ra, pp], start_col=2,
                formats={4: "#,##0", 5: "#,##0", 6: "#,##0", 7: "#,##0"})
        entry = dict(lop=kr(drift, 1000), bes=kr(besp, 1000), tid=tid)
        if inv == "CONFLICT":
            cell = ws.cell(row=r, column=6, value=45000)
            cell.number_format = '#,##0 "kr"'
            b.issue(ws, "F%d" % r, "unit_conflict")
        else:
            entry["inv"] = kr(inv, 1000)
        b.initiative(ws, r, ini(name, nr, KFF, stat[status], ansvarig=ansv,
                                documents={"nyttokalkyl": doc[nk], "riskanalys": doc[ra],
                                           "projektplan": doc[pp]}, **entry))
    ws["C17"] = "Summa"
    ws["C17"].font = BOLD
    for c in "FGHI":
        ws["%s17" % c] = "=SUM(%s7:%s16)" % (c, c)
        ws["%s17" % c].number_format = "#,##0"
    b.skipped(ws, 17, "total")
    widths(ws, {"A": 14, "B": 6, "C": 44, "D": 15, "E": 12, "F": 12, "G": 12, "H": 15, "I": 12,
                "J": 12, "K": 11, "L": 12})
    b.save(outdir)


# ---------------------------------------------------------------------------------------------
# 6. Units only in Swedish currency / accounting formats; the förvaltning only in the sheet name
# ---------------------------------------------------------------------------------------------
def book_sbf_format(outdir):
    b = Book(
        "hx-projektportfolj-valutaformat",
        "One sheet named \"SBF\" (the only hint of the förvaltning), header at row 1 with no units: "
        "codes P24-03 under \"Projekt\" and the names under \"Projektnamn\"; Investering in "
        "Swedish Excel's accounting format ('_-* #,##0 \"kr\"_-…'), Driftkostnad per år in the "
        "currency format '#,##0 [$kr-41D]', Besparing per år formatted '#,##0 \"tkr\"' and Frigjord "
        "tid '0 \"tim/år\"'; #NUM! (investment) and #NULL! (saving); Pågår / Klar / Ej påbörjad / "
        "Parkerad / Avbrutet; an idea with every amount empty.",
        ["format-unit", "id-codes", "error-values", "swedish-words", "forvaltning-sheet-title"],
        SBF, "sheetTitle")
    ws = b.sheet("SBF")
    head = ["Projekt", "Projektnamn", "Projektledare", "Status", "Investering", "Driftkostnad per år",
            "Besparing per år", "Frigjord tid", "Beslutsdatum"]
    put_row(ws, 1, head)
    style_header(ws, 1, 1, len(head))
    b.header(ws, 1)
    stat = {"Pågår": "Pågående", "Klar": "Avslutad", "Förstudie": "Förstudie",
            "Ej påbörjad": "Beslutad", "Parkerad": "Pausad", "Idé": "Idé", "Beslutad": "Beslutad",
            "Avbrutet": "Avbruten"}
    D = datetime.date
    data = [
        (2, "P24-03", "Digital detaljplaneprocess", "Maria Eklöf", "Pågår", 1250000, 180000, 150,
         900, D(2024, 3, 12)),
        (3, "P24-05", "Geodataportal för invånare och företag", "Jonas Blom", "Klar", 420000,
         65000, 40, 300, D(2024, 5, 20)),
        (4, "P24-09", "E-tjänst för strandskyddsdispens", "Maria Eklöf", "Klar", 38000, 12000,
         15, 150, D(2024, 9, 2)),
        (5, "P25-01", "Digital tvilling över stadskärnan", "Jonas Blom", "Förstudie", "#NUM!",
         240000, 0, 0, None),
        (6, "P25-02", "Automatisk adressättning", "Sanna Wikström", "Ej påbörjad", 175000, 20000,
         35, 400, D(2025, 1, 28)),
        (7, "P25-04", "Drönarinmätning för lantmäteriet", "Sanna Wikström", "Parkerad", 310000,
         28000, 60, 700, D(2024, 11, 6)),
        (8, "P25-06", "Sensorer för vinterväghållning", "Petter Gran", "Pågår", 560000, 90000,
         "#NULL!", 1200, D(2025, 2, 11)),
        (9, "P25-07", "Bygglovsritningar i 3D", "Maria Eklöf", "Idé", None, None, None, None,
         None),
        (10, "P25-08", "Felanmälan gata och park med kartstöd", "Petter Gran", "Beslutad", 140000,
         36000, 25, 500, D(2025, 3, 5)),
        (11, "P25-10", "Nybyggnadskarta via e-tjänst", "Jonas Blom", "Avbrutet", 95000, 8000, 10,
         100, D(2025, 3, 19)),
    ]
    for (r, code, name, lead, status, inv, drift, besp, tid, decided) in data:
        put_row(ws, r, [code, name, lead, status])
        for c, v, fmt in ((5, inv, FMT_ACCOUNTING_KR), (6, drift, FMT_CURRENCY_KR),
                          (7, besp, '#,##0 "tkr"'), (8, tid, '0 "tim/år"'), (9, decided, "yyyy-mm-dd")):
            cell = ws.cell(row=r, column=c)
            if v is not None:
                cell.value = v
            cell.number_format = fmt
        entry = dict(lop=drift, tid=tid)
        if inv == "#NUM!":
            b.issue(ws, "E%d" % r, "cell_error")
        else:
            entry["inv"] = inv
        if besp == "#NULL!":
            b.issue(ws, "G%d" % r, "cell_error")
        else:
            entry["bes"] = None if besp is None else kr(besp, 1000)
        b.initiative(ws, r, ini(name, code, SBF, stat[status], ansvarig=lead, **entry))
    widths(ws, {"A": 9, "B": 40, "C": 16, "D": 12, "E": 16, "F": 18, "G": 16, "H": 14, "I": 13})
    ws.freeze_panes = "A2"
    b.save(outdir)


# ---------------------------------------------------------------------------------------------
# 7. A units row under the header that cells disagree with, and needs under the projects
# ---------------------------------------------------------------------------------------------
def book_enhetsrad_behov(outdir):
    b = Book(
        "hx-ifo-enhetsrad-och-behov",
        "Title \"Socialförvaltningen – digitala initiativ inom IFO 2025\"; header words at row 3 with "
        "line breaks (\"Löpande\\nkostnad\", \"Kostnads-\\nbesparing\") and a units row at row 4 "
        "(tkr, tkr/år, kr/år, h/år); two running-cost cells formatted \"kr\" against the units "
        "row's tkr/år (unit_conflict) while a saving formatted \"kr\" agrees with kr/år; \"5 %\" as "
        "a saving; under the list the heading \"Behov som väntar på beredning\" and a second table "
        "Nr / Vem? / Vad? / Varför? / Inkom with five needs, one without Varför.",
        ["two-row-header", "header-unit", "format-unit", "unit-conflict", "percent-amount",
         "section", "needs", "id-codes", "swedish-words", "forvaltning-title"],
        SOF, "title")
    ws = b.sheet("IFO 2025")
    ws["A1"] = "Socialförvaltningen – digitala initiativ inom IFO 2025"
    ws["A1"].font = TITLE
    head = ["Id", "Initiativ", "Ansvarig", "Status", "Investering", "Löpande\nkostnad",
            "Kostnads-\nbesparing", "Tids-\nbesparing", "Start"]
    put_row(ws, 3, head)
    put_row(ws, 4, ["tkr", "tkr/år", "kr/år", "h/år"], start_col=5)
    style_header(ws, 3, 1, 9)
    for c in range(5, 9):
        ws.cell(row=4, column=c).font = Font(italic=True)
        ws.cell(row=4, column=c).alignment = CENTER
    ws.row_dimensions[3].height = 32
    b.header(ws, 3)
    b.header(ws, 4)
    stat = {"Pågår": "Pågående", "Klar": "Avslutad", "Beslutad": "Beslutad",
            "Förstudie": "Förstudie", "Idé": "Idé", "Parkerad": "Pausad",
            "Ej påbörjad": "Beslutad", "Avslutat": "Avslutad"}
    D = datetime.date
    data = [
        (5, "IFO-01", "Digital ansökan om ekonomiskt bistånd", "Lena Hedlund", "Pågår", 420, 60,
         350000, 2800, D(2024, 9, 1)),
        (6, "IFO-02", "Robot för månadsutbetalningar (RPA)", "Lena Hedlund", "Klar", 260, 45,
         180000, 1900, D(2024, 3, 1)),
        (7, "IFO-03", "Videomöten med klienter", "Amir Sultani", "Pågår", 90, "CONFLICT:45000", 0,
         600, D(2025, 1, 13)),
        (8, "IFO-04", "Digital signering av vårdnadsutredningar", "Amir Sultani", "Beslutad", 75,
         20, 40000, 450, None),
        (9, "IFO-05", "Självservice för intyg om bistånd", "Lena Hedlund", "Förstudie", 120, 25,
         "5 %", 700, None),
        (10, "IFO-06", "Chatt med mottagningen", "Karin Wallin", "Idé", 150, "CONFLICT:38000",
         30000, 500, None),
        (11, "IFO-07", "Gemensam digital journal med regionen", "Karin Wallin", "Parkerad", 300, 90,
         0, 0, D(2024, 1, 15)),
        (12, "IFO-08", "Digitalt stöd för familjehemsutredningar", "Amir Sultani", "Ej påbörjad",
         110, 30, 60000, 800, None),
        (13, "IFO-09", "Automatisk hämtning av uppgifter från Försäkringskassan (SSBTEK)",
         "Lena Hedlund", "Avslutat", 80, 15, 220000, 2200, D(2023, 10, 2)),
    ]
    for (r, id_, name, ansv, status, inv, lop, besp, tid, start) in data:
        put_row(ws, r, [id_, name, ansv, status, inv, None, besp, tid, start],
                formats={4: "#,##0", 6: "#,##0", 7: "#,##0", 8: "yyyy-mm-dd"})
        entry = dict(inv=kr(inv, 1000), tid=tid)
        if isinstance(lop, str):
            cell = ws.cell(row=r, column=6, value=int(lop.split(":")[1]))
            cell.number_format = '#,##0 "kr"'
            b.issue(ws, "F%d" % r, "unit_conflict")
        else:
            ws.cell(row=r, column=6, value=lop).number_format = "#,##0"
            entry["lop"] = kr(lop, 1000)
        if isinstance(besp, str):
            b.issue(ws, "G%d" % r, "percent_in_amount")
        else:
            entry["bes"] = besp
        b.initiative(ws, r, ini(name, id_, SOF, stat[status], ansvarig=ansv, **entry))
    # a saving formatted "kr" under the units row's kr/år: they agree
    ws["G5"].number_format = '#,##0 "kr"'
    ws["A15"] = "Behov som väntar på beredning"
    ws["A15"].font = Font(bold=True, size=12)
    b.skipped(ws, 15, "section_heading")
    put_row(ws, 16, ["Nr", "Vem?", "Vad?", "Varför?", "Inkom"])
    style_header(ws, 16, 1, 5)
    b.header(ws, 16)
    needs = [
        (17, "Handläggare inom ekonomiskt bistånd",
         "Se klientens tidigare ärenden från andra kommuner vid flytt",
         "Slippa begära papperskopior", D(2025, 1, 8)),
        (18, "Klient", "Boka och omboka möten själv i en e-tjänst", "Färre uteblivna besök",
         D(2025, 1, 22)),
        (19, "Enhetschef", "Se handläggningstider per vecka", "Kunna fördela ärenden jämnare",
         D(2025, 2, 5)),
        (20, "Familjehem", "Skicka in kvitton med mobilen", None, D(2025, 2, 19)),
        (21, "Socialsekreterare för barn och unga", "Diktera utredningstext direkt i verksamhetssystemet",
         "Mer tid för möten med barn och familjer", D(2025, 3, 12)),
    ]
    for i, (r, vem, vad, varfor, inkom) in enumerate(needs, start=1):
        put_row(ws, r, ["B%d" % i, vem, vad, varfor, inkom], formats={4: "yyyy-mm-dd"})
        b.need(ws, r, vem, vad, varfor)
    widths(ws, {"A": 8, "B": 44, "C": 44, "D": 38, "E": 12, "F": 10, "G": 11, "H": 10, "I": 11})
    b.save(outdir)


# ---------------------------------------------------------------------------------------------
# 8. Projects with anglicisms and external links, user stories in Burlöv's words on their own sheet
# ---------------------------------------------------------------------------------------------
def book_klf_behov(outdir):
    b = Book(
        "hx-klf-projekt-och-anvandarberattelser",
        "The förvaltning only as the abbreviation KLF in the file name; sheet \"Projekt\" with a "
        "title without the förvaltning, header at row 3 mixing Swedish and English (Projekt owner, "
        "Budget (kr), Run cost/år (kr), Savings/år (kr), Go-live, Behov nr), DIG-01 codes, two "
        "budgets linked to a SharePoint workbook ('https://…/[Budget 2026.xlsx]Investeringar'!$D$12, "
        "no saved value), statuses Pågår / Klar / On hold / Done, Summa row; sheet "
        "\"Användarberättelser\" with a two-row header: \"Användarberättelse\" over Intressent / "
        "Mål / Motiv, Nr / Inkom / Behandlad i IT-rådet merged down; six needs, one without Motiv.",
        ["needs", "two-row-header", "merged-header", "header-unit", "english", "swedish-words",
         "external-formula", "id-codes", "forvaltning-file-name"],
        KLF, "fileName")
    ws = b.sheet("Projekt")
    ws["A1"] = "Projektlista digitalisering 2025"
    ws["A1"].font = TITLE
    head = ["Projekt-ID", "Projekt", "Projekt owner", "Status", "Budget (kr)", "Run cost/år (kr)",
            "Savings/år (kr)", "Tidsbesparing (h/år)", "Go-live", "Behov nr"]
    put_row(ws, 3, head)
    style_header(ws, 3, 1, len(head))
    b.header(ws, 3)
    stat = {"Pågår": "Pågående", "Klar": "Avslutad", "Förstudie": "Förstudie", "On hold": "Pausad",
            "Done": "Avslutad", "Beslutad": "Beslutad", "Idé": "Idé", "Avbruten": "Avbruten"}
    ext = ("='https://kommunen.sharepoint.com/sites/ekonomi/Delade dokument/"
           "[Budget 2026.xlsx]Investeringar'!$D$%d")
    D = datetime.date
    data = [
        (4, "DIG-01", "Ny intranätplattform", "Malin Kvist", "Pågår", 900000, 140000, 0, 1000,
         D(2025, 10, 1), "B-03"),
        (5, "DIG-02", "E-signering för hela kommunen", "Johan Ekdahl", "Klar", 210000, 48000,
         90000, 2500, D(2025, 1, 15), "B-01"),
        (6, "DIG-03", "Gemensam e-tjänsteplattform, etapp 2", "Malin Kvist", "Pågår", ext % 12,
         180000, 0, 4000, None, "B-02, B-05"),
        (7, "DIG-04", "Automatisk kontering av leverantörsfakturor", "Johan Ekdahl", "Förstudie",
         160000, 30000, 220000, 3000, None, None),
        (8, "DIG-05", "Beslutsstöd i Power BI för ledningen", "Sara Öhman", "On hold", 140000,
         60000, 0, 300, None, None),
        (9, "DIG-06", "Digitala nämndhandlingar på läsplattor", "Sara Öhman", "Done", 75000, 25000,
         40000, 600, D(2024, 12, 1), "B-06"),
        (10, "DIG-07", "Ledningssystem för informationssäkerhet", "Johan Ekdahl", "Beslutad",
         ext % 15, 95000, 0, 0, None, None),
        (11, "DIG-08", "Kontaktcenter med gemensamt ärendesystem", "Malin Kvist", "Idé", 1200000,
         250000, 400000, 6000, None, "B-04"),
        (12, "DIG-09", "Robotiserad hantering av arvodesutbetalningar", "Sara Öhman", "Avbruten",
         60000, 12000, 0, 800, None, None),
    ]
    for (r, pid, name, owner, status, budget, run, sav, tid, golive, behov) in data:
        put_row(ws, r, [pid, name, owner, status, budget, run, sav, tid, golive, behov],
                formats={4: "#,##0", 5: "#,##0", 6: "#,##0", 7: "#,##0", 8: "yyyy-mm-dd"})
        entry = dict(lop=run, bes=sav, tid=tid)
        if isinstance(budget, str):
            b.issue(ws, "E%d" % r, "formula_without_value")
        else:
            entry["inv"] = budget
        b.initiative(ws, r, ini(name, pid, KLF, stat[status], ansvarig=owner, **entry))
    ws["B14"] = "Summa"
    ws["B14"].font = BOLD
    for c in "EFGH":
        ws["%s14" % c] = "=SUM(%s4:%s12)" % (c, c)
        ws["%s14" % c].number_format = "#,##0"
    b.skipped(ws, 14, "total")
    widths(ws, {"A": 11, "B": 46, "C": 15, "D": 10, "E": 12, "F": 15, "G": 14, "H": 19, "I": 11,
                "J": 11})

    us = b.sheet("Användarberättelser")
    us["A1"] = "Användarberättelser till IT-rådet"
    us["A1"].font = TITLE
    for c, text in ((1, "Nr"), (5, "Inkom"), (6, "Behandlad i IT-rådet")):
        us.cell(row=3, column=c, value=text)
        us.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    us["B3"] = "Användarberättelse"
    us.merge_cells("B3:D3")
    put_row(us, 4, ["Intressent", "Mål", "Motiv"], start_col=2)
    style_header(us, 3, 1, 6, GROUP_FILL)
    style_header(us, 4, 1, 6)
    b.header(us, 3)
    b.header(us, 4)
    needs = [
        (5, "Chef", "Signera avtal och beslut digitalt", "Slippa skicka papper mellan kontoren",
         D(2024, 9, 10), "2024-10"),
        (6, "Invånare", "Följa mitt ärende i en e-tjänst", "Veta när beslutet kommer utan att ringa",
         D(2024, 9, 24), "2024-10"),
        (7, "Medarbetare", "Hitta styrdokument och rutiner på ett ställe",
         "Spara tid och göra rätt från början", D(2024, 10, 2), "2024-10"),
        (8, "Invånare", "Få svar på enkla frågor även på kvällar och helger",
         "Kommunen ska vara tillgänglig när det passar invånaren", D(2024, 11, 18), "2025-01"),
        (9, "Handläggare", "Få ansökningar kompletta från början", "Färre kompletteringar",
         D(2025, 1, 7), "2025-02"),
        (10, "Förtroendevald", "Läsa och kommentera nämndhandlingar i läsplattan", None,
         D(2025, 2, 3), None),
    ]
    for i, (r, vem, vad, varfor, inkom, behandlad) in enumerate(needs, start=1):
        put_row(us, r, ["B-%02d" % i, vem, vad, varfor, inkom, behandlad],
                formats={4: "yyyy-mm-dd", 5: "@"})
        b.need(us, r, vem, vad, varfor)
    widths(us, {"A": 7, "B": 16, "C": 50, "D": 50, "E": 11, "F": 12})
    b.save(outdir)


# ---------------------------------------------------------------------------------------------
# 9. A Microsoft Forms export: every header a question
# ---------------------------------------------------------------------------------------------
def book_forms(outdir):
    b = Book(
        "hx-forms-digitaliseringsforslag",
        "Microsoft Forms export (sheet \"Form1\"): ID, Starttid, Sluttid, E-post and \"Namn\" (the "
        "respondent, not the initiative), then every header a question: \"Vilken förvaltning "
        "tillhör du?\", \"Vad heter initiativet?\", \"Vem ansvarar för initiativet?\", \"Hur långt "
        "har ni kommit?\" answered in phrases (Det är en idé, Vi gör en förstudie, Beslut är fattat "
        "men arbetet har inte startat, Arbetet pågår, Klart, Pausat), amounts in kr by the "
        "question (\"150 000 kr\", \"40 000:-\", \"vet ej\" typed by respondents, \"10%\" as a "
        "saving), \"Finns det en nyttokalkyl?\" Ja/Nej/Delvis. The response ID is not asserted.",
        ["header-unit", "percent-amount", "document-states", "swedish-words"],
        None, "column")
    ws = b.sheet("Form1")
    head = ["ID", "Starttid", "Sluttid", "E-post", "Namn", "Vilken förvaltning tillhör du?",
            "Vad heter initiativet?", "Beskriv kort vad initiativet går ut på",
            "Vem ansvarar för initiativet?", "Hur långt har ni kommit?",
            "Ungefärlig investering (kr)", "Ungefärlig driftkostnad per år (kr)",
            "Hur mycket sparar vi per år? (kr)", "Hur många arbetstimmar frigörs per år?",
            "Finns det en nyttokalkyl?"]
    put_row(ws, 1, head)
    for c in range(1, len(head) + 1):
        ws.cell(row=1, column=c).font = BOLD
    b.header(ws, 1)
    stat = {"Det är en idé": "Idé", "Vi gör en förstudie": "Förstudie",
            "Beslut är fattat men arbetet har inte startat": "Beslutad",
            "Arbetet pågår": "Pågående", "Klart": "Avslutad", "Pausat": "Pausad"}
    doc = {"Ja": "Genomförd", "Nej": "Saknas", "Delvis": "Delvis"}
    DT = datetime.datetime
    data = [
        (2, "Anna Lind", BUF, "Digital frånvarohantering i gymnasiet",
         "Elever och vårdnadshavare anmäler och följer frånvaro i en app", "Anna Lind",
         "Arbetet pågår", 240000, 60000, 90000, 1500, "Ja"),
        (3, "Erik Sjögren", VOF, "Digital signering av läkemedel",
         "Signeringslistor på papper ersätts med signering i mobilen", "Maria Holm",
         "Beslut är fattat men arbetet har inte startat", "150 000 kr", 30000, 0, 2000, "Delvis"),
        (4, "Jessica Nyberg", SOF, "E-tjänst för ansökan om kontaktperson",
         "Ansökan och komplettering via e-tjänst i stället för blankett", "Jessica Nyberg",
         "Vi gör en förstudie", 90000, 15000, "10%", 400, "Nej"),
        (5, "Patrik Lund", SBF, "Digital hantering av schaktanmälningar",
         "Entreprenörer anmäler schakt i en kartbaserad e-tjänst", "Patrik Lund",
         "Det är en idé", "vet ej", "vet ej", 25000, 300, "Nej"),
        (6, "Maja Ström", KFF, "Digital ansökan om föreningsbidrag",
         "Föreningarna söker bidrag och redovisar i samma e-tjänst", "Maja Ström", "Klart",
         110000, 20000, 45000, 900, "Ja"),
        (7, "Henrik Dahl", MF, "Automatisk debitering av tillsynsavgifter",
         "Avgiftsbeslut skickas direkt till ekonomisystemet", "Henrik Dahl", "Arbetet pågår",
         180000, 25000, 120000, 1100, "Ja"),
        (8, "Sofie Berg", KLF, "Digital introduktion för nyanställda",
         "Introduktionsutbildning och checklistor i lärplattformen", "Sofie Berg", "Pausat",
         70000, 12000, 0, 500, "Delvis"),
        (9, "Erik Sjögren", VOF, "Digital tillsyn nattetid i ordinärt boende",
         "Kamera i stället för fysiska tillsynsbesök för de som vill", "Maria Holm",
         "Arbetet pågår", "40 000:-", 80000, 200000, 3000, "Ja"),
        (10, "Anna Lind", BUF, "AI-stöd för återkoppling på elevtexter",
         "Lärare får förslag på återkoppling som de granskar", "Anna Lind", "Det är en idé",
         None, None, None, None, "Nej"),
        (11, "Karl Ek", SOF, "Månadsansökan om ekonomiskt bistånd i app",
         "Återkommande ansökningar görs i mobilen med automatiska kontroller", "Karl Ek",
         "Vi gör en förstudie", 300000, 50000, 150000, 2500, "Delvis"),
    ]
    parsed = {"150 000 kr": 150000, "40 000:-": 40000, "vet ej": None}
    for i, (r, resp, forv, name, desc, ansv, status, inv, lop, bes, tid, nk) in enumerate(data):
        start = DT(2025, 2, 3, 8, 12, 44) + datetime.timedelta(days=2 * i, minutes=37 * i)
        end = start + datetime.timedelta(minutes=6, seconds=13 + i)
        email = resp.lower().replace(" ", ".").replace("ö", "o").replace("å", "a").replace("ä", "a")
        put_row(ws, r, [i + 1, start, end, email + "@kommunen.se", resp, forv, name, desc, ansv,
                        status, inv, lop, bes, tid, nk],
                formats={1: "yyyy-mm-dd hh:mm:ss", 2: "yyyy-mm-dd hh:mm:ss"})

        def amount(v):
            return parsed[v] if isinstance(v, str) else v
        entry = dict(inv=amount(inv), lop=amount(lop), tid=tid)
        if bes == "10%":
            b.issue(ws, "M%d" % r, "percent_in_amount")
        else:
            entry["bes"] = amount(bes)
        b.initiative(ws, r, ini(name, OMIT, forv, stat[status], ansvarig=ansv,
                                documents={"nyttokalkyl": doc[nk]}, **entry))
    widths(ws, {"A": 5, "B": 19, "C": 19, "D": 28, "E": 15, "F": 34, "G": 44, "H": 55, "I": 18,
                "J": 30, "K": 14, "L": 16, "M": 16, "N": 16, "O": 12})
    b.save(outdir)


# ---------------------------------------------------------------------------------------------
# 10. One sheet per nämnd; formulas over the sheet's own cells
# ---------------------------------------------------------------------------------------------
def book_namnder_per_flik(outdir):
    b = Book(
        "hx-namnder-per-flik",
        "An instructions sheet, then one sheet per nämnd named by the nämnd (\"Kommunstyrelsen\", "
        "\"Barn- och utbildningsnämnden\", \"Socialnämnden\", \"Miljönämnden\"): each row's "
        "förvaltning is that nämnd's, the file has none of its own; each sheet in its own shape: "
        "on Barn- och utbildningsnämnden Investering (kr) =Antal enheter·Pris per enhet (kr) saved "
        "without values and a Summa row; on Socialnämnden tkr headers and a Status merged over two "
        "rows; \"Investering, kr\" and \"Effekt, h/år\" on Miljönämnden; no ID except BU-01.",
        ["forvaltning-sheet-title", "formula-no-value", "merged-values", "header-unit", "id-codes",
         "swedish-words"],
        None, "sheetTitle")
    ins = b.sheet("Instruktion")
    ins["A1"] = "Digitaliseringsinitiativ 2025 – inrapportering per nämnd"
    ins["A1"].font = TITLE
    ins["A3"] = "Varje nämnd fyller i sin egen flik. Ändra inte fliknamnen."
    ins["A4"] = "Skicka filen till digitaliseringsstrategen senast 31 mars."
    stat = {"Pågår": "Pågående", "Förstudie": "Förstudie", "Klar": "Avslutad",
            "Beslutad": "Beslutad", "Idé": "Idé", "Parkerad": "Pausad", "Avbrutet": "Avbruten"}

    ks = b.sheet("Kommunstyrelsen")
    head = ["Initiativ", "Ansvarig", "Status", "Investering (kr)", "Drift per år (kr)",
            "Besparing per år (kr)", "Tid per år (h)"]
    put_row(ks, 1, head)
    style_header(ks, 1, 1, len(head))
    b.header(ks, 1)
    for (r, name, ansv, status, inv, lop, bes, tid) in [
            (2, "Digital arkivering av nämndprotokoll", "Anneli Strand", "Pågår", 280000, 45000, 0, 900),
            (3, "Gemensamt kontaktcenter", "Anneli Strand", "Förstudie", 1500000, 300000, 500000, 8000),
            (4, "Lönebesked i mobilen", "Tomas Rehn", "Klar", 60000, 18000, 35000, 400),
            (5, "Automatisk behörighetsstyrning vid anställning och avslut", "Tomas Rehn",
             "Beslutad", 350000, 70000, 0, 2200)]:
        put_row(ks, r, [name, ansv, status, inv, lop, bes, tid],
                formats={3: "#,##0", 4: "#,##0", 5: "#,##0", 6: "#,##0"})
        b.initiative(ks, r, ini(name, None, KLF, stat[status], inv=inv, lop=lop, bes=bes, tid=tid,
                                ansvarig=ansv))
    widths(ks, {"A": 52, "B": 15, "C": 11, "D": 16, "E": 16, "F": 20, "G": 14})

    bu = b.sheet("Barn- och utbildningsnämnden")
    bu["A1"] = "Digitala satsningar 2025"
    bu["A1"].font = TITLE
    head = ["Nr", "Satsning", "Ansvarig", "Status", "Antal enheter", "Pris per enhet (kr)",
            "Investering (kr)", "Licens per år (kr)", "Frigjord tid (h/år)"]
    put_row(bu, 2, head)
    style_header(bu, 2, 1, len(head))
    b.header(bu, 2)
    for (r, nr, name, ansv, status, n, price, lic, tid) in [
            (3, "BU-01", "Chromebooks till årskurs 4", "Petra Söder", "Beslutad", 240, 3900, 96000, 0),
            (4, "BU-02", "Interaktiva skärmar i förskolan", "Petra Söder", "Pågår", 35, 18500, 21000, 300),
            (5, "BU-03", "Utrustning för digitala nationella prov", "Ulf Karlsson", "Klar", 150, 2400, 0, 600),
            (6, "BU-04", "Läsplattor för nyanlända elever", "Ulf Karlsson", "Idé", 60, 4200, 9000, 0)]:
        put_row(bu, r, [nr, name, ansv, status, n, price, "=E%d*F%d" % (r, r), lic, tid],
                formats={5: "#,##0", 6: "#,##0", 7: "#,##0"})
        b.initiative(bu, r, ini(name, nr, BUF, stat[status], inv=n * price, lop=lic, tid=tid,
                                ansvarig=ansv))
    bu["B7"] = "Summa"
    bu["B7"].font = BOLD
    for c in "EGHI":
        bu["%s7" % c] = "=SUM(%s3:%s6)" % (c, c)
    b.skipped(bu, 7, "total")
    widths(bu, {"A": 7, "B": 42, "C": 14, "D": 10, "E": 13, "F": 17, "G": 16, "H": 17, "I": 18})

    sn = b.sheet("Socialnämnden")
    head = ["Initiativ", "Ansvarig", "Status", "Kostnad (tkr)", "Drift (tkr/år)",
            "Besparing (tkr/år)"]
    put_row(sn, 1, head)
    style_header(sn, 1, 1, len(head))
    b.header(sn, 1)
    for (r, name, ansv, status, inv, lop, bes) in [
            (2, "Mobil dokumentation för socialsekreterare", "Ewa Lindgren", "Pågår", 190, 40, 80),
            (3, "Automatiska kontroller mot CSN och Skatteverket", "Ewa Lindgren", None, 140, 25, 210),
            (4, "Digitala besök inom missbruksvården", "Jonas Kron", "Parkerad", 50, 12, 0)]:
        put_row(sn, r, [name, ansv, status, inv, lop, bes])
        b.initiative(sn, r, ini(name, None, SOF, stat[status or "Pågår"], inv=kr(inv, 1000),
                                lop=kr(lop, 1000), bes=kr(bes, 1000), ansvarig=ansv))
    sn.merge_cells("C2:C3")
    sn["C2"].alignment = Alignment(vertical="center")
    widths(sn, {"A": 48, "B": 15, "C": 11, "D": 14, "E": 15, "F": 19})

    mn = b.sheet("Miljönämnden")
    head = ["Projekt", "Projektledare", "Status", "Investering, kr", "Driftkostnad, kr/år",
            "Effekt, h/år"]
    put_row(mn, 1, head)
    style_header(mn, 1, 1, len(head))
    b.header(mn, 1)
    for (r, name, ansv, status, inv, lop, tid) in [
            (2, "Digital inventering av förorenade områden", "Lotta Berg", "Förstudie", 125000, 20000, 300),
            (3, "Klimatdata i öppen karttjänst", "Lotta Berg", "Avbrutet", 80000, 10000, 0),
            (4, "E-tjänst för anmälan om cistern", "Mats Ögren", "Klar", 45000, 6000, 150)]:
        put_row(mn, r, [name, ansv, status, inv, lop, tid], formats={3: "#,##0", 4: "#,##0"})
        b.initiative(mn, r, ini(name, None, MF, stat[status], inv=inv, lop=lop, tid=tid,
                                ansvarig=ansv))
    widths(mn, {"A": 44, "B": 15, "C": 11, "D": 15, "E": 19, "F": 12})
    b.save(outdir)


# ---------------------------------------------------------------------------------------------
# 11. Values that overturn their headers: document states under "Nytta", ticks, "Namn" = a person
# ---------------------------------------------------------------------------------------------
def book_vof_lagesbild(outdir):
    b = Book(
        "hx-valfardsteknik-lagesbild",
        "Title \"VoF – välfärdsteknik och digitalisering, lägesbild april 2025\" (the förvaltning "
        "only as VoF); header at row 3 where the activity is under \"Aktivitet\" and the person "
        "responsible under \"Namn\"; abbreviated headers with units (Inv. (tkr), Drift/år (tkr), "
        "Bespar./år (tkr), Tid/år (h)); a column \"Nytta\" holding Finns/Delvis/Saknas (the "
        "nyttokalkyl, not a score) beside real Komplexitet and Risk scores 1–5; \"Plan\" and "
        "\"Utvärd.\" ticked ☑ or ☐ (projektplan, projektutvärdering); no ID column; Summa row.",
        ["document-states", "header-unit", "swedish-words", "forvaltning-title"],
        VOF, "title")
    ws = b.sheet("Lägesbild")
    ws["A1"] = "VoF – välfärdsteknik och digitalisering, lägesbild april 2025"
    ws["A1"].font = TITLE
    head = ["Aktivitet", "Namn", "Status", "Inv. (tkr)", "Drift/år (tkr)", "Bespar./år (tkr)",
            "Tid/år (h)", "Nytta", "Komplexitet", "Risk", "Plan", "Utvärd."]
    put_row(ws, 3, head)
    style_header(ws, 3, 1, len(head))
    b.header(ws, 3)
    stat = {"Pågår": "Pågående", "Klar": "Avslutad", "Förstudie": "Förstudie",
            "Ej påbörjad": "Beslutad", "Avbruten": "Avbruten", "Pausad": "Pausad", "Idé": "Idé"}
    nytta = {"Finns": "Genomförd", "Delvis": "Delvis", "Saknas": "Saknas"}
    tick = {"☑": "Genomförd", "☐": "Saknas"}
    data = [
        (4, "Nattkameror på särskilda boenden", "Eva Nordin", "Pågår", 480, 70, 260, 4800, "Finns",
         3, 2, "☑", "☐"),
        (5, "Läkemedelsautomater i ordinärt boende", "Eva Nordin", "Klar", 620, 150, 310, 3900,
         "Finns", 4, 3, "☑", "☑"),
        (6, "Digital tillsyn via surfplatta", "Kristoffer Lind", "Klar", 90, 20, 40, 1200, "Saknas",
         2, 2, "☐", "☐"),
        (7, "GPS-larm för personer med demenssjukdom", "Kristoffer Lind", "Pågår", 210, 55, 0, 700,
         "Delvis", 3, 4, "☑", "☐"),
        (8, "E-handel av dagligvaror för brukare", "Hanna Ek", "Förstudie", 60, 15, 20, 900,
         "Saknas", 2, 2, "☐", "☐"),
        (9, "Sensorbaserad inkontinensvård", "Hanna Ek", "Ej påbörjad", 350, 60, 180, 2000, "Delvis",
         4, 3, "☑", "☐"),
        (10, "Robotdammsugare i gruppbostäder (LSS)", "Kristoffer Lind", "Avbruten", 40, 5, 0, 200,
         "Saknas", 1, 1, "☐", "☐"),
        (11, "Digital planering av hemtjänstinsatser", "Eva Nordin", "Pågår", 750, 180, 420, 6500,
         "Finns", 5, 4, "☑", "☐"),
        (12, "Videosamtal mellan boende och anhöriga", "Hanna Ek", "Pausad", 30, 12, 0, 150,
         "Saknas", 1, 2, "☐", "☐"),
        (13, "Digitala trygghetslarm med IP-teknik", "Eva Nordin", "Idé", 900, 200, 100, 1000,
         "Saknas", 3, 3, "☐", "☐"),
    ]
    for (r, name, person, status, inv, lop, bes, tid, ny, kompl, risk, plan, utv) in data:
        put_row(ws, r, [name, person, status, inv, lop, bes, tid, ny, kompl, risk, plan, utv],
                formats={3: "#,##0", 4: "#,##0", 5: "#,##0", 6: "#,##0"})
        for c in (8, 9, 10, 11, 12):
            ws.cell(row=r, column=c).alignment = Alignment(horizontal="center")
        b.initiative(ws, r, ini(name, None, VOF, stat[status], inv=kr(inv, 1000),
                                lop=kr(lop, 1000), bes=kr(bes, 1000), tid=tid, ansvarig=person,
                                documents={"nyttokalkyl": nytta[ny], "projektplan": tick[plan],
                                           "projektutvardering": tick[utv]},
                                scores={"Nytta": None, "Komplexitet": kompl, "Risk": risk}))
    ws["A14"] = "Summa"
    ws["A14"].font = BOLD
    for c in "DEFG":
        ws["%s14" % c] = "=SUM(%s4:%s13)" % (c, c)
        ws["%s14" % c].number_format = "#,##0"
    b.skipped(ws, 14, "total")
    widths(ws, {"A": 44, "B": 16, "C": 12, "D": 10, "E": 13, "F": 15, "G": 10, "H": 8, "I": 12,
                "J": 6, "K": 6, "L": 8})
    b.save(outdir)


# ---------------------------------------------------------------------------------------------
# 12. An investment plan spread over years, the total a formula; a drift cell linked to a UNC path
# ---------------------------------------------------------------------------------------------
def book_investeringsplan(outdir):
    b = Book(
        "hx-barn-och-utbildningsforvaltningen-investeringsplan",
        "Investment plan with the förvaltning only in the file name; header rows 4–5: \"Investering "
        "per år (tkr)\" merged over 2025 / 2026 / 2027 (years typed as numbers) / Totalt, where "
        "Totalt =SUM of the years saved without values is the investment; \"Drift och nytta\" (no "
        "unit) over Drift/år (tkr), Besparing/år (tkr), Tid/år (h); Nr / Satsning / Status merged "
        "down, \"Ansvarig\" only in the lower row; one running cost linked to "
        "'\\\\srv-ekonomi\\budget\\[Skolbudget 2026.xlsx]IT-drift'!$F$14 (no value); a blank row "
        "and a Totalt row.",
        ["two-row-header", "merged-header", "group-unit", "header-unit", "formula-no-value",
         "external-formula", "id-codes", "swedish-words", "forvaltning-file-name"],
        BUF, "fileName")
    ws = b.sheet("Investeringsplan")
    ws["A1"] = "Investeringsplan IT och digitalisering 2025–2027"
    ws["A1"].font = TITLE
    ws["A2"] = "Underlag till budgetdialogen i april"
    for c, text in ((1, "Nr"), (2, "Satsning"), (4, "Status")):
        ws.cell(row=4, column=c, value=text)
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws["C5"] = "Ansvarig"
    ws["E4"] = "Investering per år (tkr)"
    ws.merge_cells("E4:H4")
    ws["I4"] = "Drift och nytta"
    ws.merge_cells("I4:K4")
    put_row(ws, 5, [2025, 2026, 2027, "Totalt", "Drift/år (tkr)", "Besparing/år (tkr)",
                    "Tid/år (h)"], start_col=5)
    style_header(ws, 4, 1, 11, GROUP_FILL)
    style_header(ws, 5, 1, 11)
    b.header(ws, 4)
    b.header(ws, 5)
    stat = {"Beslutad": "Beslutad", "Förstudie": "Förstudie", "Pågår": "Pågående",
            "Ej påbörjad": "Beslutad", "Idé": "Idé", "Klar": "Avslutad", "Parkerad": "Pausad"}
    ext = "='\\\\srv-ekonomi\\budget\\[Skolbudget 2026.xlsx]IT-drift'!$F$14"
    data = [
        (6, "I-01", "Elevdatorer 1:1 i årskurs 4–6", "Jenny Holmberg", "Beslutad", 1200, 1100, 1150,
         380, 0, 0),
        (7, "I-02", "Ny lärplattform för grundskolan", "Jenny Holmberg", "Förstudie", 400, 250,
         None, 520, 150, 2000),
        (8, "I-03", "Trådlöst nät i förskolan", "Mattias Granqvist", "Pågår", 350, None, None, ext,
         0, 0),
        (9, "I-04", "Digital skolskjutsplanering", "Mattias Granqvist", "Ej påbörjad", None, 180,
         None, 45, 60, 800),
        (10, "I-05", "Digitala läromedel i gymnasiet", "Linnea Palm", "Pågår", 600, 600, 600, 0, 0,
         0),
        (11, "I-06", "Passersystem på skolorna", "Linnea Palm", "Idé", None, None, 900, 60, 0, 0),
        (12, "I-07", "Automatiserad schemaläggning", "Jenny Holmberg", "Förstudie", None, 220, None,
         70, 100, 1200),
        (13, "I-08", "Digital uppföljning av frånvaro", "Mattias Granqvist", "Klar", 150, None, None,
         35, 40, 900),
        (14, "I-09", "AV-utrustning i klassrummen", "Linnea Palm", "Parkerad", None, 300, 300, 0, 0,
         0),
    ]
    for (r, nr, name, ansv, status, y25, y26, y27, drift, besp, tid) in data:
        put_row(ws, r, [nr, name, ansv, status, y25, y26, y27, "=SUM(E%d:G%d)" % (r, r), drift,
                        besp, tid], formats={4: "#,##0", 5: "#,##0", 6: "#,##0", 7: "#,##0",
                                             8: "#,##0", 9: "#,##0", 10: "#,##0"})
        total = (y25 or 0) + (y26 or 0) + (y27 or 0)
        entry = dict(inv=kr(total, 1000), bes=kr(besp, 1000), tid=tid)
        if isinstance(drift, str):
            b.issue(ws, "I%d" % r, "formula_without_value")
        else:
            entry["lop"] = kr(drift, 1000)
        b.initiative(ws, r, ini(name, nr, BUF, stat[status], ansvarig=ansv, **entry))
    ws["B16"] = "Totalt"
    ws["B16"].font = BOLD
    for c in "EFGHIJK":
        ws["%s16" % c] = "=SUM(%s6:%s14)" % (c, c)
        ws["%s16" % c].number_format = "#,##0"
    b.skipped(ws, 16, "total")
    widths(ws, {"A": 6, "B": 36, "C": 18, "D": 12, "E": 8, "F": 8, "G": 8, "H": 9, "I": 14,
                "J": 17, "K": 10})
    b.save(outdir)


# ---------------------------------------------------------------------------------------------
# 13. An action plan by strategic area, numbered 1.1, with subtotals per area
# ---------------------------------------------------------------------------------------------
def book_handlingsplan(outdir):
    b = Book(
        "hx-handlingsplan-strategiska-omraden",
        "Title \"Kommunledningsförvaltningen – handlingsplan för digitalisering 2025–2026\" and "
        "\"Alla belopp i kronor\"; header at row 4 without units; numbered area headings "
        "(\"1. Enklare vardag för invånare och företag\" …) merged across the list, each area "
        "closed by a \"Delsumma\" row of SUMs; actions numbered 1.1, 2.3 (text); Projektplan / "
        "Nyttokalkyl / Riskanalys Finns/Delvis/Saknas; Genomförs, Ej påbörjad, Avbrutet, Klar, "
        "Parkerad, and \"Vet ej\" (unknown_status); Summa row.",
        ["section", "title-unit", "document-states", "id-codes", "swedish-words",
         "forvaltning-title"],
        KLF, "title")
    ws = b.sheet("Handlingsplan")
    ws["A1"] = "Kommunledningsförvaltningen – handlingsplan för digitalisering 2025–2026"
    ws["A1"].font = TITLE
    ws["A2"] = "Alla belopp i kronor"
    ws["A2"].font = Font(italic=True)
    head = ["Nr", "Åtgärd", "Ansvarig", "Status", "Investering", "Löpande kostnad/år",
            "Besparing/år", "Tidsbesparing (h/år)", "Projektplan", "Nyttokalkyl", "Riskanalys"]
    put_row(ws, 4, head)
    style_header(ws, 4, 1, len(head))
    b.header(ws, 4)
    stat = {"Genomförs": "Pågående", "Ej påbörjad": "Beslutad", "Avbrutet": "Avbruten",
            "Klar": "Avslutad", "Pågår": "Pågående", "Förstudie": "Förstudie", "Parkerad": "Pausad",
            "Vet ej": None}
    doc = {"Finns": "Genomförd", "Delvis": "Delvis", "Saknas": "Saknas"}
    areas = [
        (5, "1. Enklare vardag för invånare och företag", [
            (6, "1.1", "Ny e-tjänsteplattform", "Karolina Ås", "Genomförs", 650000, 180000, 0, 3000,
             "Finns", "Finns", "Delvis"),
            (7, "1.2", "Mina sidor för invånare", "Karolina Ås", "Ej påbörjad", 400000, 90000, 0,
             1200, "Finns", "Saknas", "Saknas"),
            (8, "1.3", "Chattbot på webbplatsen", "Hugo Sandell", "Avbrutet", 120000, 40000, 0, 0,
             "Saknas", "Saknas", "Saknas")], 9),
        (10, "2. Effektivare arbetssätt", [
            (11, "2.1", "Automatiserad fakturahantering", "Hugo Sandell", "Klar", 230000, 50000,
             260000, 2800, "Finns", "Finns", "Finns"),
            (12, "2.2", "Digital medarbetarportal", "Pia Lindé", "Pågår", 310000, 75000, 0, 1500,
             "Finns", "Delvis", "Saknas"),
            (13, "2.3", "Processkartläggning inför AI-stöd i handläggningen", "Pia Lindé",
             "Förstudie", 90000, 0, 0, 0, "Delvis", "Saknas", "Saknas")], 14),
        (15, "3. Säker och hållbar infrastruktur", [
            (16, "3.1", "Flerfaktorsinloggning för alla anställda", "Viktor Haga", "Pågår", 280000,
             60000, 0, 0, "Finns", "Finns", "Finns"),
            (17, "3.2", "Säkerhetskopiering i molnet", "Viktor Haga", "Parkerad", 450000, 120000,
             80000, 0, "Finns", "Delvis", "Delvis"),
            (18, "3.3", "Ny nätverksutrustning i stadshuset", "Viktor Haga", "Vet ej", 520000,
             30000, 0, 0, "Saknas", "Saknas", "Saknas")], 19),
    ]
    for (hr, heading, rows, subtotal) in areas:
        ws.cell(row=hr, column=1, value=heading).font = BOLD
        ws.cell(row=hr, column=1).fill = PatternFill("solid", fgColor="E2EFDA")
        ws.merge_cells(start_row=hr, start_column=1, end_row=hr, end_column=11)
        b.skipped(ws, hr, "section_heading")
        for (r, nr, name, ansv, status, inv, lop, bes, tid, pp, nk, ra) in rows:
            put_row(ws, r, [nr, name, ansv, status, inv, lop, bes, tid, pp, nk, ra],
                    formats={0: "@", 4: "#,##0", 5: "#,##0", 6: "#,##0", 7: "#,##0"})
            if status == "Vet ej":
                b.issue(ws, "D%d" % r, "unknown_status")
            b.initiative(ws, r, ini(name, nr, KLF, stat[status], inv=inv, lop=lop, bes=bes,
                                    tid=tid, ansvarig=ansv,
                                    documents={"projektplan": doc[pp], "nyttokalkyl": doc[nk],
                                               "riskanalys": doc[ra]}))
        first, last = rows[0][0], rows[-1][0]
        ws.cell(row=subtotal, column=2, value="Delsumma").font = Font(italic=True)
        for c in "EFGH":
            ws["%s%d" % (c, subtotal)] = "=SUM(%s%d:%s%d)" % (c, first, c, last)
            ws["%s%d" % (c, subtotal)].number_format = "#,##0"
        b.skipped(ws, subtotal, "total")
    ws["B21"] = "Summa"
    ws["B21"].font = BOLD
    for c in "EFGH":
        ws["%s21" % c] = "=%s9+%s14+%s19" % (c, c, c)
        ws["%s21" % c].number_format = "#,##0"
    b.skipped(ws, 21, "total")
    widths(ws, {"A": 6, "B": 48, "C": 15, "D": 12, "E": 13, "F": 18, "G": 13, "H": 19, "I": 12,
                "J": 12, "K": 11})
    b.save(outdir)


# ---------------------------------------------------------------------------------------------
# 14. One förvaltning, one sheet per unit (sheet names are not förvaltningar)
# ---------------------------------------------------------------------------------------------
def book_enheter(outdir):
    b = Book(
        "hx-socialforvaltningen-enheter",
        "The förvaltning only in the file name; one sheet per unit inside it (\"Barn och unga\", "
        "\"Vuxen\", \"Arbetsmarknad\"), none of them a förvaltning, each titled \"Digitala "
        "initiativ – <enhet>\" with the header at row 3 (Investering (kr), Licens/år (kr), "
        "Besparing/år (kr), Tid/år (h)); an idea with no amounts; #REF! and #DIV/0! as savings; "
        "on \"Vuxen\" a blank row and the heading \"Förslag från medarbetare\" alone in the name "
        "column above one more row; a Summa row on each sheet.",
        ["forvaltning-file-name", "header-unit", "error-values", "section", "id-codes",
         "swedish-words"],
        SOF, "fileName")
    stat = {"Pågår": "Pågående", "Klar": "Avslutad", "Förstudie": "Förstudie", "Idé": "Idé",
            "Beslutad": "Beslutad", "Pausad": "Pausad"}
    head = ["Nr", "Initiativ", "Ansvarig", "Status", "Investering (kr)", "Licens/år (kr)",
            "Besparing/år (kr)", "Tid/år (h)"]
    sheets = [
        ("Barn och unga", [
            (4, "BoU-1", "Orosanmälan direkt till verksamhetssystemet", "Sanna Björk", "Pågår",
             160000, 24000, 45000, 900),
            (5, "BoU-2", "Videomöten i barnavårdsutredningar", "Sanna Björk", "Klar", 35000, 9000,
             15000, 300),
            (6, "BoU-3", "Digital samordnad individuell plan (SIP) med regionen", "Adam Rask",
             "Förstudie", 220000, 40000, 0, 600),
            (7, "BoU-4", "Digital portal för familjehem", "Adam Rask", "Idé", None, None, None,
             None)], None, 8),
        ("Vuxen", [
            (4, "V-1", "Digitala stödsamtal (KBT via nätet)", "Nora Lund", "Pågår", 90000, 36000, 0,
             500),
            (5, "V-2", "Påminnelse om möten via sms", "Nora Lund", "Klar", 25000, 12000, "#REF!",
             200),
            (6, "V-3", "Mobil dokumentation i boendestödet", "Per-Erik Alm", "Beslutad", 140000,
             30000, 20000, 1200),
            (9, "V-4", "Digital nyckelhantering i stödboenden", "Per-Erik Alm", "Idé", 60000, 8000,
             0, 100)], 8, 10),
        ("Arbetsmarknad", [
            (4, "A-1", "Digital matchning mot praktikplatser", "Leila Osman", "Pågår", 200000, 45000,
             60000, 1000),
            (5, "A-2", "E-tjänst för ansökan om feriearbete", "Leila Osman", "Klar", 70000, 15000,
             25000, 700),
            (6, "A-3", "Digital närvarorapportering i arbetsmarknadsinsatser", "Tove Lilja",
             "Pausad", 110000, 20000, "#DIV/0!", 800)], None, 7),
    ]
    for title, rows, heading_row, sum_row in sheets:
        ws = b.sheet(title)
        ws["A1"] = "Digitala initiativ – %s" % title.lower() if title != "Vuxen" else \
            "Digitala initiativ – vuxenenheten"
        ws["A1"].font = TITLE
        put_row(ws, 3, head)
        style_header(ws, 3, 1, len(head))
        b.header(ws, 3)
        for (r, nr, name, ansv, status, inv, lic, bes, tid) in rows:
            put_row(ws, r, [nr, name, ansv, status, inv, lic, bes, tid],
                    formats={4: "#,##0", 5: "#,##0", 6: "#,##0", 7: "#,##0"})
            entry = dict(inv=inv, lop=lic, tid=tid)
            if isinstance(bes, str):
                b.issue(ws, "G%d" % r, "cell_error")
            else:
                entry["bes"] = bes
            b.initiative(ws, r, ini(name, nr, SOF, stat[status], ansvarig=ansv, **entry))
        if heading_row:
            ws.cell(row=heading_row, column=2, value="Förslag från medarbetare").font = \
                Font(bold=True, italic=True)
            b.skipped(ws, heading_row, "section_heading")
        ws.cell(row=sum_row, column=2, value="Summa").font = BOLD
        for c in "EFH":
            ws["%s%d" % (c, sum_row)] = "=SUM(%s4:%s%d)" % (c, c, sum_row - 1)
            ws["%s%d" % (c, sum_row)].number_format = "#,##0"
        b.skipped(ws, sum_row, "total")
        widths(ws, {"A": 7, "B": 52, "C": 15, "D": 11, "E": 16, "F": 14, "G": 17, "H": 10})
    b.save(outdir)


# ---------------------------------------------------------------------------------------------
# 15. An English list kept by a förvaltning, kSEK in the title and in formats, English scores
# ---------------------------------------------------------------------------------------------
def book_environment_english(outdir):
    b = Book(
        "hx-digital-initiatives-english-ksek",
        "English list on a sheet named \"Environment\" (the only hint: Miljöförvaltningen); title "
        "\"Digital initiatives 2025 – all amounts in kSEK\" and the amount cells formatted "
        "'#,##0 \"kSEK\"' (agreeing), one Opex cell formatted '#,##0 \"SEK\"' (unit_conflict) and "
        "10% formatted 0% as a saving; Phase Ongoing / Completed / Feasibility study / Planned / "
        "Paused / Idea / Scrapped; scores Benefit, Strategic fit, Complexity, Risk (1–5); "
        "Business case Done/Partly/Missing; Total row.",
        ["english", "title-unit", "format-unit", "unit-conflict", "percent-amount", "document-states",
         "id-codes", "forvaltning-sheet-title"],
        MF, "sheetTitle")
    ws = b.sheet("Environment")
    ws["A1"] = "Digital initiatives 2025 – all amounts in kSEK"
    ws["A1"].font = TITLE
    head = ["ID", "Initiative", "Owner", "Phase", "Capex", "Opex p.a.", "Savings p.a.",
            "Hours saved p.a.", "Benefit (1–5)", "Strategic fit (1–5)", "Complexity (1–5)",
            "Risk (1–5)", "Business case"]
    put_row(ws, 3, head)
    style_header(ws, 3, 1, len(head))
    b.header(ws, 3)
    stat = {"Ongoing": "Pågående", "Completed": "Avslutad", "Feasibility study": "Förstudie",
            "Planned": "Beslutad", "Paused": "Pausad", "Idea": "Idé", "Scrapped": "Avbruten"}
    bc = {"Done": "Genomförd", "Partly": "Delvis", "Missing": "Saknas"}
    K = '#,##0 "kSEK"'
    data = [
        (4, "ENV-01", "Digital inspection reports with photos", "Maria Lindahl", "Ongoing", 320, 45,
         90, 1100, (4, 4, 3, 2), "Done"),
        (5, "ENV-02", "Online registration of food businesses", "Maria Lindahl", "Completed", 140, 20,
         60, 700, (3, 3, 2, 1), "Done"),
        (6, "ENV-03", "Sensor network for air quality", "Johan Åström", "Feasibility study", 480, 70,
         0, 0, (3, 5, 4, 3), "Partly"),
        (7, "ENV-04", "Automated invoicing of inspection fees", "Johan Åström", "Planned", 95,
         "SEK:24000", 110, 900, (4, 3, 2, 2), "Done"),
        (8, "ENV-05", "Map service for contaminated land", "Ella Nygren", "Paused", 210, 30, 0, 300,
         (2, 3, 3, 2), "Missing"),
        (9, "ENV-06", "Chatbot for questions on private sewage systems", "Ella Nygren", "Idea", 60,
         15, "PCT", 250, (2, 2, 2, 3), "Missing"),
        (10, "ENV-07", "Digital sampling records for bathing water", "Maria Lindahl", "Scrapped", 75,
         10, 20, 150, (2, 2, 3, 4), "Partly"),
        (11, "ENV-08", "Offline access to case files on inspections", "Johan Åström", "Ongoing", 260,
         40, 50, 1400, (4, 3, 3, 2), "Done"),
        (12, "ENV-09", "Noise monitoring at construction sites", "Ella Nygren", "Planned", 130, 25, 0,
         200, (3, 2, 2, 2), "Missing"),
    ]
    for (r, id_, name, owner, phase, capex, opex, sav, hours, sc, case) in data:
        put_row(ws, r, [id_, name, owner, phase, capex, None, None, hours, *sc, case],
                formats={4: K, 7: "#,##0"})
        entry = dict(inv=kr(capex, 1000), tid=hours)
        if isinstance(opex, str):
            cell = ws.cell(row=r, column=6, value=int(opex.split(":")[1]))
            cell.number_format = '#,##0 "SEK"'
            b.issue(ws, "F%d" % r, "unit_conflict")
        else:
            ws.cell(row=r, column=6, value=opex).number_format = K
            entry["lop"] = kr(opex, 1000)
        if sav == "PCT":
            ws.cell(row=r, column=7, value=0.1).number_format = "0%"
            b.issue(ws, "G%d" % r, "percent_in_amount")
        else:
            ws.cell(row=r, column=7, value=sav).number_format = K
            entry["bes"] = kr(sav, 1000)
        b.initiative(ws, r, ini(name, id_, MF, stat[phase], ansvarig=owner,
                                documents={"nyttokalkyl": bc[case]},
                                scores={"Nytta": sc[0], "Strategisk betydelse": sc[1],
                                        "Komplexitet": sc[2], "Risk": sc[3]}, **entry))
    ws["B13"] = "Total"
    ws["B13"].font = BOLD
    for c in "EFGH":
        ws["%s13" % c] = "=SUM(%s4:%s12)" % (c, c)
        ws["%s13" % c].number_format = K if c != "H" else "#,##0"
    b.skipped(ws, 13, "total")
    widths(ws, {"A": 8, "B": 46, "C": 15, "D": 17, "E": 11, "F": 11, "G": 12, "H": 15, "I": 13,
                "J": 17, "K": 16, "L": 10, "M": 13})
    b.save(outdir)


BOOKS = [
    book_beredningsgrupp,
    book_it_backlog,
    book_handhallen,
    book_ideportal,
    book_tre_rubrikrader,
    book_sbf_format,
    book_enhetsrad_behov,
    book_klf_behov,
    book_forms,
    book_namnder_per_flik,
    book_vof_lagesbild,
    book_investeringsplan,
    book_handlingsplan,
    book_enheter,
    book_environment_english,
]


def build(outdir):
    for make in BOOKS:
        make(outdir)


if __name__ == "__main__":
    build(os.path.dirname(os.path.abspath(__file__)))
