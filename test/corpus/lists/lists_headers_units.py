#!/usr/bin/env python3
"""Workbooks of the lists corpus about headers and units (see README.md in this folder).

Categories: two-row and merged headers, values merged over several rows, units stated in a group
header, a header, a title row or only in the cells' number format, units that conflict, the header
words of real Swedish and English lists, and ID columns of codes under a vague header.

Every workbook is written with openpyxl and its expected answer (`<stem>.expected.json`) beside
it. The expected answer is written by hand, per column, from what the workbook shows: each amount
column below names the unit a reader of the workbook sees for it (kr = 1, tkr = 1000,
mkr = 1000000), or marks the cells where two places in the workbook state different units.

Run: /usr/bin/python3 -c "import sys; sys.path.insert(0, '.'); import lists_headers_units as m; m.build('.')"
"""
import datetime
import os
from decimal import Decimal

from corpus_files import save_answer, save_workbook
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.utils.cell import range_boundaries

FIXED = datetime.datetime(2025, 3, 3, 8, 0, 0)

KR, TKR, MKR = 1, 1000, 1000000

# Status words as the lists write them, and the council's status a reader gives them.
STATUS = {
    "Pågår": "Pågående",
    "Genomförs": "Pågående",
    "Klar": "Avslutad",
    "Avslutat": "Avslutad",
    "Parkerad": "Pausad",
    "Ej påbörjad": "Beslutad",
    "Beslutad": "Beslutad",
    "Förstudie": "Förstudie",
    "Idé": "Idé",
    "In progress": "Pågående",
    "Done": "Avslutad",
    "Not started": "Beslutad",
    "On hold": "Pausad",
}

AMOUNTS = ("investering", "lopandeKostnad", "kostnadsbesparing")
FIELDS = ("name", "id", "forvaltning", "status", "investering", "lopandeKostnad",
          "kostnadsbesparing", "tidsbesparing", "ansvarig")

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
D = datetime.date


# --------------------------------------------------------------------------------------------
# helpers


def put(ws, ref, value, bold=False, merge=None, fmt=None, font=None):
    """Write one cell (a header, a title); merge it over `merge` when given."""
    cell = ws[ref]
    cell.value = value
    if bold:
        cell.font = BOLD
    if font is not None:
        cell.font = font
    if fmt:
        cell.number_format = fmt
    if merge:
        ws.merge_cells(merge)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def widths(ws, spec):
    for letter, w in spec.items():
        ws.column_dimensions[letter].width = w


class Col:
    """One column of a list: its letter, the field it holds (None: not one of the compared
    fields), and for amounts the unit a reader sees (KR, TKR, MKR) or "conflict"."""

    def __init__(self, letter, field=None, unit=None, fmt=None):
        self.letter = letter
        self.field = field
        self.unit = unit
        self.fmt = fmt


def kronor(value, unit):
    if value is None:
        return None
    return int(Decimal(str(value)) * unit)


def table(ws, sheet, first_row, cols, data, *, forvaltning=None, merges=(), cell_fmt=None,
          conflicts=(), total=None):
    """Write the data rows of a list and return (expected rows, issues).

    data: one tuple per row, one value per column of `cols`, as a reader sees the row (for a
    merged range, the merged value on each row of it). merges: ranges like "A5:A7" whose
    top-left cell alone holds the value. cell_fmt: {"E6": format} overriding the column's
    number format. conflicts: cells ("E6") where two places state different units; the
    amount of that cell is not asserted and an issue `unit_conflict` is expected.
    total: (label column letter, label) for a sum row right after the data.
    """
    cell_fmt = cell_fmt or {}
    conflicts = set(conflicts)
    covered = {}
    for rng in merges:
        min_col, min_row, max_col, max_row = range_boundaries(rng)
        for r in range(min_row, max_row + 1):
            for c in range(min_col, max_col + 1):
                covered[(r, c)] = (min_row, min_col)
    rows, issues = [], []
    for i, values in enumerate(data):
        r = first_row + i
        assert len(values) == len(cols), (sheet, r, values)
        entry = {"sheet": sheet, "row": r, "as": "initiative"}
        got = {f: None for f in FIELDS}
        got["forvaltning"] = forvaltning
        omit = set()
        for col, value in zip(cols, values):
            c = column_index_from_string(col.letter)
            ref = f"{col.letter}{r}"
            top = covered.get((r, c))
            if top is not None and top != (r, c):
                # inside a merged range: the workbook holds the value in the top-left cell
                top_value = data[top[0] - first_row][cols.index(col)]
                assert top_value == value, (sheet, ref, value, top_value)
            elif value is not None:
                cell = ws[ref]
                cell.value = value
                if isinstance(value, (datetime.date, datetime.datetime)):
                    cell.number_format = "yyyy-mm-dd"
                elif ref in cell_fmt:
                    cell.number_format = cell_fmt[ref]
                elif col.fmt:
                    cell.number_format = col.fmt
            elif ref in cell_fmt or col.fmt:
                ws[ref].number_format = cell_fmt.get(ref, col.fmt)
            if col.field is None:
                continue
            if col.field in AMOUNTS:
                if ref in conflicts or col.unit == "conflict":
                    if value is None:
                        got[col.field] = None
                    else:
                        omit.add(col.field)
                        issues.append({"sheet": sheet, "cell": ref, "kind": "unit_conflict"})
                else:
                    assert col.unit in (KR, TKR, MKR), (sheet, col.letter)
                    got[col.field] = kronor(value, col.unit)
            elif col.field == "tidsbesparing":
                got[col.field] = value
            elif col.field == "status":
                got[col.field] = None if value is None else STATUS[value]
            else:
                got[col.field] = value
        for f in FIELDS:
            if f not in omit:
                entry[f] = got[f]
        assert entry["name"], (sheet, r)
        rows.append(entry)
    # every conflict cell given must hold a value of an amount column
    for ref in conflicts:
        assert any(i["cell"] == ref for i in issues), (sheet, ref)
    for rng in merges:
        ws.merge_cells(rng)
        min_col, min_row, _, _ = range_boundaries(rng)
        ws.cell(row=min_row, column=min_col).alignment = Alignment(vertical="top")
    if total is not None:
        label_col, label = total
        r = first_row + len(data)
        ws[f"{label_col}{r}"] = label
        ws[f"{label_col}{r}"].font = BOLD
        for idx, col in enumerate(cols):
            if col.field in AMOUNTS or col.field == "tidsbesparing":
                nums = [row[idx] for row in data if isinstance(row[idx], (int, float))]
                if nums:
                    s = sum(Decimal(str(n)) for n in nums)
                    s = int(s) if s == int(s) else float(s)
                    cell = ws[f"{col.letter}{r}"]
                    cell.value = s
                    cell.font = BOLD
                    cell.number_format = col.fmt or "#,##0"
        rows.append({"sheet": sheet, "row": r, "as": "skipped", "reason": "total"})
    return rows, issues


def headers(sheet, *row_numbers):
    return [{"sheet": sheet, "row": r, "as": "header"} for r in row_numbers]


def new_workbook():
    wb = Workbook()
    wb.properties.creator = "Digiportfölj corpus"
    wb.properties.lastModifiedBy = "Digiportfölj corpus"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def save(outdir, stem, wb, expected):
    save_workbook(wb, os.path.join(outdir, stem + ".xlsx"), FIXED)
    save_answer(expected, os.path.join(outdir, stem + ".expected.json"))


def expected(description, categories, forvaltning, forvaltning_from, rows, issues):
    return {
        "description": description,
        "categories": categories,
        "forvaltning": forvaltning,
        "forvaltningFrom": forvaltning_from,
        "rows": rows,
        "issues": issues,
    }


# --------------------------------------------------------------------------------------------
# the workbooks


