#!/usr/bin/env python3
"""Lists förvaltningar keep by hand over years, each in its own odd way (prefix fv-).

build(outdir) writes every workbook with openpyxl and, next to it, <stem>.expected.json: the answer
a careful person reading the workbook would give, row by row (see README.md). Output is
deterministic: fixed document properties and fixed zip entry timestamps.
"""
import datetime
import os

from corpus_files import save_answer, save_workbook
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

FIXED = datetime.datetime(2025, 3, 1, 9, 0, 0)

KLF = "Kommunledningsförvaltningen"
BUF = "Barn- och utbildningsförvaltningen"
SOC = "Socialförvaltningen"
VOF = "Vård- och omsorgsförvaltningen"
SBF = "Samhällsbyggnadsförvaltningen"
KFF = "Kultur- och fritidsförvaltningen"
MF = "Miljöförvaltningen"

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

# Word in the list -> the status a person reads in it.
STATUS = {
    "Idé": "Idé", "Förstudie": "Förstudie", "Beslutad": "Beslutad", "Pågående": "Pågående",
    "Avslutad": "Avslutad", "Pausad": "Pausad", "Avbruten": "Avbruten",
    "Pågår": "Pågående", "pågår": "Pågående", "Genomförs": "Pågående",
    "Klar": "Avslutad", "Avslutat": "Avslutad", "Parkerad": "Pausad",
    "Ej påbörjad": "Beslutad", "Planerad": "Beslutad",
    "Avbrutet": "Avbruten", "Stoppat": "Avbruten",
    None: None,
}
# Word in a document column -> the document state.
DOC = {"Ja": "Genomförd", "Nej": "Saknas", "Delvis": "Delvis", "delvis": "Delvis",
       "Genomförd": "Genomförd", "Saknas": "Saknas",
       "\u2713": "Genomförd", "\u2717": "Saknas"}

FIELD_ORDER = ("name", "id", "forvaltning", "status", "investering", "lopandeKostnad",
               "kostnadsbesparing", "tidsbesparing", "ansvarig", "documents", "scores")


def tkr(v):
    """A number in a column whose unit is tkr, in kronor."""
    return None if v is None else int(round(v * 1000))


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

    def header(self, ws, r):
        self.rows.append({"sheet": ws.title, "row": r, "as": "header"})

    def skipped(self, ws, r, reason):
        self.rows.append({"sheet": ws.title, "row": r, "as": "skipped", "reason": reason})

    def initiative(self, ws, r, **fields):
        entry = {"sheet": ws.title, "row": r, "as": "initiative"}
        if "forvaltning" not in fields:
            fields["forvaltning"] = self.forvaltning
        for key in FIELD_ORDER:
            if key in fields:
                entry[key] = fields.pop(key)
        assert not fields, fields
        self.rows.append(entry)

    def issue(self, ws, cell, kind):
        self.issues.append({"sheet": ws.title, "cell": cell, "kind": kind})

    def save(self, outdir):
        save_workbook(self.wb, os.path.join(outdir, self.stem + ".xlsx"), FIXED, "Digitaliseringsgruppen")
        answer = {
            "description": self.description,
            "categories": self.categories,
            "forvaltning": self.forvaltning,
            "forvaltningFrom": self.forvaltning_from,
            "rows": sorted(self.rows, key=lambda e: (self.wb.sheetnames.index(e["sheet"]), e["row"])),
            "issues": self.issues,
        }
        save_answer(answer, os.path.join(outdir, self.stem + ".expected.json"))


def put(ws, r, c, value, fmt=None, font=None, align=None):
    cell = ws.cell(row=r, column=c, value=value)
    if fmt:
        cell.number_format = fmt
    if font:
        cell.font = font
    if align:
        cell.alignment = align
    return cell


def head_row(ws, r, first_col, headers, height=None):
    for i, h in enumerate(headers):
        if h is None:
            continue
        put(ws, r, first_col + i, h, font=BOLD, align=WRAP).fill = HEAD_FILL
    if height:
        ws.row_dimensions[r].height = height


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def instructions(ws, title, lines):
    put(ws, 1, 1, title, font=TITLE)
    for i, line in enumerate(lines):
        put(ws, 3 + i, 1, line)
    ws.column_dimensions["A"].width = 100