def grupprubrik_tkr(outdir):
    """Title with the förvaltning, a two-row header at row 3: "Ekonomi (tkr)" over three amounts,
    the other headers merged vertically over both header rows."""
    wb = new_workbook()
    ws = wb.active
    sheet = ws.title = "Initiativ 2025"
    put(ws, "A1", "Vård- och omsorgsförvaltningen – digitaliseringsinitiativ 2025", font=TITLE)
    for ref, text in (("A", "Projekt-ID"), ("B", "Projektnamn"), ("C", "Ansvarig"), ("D", "Status"),
                      ("H", "Sparad tid (h/år)"), ("I", "Start"), ("J", "Slut")):
        put(ws, f"{ref}3", text, bold=True, merge=f"{ref}3:{ref}4")
    put(ws, "E3", "Ekonomi (tkr)", bold=True, merge="E3:G3")
    put(ws, "E4", "Investering", bold=True)
    put(ws, "F4", "Drift per år", bold=True)
    put(ws, "G4", "Besparing per år", bold=True)
    cols = [Col("A", "id"), Col("B", "name"), Col("C", "ansvarig"), Col("D", "status"),
            Col("E", "investering", TKR, "#,##0"), Col("F", "lopandeKostnad", TKR, "#,##0"),
            Col("G", "kostnadsbesparing", TKR, "#,##0"), Col("H", "tidsbesparing", None, "#,##0"),
            Col("I"), Col("J")]
    data = [
        ("VOF-25-01", "Digitala trygghetslarm", "Maria Lindqvist", "Pågår", 850, 120, 300, 1500, D(2024, 3, 1), D(2025, 12, 31)),
        ("VOF-25-02", "Wellbee – digitalt planeringsstöd", "Johan Ek", "Klar", 45, 12, None, 400, D(2019, 8, 12), D(2020, 9, 15)),
        ("VOF-25-03", "Nyckelfria lås i hemtjänsten", "Maria Lindqvist", "Genomförs", 1200, 180, 250, 3000, D(2024, 9, 1), D(2025, 10, 31)),
        ("VOF-25-04", "Digital läkemedelshantering", "Sara Holm", "Förstudie", 300, None, None, None, None, None),
        ("VOF-25-05", "Digital tillsyn nattetid", "Sara Holm", "Beslutad", 600, 90, 400, 2200, D(2025, 5, 1), None),
        ("VOF-25-06", "Automatiserad ansökan om trygghetslarm (RPA)", "Ahmed Yousef", "Klar", 180, 25, 150, 900, D(2022, 1, 10), D(2022, 11, 30)),
        ("VOF-25-07", "Smarta TV-skärmar i särskilt boende", None, "Idé", None, None, None, None, None, None),
        ("VOF-25-08", "Sensorer för fallarm i särskilt boende", "Johan Ek", "Parkerad", 420, 60, None, None, D(2024, 2, 1), None),
        ("VOF-25-09", "E-tjänst för ansökan om hemtjänst", "Ahmed Yousef", "Ej påbörjad", 250, 30, 80, 600, "höst 2025", None),
    ]
    fv = "Vård- och omsorgsförvaltningen"
    rows, issues = table(ws, sheet, 5, cols, data, forvaltning=fv, total=("B", "Summa"))
    widths(ws, {"A": 12, "B": 44, "C": 18, "D": 13, "E": 12, "F": 12, "G": 16, "H": 12, "I": 12, "J": 12})
    ws.freeze_panes = "C5"
    save(outdir, "hu-grupprubrik-tkr", wb, expected(
        "Title row naming the förvaltning, a two-row header from row 3 with \"Ekonomi (tkr)\" merged "
        "over Investering / Drift per år / Besparing per år and every other header merged over both "
        "rows; a Summa row.",
        ["two-row-header", "merged-header", "group-unit", "swedish-words", "forvaltning-title"],
        fv, "title", headers(sheet, 3, 4) + rows, issues))


def socialforvaltningen_bedomning(outdir):
    """Header at row 6 under a title, a unit title row and blank rows; "Bedömning 1–5" merged over
    four criteria; some headers only in the lower row, some only in the upper; a blank column."""
    wb = new_workbook()
    ws = wb.active
    sheet = ws.title = "Prioritering"
    put(ws, "A1", "Digitaliseringsinitiativ – prioriteringsunderlag 2025", font=TITLE)
    put(ws, "A2", "Alla belopp i tusental kronor")
    put(ws, "D6", "Bedömning 1–5", bold=True, merge="D6:G6")
    put(ws, "K6", "Status", bold=True)
    put(ws, "L6", "Ansvarig", bold=True)
    for ref, text in (("A7", "Nr"), ("B7", "Initiativ"), ("D7", "Nytta"), ("E7", "Komplexitet"),
                      ("F7", "Risk"), ("G7", "Strategisk betydelse"), ("H7", "Investering"),
                      ("I7", "Årlig driftkostnad"), ("J7", "Minskade kostnader/år")):
        put(ws, ref, text, bold=True)
    cols = [Col("A", "id"), Col("B", "name"), Col("D", None, None, "0"), Col("E", None, None, "0"),
            Col("F", None, None, "0"), Col("G", None, None, "0"),
            Col("H", "investering", TKR, "#,##0"), Col("I", "lopandeKostnad", TKR, "#,##0"),
            Col("J", "kostnadsbesparing", TKR, "#,##0"), Col("K", "status"), Col("L", "ansvarig")]
    data = [
        ("SF-01", "Automatiserad handläggning av ekonomiskt bistånd (RPA)", 5, 3, 2, 5, 650, 95, 1200, "Pågår", "Anders Berg"),
        ("SF-02", "E-tjänst för ansökan om ekonomiskt bistånd", 4, 2, 2, 4, 320, 40, 450, "Avslutat", "Anders Berg"),
        ("SF-03", "Digital signering av myndighetsbeslut", 4, 2, 1, 3, 150, 20, None, "Avslutat", "Linda Ström"),
        ("SF-04", "Digitala besök i öppenvården", 3, 2, 2, 3, 90, None, None, "Genomförs", "Linda Ström"),
        ("SF-05", "Mina sidor för försörjningsstöd", 4, 4, 3, 4, 800, 110, 300, "Beslutad", None),
        ("SF-06", "Chattfunktion för socialtjänstens mottagning", 2, 3, 3, 2, None, None, None, "Idé", "Nadia Karimi"),
        ("SF-07", "Taligenkänning vid journalföring", 3, 4, 4, 3, 400, 60, 250, "Förstudie", "Nadia Karimi"),
        ("SF-08", "Digital ansökan om färdtjänst", 3, 2, 2, 2, 210, 25, 120, "Parkerad", "Anders Berg"),
    ]
    fv = "Socialförvaltningen"
    rows, issues = table(ws, sheet, 8, cols, data, forvaltning=fv, total=("B", "Totalt"))
    widths(ws, {"A": 8, "B": 50, "C": 3, "D": 8, "E": 12, "F": 8, "G": 12, "H": 12, "I": 14, "J": 14, "K": 12, "L": 16})
    save(outdir, "hu-socialforvaltningen-bedomning", wb, expected(
        "Header block at row 6 under a title, \"Alla belopp i tusental kronor\" and blank rows: "
        "\"Bedömning 1–5\" merged over four criteria, Nr/Initiativ/amounts only in the lower row, "
        "Status/Ansvarig only in the upper row, a blank column C; förvaltning only in the file name.",
        ["two-row-header", "merged-header", "title-unit", "swedish-words", "forvaltning-file-name"],
        fv, "fileName", headers(sheet, 6, 7) + rows, issues))


def kultur_format(outdir):
    """Units only in the cells' number formats; Ansvarig merged down over groups of rows."""
    wb = new_workbook()
    ws = wb.active
    sheet = ws.title = "Blad1"
    for ref, text in (("A1", "Ansvarig"), ("B1", "Aktivitet-ID"), ("C1", "Aktivitet"), ("D1", "Status"),
                      ("E1", "Investering"), ("F1", "Drift/år"), ("G1", "Effekthemtagning (kr)"),
                      ("H1", "Frigjord tid, timmar")):
        put(ws, ref, text, bold=True)
    cols = [Col("A", "ansvarig"), Col("B", "id"), Col("C", "name"), Col("D", "status"),
            Col("E", "investering", TKR, '#,##0 "tkr"'), Col("F", "lopandeKostnad", TKR, '# ##0 "tkr"'),
            Col("G", "kostnadsbesparing", KR, '#,##0 "kr"'), Col("H", "tidsbesparing", None, "0")]
    data = [
        ("Lena Mattsson", "KF-101", "Meröppet bibliotek i Östra filialen", "Pågår", 380, 45, 60000, 800),
        ("Lena Mattsson", "KF-102", "Självbetjäningskiosker med RFID på huvudbiblioteket", "Klar", 520, 70, 150000, 1600),
        ("Lena Mattsson", "KF-103", "Digitalt lånekort i bibliotekets app", "Idé", None, None, None, None),
        ("Erik Nordin", "KF-104", "Bokningssystem för idrottshallar (e-tjänst)", "Genomförs", 650, 85, 200000, 1200),
        ("Erik Nordin", "KF-105", "Digital ansökan om föreningsbidrag", "Avslutat", 140, 18, 45000, 500),
        ("Erik Nordin", "KF-106", "Digital skyltning i simhallen", "Parkerad", 95, 12, None, None),
        ("Karin Sjöberg", "KF-107", "Kulturskolans anmälan via e-tjänst", "Beslutad", 210, 30, 80000, 700),
        ("Henrik Dahl", "KF-108", "Wi-Fi och digitala verktyg på fritidsgårdarna", "Förstudie", 300, None, None, None),
        ("Henrik Dahl", "KF-109", "E-arkiv för föreningsregistret", "Ej påbörjad", 175, 22, None, 150),
    ]
    fv = "Kultur- och fritidsförvaltningen"
    rows, issues = table(ws, sheet, 2, cols, data, forvaltning=fv,
                         merges=("A2:A4", "A5:A7", "A9:A10"))
    widths(ws, {"A": 16, "B": 12, "C": 50, "D": 12, "E": 12, "F": 12, "G": 20, "H": 12})
    ws.freeze_panes = "A2"
    save(outdir, "hu-kultur-och-fritidsforvaltningen-format", wb, expected(
        "Header at row 1 with no unit on Investering and Drift/år: the unit is only in the cells' "
        "number formats ('#,##0 \"tkr\"', '# ##0 \"tkr\"'); Effekthemtagning (kr) formatted in kr; "
        "Ansvarig merged down over groups of rows; förvaltning only in the file name.",
        ["format-unit", "header-unit", "merged-values", "swedish-words", "forvaltning-file-name"],
        fv, "fileName", headers(sheet, 1) + rows, issues))