# ---------------------------------------------------------------------------------------------
# 1. One sheet per year, the same initiative in several years, an Arkiv sheet, instructions first
# ---------------------------------------------------------------------------------------------
def arsflikar(outdir):
    b = Book("fv-arsflikar-arkiv",
             "Instructions sheet \"Så fyller du i\" first, then one sheet per year (2023, 2024, 2025) "
             "with the title \"Socialförvaltningen – digitaliseringsinitiativ <år>\" above a header at "
             "row 3, the same initiative carried from year to year under the same ID with its status "
             "moving on, and an \"Arkiv\" sheet of finished and stopped ones in a shorter shape "
             "(Avslutat år, Slutrapport Ja/Nej).",
             ["header-unit", "swedish-words", "id-codes", "document-states", "forvaltning-title"],
             SOC, "title")
    instructions(b.sheet("Så fyller du i"), "Så fyller du i listan", [
        "En flik per år. Kopiera initiativ som fortfarande pågår till nästa års flik och behåll samma ID.",
        "Nya initiativ får ID SOC-<år>-<löpnummer>, t.ex. SOC-25-01.",
        "Avslutade och avbrutna initiativ flyttas till fliken Arkiv när året är slut.",
        "Belopp skrivs i hela kronor. Tidsbesparing i timmar per år.",
        "Status: Idé, Förstudie, Planerad, Ej påbörjad, Pågår, Parkerad, Klar, Avbrutet.",
        "Frågor: Lina Sjöberg, digitaliseringsstrateg, ankn. 4417.",
    ])
    headers = ["ID", "Initiativ", "Status", "Ansvarig", "Investering (kr)",
               "Löpande kostnad per år (kr)", "Besparing per år (kr)", "Tidsbesparing (tim/år)",
               "Kommentar"]
    years = {
        "2023": [
            ("SOC-23-01", "E-tjänst för ansökan om ekonomiskt bistånd", "Pågår", "Lena Ek",
             320000, 40000, 150000, 1800, "Införs i verksamhetssystemet"),
            ("SOC-23-02", "Robotiserad handläggning (RPA) av försörjningsstöd", "Förstudie",
             "Omar Haddad", 450000, 60000, None, 2600, None),
            ("SOC-23-03", "Digitala möten med klienter", "Klar", "Lena Ek",
             80000, 12000, None, 400, None),
            None,
            ("SOC-23-04", "Skanning av pappersakter", "Avbrutet", "Anders Wik",
             120000, None, None, None, "Ersätts av e-arkivet"),
            ("SOC-23-05", "Mina sidor för familjehem", "Idé", "Maria Holm",
             None, None, None, None, None),
        ],
        "2024": [
            ("SOC-23-01", "E-tjänst för ansökan om ekonomiskt bistånd", "Klar", "Lena Ek",
             320000, 40000, 180000, 1800, "Besparing uppräknad efter uppföljning"),
            ("SOC-23-02", "Robotiserad handläggning (RPA) av försörjningsstöd", "Pågår",
             "Omar Haddad", 480000, 60000, 200000, 2600, None),
            ("SOC-23-05", "Mina sidor för familjehem", "Förstudie", "Maria Holm",
             150000, 20000, None, 300, None),
            ("SOC-24-01", "Digital signering av beslut", "Pågår", "Anders Wik",
             95000, 15000, None, 400, None),
            ("SOC-24-02", "Säker digital post för beslut", "Planerad", "Anders Wik",
             60000, 25000, 40000, None, "Porto sparas"),
            None,
            ("SOC-24-03", "Självskattningsverktyg för ungdomar (webbapp)", "Idé", None,
             None, None, None, None, None),
        ],
        "2025": [
            ("SOC-23-02", "Robotiserad handläggning (RPA) av försörjningsstöd", "Pågår",
             "Omar Haddad", 480000, 65000, 200000, 2600, "Drift uppräknad med licensindex"),
            ("SOC-23-05", "Mina sidor för familjehem", "Pågår", "Maria Holm",
             150000, 20000, None, 300, None),
            ("SOC-24-01", "Digital signering av beslut", "Klar", "Anders Wik",
             95000, 15000, None, 400, "Flyttas till Arkiv vid årsskiftet"),
            ("SOC-24-02", "Säker digital post för beslut", "Pågår", "Anders Wik",
             60000, 25000, 40000, None, None),
            ("SOC-24-03", "Självskattningsverktyg för ungdomar (webbapp)", "Parkerad", "Sara Lind",
             None, None, None, None, "Väntar på upphandling"),
            None,
            ("SOC-25-01", "E-tjänst för orosanmälan", "Ej påbörjad", "Lena Ek",
             110000, 18000, None, 500, None),
            ("SOC-25-02", "AI-stöd för sammanfattning av journalanteckningar", "Förstudie",
             "Omar Haddad", 250000, None, None, None, "Juridisk bedömning pågår"),
        ],
    }
    for year, rows in years.items():
        ws = b.sheet(year)
        put(ws, 1, 1, f"Socialförvaltningen – digitaliseringsinitiativ {year}", font=TITLE)
        head_row(ws, 3, 1, headers, height=30)
        b.header(ws, 3)
        r = 4
        for row in rows:
            if row is not None:
                (id_, name, word, ansv, inv, lop, besp, tid, komm) = row
                for c, v in enumerate([id_, name, word, ansv, inv, lop, besp, tid, komm], 1):
                    put(ws, r, c, v, fmt="#,##0" if 5 <= c <= 8 else None)
                b.initiative(ws, r, name=name, id=id_, status=STATUS[word], investering=inv,
                             lopandeKostnad=lop, kostnadsbesparing=besp, tidsbesparing=tid,
                             ansvarig=ansv)
            r += 1
        widths(ws, {"A": 11, "B": 50, "C": 12, "D": 14, "E": 15, "F": 16, "G": 15, "H": 14,
                    "I": 38})
        ws.freeze_panes = "A4"
    ws = b.sheet("Arkiv")
    put(ws, 1, 1, "Arkiv – avslutade och avbrutna initiativ", font=TITLE)
    head_row(ws, 3, 1, ["ID", "Initiativ", "Status", "Ansvarig", "Avslutat år",
                        "Investering (kr)", "Slutrapport"])
    b.header(ws, 3)
    arkiv = [
        ("SOC-22-04", "Digital tidbokning för mottagningen", "Klar", "Lena Ek", 2022, 45000, "Nej"),
        ("SOC-23-03", "Digitala möten med klienter", "Klar", "Lena Ek", 2023, 80000, "Ja"),
        ("SOC-23-04", "Skanning av pappersakter", "Avbrutet", "Anders Wik", 2023, 120000, "Nej"),
        ("SOC-23-01", "E-tjänst för ansökan om ekonomiskt bistånd", "Klar", "Lena Ek", 2024,
         320000, "Ja"),
    ]
    for i, (id_, name, word, ansv, year, inv, slut) in enumerate(arkiv):
        r = 4 + i
        for c, v in enumerate([id_, name, word, ansv, year, inv, slut], 1):
            put(ws, r, c, v, fmt="#,##0" if c == 6 else None)
        # The Arkiv sheet has no columns for running cost, savings or hours: those fields are
        # left out (the same ID holds them on a year sheet).
        b.initiative(ws, r, name=name, id=id_, status=STATUS[word], investering=inv, ansvarig=ansv,
                     documents={"projektutvardering": DOC[slut]})
    widths(ws, {"A": 11, "B": 50, "C": 12, "D": 14, "E": 12, "F": 15, "G": 12})
    b.save(outdir)


# ---------------------------------------------------------------------------------------------
# 2. Header variations: line breaks, trailing spaces, abbreviations, questions, list from column C
# ---------------------------------------------------------------------------------------------
def rubrikvarianter(outdir):
    b = Book("fv-miljoforvaltningen-rubrikvarianter",
             "The list starts in column C at row 5 with to-do notes in A–B above it and beside two "
             "rows; headers with line breaks and trailing spaces (\"Inv.\\n(tkr)\", \"Drift/år\\n(tkr)\", "
             "\"Bespar.\\n(tkr/år)\", \"Tidsvinst\\n(tim/år)\", \"Initiativ  \"), question headers "
             "(\"Finns nyttokalkyl?\", \"Är riskanalys gjord?\", \"Finns projektplan?\") answered "
             "Ja/Nej/Delvis, and an empty column between the blocks; förvaltning only in the file name.",
             ["header-unit", "swedish-words", "id-codes", "document-states",
              "forvaltning-file-name"],
             MF, "fileName")
    ws = b.sheet("Initiativ")
    put(ws, 1, 1, "Att göra:", font=BOLD)
    put(ws, 2, 1, "– stäm av driftkostnader med ekonomi")
    put(ws, 2, 2, "Jonas")
    put(ws, 3, 1, "– riskanalys e-tillsyn till nämnden i maj")
    put(ws, 3, 2, "klart?")
    headers = ["ID ", "Initiativ  ", "Status ", "Ansvarig\nhandläggare", None, "Inv.\n(tkr)",
               "Drift/år\n(tkr)", "Bespar.\n(tkr/år)", "Tidsvinst\n(tim/år)", None,
               "Finns nyttokalkyl?", "Är riskanalys gjord?", "Finns projektplan?", "Kommentar "]
    head_row(ws, 5, 3, headers, height=45)
    b.header(ws, 5)
    rows = {
        6: ("MF-01", "E-tillsyn: digital inspektionsapp", "Pågår", "Jonas Berg", 350, 45, 120, 900,
            "Ja", "Delvis", "Ja", None),
        7: ("MF-02", "Automatisk debitering av avgifter för livsmedelskontroll", "Förstudie",
            "Jonas Berg", 180, 20, 60, 400, "Delvis", "Nej", "Nej", "Beror på nytt ekonomisystem"),
        8: ("MF-03", "Sensorer för luftkvalitet i centrum", "Beslutad", "Eva Åberg", 520, 80, None,
            None, "Ja", "Ja", "Ja", "Delfinansieras med statligt bidrag"),
        9: ("MF-04", "E-tjänst för anmälan av värmepump", "Klar", "Eva Åberg", 60, 8, 30, 250,
            "Ja", "Nej", "Ja", None),
        11: ("MF-05", "Digital registrering av enskilda avlopp", "Pågår", "Ali Rahimi", 240, 25,
             None, 600, "Nej", "Nej", "Delvis", None),
        12: ("MF-06", "Kartstöd för miljötillsyn (GIS)", "Parkerad", "Ali Rahimi", 150, 30, None,
             None, "Nej", "Nej", "Nej", "Väntar på ny GIS-plattform"),
        13: ("MF-07", "Chattbot för miljö- och hälsoskyddsfrågor", "Idé", None, None, None, None,
             None, None, None, None, None),
        14: ("MF-08", "Digital provtagningsjournal för badvatten", "Pågår", "Eva Åberg", 75, 10,
             None, 150, "Ja", "Ja", "Delvis", None),
    }
    for r, (id_, name, word, ansv, inv, lop, besp, tid, nk, ra, pp, komm) in rows.items():
        values = [id_, name, word, ansv, None, inv, lop, besp, tid, None, nk, ra, pp, komm]
        for i, v in enumerate(values):
            if v is not None:
                put(ws, r, 3 + i, v)
        fields = dict(name=name, id=id_, status=STATUS[word], investering=tkr(inv),
                      lopandeKostnad=tkr(lop), kostnadsbesparing=tkr(besp), tidsbesparing=tid,
                      ansvarig=ansv)
        if nk is not None:
            fields["documents"] = {"nyttokalkyl": DOC[nk], "riskanalys": DOC[ra],
                                   "projektplan": DOC[pp]}
        b.initiative(ws, r, **fields)
    put(ws, 7, 1, "kolla belopp!")
    put(ws, 13, 2, "ny")
    widths(ws, {"A": 34, "B": 8, "C": 8, "D": 46, "E": 11, "F": 13, "G": 3, "H": 8, "I": 9,
                "J": 10, "K": 10, "L": 3, "M": 12, "N": 12, "O": 12, "P": 34})
    b.save(outdir)