def it_projects_english(outdir):
    """An IT department's English list over all departments, amounts in SEK."""
    wb = new_workbook()
    ws = wb.active
    sheet = ws.title = "Projects"
    put(ws, "A1", "Project portfolio 2025 – all departments", font=TITLE)
    for i, text in enumerate(("Project ID", "Project name", "Owner", "Department", "Investment (SEK)",
                              "Annual running cost (SEK)", "Annual savings (SEK)",
                              "Hours saved per year", "Start", "End", "Status")):
        put(ws, f"{get_column_letter(i + 1)}3", text, bold=True)
    cols = [Col("A", "id"), Col("B", "name"), Col("C", "ansvarig"), Col("D", "forvaltning"),
            Col("E", "investering", KR, "#,##0"), Col("F", "lopandeKostnad", KR, "#,##0"),
            Col("G", "kostnadsbesparing", KR, "#,##0"), Col("H", "tidsbesparing", None, "#,##0"),
            Col("I"), Col("J"), Col("K", "status")]
    data = [
        ("IT-25-01", "Microsoft 365 rollout", "Peter Lund", "Kommunledningsförvaltningen", 2400000, 850000, 300000, 5000, D(2024, 9, 1), D(2025, 12, 31), "In progress"),
        ("IT-25-02", "Shared e-signature service", "Peter Lund", "Kommunledningsförvaltningen", 350000, 60000, 120000, 1800, D(2023, 3, 1), D(2023, 11, 30), "Done"),
        ("IT-25-03", "Replace MDM: Meraki to Jamf", "Sofia Wik", "Barn- och utbildningsförvaltningen", 180000, 58000, None, None, D(2019, 11, 24), D(2021, 2, 28), "Done"),
        ("IT-25-04", "RPA platform procurement", "Sofia Wik", "Kommunledningsförvaltningen", 500000, 150000, None, None, D(2025, 9, 1), None, "Not started"),
        ("IT-25-05", "Case management platform for social services", "Daniel Öberg", "Socialförvaltningen", 3200000, 400000, 650000, 4200, D(2024, 1, 15), D(2026, 6, 30), "In progress"),
        ("IT-25-06", "Digital building permit integration", "Daniel Öberg", "Samhällsbyggnadsförvaltningen", 420000, 55000, 90000, 1300, None, None, "On hold"),
        ("IT-25-07", "Wi-Fi upgrade in care homes", "Sofia Wik", "Vård- och omsorgsförvaltningen", 760000, 95000, None, None, D(2025, 2, 1), D(2025, 8, 31), "In progress"),
        ("IT-25-08", "Library self-service kiosk network", "Peter Lund", "Kultur- och fritidsförvaltningen", None, None, None, None, None, None, "Not started"),
        ("IT-25-09", "Air quality sensors (IoT)", "Emma Falk", "Miljöförvaltningen", 240000, 36000, None, None, D(2025, 4, 1), None, "On hold"),
        ("IT-25-10", "E-archive migration", "Emma Falk", "Kommunledningsförvaltningen", 1100000, 210000, 180000, 900, D(2024, 5, 1), D(2025, 12, 31), "In progress"),
    ]
    rows, issues = table(ws, sheet, 4, cols, data, total=("B", "Total"))
    widths(ws, {"A": 11, "B": 44, "C": 14, "D": 34, "E": 16, "F": 22, "G": 18, "H": 12, "I": 12, "J": 12, "K": 12})
    ws.freeze_panes = "C4"
    save(outdir, "hu-it-projects-english", wb, expected(
        "An IT department's English list: Project ID, Project name, Owner, Department (the "
        "förvaltning of each row), amounts in SEK, English statuses; a Total row.",
        ["english", "header-unit"],
        None, "column", headers(sheet, 3) + rows, issues))


def miljo_kod_mkr(outdir):
    """Codes under the vague header "Kod"; "Investering, mkr" in the header."""
    wb = new_workbook()
    ws = wb.active
    sheet = ws.title = "Digitalisering"
    put(ws, "A1", "Digitaliseringsprojekt 2024–2025", font=TITLE)
    for ref, text in (("A2", "Kod"), ("B2", "Benämning"), ("C2", "Ansvarig"), ("D2", "Status"),
                      ("E2", "Investering, mkr"), ("F2", "Drift (tkr/år)"), ("G2", "Besparing (tkr/år)"),
                      ("H2", "Sparad tid (h/år)")):
        put(ws, ref, text, bold=True)
    cols = [Col("A", "id"), Col("B", "name"), Col("C", "ansvarig"), Col("D", "status"),
            Col("E", "investering", MKR, "0.00"), Col("F", "lopandeKostnad", TKR, "#,##0"),
            Col("G", "kostnadsbesparing", TKR, "#,##0"), Col("H", "tidsbesparing", None, "#,##0")]
    data = [
        ("MF/2024:07", "Mobil inspektionsapp för miljötillsyn", "Olof Berglund", "Pågår", 1.2, 150, 200, 1800),
        ("MF/2024:11", "E-tjänst för anmälan av värmepump", "Olof Berglund", "Klar", 0.35, 40, 90, 700),
        ("MF/2024:15", "Sensorer för luftkvalitet i centrum", "Camilla Ryd", "Förstudie", 0.8, None, None, None),
        ("MF/2024:18", "Automatiserad fakturering av tillsynsavgifter (RPA)", "Camilla Ryd", "Genomförs", 0.45, 60, 180, 1400),
        ("MF/2025:02", "Kartportal för förorenade områden", "Olof Berglund", "Beslutad", 0.6, 75, None, 300),
        ("MF/2025:04", "E-arkiv för miljö- och hälsoskyddsärenden", "Jonas Ahl", "Ej påbörjad", 1.5, 120, None, None),
        ("MF/2025:06", "Digitala möten med verksamhetsutövare", "Jonas Ahl", "Avslutat", 0.05, 10, 25, 350),
        ("MF/2025:09", "Digital livsmedelskontroll", None, "Idé", None, None, None, None),
    ]
    fv = "Miljöförvaltningen"
    rows, issues = table(ws, sheet, 3, cols, data, forvaltning=fv, total=("B", "Summa"))
    widths(ws, {"A": 12, "B": 50, "C": 16, "D": 12, "E": 16, "F": 14, "G": 18, "H": 16})
    save(outdir, "hu-miljoforvaltningen-kod-mkr", wb, expected(
        "Diary-style codes (MF/2024:07) under the vague header \"Kod\" beside the names under "
        "\"Benämning\"; units in the headers (\"Investering, mkr\", \"Drift (tkr/år)\"); header at row 2 "
        "under a title; förvaltning only in the file name.",
        ["id-codes", "header-unit", "swedish-words", "forvaltning-file-name"],
        fv, "fileName", headers(sheet, 2) + rows, issues))


def digitaliseringsplan_rubrikenheter(outdir):
    """A different unit in each amount header: kronor, tkr/år, kr."""
    wb = new_workbook()
    ws = wb.active
    sheet = ws.title = "Plan 2024-2026"
    put(ws, "A1", "Samhällsbyggnadsförvaltningen – digitaliseringsplan 2024–2026", font=TITLE)
    put(ws, "A2", "Uppdaterad 2025-02-14")
    for ref, text in (("A4", "Ärendenr"), ("B4", "Aktivitet"), ("C4", "Ansvarig"), ("D4", "Status"),
                      ("E4", "Investering i kronor"), ("F4", "Förvaltningskostnad (tkr/år)"),
                      ("G4", "Effekthemtagning (kr)"), ("H4", "Frigjord tid, timmar"), ("I4", "Kommentar")):
        put(ws, ref, text, bold=True)
    cols = [Col("A", "id"), Col("B", "name"), Col("C", "ansvarig"), Col("D", "status"),
            Col("E", "investering", KR, "#,##0"), Col("F", "lopandeKostnad", TKR, "#,##0"),
            Col("G", "kostnadsbesparing", KR, "#,##0"), Col("H", "tidsbesparing", None, "#,##0"),
            Col("I")]
    data = [
        ("SBN 2017/245", "Digitalt bygglov", "Anna Berg", "Avslutat", 596600, 45, 120000, 2500, "Slutrapport 2018-11-06"),
        ("SBN 2022/118", "Digital planproduktion", "Anna Berg", "Pågår", 850000, 60, None, 1200, None),
        ("SBN 2022/131", "Kommunal geosamverkan", "Mats Holmgren", "Genomförs", 300000, 25, None, None, "Samverkan med grannkommunerna"),
        ("SBN 2023/042", "Automatisk kompletthetskontroll av bygglovsansökningar", "Anna Berg", "Beslutad", 420000, 35, 180000, 1800, None),
        ("SBN 2023/077", "E-tjänst för beställning av nybyggnadskarta", "Mats Holmgren", "Klar", 150000, 12, 40000, 400, None),
        ("SBN 2024/009", "Skanning av bygglovsarkivet till e-arkiv", "Elin Sund", "Förstudie", 1200000, None, None, None, "Offert inväntas"),
        ("SBN 2024/023", "3D-modell för detaljplaner", "Elin Sund", "Idé", None, None, None, None, None),
        ("SBN 2024/051", "Digital nämndhantering för byggnadsnämnden", "Mats Holmgren", "Parkerad", 80000, 15, None, 200, "Väntar på kommungemensam upphandling"),
    ]
    fv = "Samhällsbyggnadsförvaltningen"
    rows, issues = table(ws, sheet, 5, cols, data, forvaltning=fv, total=("B", "Summa"))
    widths(ws, {"A": 14, "B": 50, "C": 16, "D": 12, "E": 18, "F": 18, "G": 18, "H": 14, "I": 36})
    ws.freeze_panes = "A5"
    save(outdir, "hu-digitaliseringsplan-rubrikenheter", wb, expected(
        "Title naming the förvaltning and a date line, header at row 4 with a different unit in each "
        "amount header (\"Investering i kronor\", \"Förvaltningskostnad (tkr/år)\", \"Effekthemtagning "
        "(kr)\"), hours as \"Frigjord tid, timmar\"; a Summa row.",
        ["header-unit", "swedish-words", "forvaltning-title"],
        fv, "title", headers(sheet, 4) + rows, issues))


def konflikt_rubrik_format(outdir):
    """Header "(kr)" but some cells formatted "tkr"; header "(tkr)" but one cell formatted "kr"."""
    wb = new_workbook()
    ws = wb.active
    sheet = ws.title = "Satsningar"
    put(ws, "A1", "Barn- och utbildningsförvaltningen – digitala satsningar 2025", font=TITLE)
    for ref, text in (("A3", "Projekt-ID"), ("B3", "Projektnamn"), ("C3", "Ansvarig"), ("D3", "Status"),
                      ("E3", "Investering (kr)"), ("F3", "Drift per år (kr)"), ("G3", "Besparing (tkr)"),
                      ("H3", "Sparad tid (h/år)")):
        put(ws, ref, text, bold=True)
    cols = [Col("A", "id"), Col("B", "name"), Col("C", "ansvarig"), Col("D", "status"),
            Col("E", "investering", KR, '#,##0 "kr"'), Col("F", "lopandeKostnad", KR, "#,##0"),
            Col("G", "kostnadsbesparing", TKR, "0.00"), Col("H", "tidsbesparing", None, "#,##0")]
    data = [
        ("BUF-25-01", "Digital närvarohantering i skolplattformen", "Karin Ljung", "Pågår", 450000, 60000, 120.5, 2000),
        ("BUF-25-02", "E-tjänst för ansökan om skolskjuts", "Karin Ljung", "Klar", 180000, 20000, 45, 600),
        ("BUF-25-03", "Digitala nationella prov – utrustning och nätverk", "Per Hallin", "Genomförs", 350, None, None, None),
        ("BUF-25-04", "Byte av MDM-lösning till Jamf", "Per Hallin", "Avslutat", 220000, 58000, None, None),
        ("BUF-25-05", "Automatiserad placering i förskolan (RPA)", "Karin Ljung", "Beslutad", 300000, 40000, 85000, 1500),
        ("BUF-25-06", "Skolval via e-tjänst", "Sofie Nyman", "Förstudie", None, None, None, None),
        ("BUF-25-07", "Elevhälsans digitala journal", "Sofie Nyman", "Ej påbörjad", 120, 30000, None, None),
        ("BUF-25-08", "Digital läromedelsportal", "Per Hallin", "Parkerad", 95000, 35000, None, 300),
        ("BUF-25-09", "AI-stöd för schemaläggning", "Sofie Nyman", "Idé", None, None, None, None),
        ("BUF-25-10", "Chromebooks till årskurs 4–6", "Karin Ljung", "Pågår", 1250000, 180000, None, None),
    ]
    fv = "Barn- och utbildningsförvaltningen"
    cell_fmt = {"E6": '#,##0 "tkr"', "E10": '#,##0 "tkr"', "G8": '#,##0 "kr"'}
    rows, issues = table(ws, sheet, 4, cols, data, forvaltning=fv, cell_fmt=cell_fmt,
                         conflicts=("E6", "E10", "G8"))
    widths(ws, {"A": 12, "B": 50, "C": 14, "D": 12, "E": 18, "F": 18, "G": 16, "H": 16})
    save(outdir, "hu-konflikt-rubrik-format", wb, expected(
        "Header \"Investering (kr)\" with two cells formatted '#,##0 \"tkr\"' (shown \"350 tkr\"), and "
        "\"Besparing (tkr)\" with one cell formatted '#,##0 \"kr\"': those three cells conflict; the "
        "other cells' formats agree or state no unit ('#,##0', '0.00').",
        ["unit-conflict", "header-unit", "format-unit", "swedish-words", "forvaltning-title"],
        fv, "title", headers(sheet, 3) + rows, issues))


def kommunledning_ref_mkr(outdir):
    """Title says "Belopp i tkr", the Investering header says "(mkr)"; codes under "Ref"."""
    wb = new_workbook()
    ws = wb.active
    sheet = ws.title = "Initiativ"
    put(ws, "A1", "IT- och digitaliseringsinitiativ 2025", font=TITLE)
    put(ws, "A2", "Belopp i tkr")
    for ref, text in (("A4", "Ref"), ("B4", "Initiativ"), ("C4", "Ansvarig"), ("D4", "Status"),
                      ("E4", "Investering (mkr)"), ("F4", "Drift per år"), ("G4", "Besparing"),
                      ("H4", "Sparad tid (h/år)")):
        put(ws, ref, text, bold=True)
    cols = [Col("A", "id"), Col("B", "name"), Col("C", "ansvarig"), Col("D", "status"),
            Col("E", "investering", "conflict", "0.0"), Col("F", "lopandeKostnad", TKR, "#,##0"),
            Col("G", "kostnadsbesparing", TKR, "#,##0"), Col("H", "tidsbesparing", None, "#,##0")]
    data = [
        ("KLF-2025-01", "Plattform för digital service och ärendehantering", "Helena Borg", "Pågår", 23, 1800, None, None),
        ("KLF-2025-02", "Upphandling av plattform för RPA", "Helena Borg", "Avslutat", 0.6, 250, None, None),
        ("KLF-2025-03", "RPA-robot i kontaktcenter", "Tobias Lind", "Genomförs", 0.4, 80, 350, 2600),
        ("KLF-2025-04", "Gemensam e-arkivlösning", "Tobias Lind", "Beslutad", 2.5, 400, None, None),
        ("KLF-2025-05", "E-signering för hela kommunen", "Helena Borg", "Klar", 0.3, 45, 200, 1500),
        ("KLF-2025-06", "Digital nämndhantering (e-möten)", "Ulrika Sand", "Ej påbörjad", 0.5, 60, 150, 800),
        ("KLF-2025-07", "Verktyg för informationssäkerhetsklassning", "Ulrika Sand", "Förstudie", None, None, None, None),
        ("KLF-2025-08", "Mina sidor för invånare", "Tobias Lind", "Idé", None, None, None, None),
        ("KLF-2025-09", "Samordnad nyanskaffning av systemlösningar", None, "Parkerad", 0.2, None, None, None),
    ]
    fv = "Kommunledningsförvaltningen"
    rows, issues = table(ws, sheet, 5, cols, data, forvaltning=fv, total=("B", "Summa"))
    widths(ws, {"A": 13, "B": 50, "C": 14, "D": 12, "E": 18, "F": 12, "G": 12, "H": 16})
    save(outdir, "hu-kommunledningsforvaltningen-ref-mkr", wb, expected(
        "Title row \"Belopp i tkr\" over a header at row 4 where \"Investering (mkr)\" states another "
        "unit (every Investering cell conflicts) while Drift per år and Besparing take the title's "
        "tkr; codes under the vague header \"Ref\"; förvaltning only in the file name.",
        ["unit-conflict", "title-unit", "header-unit", "id-codes", "swedish-words",
         "forvaltning-file-name"],
        fv, "fileName", headers(sheet, 4) + rows, issues))