# ---------------------------------------------------------------------------------------------
# 3. Two-row header: Planerat / Utfall / Tidplan / Dokumentation groups
# ---------------------------------------------------------------------------------------------
def planerat_utfall(outdir):
    b = Book("fv-planerat-utfall-dokumentation",
             "Title with the förvaltning; two-row header at rows 3–4 with \"Planerat (tkr)\" and "
             "\"Utfall (tkr)\" each merged over Investering | Besparing/år (the planned ones are the "
             "initiative's), \"Tidplan\" over Start | Slut and \"Dokumentation\" over Nyttokalkyl | "
             "Riskanalys | Projektplan | Slutrapport (Ja/Nej/Delvis), the rest merged down both rows; "
             "a blank row and a Summa row.",
             ["two-row-header", "merged-header", "group-unit", "id-codes", "document-states",
              "swedish-words", "forvaltning-title"],
             KLF, "title")
    ws = b.sheet("Uppföljning 2025")
    put(ws, 1, 1, "Kommunledningsförvaltningen – uppföljning av digitaliseringsprojekt 2025",
        font=TITLE)
    for col, text in (("A", "Projekt-ID"), ("B", "Projekt"), ("C", "Status"), ("D", "Ansvarig"),
                      ("O", "Kommentar")):
        ws.merge_cells(f"{col}3:{col}4")
        put(ws, 3, ord(col) - 64, text, font=BOLD, align=CENTER).fill = HEAD_FILL
    for rng, text in (("E3:F3", "Planerat (tkr)"), ("G3:H3", "Utfall (tkr)"),
                      ("I3:J3", "Tidplan"), ("K3:N3", "Dokumentation")):
        ws.merge_cells(rng)
        put(ws, 3, ord(rng[0]) - 64, text, font=BOLD, align=CENTER).fill = HEAD_FILL
    lower = ["Investering", "Besparing/år", "Investering", "Besparing/år", "Start", "Slut",
             "Nyttokalkyl", "Riskanalys", "Projektplan", "Slutrapport"]
    for i, text in enumerate(lower):
        put(ws, 4, 5 + i, text, font=BOLD, align=CENTER).fill = HEAD_FILL
    b.header(ws, 3)
    b.header(ws, 4)
    d = datetime.datetime
    rows = {
        5: ("KLF-25-01", "Nytt ärendehanteringssystem – upphandling och införande", "Pågår",
            "Karin Holm", 2400, 300, 1100, None, d(2024, 9, 1), d(2025, 12, 31),
            ("Ja", "Ja", "Ja", "Nej"), None),
        6: ("KLF-25-02", "E-arkiv etapp 2", "Klar", "Per Nyberg", 1500, 200, 1650, 150,
            d(2024, 1, 15), d(2025, 2, 28), ("Ja", "Delvis", "Ja", "Ja"),
            "Överskridande pga. konvertering"),
        7: ("KLF-25-03", "Digital signering av avtal", "Klar", "Sofia Lund", 120, 40, 95, 55,
            d(2024, 10, 1), d(2025, 1, 31), ("Ja", "Nej", "Ja", "Ja"), None),
        8: ("KLF-25-04", "Automatiserad hantering av leverantörsfakturor (RPA)", "Pågår",
            "Per Nyberg", 600, 250, 380, None, d(2025, 2, 1), d(2025, 11, 30),
            ("Ja", "Ja", "Ja", "Nej"), None),
        9: ("KLF-25-05", "Medborgardialog på webben", "Parkerad", "Sofia Lund", 200, None, 20, None,
            d(2025, 3, 1), None, ("Nej", "Nej", "Delvis", "Nej"), "Pausad i väntan på ny webbplats"),
        10: ("KLF-25-06", "Behörighetssystem (IAM) för alla förvaltningar", "Förstudie",
             "Karin Holm", 900, 150, None, None, d(2025, 9, 1), d(2026, 6, 30),
             ("Delvis", "Nej", "Nej", "Nej"), None),
        11: ("KLF-25-07", "AI-assistent för nämndadministration", "Idé", "Hassan Ali", None, None,
             None, None, None, None, None, "Förslag från kansliet"),
        13: ("KLF-25-08", "Digital introduktion för nyanställda", "Avbrutet", "Sofia Lund", 150, 30,
             60, None, d(2024, 5, 1), d(2024, 11, 30), ("Ja", "Nej", "Ja", "Ja"),
             "Ersatt av HR-systemets modul"),
    }
    for r, (id_, name, word, ansv, p_inv, p_besp, u_inv, u_besp, start, slut, docs,
            komm) in rows.items():
        values = [id_, name, word, ansv, p_inv, p_besp, u_inv, u_besp, start, slut]
        values += list(docs) if docs else [None] * 4
        values.append(komm)
        for c, v in enumerate(values, 1):
            if v is None:
                continue
            fmt = "yyyy-mm-dd" if isinstance(v, datetime.datetime) else ("#,##0" if 5 <= c <= 8 else None)
            put(ws, r, c, v, fmt=fmt)
        fields = dict(name=name, id=id_, status=STATUS[word], investering=tkr(p_inv),
                      lopandeKostnad=None, kostnadsbesparing=tkr(p_besp), tidsbesparing=None,
                      ansvarig=ansv)
        if docs:
            fields["documents"] = {"nyttokalkyl": DOC[docs[0]], "riskanalys": DOC[docs[1]],
                                   "projektplan": DOC[docs[2]],
                                   "projektutvardering": DOC[docs[3]]}
        b.initiative(ws, r, **fields)
    put(ws, 14, 2, "Summa", font=BOLD)
    for c in "EFGH":
        put(ws, 14, ord(c) - 64, f"=SUM({c}5:{c}13)", fmt="#,##0", font=BOLD)
    b.skipped(ws, 14, "total")
    widths(ws, {"A": 11, "B": 50, "C": 11, "D": 13, "E": 12, "F": 13, "G": 12, "H": 13, "I": 11,
                "J": 11, "K": 12, "L": 11, "M": 12, "N": 12, "O": 34})
    ws.freeze_panes = "C5"
    b.save(outdir)


# ---------------------------------------------------------------------------------------------
# 4. Amounts as people type them
# ---------------------------------------------------------------------------------------------
def belopp_som_text(outdir):
    b = Book("fv-belopp-inskrivna-som-text",
             "Title with the förvaltning; amounts typed as text: \"1,2 mkr\", \"450 000 kr\", \"450' kr\", "
             "\"85 000:-\", \"ca 200 000 kr\", numbers stored as text (\"45000\"), a range \"200-300 tkr\" "
             "(not asserted), \"se bilaga\"; \"45 tkr\" and \"60\" in a \"Drift/år (tkr)\" column; no ID "
             "column; an idea with only name and status; a Totalt row with text sums.",
             ["header-unit", "swedish-words", "forvaltning-title"],
             KFF, "title")
    ws = b.sheet("Digitalt 2025")
    put(ws, 1, 1, "Kultur- och fritidsförvaltningen", font=TITLE)
    put(ws, 2, 1, "Digitala initiativ 2025 – sammanställt av förvaltningens digitaliseringsgrupp")
    head_row(ws, 4, 1, ["Initiativ", "Status", "Ansvarig", "Investering", "Drift/år (tkr)",
                        "Besparing per år", "Tidsbesparing (h/år)", "Kommentar"])
    b.header(ws, 4)
    # (cells as typed) -> (what they say, in kronor / hours); "X" = not asserted
    X = object()
    rows = {
        5: (("Digital bokning av idrottshallar", "Pågår", "Nina Sjö", "1,2 mkr", 45,
             "ca 200 000 kr", "800", None),
            (1200000, 45000, 200000, 800)),
        6: (("E-tjänst för föreningsbidrag", "Klar", "Nina Sjö", "450 000 kr", "45 tkr",
             "150 000", 500, None),
            (450000, 45000, 150000, 500)),
        7: (("Meröppet bibliotek i Norra", "Pågår", "Johan Ek", "450' kr", "60", "se bilaga",
             None, "Kalkyl i bilaga 2"),
            (450000, 60000, None, None)),
        8: (("Digitala lånekort i bibliotekets app", "Beslutad", "Johan Ek", "45000", "12", None,
             "120", None),
            (45000, 12000, None, 120)),
        9: (("Kulturskolans elevregister i molnet", "Förstudie", "Maria Ström", "200-300 tkr",
             "ca 30 tkr", None, "ca 200", "Offert väntas i april"),
            (X, 30000, None, 200)),
        11: (("Digital entré till simhallen", "Idé", None, None, None, None, None, None),
             (None, None, None, None)),
        12: (("Wifi på fritidsgårdarna", "Avslutat", "Ali Nuri", "85 000:-", "8 tkr", None, None,
              None),
             (85000, 8000, None, None)),
        13: (("Streaming av konserter från kulturhuset", "Pågående", "Maria Ström", "0,35 mkr", 25,
              None, None, None),
             (350000, 25000, None, None)),
        14: (("Besöksräknare med sensorer i biblioteken", "Parkerad", "Johan Ek", "120 tkr", "5",
              "40 000 kr", None, "Väntar på nytt nätverk"),
             (120000, 5000, 40000, None)),
    }
    for r, (cells, (inv, lop, besp, tid)) in rows.items():
        for c, v in enumerate(cells, 1):
            if v is not None:
                put(ws, r, c, v)
        fields = dict(name=cells[0], id=None, status=STATUS[cells[1]], lopandeKostnad=lop,
                      kostnadsbesparing=besp, tidsbesparing=tid, ansvarig=cells[2])
        if inv is not X:
            fields["investering"] = inv
        b.initiative(ws, r, **fields)
    put(ws, 16, 1, "Totalt", font=BOLD)
    put(ws, 16, 4, "ca 2,9 mkr", font=BOLD)
    put(ws, 16, 5, "ca 230 tkr", font=BOLD)
    b.skipped(ws, 16, "total")
    widths(ws, {"A": 44, "B": 11, "C": 13, "D": 14, "E": 13, "F": 16, "G": 14, "H": 28})
    b.save(outdir)


# ---------------------------------------------------------------------------------------------
# 5. Group headings, subtotals after each group, a total, a note row, an idea
# ---------------------------------------------------------------------------------------------
def grupper_delsummor(outdir):
    b = Book("fv-grupper-delsummor",
             "Title \"BUF digitala satsningar 2025\" (the förvaltning by its usual abbreviation); group "
             "headings Verksamhetsstöd / E-tjänster / Infrastruktur och utrustning alone in the name "
             "column, a \"Summa <grupp>\" row of SUM formulas after each group, a Totalt row, an idea "
             "with only name and status, and a note \"Uppdaterad … av …\" merged across the list at the "
             "bottom.",
             ["section", "header-unit", "id-codes", "swedish-words", "forvaltning-title"],
             BUF, "title")
    ws = b.sheet("Satsningar")
    put(ws, 1, 1, "BUF digitala satsningar 2025", font=TITLE)
    head_row(ws, 3, 1, ["Nr", "Satsning", "Status", "Ansvarig", "Investering (kr)",
                        "Drift per år (kr)", "Besparing per år (kr)"])
    b.header(ws, 3)

    def heading(r, text):
        put(ws, r, 2, text, font=Font(bold=True, italic=True))
        b.skipped(ws, r, "section_heading")

    def item(r, id_, name, word, ansv, inv, lop, besp):
        for c, v in enumerate([id_, name, word, ansv, inv, lop, besp], 1):
            if v is not None:
                put(ws, r, c, v, fmt="#,##0" if c >= 5 else None)
        b.initiative(ws, r, name=name, id=id_, status=STATUS[word], investering=inv,
                     lopandeKostnad=lop, kostnadsbesparing=besp, tidsbesparing=None, ansvarig=ansv)

    def subtotal(r, label, first, last):
        put(ws, r, 2, label, font=BOLD)
        for c in "EFG":
            put(ws, r, ord(c) - 64, f"=SUM({c}{first}:{c}{last})", fmt="#,##0", font=BOLD)
        b.skipped(ws, r, "total")

    heading(4, "Verksamhetsstöd")
    item(5, "BUF-01", "Nytt journalsystem för elevhälsan", "Pågående", "Emma Karlsson",
         650000, 90000, None)
    item(6, "BUF-02", "Digital frånvarohantering i grundskolan", "Klar", "Emma Karlsson",
         180000, 30000, 120000)
    item(7, "BUF-03", "Schemaläggning med AI-stöd", "Förstudie", "Peter Lund", 220000, None, None)
    subtotal(8, "Summa Verksamhetsstöd", 5, 7)
    heading(10, "E-tjänster")
    item(11, "BUF-04", "E-tjänst för ansökan om förskoleplats", "Pågår", "Sara Nilsson",
         300000, 40000, 150000)
    item(12, "BUF-05", "Digital ansökan om skolskjuts", "Beslutad", "Sara Nilsson",
         140000, 20000, 60000)
    item(13, None, "Digital närvarorapportering på fritidshem", "Idé", None, None, None, None)
    item(14, "BUF-06", "Digital blankett för modersmålsundervisning", "Stoppat", "Peter Lund",
         40000, None, None)
    subtotal(15, "Summa E-tjänster", 11, 14)
    heading(17, "Infrastruktur och utrustning")
    item(18, "BUF-07", "Uppgradering av trådlöst nätverk i skolorna", "Pågår", "Ola Berg",
         1200000, 150000, None)
    item(19, "BUF-08", "Egen dator till elever i åk 4–6", "Parkerad", "Ola Berg",
         900000, 300000, None)
    subtotal(20, "Summa Infrastruktur och utrustning", 18, 19)
    put(ws, 22, 2, "Totalt", font=BOLD)
    for c in "EFG":
        put(ws, 22, ord(c) - 64, f"={c}8+{c}15+{c}20", fmt="#,##0", font=BOLD)
    b.skipped(ws, 22, "total")
    ws.merge_cells("A24:G24")
    put(ws, 24, 1, "Uppdaterad 2025-03-01 av Emma Karlsson, verksamhetsutvecklare",
        font=Font(italic=True))
    b.skipped(ws, 24, "section_heading")
    widths(ws, {"A": 9, "B": 46, "C": 12, "D": 15, "E": 16, "F": 16, "G": 18})
    b.save(outdir)