def radet_grupp_konflikt(outdir):
    """Förvaltning merged down a column; "Ekonomi (tkr)" over a sub-header in "(kr/år)"."""
    wb = new_workbook()
    ws = wb.active
    sheet = ws.title = "Sammanställning"
    put(ws, "A1", "Digitaliseringsrådet – sammanställning av initiativ från förvaltningarna", font=TITLE)
    put(ws, "A3", "Förvaltning", bold=True, merge="A3:A4")
    put(ws, "B3", "Initiativ", bold=True, merge="B3:B4")
    put(ws, "C3", "Status", bold=True)
    put(ws, "D3", "Ekonomi (tkr)", bold=True, merge="D3:F3")
    put(ws, "D4", "Investering", bold=True)
    put(ws, "E4", "Driftkostnad (kr/år)", bold=True)
    put(ws, "F4", "Besparing", bold=True)
    put(ws, "G4", "Ansvarig", bold=True)
    cols = [Col("A", "forvaltning"), Col("B", "name"), Col("C", "status"),
            Col("D", "investering", TKR, "#,##0"), Col("E", "lopandeKostnad", "conflict", "#,##0"),
            Col("F", "kostnadsbesparing", TKR, "#,##0"), Col("G", "ansvarig")]
    sof, vof, buf = "Socialförvaltningen", "Vård- och omsorgsförvaltningen", "Barn- och utbildningsförvaltningen"
    mf, kff = "Miljöförvaltningen", "Kultur- och fritidsförvaltningen"
    data = [
        (sof, "Automatiserad handläggning av ekonomiskt bistånd", "Pågår", 650, 95, 1200, "Anders Berg"),
        (sof, "Digital signering av myndighetsbeslut", "Avslutat", 150, 20, None, "Linda Ström"),
        (sof, "Taligenkänning vid journalföring", "Förstudie", 400, 60, 250, "Nadia Karimi"),
        (vof, "Digitala trygghetslarm", "Pågår", 850, 120, 300, "Maria Lindqvist"),
        (vof, "Wellbee – digitalt planeringsstöd", "Avslutat", 45, 12, None, "Johan Ek"),
        (vof, "Nyckelfria lås i hemtjänsten", "Genomförs", 1200, 180, 250, "Maria Lindqvist"),
        (buf, "Digital närvarohantering", "Pågår", 450, 60, 120, "Karin Ljung"),
        (buf, "Skolval via e-tjänst", "Idé", None, None, None, "Sofie Nyman"),
        (mf, "Mobil inspektionsapp för miljötillsyn", "Pågår", 1200, 150, 200, "Olof Berglund"),
        (kff, "Meröppet bibliotek", "Pågår", 380, 45, 60, "Lena Mattsson"),
        (kff, "Bokningssystem för idrottshallar", "Beslutad", 650, 85, 200, "Erik Nordin"),
    ]
    rows, issues = table(ws, sheet, 5, cols, data, merges=("A5:A7", "A8:A10", "A11:A12", "A14:A15"),
                         total=("A", "Summa"))
    widths(ws, {"A": 34, "B": 46, "C": 12, "D": 12, "E": 20, "F": 12, "G": 16})
    save(outdir, "hu-radet-grupp-konflikt", wb, expected(
        "The digitalisation council's compilation: Förvaltning merged down over each förvaltning's "
        "rows, a two-row header at row 3 with \"Ekonomi (tkr)\" over Investering / \"Driftkostnad "
        "(kr/år)\" / Besparing (the running-cost cells conflict: tkr against kr), Status only in the "
        "upper row, Ansvarig only in the lower; a Summa row.",
        ["two-row-header", "merged-header", "merged-values", "group-unit", "unit-conflict",
         "swedish-words"],
        None, "column", headers(sheet, 3, 4) + rows, issues))


def handlingsplan_sammanslagna(outdir):
    """Header at row 6; Ansvarig and Status merged over groups of rows; "(tkr)" in the headers
    with unit-less number formats."""
    wb = new_workbook()
    ws = wb.active
    sheet = ws.title = "Handlingsplan"
    put(ws, "A1", "Socialförvaltningen – handlingsplan för digitalisering 2025", font=TITLE)
    put(ws, "A3", "Senast uppdaterad 2025-03-10")
    for ref, text in (("A6", "Löpnr"), ("B6", "Benämning"), ("C6", "Ansvarig"), ("D6", "Status"),
                      ("E6", "Projektbudget (tkr)"), ("F6", "Drift per år (tkr)"),
                      ("G6", "Minskade kostnader/år (tkr)"), ("H6", "Sparad tid (h/år)")):
        put(ws, ref, text, bold=True)
    cols = [Col("A", "id", None, "@"), Col("B", "name"), Col("C", "ansvarig"), Col("D", "status"),
            Col("E", "investering", TKR, "#,##0.00"), Col("F", "lopandeKostnad", TKR, "0.00"),
            Col("G", "kostnadsbesparing", TKR, "#,##0"), Col("H", "tidsbesparing", None, "#,##0")]
    data = [
        ("001", "Robotstöd för utbetalning av försörjningsstöd", "Anders Berg", "Pågår", 240, 35, 400, 1600),
        ("002", "Digital inkomstkontroll mot Försäkringskassan", "Anders Berg", "Pågår", 85, 10, 150, 900),
        ("003", "E-tjänst för orosanmälan", "Anders Berg", "Klar", 60, 8, None, 200),
        ("004", "Videosamtal i familjerätten", "Linda Ström", "Avslutat", 25.5, 4.8, None, 150),
        ("005", "Digitala utbildningar för familjehem", "Linda Ström", "Förstudie", None, None, None, None),
        ("006", "Ny verksamhetsplattform för individ- och familjeomsorgen", None, "Beslutad", 1800, 320, None, None),
        ("007", "Automatiserad avslutshantering av ärenden", "Nadia Karimi", "Ej påbörjad", 150, 20, 90, 700),
        ("008", "Digital tidbokning för budget- och skuldrådgivning", "Nadia Karimi", "Ej påbörjad", 40, 5, None, 120),
        ("009", "Självskattning i e-tjänst för missbruksvården", "Nadia Karimi", "Parkerad", 70, None, None, None),
    ]
    fv = "Socialförvaltningen"
    rows, issues = table(ws, sheet, 7, cols, data, forvaltning=fv,
                         merges=("C7:C9", "C10:C11", "C13:C15", "D7:D8", "D13:D14"),
                         total=("B", "Summa"))
    widths(ws, {"A": 8, "B": 52, "C": 16, "D": 12, "E": 14, "F": 16, "G": 24, "H": 16})
    ws.freeze_panes = "A7"
    save(outdir, "hu-handlingsplan-sammanslagna", wb, expected(
        "Title naming the förvaltning, header at row 6, Ansvarig merged over groups of rows and "
        "Status merged over pairs of rows, \"Projektbudget (tkr)\" etc. with unit-less number formats "
        "('#,##0.00', '0.00'), IDs as text \"001\" under \"Löpnr\"; a Summa row.",
        ["merged-values", "header-unit", "swedish-words", "forvaltning-title"],
        fv, "title", headers(sheet, 6) + rows, issues))