# ---------------------------------------------------------------------------------------------
# 6. Status words in the wild, förvaltning by abbreviation in the sheet name
# ---------------------------------------------------------------------------------------------
def statusord(outdir):
    b = Book("fv-statusord-bladnamn",
             "One sheet named \"VoF 2025\" (the only hint of the förvaltning), header at row 1, no "
             "title; status words as people write them (Pågår, Genomförs, pågår, Klar, Avslutat, "
             "Parkerad, Ej påbörjad, Planerad, Stoppat, Avbrutet, Förstudie, Idé) and \"Oklart\" "
             "(unknown_status); Engångskostnad, Årlig kostnad, Minskade kostnader, Frigjord tid.",
             ["swedish-words", "header-unit", "id-codes", "forvaltning-sheet-title"],
             VOF, "sheetTitle")
    ws = b.sheet("VoF 2025")
    head_row(ws, 1, 1, ["Initiativ-ID", "Namn", "Status 2025", "Ansvarig", "Engångskostnad (kr)",
                        "Årlig kostnad (kr)", "Minskade kostnader (kr/år)", "Frigjord tid (h/år)"],
             height=30)
    b.header(ws, 1)
    rows = [
        ("VOF-25-01", "Digital tillsyn nattetid (kameror)", "Pågår", "Maria Lindqvist",
         480000, 60000, 350000, 2200),
        ("VOF-25-02", "Läkemedelsrobotar i hemtjänsten", "Genomförs", "Johan Ek",
         900000, 180000, 250000, 3000),
        ("VOF-25-03", "Mobil planering i hemtjänsten", "Klar", "Maria Lindqvist",
         350000, 75000, 120000, 1500),
        ("VOF-25-04", "Sensorer för fallprevention på särskilt boende", "Parkerad", "Anna Berg",
         260000, 40000, None, None),
        ("VOF-25-05", "Videosamtal för anhöriga", "Avslutat", "Anna Berg", 30000, 6000, None, 200),
        ("VOF-25-06", "Nyckelfri hemtjänst etapp 3", "Ej påbörjad", "Johan Ek",
         420000, 50000, 90000, 800),
        ("VOF-25-07", "Digitala trygghetslarm i ordinärt boende", "Planerad", "Maria Lindqvist",
         700000, 120000, None, 600),
        ("VOF-25-08", "Taligenkänning för dokumentation", "Stoppat", "Anna Berg",
         150000, None, None, None),
        ("VOF-25-09", "Egenmätning av blodtryck i hemmet", "Oklart", "Johan Ek",
         90000, None, None, None),
        ("VOF-25-10", "Schemaoptimering med AI", "Förstudie", "Maria Lindqvist",
         None, None, None, None),
        ("VOF-25-11", "Mobil dokumentation hos brukaren", "pågår", "Anna Berg",
         210000, 45000, None, 1200),
        ("VOF-25-12", "Chatt med biståndshandläggare", "Idé", None, None, None, None, None),
        ("VOF-25-13", "Digital inköpslista för hemtjänstens matinköp", "Avbrutet", "Johan Ek",
         25000, None, None, None),
    ]
    for i, (id_, name, word, ansv, inv, lop, besp, tid) in enumerate(rows):
        r = 2 + i
        for c, v in enumerate([id_, name, word, ansv, inv, lop, besp, tid], 1):
            if v is not None:
                put(ws, r, c, v, fmt="#,##0" if c >= 5 else None)
        if word == "Oklart":
            b.issue(ws, f"C{r}", "unknown_status")
            status = None
        else:
            status = STATUS[word]
        b.initiative(ws, r, name=name, id=id_, status=status, investering=inv, lopandeKostnad=lop,
                     kostnadsbesparing=besp, tidsbesparing=tid, ansvarig=ansv)
    widths(ws, {"A": 12, "B": 46, "C": 13, "D": 16, "E": 14, "F": 13, "G": 16, "H": 12})
    ws.freeze_panes = "C2"
    b.save(outdir)


# ---------------------------------------------------------------------------------------------
# 7. An Excel table object with a totals row; an abbreviation nobody can be sure of
# ---------------------------------------------------------------------------------------------
def tabellobjekt(outdir):
    b = Book("fv-tabellobjekt-2025",
             "The list is an Excel table (Tabell \"Projekt2025\", style, filter buttons) at A3 with a "
             "blank row inside and the table's own totals row; the only hint of the förvaltning is the "
             "sheet name \"SF 2025\", which could be Socialförvaltningen or Samhällsbyggnadsförvaltningen, "
             "so the förvaltning is left to the strategist.",
             ["header-unit", "id-codes", "swedish-words", "forvaltning-file-name"],
             None, "fileName")
    ws = b.sheet("SF 2025")
    put(ws, 1, 1, "Digitaliseringsprojekt 2025", font=TITLE)
    headers = ["Projektnr", "Projekt", "Status", "Ansvarig", "Projektbudget (kr)",
               "Årlig driftkostnad (kr)", "Årlig besparing (kr)"]
    for c, h in enumerate(headers, 1):
        put(ws, 3, c, h, font=BOLD)
    b.header(ws, 3)
    rows = {
        4: ("P-2501", "Digital signering av beslut och avtal", "Pågår", "Lars Persson",
            120000, 18000, None),
        5: ("P-2502", "E-arkiv: leverans av äldre ärenden", "Beslutad", "Lars Persson",
            300000, 25000, None),
        6: ("P-2503", "Chattbot på webbplatsen", "Förstudie", "Emelie Strand", 80000, 24000, 50000),
        7: ("P-2504", "Mötesbokning via webben", "Avslutad", "Emelie Strand", 40000, 6000, 30000),
        9: ("P-2505", "Digitala utbildningar för personalen", "Pågår", "Kim Sund", 60000, 12000,
            None),
        10: ("P-2506", "Skanning och tolkning av inkommande post", "Pausad", "Lars Persson",
             150000, 20000, 80000),
        11: ("P-2507", "Mobil arbetsplats för fältpersonal", "Idé", "Kim Sund", None, None, None),
        12: ("P-2508", "Ny intranätplattform", "Avbruten", "Emelie Strand", 250000, 40000, None),
    }
    for r, (id_, name, word, ansv, inv, lop, besp) in rows.items():
        for c, v in enumerate([id_, name, word, ansv, inv, lop, besp], 1):
            if v is not None:
                put(ws, r, c, v, fmt="#,##0" if c >= 5 else None)
        b.initiative(ws, r, name=name, id=id_, forvaltning=None, status=STATUS[word],
                     investering=inv, lopandeKostnad=lop, kostnadsbesparing=besp,
                     tidsbesparing=None, ansvarig=ansv)
    put(ws, 13, 1, "Summa")
    for c in "EFG":
        put(ws, 13, ord(c) - 64, f"=SUBTOTAL(109,{c}4:{c}12)", fmt="#,##0")
    b.skipped(ws, 13, "total")
    table = Table(displayName="Projekt2025", ref="A3:G13", totalsRowCount=1)
    table.autoFilter = AutoFilter(ref="A3:G12")
    cols = []
    for i, h in enumerate(headers, 1):
        col = TableColumn(id=i, name=h)
        if i == 1:
            col.totalsRowLabel = "Summa"
        elif i >= 5:
            col.totalsRowFunction = "sum"
        cols.append(col)
    table.tableColumns = cols
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(table)
    widths(ws, {"A": 11, "B": 44, "C": 11, "D": 15, "E": 16, "F": 18, "G": 17})
    b.save(outdir)


# ---------------------------------------------------------------------------------------------
# 8. A council compilation where each row names its nämnd, not its förvaltning
# ---------------------------------------------------------------------------------------------
def namnd_kolumn(outdir):
    b = Book("fv-namnd-kolumn",
             "Compilation for the digitaliseringsråd: a \"Nämnd\" column (Kommunstyrelsen, "
             "Barn- och utbildningsnämnden, Socialnämnden, Vård- och omsorgsnämnden, "
             "Samhällsbyggnadsnämnden, Kultur- och fritidsnämnden, Miljönämnden) gives each row's "
             "förvaltning; amounts in tkr by header; no ID column; Summa row.",
             ["header-unit", "swedish-words"],
             None, "column")
    ws = b.sheet("Alla nämnder")
    put(ws, 1, 1, "Sammanställning av digitaliseringsinitiativ per nämnd 2025", font=TITLE)
    put(ws, 2, 1, "Underlag till digitaliseringsrådet 2025-04-10")
    head_row(ws, 4, 1, ["Nämnd", "Initiativ", "Status", "Ansvarig", "Investering (tkr)",
                        "Drift (tkr/år)", "Besparing (tkr/år)", "Berör fler nämnder"], height=30)
    b.header(ws, 4)
    namnd = {"Kommunstyrelsen": KLF, "Barn- och utbildningsnämnden": BUF, "Socialnämnden": SOC,
             "Vård- och omsorgsnämnden": VOF, "Samhällsbyggnadsnämnden": SBF,
             "Kultur- och fritidsnämnden": KFF, "Miljönämnden": MF}
    rows = [
        ("Kommunstyrelsen", "Gemensam e-tjänsteplattform", "Pågående", "Karin Holm", 1800, 250,
         None, "Alla"),
        ("Kommunstyrelsen", "Informationssäkerhet i Microsoft 365", "Förstudie", "Per Nyberg", 400,
         120, None, "Alla"),
        ("Barn- och utbildningsnämnden", "Digital frånvarohantering", "Klar", "Emma Karlsson", 180,
         30, 120, None),
        ("Barn- och utbildningsnämnden", "Byte av lärplattform", "Beslutad", "Peter Lund", 750, 200,
         None, None),
        ("Socialnämnden", "RPA för försörjningsstöd", "Pågår", "Omar Haddad", 480, 65, 200, None),
        ("Vård- och omsorgsnämnden", "Läkemedelsrobotar i hemtjänsten", "Pågår", "Johan Ek", 900,
         180, 250, None),
        ("Vård- och omsorgsnämnden", "Nyckelfri hemtjänst", "Avslutad", "Maria Lindqvist", 300, 40,
         90, None),
        ("Samhällsbyggnadsnämnden", "Digitalt bygglov", "Pågår", "Anna Berg", 650, 80, 150,
         "Miljönämnden"),
        ("Kultur- och fritidsnämnden", "Meröppet bibliotek", "Pågår", "Nina Sjö", 450, 60, None,
         None),
        ("Miljönämnden", "Digital inspektionsapp för tillsyn", "Förstudie", "Jonas Berg", 350, 45,
         120, "Samhällsbyggnadsnämnden"),
    ]
    for i, (n, name, word, ansv, inv, lop, besp, fler) in enumerate(rows):
        r = 5 + i
        for c, v in enumerate([n, name, word, ansv, inv, lop, besp, fler], 1):
            if v is not None:
                put(ws, r, c, v, fmt="#,##0" if 5 <= c <= 7 else None)
        b.initiative(ws, r, name=name, id=None, forvaltning=namnd[n], status=STATUS[word],
                     investering=tkr(inv), lopandeKostnad=tkr(lop), kostnadsbesparing=tkr(besp),
                     tidsbesparing=None, ansvarig=ansv)
    put(ws, 15, 1, "Summa", font=BOLD)
    for c in "EFG":
        put(ws, 15, ord(c) - 64, f"=SUM({c}5:{c}14)", fmt="#,##0", font=BOLD)
    b.skipped(ws, 15, "total")
    widths(ws, {"A": 28, "B": 40, "C": 11, "D": 16, "E": 12, "F": 11, "G": 12, "H": 24})
    b.save(outdir)


# ---------------------------------------------------------------------------------------------
# 9. The sum row directly under the header, above the data
# ---------------------------------------------------------------------------------------------
def summa_overst(outdir):
    b = Book("fv-summa-overst",
             "Title \"SBF – projektlista\" (the förvaltning by its usual abbreviation); header at row 2 "
             "and a Summa row of SUBTOTAL formulas directly under it, above the data (frozen with "
             "the header, filter on); units after the header word without brackets (\"Investering kr\", "
             "\"Driftkostnad kr/år\", \"Tidsbesparing timmar/år\").",
             ["header-unit", "id-codes", "swedish-words", "forvaltning-title"],
             SBF, "title")
    ws = b.sheet("Projekt")
    put(ws, 1, 1, "SBF – projektlista", font=TITLE)
    head_row(ws, 2, 1, ["Projektnr", "Projektnamn", "Status", "Ansvarig", "Investering kr",
                        "Driftkostnad kr/år", "Besparing kr/år", "Tidsbesparing timmar/år"],
             height=30)
    b.header(ws, 2)
    put(ws, 3, 2, "Summa", font=BOLD)
    for c in "EFGH":
        put(ws, 3, ord(c) - 64, f"=SUBTOTAL(9,{c}4:{c}12)", fmt="#,##0", font=BOLD)
    b.skipped(ws, 3, "total")
    rows = [
        ("SBF-101", "Digitalt bygglov – e-tjänst och handläggning", "Pågår", "Anna Berg",
         650000, 80000, 150000, 1800),
        ("SBF-102", "3D-stadsmodell", "Förstudie", "Erik Dahl", 900000, 120000, None, None),
        ("SBF-103", "Digitala detaljplaner", "Pågående", "Erik Dahl", 400000, 50000, None, 600),
        ("SBF-104", "E-tjänst för nybyggnadskarta", "Klar", "Anna Berg", 90000, 10000, 40000, 350),
        ("SBF-105", "Felanmälan gata och park i app", "Avslutad", "Mikael Ros",
         120000, 30000, 60000, 500),
        ("SBF-106", "Sensorer för vinterväghållning", "Pausad", "Mikael Ros",
         300000, 45000, 100000, None),
        ("SBF-107", "Digitala parkeringstillstånd", "Beslutad", "Linda Vik",
         180000, 20000, 70000, 400),
        ("SBF-108", "Drönare för inmätning", "Idé", "Erik Dahl", None, None, None, None),
        ("SBF-109", "Digitalisering av bygglovsarkivet", "Avbruten", "Linda Vik",
         250000, None, None, None),
    ]
    for i, (id_, name, word, ansv, inv, lop, besp, tid) in enumerate(rows):
        r = 4 + i
        for c, v in enumerate([id_, name, word, ansv, inv, lop, besp, tid], 1):
            if v is not None:
                put(ws, r, c, v, fmt="#,##0" if c >= 5 else None)
        b.initiative(ws, r, name=name, id=id_, status=STATUS[word], investering=inv,
                     lopandeKostnad=lop, kostnadsbesparing=besp, tidsbesparing=tid, ansvarig=ansv)
    ws.freeze_panes = "A4"
    ws.auto_filter.ref = "A2:H12"
    widths(ws, {"A": 11, "B": 44, "C": 11, "D": 13, "E": 15, "F": 15, "G": 15, "H": 15})
    b.save(outdir)