def barn_nr_koder(outdir):
    """Two sheets, one per year; codes under "Nr"; amounts without a unit (kronor), the second
    sheet formatted in kr."""
    wb = new_workbook()
    fv = "Barn- och utbildningsförvaltningen"
    head = ("Nr", "Aktivitet", "Status", "Ansvarig", "Investering", "Drift", "Besparing", "Sparad tid (h/år)")
    years = {
        "2024": ("#,##0", [
            ("BUF/2024:03", "Lärplattform för grundskolan – införande", "Avslutat", "Karin Ljung", 620000, 140000, None, 2200),
            ("BUF/2024:07", "Digital frånvaroanmälan för vårdnadshavare", "Klar", "Karin Ljung", 95000, 12000, 30000, 1800),
            ("BUF/2024:12", "Uppgradering av trådlöst nätverk på skolorna", "Avslutat", "Per Hallin", 1400000, 90000, None, None),
            ("BUF/2024:14", "Digitala nationella prov – pilot", "Klar", "Per Hallin", 75000, None, None, None),
            ("BUF/2024:19", "Förskolans digitala kommunikation med vårdnadshavare", "Parkerad", "Sofie Nyman", 130000, 25000, None, 400),
        ], ("B", "Summa")),
        "2025": ('#,##0 "kr"', [
            ("BUF/2025:01", "Skolskjutsplanering med ruttoptimering", "Pågår", "Karin Ljung", 280000, 35000, 150000, 600),
            ("BUF/2025:04", "Automatiserad hantering av ansökningar om modersmål", "Genomförs", "Sofie Nyman", 160000, 18000, 60000, 900),
            ("BUF/2025:05", "Digital elevhälsojournal", "Beslutad", "Sofie Nyman", 450000, 70000, None, None),
            ("BUF/2025:08", "AI-stöd i lärares bedömningsarbete", "Idé", None, None, None, None, None),
            ("BUF/2025:11", "E-tjänst för ansökan om fritidshem", "Förstudie", "Karin Ljung", 110000, 15000, 40000, 500),
            ("BUF/2025:14", "Elevdatorer 1:1 i gymnasieskolan", "Ej påbörjad", "Per Hallin", 1250000, 180000, None, None),
        ], None),
    }
    all_rows, all_issues = [], []
    first = True
    for sheet, (fmt, data, total) in years.items():
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = sheet
        for i, text in enumerate(head):
            put(ws, f"{get_column_letter(i + 1)}1", text, bold=True)
        cols = [Col("A", "id", None, "@"), Col("B", "name"), Col("C", "status"), Col("D", "ansvarig"),
                Col("E", "investering", KR, fmt), Col("F", "lopandeKostnad", KR, fmt),
                Col("G", "kostnadsbesparing", KR, fmt), Col("H", "tidsbesparing", None, "#,##0")]
        rows, issues = table(ws, sheet, 2, cols, data, forvaltning=fv, total=total)
        widths(ws, {"A": 13, "B": 52, "C": 12, "D": 14, "E": 14, "F": 12, "G": 12, "H": 16})
        all_rows += headers(sheet, 1) + rows
        all_issues += issues
    save(outdir, "hu-barn-och-utbildningsforvaltningen-nr-koder", wb, expected(
        "Two sheets, one list per year, header at row 1: diary codes (BUF/2024:03) under the vague "
        "header \"Nr\", amounts with no unit stated on sheet 2024 (kronor) and formatted '#,##0 \"kr\"' "
        "on sheet 2025, running cost as \"Drift\"; förvaltning only in the file name.",
        ["id-codes", "format-unit", "swedish-words", "forvaltning-file-name"],
        fv, "fileName", all_rows, all_issues))


def kommunledning_it_projects(outdir):
    """English list: investment only formatted in mkr, running cost in kSEK, savings in SEK."""
    wb = new_workbook()
    ws = wb.active
    sheet = ws.title = "IT projects"
    for i, text in enumerate(("Ref", "Project name", "Owner", "Status", "Investment",
                              "Annual running cost (kSEK)", "Annual savings (SEK)",
                              "Hours saved per year", "Start", "End")):
        put(ws, f"{get_column_letter(i + 1)}1", text, bold=True)
    cols = [Col("A", "id"), Col("B", "name"), Col("C", "ansvarig"), Col("D", "status"),
            Col("E", "investering", MKR, '0.0 "mkr"'), Col("F", "lopandeKostnad", TKR, "#,##0"),
            Col("G", "kostnadsbesparing", KR, "#,##0"), Col("H", "tidsbesparing", None, "#,##0"),
            Col("I"), Col("J")]
    data = [
        ("IT-25-11", "Identity and access management (IAM)", "Peter Lund", "In progress", 1.8, 350, 200000, 3000, D(2025, 1, 13), D(2026, 3, 31)),
        ("IT-25-12", "Network segmentation in schools", "Sofia Wik", "Not started", 0.9, 60, None, None, D(2025, 8, 1), None),
        ("IT-25-13", "Backup platform replacement", "Peter Lund", "Done", 0.6, 120, 80000, None, D(2023, 9, 1), D(2024, 4, 30)),
        ("IT-25-14", "Service desk chatbot", "Emma Falk", "On hold", 0.3, 45, 150000, 2500, D(2024, 10, 1), None),
        ("IT-25-15", "Printer fleet consolidation", "Emma Falk", "Done", 0.2, None, 250000, None, D(2023, 2, 1), D(2023, 12, 15)),
        ("IT-25-16", "Multi-factor authentication for all staff", "Daniel Öberg", "In progress", 0.4, 90, None, None, D(2025, 2, 3), D(2025, 10, 31)),
        ("IT-25-17", "Self-service password reset", "Daniel Öberg", "Done", 0.1, 15, 120000, 1200, D(2022, 5, 2), D(2022, 9, 30)),
        ("IT-25-18", "Data warehouse for management reporting", None, "Not started", None, None, None, None, "Q1 2026", None),
    ]
    fv = "Kommunledningsförvaltningen"
    rows, issues = table(ws, sheet, 2, cols, data, forvaltning=fv, total=("B", "Total"))
    widths(ws, {"A": 10, "B": 44, "C": 14, "D": 12, "E": 12, "F": 24, "G": 20, "H": 12, "I": 12, "J": 12})
    ws.freeze_panes = "A2"
    save(outdir, "hu-kommunledningsforvaltningen-it-projects", wb, expected(
        "English IT list, header at row 1: \"Investment\" with no unit in the header but cells "
        "formatted '0.0 \"mkr\"', \"Annual running cost (kSEK)\", \"Annual savings (SEK)\"; codes "
        "under the vague header \"Ref\"; English statuses; förvaltning only in the file name.",
        ["english", "format-unit", "header-unit", "id-codes", "forvaltning-file-name"],
        fv, "fileName", headers(sheet, 1) + rows, issues))