# ---------------------------------------------------------------------------------------------
# 10. A units row under the header row
# ---------------------------------------------------------------------------------------------
def enhetsrad(outdir):
    b = Book("fv-enhetsrad-under-rubrik",
             "Title \"Digitala initiativ KLF 2025\" (the förvaltning by its usual abbreviation); header "
             "words at row 3 and a row of units under them at row 4 (tkr, tkr/år, tim/år) only over "
             "the amount columns; a Startår column of years.",
             ["two-row-header", "header-unit", "id-codes", "swedish-words", "forvaltning-title"],
             KLF, "title")
    ws = b.sheet("Initiativ")
    put(ws, 1, 1, "Digitala initiativ KLF 2025", font=TITLE)
    head_row(ws, 3, 1, ["ID", "Initiativ", "Status", "Ansvarig", "Investering", "Löpande kostnad",
                        "Kostnadsbesparing", "Tidsbesparing", "Startår"])
    for c, unit in (("E", "tkr"), ("F", "tkr/år"), ("G", "tkr/år"), ("H", "tim/år")):
        put(ws, 4, ord(c) - 64, unit, font=Font(italic=True), align=Alignment(horizontal="center"))
    b.header(ws, 3)
    b.header(ws, 4)
    rows = [
        ("KLF-01", "Anslutning till e-arkiv", "Pågår", "Per Nyberg", 1500, 200, None, 800, 2024),
        ("KLF-02", "Nytt HR-system med självservice", "Förstudie", "Sofia Lund", 2200, 450, 300,
         4000, 2025),
        ("KLF-03", "Beslutsstöd (BI) för ekonomiuppföljning", "Pågående", "Karin Holm", 600, 120,
         None, 1200, 2024),
        ("KLF-04", "Digitala nämndhandlingar", "Avslutad", "Sofia Lund", 250, 60, 90, 600, 2023),
        ("KLF-05", "Upphandlingssystem för e-avrop", "Beslutad", "Karin Holm", 350, 80, 100, None,
         2025),
        ("KLF-06", "Självservice för lösenordsåterställning", "Klar", "Per Nyberg", 80, 15, None,
         900, 2024),
        ("KLF-07", "E-learning i informationssäkerhet", "Pausad", "Per Nyberg", 60, 20, None,
         None, 2024),
        ("KLF-08", "Portal för öppna data", "Idé", None, None, None, None, None, None),
    ]
    for i, (id_, name, word, ansv, inv, lop, besp, tid, start) in enumerate(rows):
        r = 5 + i
        for c, v in enumerate([id_, name, word, ansv, inv, lop, besp, tid, start], 1):
            if v is not None:
                put(ws, r, c, v, fmt="#,##0" if 5 <= c <= 8 else None)
        b.initiative(ws, r, name=name, id=id_, status=STATUS[word], investering=tkr(inv),
                     lopandeKostnad=tkr(lop), kostnadsbesparing=tkr(besp), tidsbesparing=tid,
                     ansvarig=ansv)
    widths(ws, {"A": 9, "B": 42, "C": 11, "D": 13, "E": 12, "F": 15, "G": 17, "H": 14, "I": 9})
    ws.freeze_panes = "C5"
    b.save(outdir)


# ---------------------------------------------------------------------------------------------
# 11. A form-like block of label/value pairs above the list
# ---------------------------------------------------------------------------------------------
def metadatablock(outdir):
    b = Book("fv-metadatablock-ovanfor",
             "A reporting form: title, then label/value pairs above the list (\"Förvaltning:\" | "
             "\"Miljöförvaltningen\", Kontaktperson, Datum, Version), header at row 8 with a "
             "Beskrivning column of long texts with line breaks; Nyttokalkyl and Riskanalys "
             "Genomförd/Delvis/Saknas; a blank row; no ID column.",
             ["header-unit", "document-states", "swedish-words", "forvaltning-title"],
             MF, "title")
    ws = b.sheet("Inrapportering")
    put(ws, 1, 1, "Inrapportering av digitaliseringsinitiativ till digitaliseringsrådet", font=TITLE)
    for r, (label, value) in enumerate((("Förvaltning:", "Miljöförvaltningen"),
                                        ("Kontaktperson:", "Eva Åberg"),
                                        ("Datum:", datetime.datetime(2025, 2, 14)),
                                        ("Version:", "2")), 3):
        put(ws, r, 1, label, font=BOLD)
        put(ws, r, 2, value, fmt="yyyy-mm-dd" if isinstance(value, datetime.datetime) else None,
            align=Alignment(horizontal="left"))
    head_row(ws, 8, 1, ["Initiativ", "Beskrivning", "Status", "Ansvarig", "Investering (kr)",
                        "Löpande kostnad (kr/år)", "Besparing (kr/år)", "Tidsbesparing (h/år)",
                        "Nyttokalkyl", "Riskanalys"], height=30)
    b.header(ws, 8)
    rows = {
        9: ("Digital miljörapport för tillståndspliktiga verksamheter",
            "Verksamheterna lämnar miljörapporten i en e-tjänst.\nUppgifterna förs direkt in i "
            "ärendesystemet.", "Pågår", "Eva Åberg", 210000, 30000, 50000, 700, "Genomförd",
            "Delvis"),
        10: ("Automatiska påminnelser om egenkontroll",
             "Sms och e-post till verksamheter före sista datum.", "Beslutad", "Jonas Berg",
             40000, 8000, None, 300, "Genomförd", "Saknas"),
        11: ("Kartläggning av förorenad mark i GIS",
             "Digitalisera äldre inventeringar (MIFO)\noch visa dem i kartan.", "Förstudie",
             "Ali Rahimi", 300000, 20000, None, None, "Delvis", "Saknas"),
        12: ("Bullermätning med uppkopplade sensorer",
             "Fem mätpunkter längs infarterna.", "Avslutad", "Jonas Berg", 160000, 25000, None,
             250, "Genomförd", "Genomförd"),
        14: ("E-tjänst för klagomål på störningar",
             "Ersätter blankett och e-post.", "Pågående", "Eva Åberg", 70000, 10000, None, 400,
             "Saknas", "Saknas"),
        15: ("Fakturering av tillsynsavgifter med robot",
             "RPA hämtar beslut och skapar fakturaunderlag.", "Parkerad", "Ali Rahimi",
             110000, 15000, 45000, 500, "Delvis", "Saknas"),
        16: ("Digitalt arkiv för tillsynsakter", None, "Idé", None, None, None, None, None, None,
             None),
    }
    for r, (name, besk, word, ansv, inv, lop, besp, tid, nk, ra) in rows.items():
        for c, v in enumerate([name, besk, word, ansv, inv, lop, besp, tid, nk, ra], 1):
            if v is not None:
                put(ws, r, c, v, fmt="#,##0" if 5 <= c <= 8 else None, align=WRAP)
        fields = dict(name=name, id=None, status=STATUS[word], investering=inv, lopandeKostnad=lop,
                      kostnadsbesparing=besp, tidsbesparing=tid, ansvarig=ansv)
        if nk is not None:
            fields["documents"] = {"nyttokalkyl": DOC[nk], "riskanalys": DOC[ra]}
        b.initiative(ws, r, **fields)
    widths(ws, {"A": 40, "B": 44, "C": 11, "D": 13, "E": 14, "F": 15, "G": 13, "H": 13, "I": 12,
                "J": 12})
    b.save(outdir)


# ---------------------------------------------------------------------------------------------
# 12. Ticks and crosses for documents, scores 1–5, förvaltning in the file name
# ---------------------------------------------------------------------------------------------
def bockar(outdir):
    b = Book("fv-socialforvaltningen-bockar",
             "Header at row 1 on a sheet \"Lista\", no title (the förvaltning only in the file name); "
             "scores Nytta / Strategisk betydelse / Komplexitet / Risk (1–5), some typed as text; "
             "documents Nyttokalkyl / Riskanalys / Projektplan / Utvärdering marked with ✓, ✗ or "
             "\"delvis\"; only the investment as an amount.",
             ["document-states", "header-unit", "id-codes", "swedish-words",
              "forvaltning-file-name"],
             SOC, "fileName")
    ws = b.sheet("Lista")
    head_row(ws, 1, 1, ["Id", "Initiativ", "Status", "Ansvarig", "Investering (kr)",
                        "Nytta (1–5)", "Strategisk betydelse (1–5)", "Komplexitet (1–5)",
                        "Risk (1–5)", "Nyttokalkyl", "Riskanalys", "Projektplan", "Utvärdering"],
             height=45)
    b.header(ws, 1)
    Y, N = "\u2713", "\u2717"
    rows = [
        ("IFO-01", "Digitalt stöd för orosanmälningar", "Pågår", "Lena Ek", 180000,
         (5, 5, 3, 3), (Y, Y, Y, N)),
        ("IFO-02", "Automatiserad utbetalning av försörjningsstöd", "Förstudie", "Omar Haddad",
         400000, (4, "4", 4, 4), (Y, "delvis", N, N)),
        ("IFO-03", "Videotolkning i socialtjänsten", "Klar", "Anna Wik", 60000,
         (3, 2, 1, 1), (Y, Y, Y, Y)),
        ("IFO-04", "Digital dagbok för familjehem", "Beslutad", "Maria Holm", 120000,
         ("3", 3, 2, 2), (N, N, Y, N)),
        ("IFO-05", "Prediktiv analys av placeringsbehov", "Idé", "Omar Haddad", None,
         (4, 3, 5, 5), (N, N, N, N)),
        ("IFO-06", "E-tjänst för ansökan om kontaktperson", "Pågår", "Anna Wik", 90000,
         (3, 2, 2, 1), (Y, N, Y, N)),
        ("IFO-07", "Krypterad e-post till externa parter", "Avslutad", "Lena Ek", 45000,
         (2, 4, 2, 2), ("delvis", Y, Y, Y)),
        ("IFO-08", "Digitala möten med vårdnadshavare", "Avbrutet", "Maria Holm", 30000,
         (2, 1, 1, "1"), (N, N, N, Y)),
    ]
    for i, (id_, name, word, ansv, inv, scores, docs) in enumerate(rows):
        r = 2 + i
        values = [id_, name, word, ansv, inv] + list(scores) + list(docs)
        for c, v in enumerate(values, 1):
            if v is not None:
                put(ws, r, c, v, fmt="#,##0" if c == 5 else None,
                    align=Alignment(horizontal="center") if c >= 6 else None)
        b.initiative(ws, r, name=name, id=id_, status=STATUS[word], investering=inv,
                     lopandeKostnad=None, kostnadsbesparing=None, tidsbesparing=None,
                     ansvarig=ansv,
                     documents={"nyttokalkyl": DOC[docs[0]], "riskanalys": DOC[docs[1]],
                                "projektplan": DOC[docs[2]], "projektutvardering": DOC[docs[3]]},
                     scores={"Nytta": int(scores[0]), "Strategisk betydelse": int(scores[1]),
                             "Komplexitet": int(scores[2]), "Risk": int(scores[3])})
    widths(ws, {"A": 8, "B": 44, "C": 11, "D": 13, "E": 14, "F": 9, "G": 12, "H": 12, "I": 9,
                "J": 12, "K": 11, "L": 12, "M": 12})
    ws.freeze_panes = "C2"
    b.save(outdir)


# ---------------------------------------------------------------------------------------------
# 13. One sheet per förvaltning, named the way people shorten them
# ---------------------------------------------------------------------------------------------
def per_flik(outdir):
    b = Book("fv-sammanstallning-per-flik",
             "A \"Läs mig\" sheet, then one sheet per förvaltning named as people shorten them "
             "(\"Kommunledning\", \"Barn o utbildning\", \"Socialförv\", \"Vård o omsorg\"), each filled "
             "in its own way (header words and units differ: kr, tkr, \"kr/år\" without brackets); the "
             "förvaltning of each row comes from its sheet's name, so the file has none of its own.",
             ["header-unit", "swedish-words", "forvaltning-sheet-title"],
             None, "sheetTitle")
    instructions(b.sheet("Läs mig"), "Sammanställning inför digitaliseringsrådet", [
        "Varje förvaltning fyller i sin egen flik.",
        "Ange belopp enligt kolumnrubriken.",
        "Skicka tillbaka senast 15 mars till Lina Sjöberg.",
    ])
    sheets = [
        ("Kommunledning", KLF,
         ["Initiativ", "Status", "Ansvarig", "Investering (kr)", "Drift (kr/år)"], 1,
         [("Gemensam e-tjänsteplattform", "Pågår", "Karin Holm", 1800000, 250000, None, None),
          ("Ny extern webbplats", "Beslutad", "Sofia Lund", 600000, 90000, None, None),
          ("Digital nämndadministration", "Klar", "Per Nyberg", 250000, 60000, None, None)]),
        ("Barn o utbildning", BUF,
         ["Satsning", "Status", "Ansvarig", "Investering (tkr)", "Drift (tkr/år)"], 1000,
         [("Byte av lärplattform", "Beslutad", "Peter Lund", 750, 200, None, None),
          ("Digital frånvarohantering", "Avslutad", "Emma Karlsson", 180, 30, None, None),
          ("Journalsystem för elevhälsan", "Pågående", "Emma Karlsson", 650, 90, None, None),
          ("Digital närvaro på fritidshem", "Idé", None, None, None, None, None)]),
        ("Socialförv", SOC,
         ["Projekt", "Status", "Ansvarig", "Investering kr", "Drift kr/år", "Besparing kr/år"], 1,
         [("RPA för försörjningsstöd", "Pågår", "Omar Haddad", 480000, 65000, 200000, None),
          ("Digital signering av beslut", "Klar", "Anders Wik", 95000, 15000, None, None),
          ("Mina sidor för familjehem", "Pågår", "Maria Holm", 150000, 20000, None, None)]),
        ("Vård o omsorg", VOF,
         ["Initiativ", "Status", "Ansvarig", "Investering (kr)", "Driftkostnad (kr/år)", None,
          "Tidsbesparing (h/år)"], 1,
         [("Läkemedelsrobotar i hemtjänsten", "Pågår", "Johan Ek", 900000, 180000, None, 3000),
          ("Digital tillsyn nattetid", "Pågående", "Maria Lindqvist", 480000, 60000, None, 2200),
          ("Nyckelfri hemtjänst etapp 3", "Ej påbörjad", "Johan Ek", 420000, 50000, None, 800)]),
    ]
    for title, forv, headers, factor, rows in sheets:
        ws = b.sheet(title)
        head_row(ws, 1, 1, headers)
        b.header(ws, 1)
        for i, (name, word, ansv, inv, lop, besp, tid) in enumerate(rows):
            r = 2 + i
            for c, v in enumerate([name, word, ansv, inv, lop, besp, tid], 1):
                if v is not None:
                    put(ws, r, c, v, fmt="#,##0" if c >= 4 else None)
            b.initiative(ws, r, name=name, id=None, forvaltning=forv, status=STATUS[word],
                         investering=None if inv is None else inv * factor,
                         lopandeKostnad=None if lop is None else lop * factor,
                         kostnadsbesparing=besp, tidsbesparing=tid, ansvarig=ansv)
        widths(ws, {"A": 36, "B": 12, "C": 16, "D": 16, "E": 18, "F": 16, "G": 18})
    b.save(outdir)


def build(outdir):
    for make in (arsflikar, rubrikvarianter, planerat_utfall, belopp_som_text, grupper_delsummor,
                 statusord, tabellobjekt, namnd_kolumn, summa_overst, enhetsrad, metadatablock,
                 bockar, per_flik):
        make(outdir)


if __name__ == "__main__":
    build(os.path.dirname(os.path.abspath(__file__)))