def titel_tusental_format_mkr(outdir):
    """Title "Alla belopp i tusental kronor"; investment cells formatted in mkr (conflict), running
    cost formatted in tkr (agrees), savings unformatted (title's tkr)."""
    wb = new_workbook()
    ws = wb.active
    sheet = ws.title = "Initiativ"
    put(ws, "A1", "Kultur- och fritidsförvaltningen – digitala initiativ 2025", font=TITLE)
    put(ws, "A2", "Alla belopp i tusental kronor")
    for ref, text in (("A4", "Aktivitet-ID"), ("B4", "Aktivitet"), ("C4", "Ansvarig"), ("D4", "Status")):
        put(ws, ref, text, bold=True)
    put(ws, "E4", "Ekonomi", bold=True, merge="E4:G4")
    put(ws, "I4", "Bedömning 1–5", bold=True, merge="I4:J4")
    for ref, text in (("E5", "Investering"), ("F5", "Drift/år"), ("G5", "Besparing/år"),
                      ("I5", "Nytta"), ("J5", "Komplexitet")):
        put(ws, ref, text, bold=True)
    cols = [Col("A", "id"), Col("B", "name"), Col("C", "ansvarig"), Col("D", "status"),
            Col("E", "investering", "conflict", '0.0 "mkr"'), Col("F", "lopandeKostnad", TKR, '#,##0 "tkr"'),
            Col("G", "kostnadsbesparing", TKR, "#,##0"), Col("I", None, None, "0"), Col("J", None, None, "0")]
    data = [
        ("KFF-25-01", "Digital guidning i konsthallen", "Lena Mattsson", "Pågår", 0.4, 30, None, 4, 2),
        ("KFF-25-02", "Ny webbplats för evenemang och kultur", "Lena Mattsson", "Klar", 0.6, 45, 50, 3, 2),
        ("KFF-25-03", "Passersystem med mobilnyckel för föreningar", "Erik Nordin", "Genomförs", 1.1, 90, 220, 5, 3),
        ("KFF-25-04", "Digital kassa och bokning i simhallen", "Erik Nordin", "Beslutad", 0.8, 70, 150, 4, 3),
        ("KFF-25-05", "Strömmade föreställningar från kulturhuset", "Karin Sjöberg", "Idé", None, None, None, 2, 4),
        ("KFF-25-06", "Digitalisering av lokalhistoriskt bildarkiv", "Henrik Dahl", "Förstudie", 0.3, 15, None, 3, 2),
        ("KFF-25-07", "Närvarorapportering i app för fritidsgårdarna", "Henrik Dahl", "Parkerad", 0.2, 10, 40, 2, 2),
    ]
    fv = "Kultur- och fritidsförvaltningen"
    rows, issues = table(ws, sheet, 6, cols, data, forvaltning=fv, total=("B", "Summa"))
    widths(ws, {"A": 12, "B": 48, "C": 16, "D": 12, "E": 14, "F": 12, "G": 14, "H": 3, "I": 8, "J": 12})
    save(outdir, "hu-titel-tusental-format-mkr", wb, expected(
        "Title naming the förvaltning and \"Alla belopp i tusental kronor\", a two-row header at row 4 "
        "(\"Ekonomi\" and \"Bedömning 1–5\" merged groups, the identity headers only in the upper row, "
        "a blank column H): Investering cells formatted '0.0 \"mkr\"' conflict with the title, Drift/år "
        "formatted '#,##0 \"tkr\"' agrees, Besparing/år has no unit in its format; a Summa row.",
        ["two-row-header", "merged-header", "title-unit", "format-unit", "unit-conflict",
         "swedish-words", "forvaltning-title"],
        fv, "title", headers(sheet, 4, 5) + rows, issues))


def vard_beteckning(outdir):
    """Names first, then codes under the vague header "Beteckning"; amounts in kr."""
    wb = new_workbook()
    ws = wb.active
    sheet = ws.title = "Projekt"
    for ref, text in (("A1", "Projektnamn"), ("B1", "Beteckning"), ("C1", "Ansvarig"), ("D1", "Status"),
                      ("E1", "Investering (kr)"), ("F1", "Driftkostnad (kr/år)"), ("G1", "Effekthemtagning (kr)"),
                      ("H1", "Sparad tid (h/år)"), ("I1", "Startdatum")):
        put(ws, ref, text, bold=True)
    cols = [Col("A", "name"), Col("B", "id"), Col("C", "ansvarig"), Col("D", "status"),
            Col("E", "investering", KR, '#,##0 "kr"'), Col("F", "lopandeKostnad", KR, "#,##0"),
            Col("G", "kostnadsbesparing", KR, '#,##0 "kr"'), Col("H", "tidsbesparing", None, "#,##0"),
            Col("I")]
    data = [
        ("Digital nattillsyn med kamera", "VO 2024:12", "Sara Holm", "Genomförs", 600000, 90000, 400000, 2200, D(2024, 5, 1)),
        ("Läkemedelsrobotar i ordinärt boende", "VO 2024:15", "Sara Holm", "Beslutad", 480000, 96000, 210000, 1700, "höst 2025"),
        ("Wellbee – digitalt planeringsstöd", "VO 2019:04", "Johan Ek", "Avslutat", 45000, 12000, None, 400, D(2019, 8, 12)),
        ("Digital signering av genomförandeplaner", "VO 2023:21", "Ahmed Yousef", "Avslutat", 70000, 9000, 30000, 650, D(2023, 4, 3)),
        ("Mobil dokumentation i hemtjänsten", "VO 2024:03", "Maria Lindqvist", "Genomförs", 900000, 150000, 350000, 4000, D(2024, 2, 1)),
        ("Digitala trygghetslarm – utbyte av analoga larm", "VO 2022:08", "Maria Lindqvist", "Avslutat", 1150000, 210000, None, None, D(2022, 3, 14)),
        ("Ruttplanering i hemtjänsten", "VO 2025:02", None, "Idé", None, None, None, None, None),
        ("GPS-larm för personer med demenssjukdom", "VO 2025:05", "Johan Ek", "Förstudie", 150000, None, None, None, "2025"),
        ("Videomöten med anhöriga på särskilt boende", "VO 2023:30", "Ahmed Yousef", "Parkerad", 35000, 6000, None, None, D(2023, 10, 2)),
    ]
    fv = "Vård- och omsorgsförvaltningen"
    rows, issues = table(ws, sheet, 2, cols, data, forvaltning=fv, total=("A", "Totalt"))
    widths(ws, {"A": 48, "B": 12, "C": 16, "D": 12, "E": 16, "F": 18, "G": 20, "H": 16, "I": 12})
    ws.freeze_panes = "B2"
    save(outdir, "hu-vard-och-omsorgsforvaltningen-beteckning", wb, expected(
        "Header at row 1 with the names first (\"Projektnamn\") and diary codes (VO 2024:12) in the "
        "second column under the vague header \"Beteckning\"; amounts in kr by header and by format; "
        "start dates as dates and as text; a Totalt row; förvaltning only in the file name.",
        ["id-codes", "header-unit", "format-unit", "swedish-words", "forvaltning-file-name"],
        fv, "fileName", headers(sheet, 1) + rows, issues))


def samhallsbyggnad_mall(outdir):
    """An instructions sheet first; the list's two-row header at row 1 with "Ekonomi (kr)" over
    three amounts; two savings cells formatted "tkr" (conflict); Status and Ansvarig merged."""
    wb = new_workbook()
    ins = wb.active
    ins.title = "Instruktioner"
    put(ins, "A1", "Instruktioner", font=TITLE)
    put(ins, "A3", "Fyll i en rad per projekt på bladet Lista.")
    put(ins, "A4", "Status väljs bland Idé, Förstudie, Beslutad, Pågår, Klar och Parkerad.")
    put(ins, "A5", "Skicka listan till digitaliseringsstrategen senast den 31 mars.")
    ins.column_dimensions["A"].width = 80
    ws = wb.create_sheet("Lista")
    sheet = ws.title
    put(ws, "A1", "Projekt", bold=True, merge="A1:A2")
    put(ws, "B1", "Ansvarig", bold=True, merge="B1:B2")
    put(ws, "C1", "Status", bold=True, merge="C1:C2")
    put(ws, "D1", "Ekonomi (kr)", bold=True, merge="D1:F1")
    put(ws, "G1", "Sparad tid (h/år)", bold=True, merge="G1:G2")
    put(ws, "D2", "Investering", bold=True)
    put(ws, "E2", "Drift per år", bold=True)
    put(ws, "F2", "Besparing per år", bold=True)
    cols = [Col("A", "name"), Col("B", "ansvarig"), Col("C", "status"),
            Col("D", "investering", KR, '#,##0 "kr"'), Col("E", "lopandeKostnad", KR, "#,##0"),
            Col("F", "kostnadsbesparing", KR, "#,##0"), Col("G", "tidsbesparing", None, "#,##0")]
    data = [
        ("Digital detaljplan med 3D-visualisering", "Mats Holmgren", "Pågår", 750000, 60000, None, 900),
        ("E-tjänst för strandskyddsdispens", "Anna Berg", "Pågår", 120000, 15000, 40000, 350),
        ("Automatiska utskick vid grannehörande", "Anna Berg", "Klar", 90000, 10000, 60, 500),
        ("Digital adressregistrering", "Elin Sund", "Beslutad", 200000, 25000, None, None),
        ("Sensorer för snöröjning och halkbekämpning", "Elin Sund", "Förstudie", 350000, None, None, None),
        ("Digitala fältprotokoll vid besiktning", "Elin Sund", "Avslutat", 65000, 8000, 45, 600),
        ("Smart parkering med sensorer", "Mats Holmgren", "Idé", None, None, None, None),
        ("Digital ansökan om schakttillstånd", "Jonas Ahl", "Ej påbörjad", 110000, 14000, 35000, 300),
    ]
    fv = "Samhällsbyggnadsförvaltningen"
    cell_fmt = {"F5": '#,##0 "tkr"', "F8": '#,##0 "tkr"'}
    rows, issues = table(ws, sheet, 3, cols, data, forvaltning=fv, merges=("C3:C4", "B6:B8"),
                         cell_fmt=cell_fmt, conflicts=("F5", "F8"))
    widths(ws, {"A": 46, "B": 16, "C": 12, "D": 14, "E": 12, "F": 16, "G": 12})
    ws.freeze_panes = "A3"
    save(outdir, "hu-samhallsbyggnadsforvaltningen-mall", wb, expected(
        "An instructions sheet before the list; a two-row header at row 1 with \"Ekonomi (kr)\" merged "
        "over Investering / Drift per år / Besparing per år and the rest merged over both rows; two "
        "Besparing cells formatted '#,##0 \"tkr\"' conflict with the group's kr; Status merged over "
        "two rows and Ansvarig over three; no ID column; förvaltning only in the file name.",
        ["two-row-header", "merged-header", "merged-values", "group-unit", "format-unit",
         "unit-conflict", "swedish-words", "forvaltning-file-name"],
        fv, "fileName", headers(sheet, 1, 2) + rows, issues))


def nr_koder_tva_radsrubrik(outdir):
    """Sheet named after the förvaltning; two-row header at row 1, the field headers only in the
    lower row; codes like "2024-03" under "Nr"."""
    wb = new_workbook()
    ws = wb.active
    sheet = ws.title = "Miljöförvaltningen"
    put(ws, "D1", "Kostnader (tkr)", bold=True, merge="D1:E1")
    put(ws, "F1", "Nytta", bold=True, merge="F1:G1")
    for ref, text in (("A2", "Nr"), ("B2", "Initiativ"), ("C2", "Status"), ("D2", "Investering"),
                      ("E2", "Drift per år"), ("F2", "Besparing (tkr/år)"), ("G2", "Sparad tid (h/år)"),
                      ("H2", "Ansvarig")):
        put(ws, ref, text, bold=True)
    cols = [Col("A", "id", None, "@"), Col("B", "name"), Col("C", "status"),
            Col("D", "investering", TKR, "#,##0"), Col("E", "lopandeKostnad", TKR, "#,##0"),
            Col("F", "kostnadsbesparing", TKR, "#,##0"), Col("G", "tidsbesparing", None, "#,##0"),
            Col("H", "ansvarig")]
    data = [
        ("2024-03", "Digital ansökan om tillstånd för enskilt avlopp", "Pågår", 180, 25, 60, 700, "Camilla Ryd"),
        ("2024-07", "Inventering av enskilda avlopp med mobilapp", "Klar", 90, 12, None, 500, "Camilla Ryd"),
        ("2024-11", "Automatisk påminnelse om egenkontroll", "Avslutat", 40, 5, 30, 300, "Jonas Ahl"),
        ("2025-02", "Digital tillsynsplan med riskklassning", "Genomförs", 220, 30, None, None, "Olof Berglund"),
        ("2025-04", "Öppna data om badvattenkvalitet", "Beslutad", 60, 8, None, None, "Jonas Ahl"),
        ("2025-06", "Bullerkartläggning med sensorer", "Idé", None, None, None, None, None),
        ("2025-09", "E-tjänst för registrering av livsmedelsanläggning", "Ej påbörjad", 130, 15, 45, 400, "Olof Berglund"),
    ]
    fv = "Miljöförvaltningen"
    rows, issues = table(ws, sheet, 3, cols, data, forvaltning=fv, total=("B", "Summa"))
    widths(ws, {"A": 10, "B": 50, "C": 12, "D": 12, "E": 12, "F": 18, "G": 16, "H": 16})
    ws.freeze_panes = "A3"
    save(outdir, "hu-nr-koder-tva-radsrubrik", wb, expected(
        "Sheet named after the förvaltning; a two-row header at row 1 with only the groups in the "
        "upper row (\"Kostnader (tkr)\" over Investering / Drift per år, \"Nytta\" over \"Besparing "
        "(tkr/år)\" / \"Sparad tid (h/år)\") and every field header in the lower row; codes like "
        "\"2024-03\" (text) under the vague header \"Nr\"; a Summa row.",
        ["two-row-header", "merged-header", "group-unit", "header-unit", "id-codes",
         "swedish-words", "forvaltning-sheet-title"],
        fv, "sheetTitle", headers(sheet, 1, 2) + rows, issues))


def english_two_row_department(outdir):
    """English two-row header with "Economics (SEK)" over three amounts; Department merged down."""
    wb = new_workbook()
    ws = wb.active
    sheet = ws.title = "Portfolio"
    put(ws, "A1", "Digital initiatives – cross-department overview 2025", font=TITLE)
    for ref, text in (("A", "Department"), ("B", "Project ID"), ("C", "Project name"), ("D", "Owner"),
                      ("H", "Hours saved per year"), ("I", "Status")):
        put(ws, f"{ref}3", text, bold=True, merge=f"{ref}3:{ref}4")
    put(ws, "E3", "Economics (SEK)", bold=True, merge="E3:G3")
    put(ws, "E4", "Investment", bold=True)
    put(ws, "F4", "Annual running cost", bold=True)
    put(ws, "G4", "Annual savings", bold=True)
    cols = [Col("A", "forvaltning"), Col("B", "id"), Col("C", "name"), Col("D", "ansvarig"),
            Col("E", "investering", KR, "#,##0"), Col("F", "lopandeKostnad", KR, "#,##0"),
            Col("G", "kostnadsbesparing", KR, "#,##0"), Col("H", "tidsbesparing", None, "#,##0"),
            Col("I", "status")]
    sof, buf = "Socialförvaltningen", "Barn- och utbildningsförvaltningen"
    sbf, kff = "Samhällsbyggnadsförvaltningen", "Kultur- och fritidsförvaltningen"
    data = [
        (sof, "SOC-25-01", "Robotic process automation for financial aid", "Anders Berg", 650000, 95000, 1200000, 2400, "In progress"),
        (sof, "SOC-25-02", "Digital signing of decisions", "Linda Ström", 150000, 20000, None, 800, "Done"),
        (sof, "SOC-25-03", "Speech recognition for case notes", "Nadia Karimi", 400000, 60000, 250000, 1500, "Not started"),
        (buf, "BUF-25-11", "Learning platform integration", "Karin Ljung", 300000, 50000, None, None, "In progress"),
        (buf, "BUF-25-12", "School transport planning tool", "Per Hallin", 280000, 35000, 150000, 600, "On hold"),
        (sbf, "SBF-25-01", "Digital building permits – phase 2", "Anna Berg", 520000, 45000, 180000, 1800, "In progress"),
        (sbf, "SBF-25-02", "3D city model", "Mats Holmgren", 900000, 120000, None, None, "Not started"),
        (sbf, "SBF-25-03", "Geodata collaboration with neighbouring councils", "Elin Sund", None, None, None, None, "On hold"),
        (kff, "KFF-25-11", "Library self-service kiosks", "Lena Mattsson", 520000, 70000, 150000, 1600, "Done"),
    ]
    rows, issues = table(ws, sheet, 5, cols, data, merges=("A5:A7", "A8:A9", "A10:A12"),
                         total=("A", "Total"))
    widths(ws, {"A": 34, "B": 11, "C": 46, "D": 14, "E": 12, "F": 18, "G": 14, "H": 12, "I": 12})
    ws.freeze_panes = "D5"
    save(outdir, "hu-english-two-row-department", wb, expected(
        "English list with a two-row header at row 3: \"Economics (SEK)\" merged over Investment / "
        "Annual running cost / Annual savings, the other headers merged over both rows; Department "
        "merged down over each förvaltning's rows; English statuses; a Total row.",
        ["english", "two-row-header", "merged-header", "merged-values", "group-unit"],
        None, "column", headers(sheet, 3, 4) + rows, issues))


BUILDERS = [
    grupprubrik_tkr,
    socialforvaltningen_bedomning,
    kultur_format,
    it_projects_english,
    miljo_kod_mkr,
    digitaliseringsplan_rubrikenheter,
    konflikt_rubrik_format,
    kommunledning_ref_mkr,
    radet_grupp_konflikt,
    handlingsplan_sammanslagna,
    barn_nr_koder,
    kommunledning_it_projects,
    titel_tusental_format_mkr,
    vard_beteckning,
    samhallsbyggnad_mall,
    nr_koder_tva_radsrubrik,
    english_two_row_department,
]


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    for builder in BUILDERS:
        builder(outdir)


if __name__ == "__main__":
    build(os.path.dirname(os.path.abspath(__file__)))
