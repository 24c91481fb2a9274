#!/usr/bin/env python3
"""Workbooks of the lists corpus about sections, needs, documents, formulas and where the
förvaltning is named (see README.md in this folder).

Each workbook is written with openpyxl as a förvaltning would keep it: a title, an instructions
sheet, section headings, a needs list, formulas saved without their value, error cells. Next to
each workbook goes `<stem>.expected.json`: the answer a person reading the workbook gives, row by
row. Every row with content from the first header row down, on every sheet that holds a list, is
in "rows".

Run through make_lists.py, or on its own:
    /usr/bin/python3 -c "import sys; sys.path.insert(0, 'test/corpus/lists'); \
import lists_sections_formulas as m; m.build('test/corpus/lists')"
"""
import datetime
import os

from corpus_files import save_answer, save_workbook
from openpyxl import Workbook
from openpyxl.packaging.relationship import Relationship
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.external_link.external import (
    ExternalBook,
    ExternalLink,
    ExternalSheetNames,
)

FIXED = datetime.datetime(2025, 3, 14, 9, 0, 0)

KLF = "Kommunledningsförvaltningen"
BUF = "Barn- och utbildningsförvaltningen"
SOC = "Socialförvaltningen"
VOF = "Vård- och omsorgsförvaltningen"
SBF = "Samhällsbyggnadsförvaltningen"
KFF = "Kultur- och fritidsförvaltningen"
MF = "Miljöförvaltningen"

OMIT = object()  # a field left out of the row entry: not compared
SAME = object()  # each initiative row gets the file's förvaltning

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
SECTION_FILL = PatternFill("solid", fgColor="F2F2F2")


class Pct:
    """A number shown with a percent number format (0.15 shows as 15%)."""

    def __init__(self, value, fmt="0%"):
        self.value = value
        self.fmt = fmt


class Fmt:
    """A value with a number format of its own."""

    def __init__(self, value, fmt):
        self.value = value
        self.fmt = fmt


def D(y, m, d):
    return datetime.date(y, m, d)


class ListSheet:
    def __init__(self, book, ws, holds_list=True):
        self.book = book
        self.ws = ws
        self.holds_list = holds_list
        self.widths = {}

    # ---- writing -------------------------------------------------------------------------
    def put(self, row, values, font=None, fill=None, start=1):
        for i, v in enumerate(values):
            if v is None:
                continue
            col = start + i
            cell = self.ws.cell(row=row, column=col)
            if isinstance(v, Pct):
                cell.value = v.value
                cell.number_format = v.fmt
            elif isinstance(v, Fmt):
                cell.value = v.value
                cell.number_format = v.fmt
            elif isinstance(v, str) and v.startswith("=") and "{r}" in v:
                cell.value = v.replace("{r}", str(row))
            else:
                cell.value = v
                if isinstance(v, datetime.date):
                    cell.number_format = "yyyy-mm-dd"
                elif isinstance(v, (int, float)) and not isinstance(v, bool) and abs(v) >= 1000:
                    cell.number_format = "#,##0"
            if font is not None:
                cell.font = font
            if fill is not None:
                cell.fill = fill
            text = v.value if isinstance(v, (Pct, Fmt)) else v
            w = len(str(text)) if not (isinstance(text, str) and text.startswith("=")) else 12
            self.widths[col] = max(self.widths.get(col, 8), min(w + 2, 60))

    def text(self, row, text, font=None, col=1):
        cell = self.ws.cell(row=row, column=col, value=text)
        if font is not None:
            cell.font = font

    def title(self, row, text):
        self.text(row, text, TITLE)

    def money_format(self, row, cols, fmt="#,##0"):
        for c in cols:
            self.ws[f"{c}{row}"].number_format = fmt

    # ---- rows with an expected answer ----------------------------------------------------
    def header(self, row, values, start=1):
        self.put(row, values, font=BOLD, fill=HEADER_FILL, start=start)
        self.book.rows.append({"sheet": self.ws.title, "row": row, "as": "header"})

    def header_row_only(self, row):
        """A second row of a two-row header whose cells were written by hand."""
        self.book.rows.append({"sheet": self.ws.title, "row": row, "as": "header"})

    def section(self, row, text, merge_to=None):
        cell = self.ws.cell(row=row, column=1, value=text)
        cell.font = BOLD
        cell.fill = SECTION_FILL
        if merge_to:
            self.ws.merge_cells(f"A{row}:{merge_to}{row}")
            cell.alignment = Alignment(horizontal="left")
        self.book.rows.append(
            {"sheet": self.ws.title, "row": row, "as": "skipped", "reason": "section_heading"}
        )

    def total(self, row, values):
        self.put(row, values, font=BOLD)
        self.book.rows.append(
            {"sheet": self.ws.title, "row": row, "as": "skipped", "reason": "total"}
        )

    def repeated_header(self, row, values):
        self.put(row, values, font=BOLD, fill=HEADER_FILL)
        self.book.rows.append(
            {"sheet": self.ws.title, "row": row, "as": "skipped", "reason": "repeated_header"}
        )

    def initiative(self, row, values, name, id, status, inv, lop, kb, tb, ans,
                   documents=None, scores=None, forvaltning=OMIT):
        self.put(row, values)
        entry = {"sheet": self.ws.title, "row": row, "as": "initiative", "name": name, "id": id}
        fv = self.book.forvaltning_rows if forvaltning is OMIT else forvaltning
        if fv is not OMIT:
            entry["forvaltning"] = fv
        for key, val in (("status", status), ("investering", inv), ("lopandeKostnad", lop),
                         ("kostnadsbesparing", kb), ("tidsbesparing", tb), ("ansvarig", ans)):
            if val is not OMIT:
                entry[key] = val
        if documents:
            entry["documents"] = documents
        if scores:
            entry["scores"] = scores
        self.book.rows.append(entry)

    def need(self, row, values, vem, vad, varfor):
        self.put(row, values)
        self.book.rows.append({"sheet": self.ws.title, "row": row, "as": "need",
                               "vem": vem, "vad": vad, "varfor": varfor})

    def issue(self, cell, kind):
        self.book.issues.append({"sheet": self.ws.title, "cell": cell, "kind": kind})

    def finish(self):
        for col, w in self.widths.items():
            self.ws.column_dimensions[get_column_letter(col)].width = w


class Book:
    def __init__(self, stem, description, categories, forvaltning, forvaltning_from,
                 forvaltning_rows=SAME):
        assert stem.startswith("sf-") and stem == stem.lower()
        self.stem = stem
        self.description = description
        self.categories = categories
        self.forvaltning = forvaltning
        self.forvaltning_from = forvaltning_from
        # what each initiative row's "forvaltning" is; left out when the file gives no hint
        self.forvaltning_rows = forvaltning if forvaltning_rows is SAME else forvaltning_rows
        self.rows = []
        self.issues = []
        self.wb = Workbook()
        self.wb.remove(self.wb.active)
        self.sheets = []

    def sheet(self, title, holds_list=True):
        ws = self.wb.create_sheet(title)
        s = ListSheet(self, ws, holds_list)
        self.sheets.append(s)
        return s

    def info_sheet(self, title, lines):
        """An instructions sheet: text only, no list."""
        ws = self.wb.create_sheet(title)
        for i, line in enumerate(lines, 1):
            if line:
                ws.cell(row=i, column=1, value=line)
        ws["A1"].font = TITLE
        ws.column_dimensions["A"].width = 100
        return ws

    def save(self, outdir):
        for s in self.sheets:
            s.finish()
        save_workbook(self.wb, os.path.join(outdir, self.stem + ".xlsx"), FIXED, "Digiportfölj korpus")
        expected = {
            "description": self.description,
            "categories": self.categories,
            "forvaltning": self.forvaltning,
            "forvaltningFrom": self.forvaltning_from,
            "rows": self.rows,
            "issues": self.issues,
        }
        save_answer(expected, os.path.join(outdir, self.stem + ".expected.json"))


def add_external_link(wb, target, sheet_names):
    """An external workbook link as Excel writes it, without any cached value (the formulas
    in the sheets refer to it as [1])."""
    link = ExternalLink(externalBook=ExternalBook(
        sheetNames=ExternalSheetNames(sheetName=sheet_names), id="rId1"))
    link.file_link = Relationship(type="externalLinkPath", Target=target,
                                  TargetMode="External", Id="rId1")
    wb._external_links.append(link)


# =========================================================================================
# 1. Burlöv's behovsprocess under the projects: two merged section headings, then a needs
#    table with its own header after a third heading.
# =========================================================================================
def burlov_behov_under_projekt(outdir):
    b = Book("sf-burlov-behov-under-projekt",
             "Kommunledningsförvaltningens projektlista med två sammanslagna avsnittsrubriker "
             "(Pågående / Avslutade 2024) och under den en rubrik och en egen tabell med inkomna "
             "behov (vem/vad/varför); förvaltningen står i titeln.",
             ["section", "needs", "document-states", "forvaltning-title"], KLF, "title")
    s = b.sheet("Projekt")
    s.title(1, "Kommunledningsförvaltningen – digitaliseringsprojekt och behov 2025")
    s.text(2, "Sammanställt av digitaliseringsstrategen inför IT-rådet 2025-03-12")
    s.header(4, ["Nr", "Projekt", "Status", "Projektledare", "Investering (kr)",
                 "Löpande kostnad per år (kr)", "Nyttokalkyl", "Riskanalys"])
    s.section(5, "Pågående projekt", merge_to="H")
    s.initiative(6, ["KLF-01", "Digital onboarding", "Pågår", "Sara Lindqvist", 240000, 36000,
                     "Genomförd", "Delvis"],
                 "Digital onboarding", "KLF-01", "Pågående", 240000, 36000, None, None,
                 "Sara Lindqvist",
                 documents={"nyttokalkyl": "Genomförd", "riskanalys": "Delvis"})
    s.initiative(7, ["KLF-02", "Förstudie digital myndighetspost", "Förstudie", "Johan Persson",
                     80000, None, "Saknas", "Saknas"],
                 "Förstudie digital myndighetspost", "KLF-02", "Förstudie", 80000, None, None,
                 None, "Johan Persson",
                 documents={"nyttokalkyl": "Saknas", "riskanalys": "Saknas"})
    s.initiative(8, ["KLF-03", "E-signering av avtal och beslut", "Genomförs", "Maria Nilsson",
                     125000, 42000, "Delvis", "Genomförd"],
                 "E-signering av avtal och beslut", "KLF-03", "Pågående", 125000, 42000, None,
                 None, "Maria Nilsson",
                 documents={"nyttokalkyl": "Delvis", "riskanalys": "Genomförd"})
    s.initiative(9, ["KLF-04", "Ledarutveckling – innovation och digitalisering", "Pågående",
                     "Anders Holm", 60000, None, "Saknas", "Saknas"],
                 "Ledarutveckling – innovation och digitalisering", "KLF-04", "Pågående", 60000,
                 None, None, None, "Anders Holm",
                 documents={"nyttokalkyl": "Saknas", "riskanalys": "Saknas"})
    s.section(10, "Avslutade projekt 2024", merge_to="H")
    s.initiative(11, ["KLF-05", "Ny kommunwebb", "Klar", "Sara Lindqvist", 410000, 65000,
                      "Genomförd", "Genomförd"],
                 "Ny kommunwebb", "KLF-05", "Avslutad", 410000, 65000, None, None,
                 "Sara Lindqvist",
                 documents={"nyttokalkyl": "Genomförd", "riskanalys": "Genomförd"})
    s.initiative(12, ["KLF-06", "Mötesbokning i Outlook för förtroendevalda", "Avslutat",
                      "Johan Persson", 35000, 8000, "Saknas", "Saknas"],
                 "Mötesbokning i Outlook för förtroendevalda", "KLF-06", "Avslutad", 35000, 8000,
                 None, None, "Johan Persson",
                 documents={"nyttokalkyl": "Saknas", "riskanalys": "Saknas"})
    s.section(14, "Inkomna behov (användarberättelser)", merge_to="H")
    s.header(15, ["Nr", "Vem (intressent)", "Vad (mål)", "Varför (motiv)", "Inkommit",
                  "Behandlad i IT-rådet"])
    needs = [
        ("B-25-01", "Löneadministratör",
         "Att chefer kan attestera tidrapporter digitalt i mobilen",
         "Slippa pappersblanketter och manuell inmatning", D(2025, 1, 15), D(2025, 2, 12)),
        ("B-25-02", "Nämndsekreterare",
         "Skicka kallelser och handlingar digitalt till förtroendevalda",
         "Spara tid och portokostnader", D(2025, 1, 28), D(2025, 2, 12)),
        ("B-25-03", "Medborgare", "Boka tid hos kontaktcenter via webben",
         "Slippa ringa under telefontiden", D(2025, 2, 3), None),
        ("B-25-04", "HR-specialist", "En digital checklista för introduktion av nyanställda",
         "Introduktionen blir likvärdig i alla förvaltningar", D(2025, 2, 20), None),
        ("B-25-05", "Registrator", "Att e-post till kommunen diarieförs automatiskt",
         "Minska risken att ärenden tappas bort", D(2025, 3, 4), None),
    ]
    for i, (nr, vem, vad, varfor, inkom, behandlad) in enumerate(needs):
        s.need(16 + i, [nr, vem, vad, varfor, inkom, behandlad], vem, vad, varfor)
    b.save(outdir)


# =========================================================================================
# 2. Only a needs list: "Som … / vill jag … / för att …", after an instructions sheet.
# =========================================================================================
def socialforvaltningen_behov(outdir):
    b = Book("sf-socialforvaltningen-behov",
             "Bara en behovslista (användarberättelser i kolumnerna Som … / vill jag … / för "
             "att …) efter ett instruktionsblad; inga initiativ; förvaltningen står i titeln.",
             ["needs", "forvaltning-title"], SOC, "title")
    b.info_sheet("Instruktion", [
        "Så fyller du i en användarberättelse",
        None,
        "Beskriv behovet i tre delar: Som … (vem), vill jag … (vad), för att … (varför).",
        "Ett behov per rad. Digitaliseringsstrategen tar behoven vidare till IT-rådet.",
        "Skriv inte in lösningar, bara behov. Frågor: digitaliseringsstrategen.",
    ])
    s = b.sheet("Inkomna behov")
    s.title(1, "Socialförvaltningen – inkomna behov 2025")
    s.text(2, "Behovsprocessen: användarberättelser som ska behandlas i IT-rådet")
    s.header(4, ["Nr", "Som …", "vill jag …", "för att …", "Inkommit", "Kontaktperson"])
    needs = [
        (5, "1", "handläggare inom ekonomiskt bistånd",
         "kunna ta emot ansökningar digitalt med BankID",
         "slippa skanna och registrera pappersansökningar", D(2025, 1, 9), "Lena Ek"),
        (6, "2", "sökande av ekonomiskt bistånd", "se hur långt min ansökan har kommit",
         "inte behöva ringa min handläggare", D(2025, 1, 9), "Lena Ek"),
        (7, "3", "socialsekreterare inom barn och unga", "kunna signera utredningar digitalt",
         "besluten ska kunna expedieras samma dag", D(2025, 1, 22), "Omar Haddad"),
        (8, "4", "enhetschef", "få en månadsrapport över väntetider ur verksamhetssystemet",
         "kunna fördela ärenden jämnare", D(2025, 2, 5), "Karin Sjöberg"),
        (9, "5", "familjehemssekreterare", "kunna ha säkra videomöten med familjehem",
         "minska restiden", D(2025, 2, 11), "Omar Haddad"),
        # row 10 left blank, as in the list
        (11, "6", "handläggare på mottagningen",
         "få orosanmälningar via en e-tjänst i stället för e-post",
         "anmälningarna ska hanteras säkert och inte fastna i en inkorg", D(2025, 2, 27),
         "Karin Sjöberg"),
        (12, "7", "ungdom i kontakt med socialtjänsten",
         "kunna chatta anonymt med en socialsekreterare",
         "det ska vara lättare att söka hjälp tidigt", D(2025, 3, 6), "Omar Haddad"),
        (13, "8", "budget- och skuldrådgivare", "kunna boka rådgivning via webben",
         "fler ska få hjälp innan skulderna växer", D(2025, 3, 11), "Lena Ek"),
    ]
    for row, nr, vem, vad, varfor, inkom, kontakt in needs:
        s.need(row, [nr, vem, vad, varfor, inkom, kontakt], vem, vad, varfor)
    b.save(outdir)


# =========================================================================================
# 3. Formulas without saved values: SUM of cost parts, ROUND of minutes to hours, month × 12.
# =========================================================================================
def vard_och_omsorg_effekthemtagning(outdir):
    b = Book("sf-vard-och-omsorg-effekthemtagning",
             "Effekthemtagningslista där investering (SUM av delkostnader), tidsbesparing "
             "(ROUND av minuter per vecka) och löpande kostnad per år (månad × 12) är formler "
             "sparade utan värde; förvaltningen står i titeln; summarad.",
             ["formula-no-value", "forvaltning-title"], VOF, "title")
    s = b.sheet("Effekthemtagning")
    s.title(1, "Vård- och omsorgsförvaltningen – effekthemtagning 2025")
    s.text(2, "Belopp i kronor. Investering = hårdvara + licenser + konsult.")
    s.header(4, ["ID", "Initiativ", "Status", "Hårdvara (kr)", "Licenser (kr)", "Konsult (kr)",
                 "Investering (kr)", "Minuter sparade per vecka", "Tidsbesparing (timmar/år)",
                 "Löpande kostnad per månad (kr)", "Löpande kostnad per år (kr)", "Ansvarig"])
    inv = "=SUM(D{r}:F{r})"
    tid = "=ROUND(H{r}*52/60,0)"
    lop = "=J{r}*12"
    s.initiative(5, ["VOF-01", "Digitala trygghetslarm", "Avslutad", 180000, 45000, 30000, inv,
                     600, tid, 4500, lop, "Anna Berg"],
                 "Digitala trygghetslarm", "VOF-01", "Avslutad", 255000, 54000, None, 520,
                 "Anna Berg")
    s.initiative(6, ["VOF-02", "Nattillsyn med kamera", "Pågående", 96000, 24000, 15000, inv,
                     900, tid, 2800, lop, "Erik Svensson"],
                 "Nattillsyn med kamera", "VOF-02", "Pågående", 135000, 33600, None, 780,
                 "Erik Svensson")
    s.initiative(7, ["VOF-03", "Läkemedelsrobot i hemtjänsten", "Pågår", 210000, 18000, 0,
                     "=D{r}+E{r}+F{r}", 350, tid, 6200, lop, "Anna Berg"],
                 "Läkemedelsrobot i hemtjänsten", "VOF-03", "Pågående", 228000, 74400, None, 303,
                 "Anna Berg")
    s.initiative(8, ["VOF-04", "Nyckelfria lås i hemtjänsten", "Pågående", 340000, 60000,
                     40000, inv, 1500, tid, 5000, lop, "Fatima Ali"],
                 "Nyckelfria lås i hemtjänsten", "VOF-04", "Pågående", 440000, 60000, None, 1300,
                 "Fatima Ali")
    s.initiative(9, ["VOF-05", "Wellbee – digitalt planeringsstöd", "Klar", 0, 45000, 0, inv,
                     120, tid, 900, lop, "Erik Svensson"],
                 "Wellbee – digitalt planeringsstöd", "VOF-05", "Avslutad", 45000, 10800, None,
                 104, "Erik Svensson")
    s.initiative(10, ["VOF-06", "Digital signering av genomförandeplaner", "Förstudie", None,
                      30000, 20000, inv, 240, tid, 1500, lop, "Maria Nilsson"],
                 "Digital signering av genomförandeplaner", "VOF-06", "Förstudie", 50000, 18000,
                 None, 208, "Maria Nilsson")
    s.initiative(11, ["VOF-07", "Uppkopplad välfärdsteknik via wifi", "Idé", 50000, 0, 25000,
                      inv, None, None, None, None, "Fatima Ali"],
                 "Uppkopplad välfärdsteknik via wifi", "VOF-07", "Idé", 75000, None, None, None,
                 "Fatima Ali")
    s.total(13, [None, "Summa", None, "=SUM(D5:D11)", "=SUM(E5:E11)", "=SUM(F5:F11)",
                 "=SUM(G5:G11)", None, "=SUM(I5:I11)", None, "=SUM(K5:K11)"])
    b.save(outdir)


# =========================================================================================
# 4. Document states Finns/Saknas and a "Risk" column that is the risk analysis; error cells.
# =========================================================================================
def miljo_digitaliseringsinitiativ(outdir):
    b = Book("sf-miljo-digitaliseringsinitiativ",
             "Miljöförvaltningens lista (förvaltningen i titeln \"Digitaliseringsinitiativ, "
             "Miljöförvaltningen\") med dokumentkolumner Finns/Saknas och en kolumn \"Risk\" "
             "som är riskanalysen (Genomförd/Saknas/X/Ja/Delvis), samt #REF!, #N/A och #DIV/0! "
             "i belopps- och datumkolumner.",
             ["document-states", "error-values", "forvaltning-title"], MF, "title")
    s = b.sheet("Initiativ")
    s.title(1, "Digitaliseringsinitiativ, Miljöförvaltningen")
    s.header(3, ["Initiativ", "Beskrivning", "Status", "Startdatum", "Investering (kr)",
                 "Årlig driftkostnad (kr)", "Besparing per år (kr)", "Nyttokalkyl", "Risk",
                 "Projektplan", "Ansvarig"])
    norisk = {"Risk": None}
    s.initiative(4, ["Digital tillsynsapp för livsmedelskontroll",
                     "Inspektörerna dokumenterar kontrollen i fält", "Pågående", D(2024, 9, 2),
                     320000, 48000, 90000, "Finns", "Genomförd", "Finns", "Helena Strand"],
                 "Digital tillsynsapp för livsmedelskontroll", None, "Pågående", 320000, 48000,
                 90000, None, "Helena Strand",
                 documents={"nyttokalkyl": "Genomförd", "riskanalys": "Genomförd",
                            "projektplan": "Genomförd"}, scores=norisk)
    s.initiative(5, ["E-tjänst för anmälan av värmepump", "Anmälan och avgift i en e-tjänst",
                     "Avslutad", D(2023, 5, 15), 85000, 12000, 30000, "Finns", "X", "Finns",
                     "Per Olsson"],
                 "E-tjänst för anmälan av värmepump", None, "Avslutad", 85000, 12000, 30000,
                 None, "Per Olsson",
                 documents={"nyttokalkyl": "Genomförd", "riskanalys": "Genomförd",
                            "projektplan": "Genomförd"}, scores=norisk)
    s.initiative(6, ["Digital kartvisning av förorenade områden",
                     "Förorenade områden som lager i kommunens webbkarta", "Förstudie",
                     D(2025, 2, 3), "#REF!", None, None, "Saknas", "Saknas", "Saknas",
                     "Helena Strand"],
                 "Digital kartvisning av förorenade områden", None, "Förstudie", OMIT, None,
                 None, None, "Helena Strand",
                 documents={"nyttokalkyl": "Saknas", "riskanalys": "Saknas",
                            "projektplan": "Saknas"}, scores=norisk)
    s.issue("E6", "cell_error")
    s.initiative(7, ["Automatisk fakturering av tillsynsavgifter",
                     "Avgiftsbeslut går direkt till ekonomisystemet", "Pågår", "#N/A", 150000,
                     20000, 110000, "Finns", "Ja", "Saknas", "Jonas Berg"],
                 "Automatisk fakturering av tillsynsavgifter", None, "Pågående", 150000, 20000,
                 110000, None, "Jonas Berg",
                 documents={"nyttokalkyl": "Genomförd", "riskanalys": "Genomförd",
                            "projektplan": "Saknas"}, scores=norisk)
    s.issue("D7", "cell_error")
    s.initiative(8, ["Mätdata från luftsensorer som öppna data",
                     "Publicera sensordata om luftkvalitet", "Idé", None, 60000, "#DIV/0!", None,
                     "Saknas", "Saknas", "Saknas", "Per Olsson"],
                 "Mätdata från luftsensorer som öppna data", None, "Idé", 60000, OMIT, None, None,
                 "Per Olsson",
                 documents={"nyttokalkyl": "Saknas", "riskanalys": "Saknas",
                            "projektplan": "Saknas"}, scores=norisk)
    s.issue("F8", "cell_error")
    s.initiative(9, ["Byte av ärendehanteringssystem", "Upphandlat system ersätter det gamla",
                     "Beslutad", D(2025, 6, 2), 540000, 95000, 70000, "Finns", "Delvis", "Finns",
                     "Jonas Berg"],
                 "Byte av ärendehanteringssystem", None, "Beslutad", 540000, 95000, 70000, None,
                 "Jonas Berg",
                 documents={"nyttokalkyl": "Genomförd", "riskanalys": "Delvis",
                            "projektplan": "Genomförd"}, scores=norisk)
    s.initiative(10, ["Inspektionsrapporter med e-underskrift",
                      "Rapporten skickas och signeras digitalt", "Avbruten", D(2024, 3, 4), 40000,
                      None, None, "Saknas", "Saknas", "Saknas", "Helena Strand"],
                 "Inspektionsrapporter med e-underskrift", None, "Avbruten", 40000, None, None,
                 None, "Helena Strand",
                 documents={"nyttokalkyl": "Saknas", "riskanalys": "Saknas",
                            "projektplan": "Saknas"}, scores=norisk)
    s.total(12, ["Totalt", None, None, None, None, None, "=SUM(G4:G10)"])
    b.save(outdir)


# =========================================================================================
# 5. Förvaltning in the sheet's name; percent in amount columns (text and percent format);
#    a real 1–5 Risk score; an unknown status word.
# =========================================================================================
def digitala_initiativ_bladnamn(outdir):
    b = Book("sf-digitala-initiativ-2025-blad",
             "Lista på ett blad som heter \"Socialförvaltningen 2025\" (förvaltningen bara i "
             "bladnamnet) efter ett anvisningsblad; \"15%\" och ett tal med procentformat i "
             "beloppskolumner; Nytta, Komplexitet och en riktig Risk 1–5; Nyttokalkyl Ja/Nej; "
             "ett statusord som inte betyder någon status.",
             ["forvaltning-sheet-title", "percent-amount", "document-states"], SOC, "sheetTitle")
    b.info_sheet("Anvisningar", [
        "Anvisningar för listan över digitala initiativ",
        None,
        "Fyll i en rad per initiativ. Belopp anges i kronor.",
        "Nytta, Komplexitet och Risk bedöms på en skala 1–5 (5 = hög).",
        "Nyttokalkyl: skriv Ja om en nyttokalkyl är gjord, annars Nej.",
    ])
    s = b.sheet("Socialförvaltningen 2025")
    s.text(1, "Fyll i en rad per initiativ. Bedömningar 1–5.")
    s.header(2, ["ID", "Namn", "Status", "Ansvarig", "Investering (kr)",
                 "Löpande kostnad (kr/år)", "Kostnadsbesparing (kr/år)",
                 "Tidsbesparing (tim/år)", "Nytta (1-5)", "Komplexitet (1-5)", "Risk (1-5)",
                 "Nyttokalkyl (Ja/Nej)"])

    def sc(n, k, r):
        return {"Nytta": n, "Komplexitet": k, "Risk": r}

    s.initiative(3, ["SOC-01", "Automatiserad handläggning ekonomiskt bistånd (RPA)", "Pågår",
                     "Lena Ek", 450000, 85000, "15%", 2600, 5, 4, 3, "Ja"],
                 "Automatiserad handläggning ekonomiskt bistånd (RPA)", "SOC-01", "Pågående",
                 450000, 85000, OMIT, 2600, "Lena Ek",
                 documents={"nyttokalkyl": "Genomförd"}, scores=sc(5, 4, 3))
    s.issue("G3", "percent_in_amount")
    s.initiative(4, ["SOC-02", "E-tjänst ansökan ekonomiskt bistånd", "Avslutad", "Lena Ek",
                     220000, 30000, 120000, 1200, 4, 2, 2, "Ja"],
                 "E-tjänst ansökan ekonomiskt bistånd", "SOC-02", "Avslutad", 220000, 30000,
                 120000, 1200, "Lena Ek",
                 documents={"nyttokalkyl": "Genomförd"}, scores=sc(4, 2, 2))
    s.initiative(5, ["SOC-03", "Digital signering av myndighetsbeslut", "Klar", "Omar Haddad",
                     95000, 15000, None, 400, 3, 2, 1, "Nej"],
                 "Digital signering av myndighetsbeslut", "SOC-03", "Avslutad", 95000, 15000,
                 None, 400, "Omar Haddad",
                 documents={"nyttokalkyl": "Saknas"}, scores=sc(3, 2, 1))
    s.initiative(6, ["SOC-04", "Säkra videomöten med familjehem", "Inväntar politiken",
                     "Karin Sjöberg", 60000, 18000, None, 300, 3, 2, 2, "Nej"],
                 "Säkra videomöten med familjehem", "SOC-04", None, 60000, 18000, None, 300,
                 "Karin Sjöberg",
                 documents={"nyttokalkyl": "Saknas"}, scores=sc(3, 2, 2))
    s.issue("C6", "unknown_status")
    s.initiative(7, ["SOC-05", "Digital orosanmälan via e-tjänst", "Beslutad", "Karin Sjöberg",
                     130000, Pct(0.2), 40000, 500, 4, 3, 4, "Ja"],
                 "Digital orosanmälan via e-tjänst", "SOC-05", "Beslutad", 130000, OMIT, 40000,
                 500, "Karin Sjöberg",
                 documents={"nyttokalkyl": "Genomförd"}, scores=sc(4, 3, 4))
    s.issue("F7", "percent_in_amount")
    s.initiative(8, ["SOC-06", "Anonym chatt för unga", "Idé", "Omar Haddad", None, None, None,
                     None, 4, 3, None, "Nej"],
                 "Anonym chatt för unga", "SOC-06", "Idé", None, None, None, None, "Omar Haddad",
                 documents={"nyttokalkyl": "Saknas"}, scores=sc(4, 3, None))
    s.initiative(9, ["SOC-07", "Beslutsstöd för placeringar", "Parkerad", "Karin Sjöberg",
                     300000, 60000, 80000, 700, 3, 5, 5, "Ja"],
                 "Beslutsstöd för placeringar", "SOC-07", "Pausad", 300000, 60000, 80000, 700,
                 "Karin Sjöberg",
                 documents={"nyttokalkyl": "Genomförd"}, scores=sc(3, 5, 5))
    s.initiative(10, ["SOC-08", "Skanning av pappersakter till e-arkiv", "Ej påbörjad",
                      "Lena Ek", 180000, 10000, 25000, 900, 2, 2, 1, "Nej"],
                 "Skanning av pappersakter till e-arkiv", "SOC-08", "Beslutad", 180000, 10000,
                 25000, 900, "Lena Ek",
                 documents={"nyttokalkyl": "Saknas"}, scores=sc(2, 2, 1))
    b.save(outdir)


# =========================================================================================
# 6. Förvaltning only in the file name; section headings in column A only, same list goes on.
# =========================================================================================
def kultur_och_fritid(outdir):
    b = Book("sf-kultur-och-fritid-digitala-initiativ",
             "Lista utan titel och utan förvaltningskolumn på \"Blad1\": förvaltningen står bara "
             "i filnamnet (kultur-och-fritid); avsnittsrubriker i kolumn A (Bibliotek, Fritid "
             "och idrott, Kulturskolan) inom samma lista; dokument Ja/Nej.",
             ["forvaltning-file-name", "section", "document-states"], KFF, "fileName")
    s = b.sheet("Blad1")
    s.header(1, ["Nr", "Initiativ", "Status", "Ansvarig", "Investering (kr)",
                 "Drift per år (kr)", "Nyttokalkyl", "Projektplan", "Slutrapport"])

    def dk(n, p, u):
        m = {"Ja": "Genomförd", "Nej": "Saknas"}
        return {"nyttokalkyl": m[n], "projektplan": m[p], "projektutvardering": m[u]}

    s.section(2, "Bibliotek")
    s.initiative(3, ["KF-01", "Meröppet bibliotek i Arlöv", "Pågår", "Ingrid Sand", 350000,
                     40000, "Ja", "Ja", "Nej"],
                 "Meröppet bibliotek i Arlöv", "KF-01", "Pågående", 350000, 40000, None, None,
                 "Ingrid Sand", documents=dk("Ja", "Ja", "Nej"))
    s.initiative(4, ["KF-02", "Självutlåning med RFID", "Klar", "Ingrid Sand", 210000, 25000,
                     "Ja", "Ja", "Ja"],
                 "Självutlåning med RFID", "KF-02", "Avslutad", 210000, 25000, None, None,
                 "Ingrid Sand", documents=dk("Ja", "Ja", "Ja"))
    s.initiative(5, ["KF-03", "Digitalt lokalhistoriskt arkiv", "Genomförs", "Ola Nyberg", 90000,
                     12000, "Nej", "Ja", "Nej"],
                 "Digitalt lokalhistoriskt arkiv", "KF-03", "Pågående", 90000, 12000, None, None,
                 "Ola Nyberg", documents=dk("Nej", "Ja", "Nej"))
    s.section(6, "Fritid och idrott")
    s.initiative(7, ["KF-04", "Digital bokning av idrottshallar", "Avslutat", "Ola Nyberg",
                     160000, 30000, "Ja", "Ja", "Ja"],
                 "Digital bokning av idrottshallar", "KF-04", "Avslutad", 160000, 30000, None,
                 None, "Ola Nyberg", documents=dk("Ja", "Ja", "Ja"))
    s.initiative(8, ["KF-05", "Mobilnyckel till sporthallarna", "Parkerad", "Ola Nyberg", 240000,
                     35000, "Nej", "Nej", "Nej"],
                 "Mobilnyckel till sporthallarna", "KF-05", "Pausad", 240000, 35000, None, None,
                 "Ola Nyberg", documents=dk("Nej", "Nej", "Nej"))
    s.initiative(9, ["KF-06", "E-tjänst för föreningsbidrag", "Planerad", "Sofia Karlsson",
                     75000, 9000, "Ja", "Nej", "Nej"],
                 "E-tjänst för föreningsbidrag", "KF-06", "Beslutad", 75000, 9000, None, None,
                 "Sofia Karlsson", documents=dk("Ja", "Nej", "Nej"))
    s.section(10, "Kulturskolan")
    s.initiative(11, ["KF-07", "Digital anmälan och kö till kulturskolan", "Pågående",
                      "Sofia Karlsson", 110000, 18000, "Ja", "Ja", "Nej"],
                 "Digital anmälan och kö till kulturskolan", "KF-07", "Pågående", 110000, 18000,
                 None, None, "Sofia Karlsson", documents=dk("Ja", "Ja", "Nej"))
    s.initiative(12, ["KF-08", "Distansundervisning i musik", "Idé", None, None, None, "Nej",
                      "Nej", "Nej"],
                 "Distansundervisning i musik", "KF-08", "Idé", None, None, None, None, None,
                 documents=dk("Nej", "Nej", "Nej"))
    b.save(outdir)


# =========================================================================================
# 7. No hint at all of the förvaltning; external formulas written as a path; error cells.
# =========================================================================================
def projektlista_utan_forvaltning(outdir):
    b = Book("sf-projektlista-2025",
             "Projektlista som inte nämner någon förvaltning (varken titel, blad, kolumn eller "
             "filnamn); investeringar som formler mot en annan arbetsbok "
             "('C:\\Ekonomi\\[budget2025.xlsx]Blad1'!B4) utan värde; #DIV/0! och #VALUE! i "
             "beloppskolumner; summarad.",
             ["external-formula", "error-values", "forvaltning-file-name"], None, "fileName",
             forvaltning_rows=OMIT)
    s = b.sheet("Projekt")
    s.title(1, "Projektlista digitalisering 2025")
    s.text(2, "Belopp i kronor")
    s.header(4, ["Projekt-ID", "Projektnamn", "Status", "Projektledare", "Investering (kr)",
                 "Löpande kostnad per år (kr)", "Besparing per år (kr)",
                 "Tidsbesparing (timmar per år)", "Kommentar"])
    ext = "='C:\\Ekonomi\\[budget2025.xlsx]Blad1'!"
    s.initiative(5, ["P-01", "E-arkiv etapp 2", "Pågående", "Linnea Åberg", ext + "B4", 60000,
                     None, 800, "Investeringen hämtas från ekonomis budgetfil"],
                 "E-arkiv etapp 2", "P-01", "Pågående", OMIT, 60000, None, 800, "Linnea Åberg")
    s.issue("E5", "formula_without_value")
    s.initiative(6, ["P-02", "Digital signering av beslut", "Avslutad", "Tomas Wik", 95000,
                     15000, 40000, 400, None],
                 "Digital signering av beslut", "P-02", "Avslutad", 95000, 15000, 40000, 400,
                 "Tomas Wik")
    s.initiative(7, ["P-03", "Ny intranätplattform", "Pågår", "Linnea Åberg", ext + "B5",
                     ext + "C5", None, 1500, "Belopp enligt budgetfilen"],
                 "Ny intranätplattform", "P-03", "Pågående", OMIT, OMIT, None, 1500,
                 "Linnea Åberg")
    s.issue("E7", "formula_without_value")
    s.issue("F7", "formula_without_value")
    s.initiative(8, ["P-04", "Automatiserad fakturahantering (RPA)", "Förstudie", "Tomas Wik",
                     120000, "#DIV/0!", 150000, 2000, "Driftkostnaden beräknas per faktura"],
                 "Automatiserad fakturahantering (RPA)", "P-04", "Förstudie", 120000, OMIT,
                 150000, 2000, "Tomas Wik")
    s.issue("F8", "cell_error")
    s.initiative(9, ["P-05", "Lösenordsåterställning via självservice", "Avslutad",
                     "Nadia Said", 45000, 6000, None, 350, None],
                 "Lösenordsåterställning via självservice", "P-05", "Avslutad", 45000, 6000,
                 None, 350, "Nadia Said")
    s.initiative(10, ["P-06", "Videomöten i alla sammanträdesrum", "Beslutad", "Nadia Said",
                      210000, 24000, 30000, None, None],
                 "Videomöten i alla sammanträdesrum", "P-06", "Beslutad", 210000, 24000, 30000,
                 None, "Nadia Said")
    s.initiative(11, ["P-07", "Mobil attest av leverantörsfakturor", "Idé", "Tomas Wik",
                      "#VALUE!", None, None, 500, None],
                 "Mobil attest av leverantörsfakturor", "P-07", "Idé", OMIT, None, None, 500,
                 "Tomas Wik")
    s.issue("E11", "cell_error")
    s.total(13, [None, "Summa", None, None, None, None, "=SUM(G5:G11)", "=SUM(H5:H11)"])
    b.save(outdir)


# =========================================================================================
# 8. A förvaltning not on the council's list, in the title; formulas: ID from ROW(), status
#    from IF, tkr × 1000, values from another sheet, CONCATENATE.
# =========================================================================================
def tekniska_projektlista(outdir):
    b = Book("sf-tekniska-projektlista",
             "\"Tekniska förvaltningen – projektlista\" (en förvaltning som inte finns i "
             "rådets lista) där ID (=\"TF-\"&TEXT(ROW()-3,\"00\")), status (IF), investering "
             "(tkr × 1000), namn (CONCATENATE) och belopp från bladet \"Kalkyl GIS\" är formler "
             "sparade utan värde.",
             ["forvaltning-title", "formula-no-value"], "Tekniska förvaltningen", "title")
    s = b.sheet("Projektlista")
    s.title(1, "Tekniska förvaltningen – projektlista")
    s.header(3, ["ID", "Projekt", "Klart (J/N)", "Status", "Budget (tkr)", "Investering (kr)",
                 "Driftkostnad per år (kr)", "Besparing per år (kr)", "Ansvarig"])
    idf = '="TF-"&TEXT(ROW()-3,"00")'
    st = '=IF(C{r}="J","Avslutad","Pågående")'
    inv = "=E{r}*1000"
    s.initiative(4, [idf, "Digital felanmälan gata och park", "J", st, 180, inv, 20000, 60000,
                     "Mikael Ström"],
                 "Digital felanmälan gata och park", "TF-01", "Avslutad", 180000, 20000, 60000,
                 None, "Mikael Ström")
    s.initiative(5, [idf, "Sensorer för tömning av papperskorgar", "N", st, 420, inv, 55000,
                     130000, "Mikael Ström"],
                 "Sensorer för tömning av papperskorgar", "TF-02", "Pågående", 420000, 55000,
                 130000, None, "Mikael Ström")
    s.initiative(6, [idf, "Ruttplanering för vinterväghållning", "N", st, 260, inv, 30000, 90000,
                     "Lotta Berg"],
                 "Ruttplanering för vinterväghållning", "TF-03", "Pågående", 260000, 30000,
                 90000, None, "Lotta Berg")
    s.initiative(7, [idf, "Gemensam GIS-plattform", "N", st, "se kalkyl", "='Kalkyl GIS'!B4",
                     "='Kalkyl GIS'!B5", "='Kalkyl GIS'!B6", "Lotta Berg"],
                 "Gemensam GIS-plattform", "TF-04", "Pågående", 950000, 120000, 200000, None,
                 "Lotta Berg")
    s.initiative(8, [idf, "Fordonsbokning i e-tjänst", "J", st, 65.5, inv, 8000, 25000,
                     "Anna Ek"],
                 "Fordonsbokning i e-tjänst", "TF-05", "Avslutad", 65500, 8000, 25000, None,
                 "Anna Ek")
    s.initiative(9, [idf, "Energiuppföljning i kommunens fastigheter", "N", st, 310, inv, 40000,
                     180000, "Anna Ek"],
                 "Energiuppföljning i kommunens fastigheter", "TF-06", "Pågående", 310000, 40000,
                 180000, None, "Anna Ek")
    s.initiative(10, [idf, '=CONCATENATE(B9," – etapp 2")', "N", st, 145, inv, 15000, 60000,
                      "Anna Ek"],
                 "Energiuppföljning i kommunens fastigheter – etapp 2", "TF-07", "Pågående",
                 145000, 15000, 60000, None, "Anna Ek")
    s.total(12, [None, "Summa", None, None, "=SUM(E4:E10)", "=SUM(F4:F10)", "=SUM(G4:G10)",
                 "=SUM(H4:H10)"])
    # The calculation sheet is a form for one project (label and amount), not a list.
    k = b.sheet("Kalkyl GIS", holds_list=False)
    k.title(1, "Nyttokalkyl – Gemensam GIS-plattform")
    k.text(2, "Förenklad enligt ESV:s mall. Belopp i kronor.")
    k.put(4, ["Investering", 950000])
    k.put(5, ["Löpande kostnad per år", 120000])
    k.put(6, ["Kostnadsbesparing per år", 200000])
    k.put(7, ["Återbetalningstid (år)", "=ROUND(B4/(B6-B5),1)"])
    b.save(outdir)


# =========================================================================================
# 9. Two tables on one sheet: projects, then a heading and Lund's table of finished projects
#    with its own header; a needs sheet with "Behov – vem/vad/varför".
# =========================================================================================
def barn_och_utbildning(outdir):
    b = Book("sf-barn-och-utbildning-projekt-och-behov",
             "Barn- och utbildningsförvaltningens satsningar; under rubriken \"Avslutade "
             "projekt\" börjar en andra tabell med egna rubriker (Lunds tabell: Budget, "
             "Nyttokalkyl, Projektutvärdering, Riskanalys); \"20 %\" i en beloppskolumn; ett "
             "eget blad \"Behov\" med Behov – vem/vad/varför.",
             ["section", "needs", "document-states", "percent-amount", "forvaltning-title"],
             BUF, "title")
    s = b.sheet("Projekt")
    s.title(1, "Barn- och utbildningsförvaltningen – digitala satsningar 2024–2025")
    s.header(3, ["ID", "Satsning", "Status", "Ansvarig", "Investering (kr)",
                 "Löpande kostnad per år (kr)", "Tidsbesparing (timmar per år)", "Nyttokalkyl",
                 "Projektplan"])
    s.initiative(4, ["BUF-01", "Digital frånvarohantering i grundskolan", "Pågår",
                     "Henrik Lund", 280000, 45000, 3200, "Genomförd", "Genomförd"],
                 "Digital frånvarohantering i grundskolan", "BUF-01", "Pågående", 280000, 45000,
                 None, 3200, "Henrik Lund",
                 documents={"nyttokalkyl": "Genomförd", "projektplan": "Genomförd"})
    s.initiative(5, ["BUF-02", "Elevdatorer 1:1 i årskurs 4–6", "Pågående", "Henrik Lund",
                     1850000, 420000, None, "Delvis", "Genomförd"],
                 "Elevdatorer 1:1 i årskurs 4–6", "BUF-02", "Pågående", 1850000, 420000, None,
                 None, "Henrik Lund",
                 documents={"nyttokalkyl": "Delvis", "projektplan": "Genomförd"})
    s.initiative(6, ["BUF-03", "Digitala läromedel i matematik", "Beslutad", "Eva Söder",
                     310000, 150000, None, "Saknas", "Delvis"],
                 "Digitala läromedel i matematik", "BUF-03", "Beslutad", 310000, 150000, None,
                 None, "Eva Söder",
                 documents={"nyttokalkyl": "Saknas", "projektplan": "Delvis"})
    s.initiative(7, ["BUF-04", "Automatisk schemaläggning", "Förstudie", "Eva Söder", "20 %",
                     60000, 900, "Saknas", "Saknas"],
                 "Automatisk schemaläggning", "BUF-04", "Förstudie", OMIT, 60000, None, 900,
                 "Eva Söder",
                 documents={"nyttokalkyl": "Saknas", "projektplan": "Saknas"})
    s.issue("E7", "percent_in_amount")
    # Nothing filled in but name and status: the document cells are simply empty.
    s.initiative(8, ["BUF-05", "E-tjänst för skolskjutsansökan", "Idé"],
                 "E-tjänst för skolskjutsansökan", "BUF-05", "Idé", None, None, None, None,
                 None)
    s.section(10, "Avslutade projekt", merge_to="I")
    s.header(11, ["Projekt", "Tidsram", "Budget", "Status", "Nyttokalkyl", "Projektutvärdering",
                  "Tydligt syfte och mål", "Riskanalys"])

    def dk(n, u, r):
        return {"nyttokalkyl": n, "projektutvardering": u, "riskanalys": r}

    s.initiative(12, ["Lärplattform för förskolan", "2022-08 – 2023-12", "420 000 kr",
                      "Avslutad", "Genomförd", "Genomförd", "Ja", "Ja"],
                 "Lärplattform för förskolan", None, "Avslutad", 420000, None, None, None, None,
                 documents=dk("Genomförd", "Genomförd", "Genomförd"))
    s.initiative(13, ["Digital ansökan till skolval", "höst 2023 – 2024-05-31", "185 000 kr",
                      "Klar", "Genomförd", "Saknas", "Delvis", "Saknas"],
                 "Digital ansökan till skolval", None, "Avslutad", 185000, None, None, None, None,
                 documents=dk("Genomförd", "Saknas", "Saknas"))
    s.initiative(14, ["Utbyte av elevdatorer på gymnasiet", "2023-01 – 2023-09", "1 200 000 kr",
                      "Avslutat", "Saknas", "Saknas", "Ja", "Ja"],
                 "Utbyte av elevdatorer på gymnasiet", None, "Avslutad", 1200000, None, None,
                 None, None,
                 documents=dk("Saknas", "Saknas", "Genomförd"))
    s.initiative(15, ["Digitala nationella prov – förberedelser", "2023-10 – 2024-12-20",
                      "95 000 kr", "Avslutad", "Delvis", "Genomförd", "Ja", "Saknas"],
                 "Digitala nationella prov – förberedelser", None, "Avslutad", 95000, None, None,
                 None, None,
                 documents=dk("Delvis", "Genomförd", "Saknas"))
    n = b.sheet("Behov")
    n.title(1, "Inkomna behov vt 2025")
    n.header(3, ["Inkommit", "Behov – vem", "Behov – vad", "Behov – varför", "Skola/enhet"])
    needs = [
        (D(2025, 1, 13), "Lärare i förskoleklass",
         "Dela dokumentation av lärandet med vårdnadshavare i appen",
         "Vårdnadshavare ska kunna följa barnets lärande utan papperslappar",
         "Tornfalkens skola"),
        (D(2025, 1, 20), "Skoladministratör",
         "Få elevlistor automatiskt från elevregistret till lärplattformen",
         "Slippa dubbelregistrering vid terminsstart", "Central administration"),
        (D(2025, 2, 3), "Skolsköterska",
         "En säker digital journal som fungerar på alla skolor",
         "Journalen finns inte alltid på plats vid besök", "Elevhälsan"),
        (D(2025, 2, 17), "Vårdnadshavare", "Ansöka om skolskjuts digitalt",
         "Få beslut snabbare", None),
        (D(2025, 3, 3), "Rektor", "Se frånvarostatistik per klass varje vecka",
         "Upptäcka problematisk frånvaro tidigt", "Tornfalkens skola"),
    ]
    for i, (inkom, vem, vad, varfor, enhet) in enumerate(needs):
        n.need(4 + i, [inkom, vem, vad, varfor, enhet], vem, vad, varfor)
    b.save(outdir)


# =========================================================================================
# 10. Real 1–5 scores (Risk among them) next to a "Riskbedömning" document column; errors.
# =========================================================================================
def samhallsbyggnad_portfolj(outdir):
    b = Book("sf-samhallsbyggnad-portfolj",
             "Samhällsbyggnadsförvaltningens portfölj med bedömningar 1–5 (Nytta, Strategisk "
             "betydelse, Komplexitet, Risk) bredvid en dokumentkolumn \"Riskbedömning\" "
             "(Genomförd/Delvis/Saknas); #N/A, #VALUE! och #REF! i belopps-, tid- och "
             "datumkolumner; summarad.",
             ["document-states", "error-values", "forvaltning-title"], SBF, "title")
    s = b.sheet("Portfölj")
    s.title(1, "Samhällsbyggnadsförvaltningen – digitaliseringsportfölj 2025")
    s.text(2, "Bedömning 1–5 enligt digitaliseringsrådets prioriteringsgrunder")
    s.header(4, ["ID", "Initiativ", "Status", "Ansvarig", "Investering (kr)",
                 "Löpande kostnad (kr/år)", "Tidsbesparing (h/år)", "Nytta (1–5)",
                 "Strategisk betydelse (1–5)", "Komplexitet (1–5)", "Risk (1–5)",
                 "Riskbedömning", "Startdatum"])

    def sc(n, s_, k, r):
        return {"Nytta": n, "Strategisk betydelse": s_, "Komplexitet": k, "Risk": r}

    s.initiative(5, ["SBF-01", "Digitalt bygglov – vidareutveckling", "Pågående", "Karl Ek",
                     596600, 48000, 1800, 5, 4, 3, 2, "Genomförd", D(2024, 8, 19)],
                 "Digitalt bygglov – vidareutveckling", "SBF-01", "Pågående", 596600, 48000,
                 None, 1800, "Karl Ek", documents={"riskanalys": "Genomförd"},
                 scores=sc(5, 4, 3, 2))
    s.initiative(6, ["SBF-02", "Digital planproduktion", "Pågår", "Malin Roos", 780000, "#N/A",
                     1200, 4, 5, 4, 3, "Genomförd", D(2024, 1, 8)],
                 "Digital planproduktion", "SBF-02", "Pågående", 780000, OMIT, None, 1200,
                 "Malin Roos", documents={"riskanalys": "Genomförd"}, scores=sc(4, 5, 4, 3))
    s.issue("F6", "cell_error")
    s.initiative(7, ["SBF-03", "Kommunal geosamverkan", "Förstudie", "Malin Roos", 150000, 25000,
                     "#VALUE!", 3, 4, 3, 2, "Saknas", D(2025, 3, 3)],
                 "Kommunal geosamverkan", "SBF-03", "Förstudie", 150000, 25000, None, OMIT,
                 "Malin Roos", documents={"riskanalys": "Saknas"}, scores=sc(3, 4, 3, 2))
    s.issue("G7", "cell_error")
    s.initiative(8, ["SBF-04", "Digitala detaljplaner", "Beslutad", "Karl Ek", 420000, 36000,
                     900, 4, 5, 4, 4, "Delvis", "#REF!"],
                 "Digitala detaljplaner", "SBF-04", "Beslutad", 420000, 36000, None, 900,
                 "Karl Ek", documents={"riskanalys": "Delvis"}, scores=sc(4, 5, 4, 4))
    s.issue("M8", "cell_error")
    s.initiative(9, ["SBF-05", "Automatisk kompletthetskontroll av bygglovsansökan", "Avslutad",
                     "Karl Ek", 230000, 18000, 2500, 5, 3, 2, 1, "Genomförd", D(2023, 2, 1)],
                 "Automatisk kompletthetskontroll av bygglovsansökan", "SBF-05", "Avslutad",
                 230000, 18000, None, 2500, "Karl Ek", documents={"riskanalys": "Genomförd"},
                 scores=sc(5, 3, 2, 1))
    s.initiative(10, ["SBF-06", "3D-stadsmodell", "Idé", None, None, None, None, 3, 3, 5, 4,
                      "Saknas", None],
                 "3D-stadsmodell", "SBF-06", "Idé", None, None, None, None, None,
                 documents={"riskanalys": "Saknas"}, scores=sc(3, 3, 5, 4))
    s.initiative(11, ["SBF-07", "E-tjänst för strandskyddsdispens", "Pausad", "Malin Roos",
                      90000, 12000, 400, 2, 2, 2, 2, "Saknas", D(2024, 5, 6)],
                 "E-tjänst för strandskyddsdispens", "SBF-07", "Pausad", 90000, 12000, None, 400,
                 "Malin Roos", documents={"riskanalys": "Saknas"}, scores=sc(2, 2, 2, 2))
    s.initiative(12, ["SBF-08", "Skanning av bygglovsarkivet", "Avbruten", "Karl Ek", 1100000,
                      15000, 600, 3, 2, 2, 3, "Genomförd", D(2022, 9, 1)],
                 "Skanning av bygglovsarkivet", "SBF-08", "Avbruten", 1100000, 15000, None, 600,
                 "Karl Ek", documents={"riskanalys": "Genomförd"}, scores=sc(3, 2, 2, 3))
    s.total(13, [None, "Summa", None, None, "=SUM(E5:E12)"])
    b.save(outdir)


# =========================================================================================
# 11. English export with Swedish document values: "Risk assessment" is the risk analysis;
#     an external formula as a path; a percent-formatted number as an investment.
# =========================================================================================
def kommunledning_initiative_register(outdir):
    b = Book("sf-kommunledning-initiative-register",
             "Systemexport med engelska rubriker och svenska värden: \"Risk assessment\" med "
             "Genomförd/Saknas/X/Ja/Delvis är riskanalysen, inte en riskpoäng; en investering "
             "som formel mot en annan arbetsbok; 0,15 med procentformat som investering.",
             ["document-states", "external-formula", "percent-amount", "forvaltning-title"],
             KLF, "title")
    s = b.sheet("Export")
    s.title(1, "Kommunledningsförvaltningen – Initiative register (export 2025-02-28)")
    s.header(3, ["Initiative ID", "Initiative", "Status", "Owner", "Investment (SEK)",
                 "Running cost per year (SEK)", "Savings per year (SEK)", "Benefit calculation",
                 "Risk assessment", "Project plan", "Evaluation"])
    norisk = {"Risk": None}

    def dk(n, r, p, e):
        return {"nyttokalkyl": n, "riskanalys": r, "projektplan": p, "projektutvardering": e}

    s.initiative(4, ["KLF-2025-01", "Gemensam e-tjänsteplattform", "Pågående", "Sara Lindqvist",
                     1400000, 210000, 350000, "Genomförd", "Genomförd", "Genomförd", "Saknas"],
                 "Gemensam e-tjänsteplattform", "KLF-2025-01", "Pågående", 1400000, 210000,
                 350000, None, "Sara Lindqvist",
                 documents=dk("Genomförd", "Genomförd", "Genomförd", "Saknas"), scores=norisk)
    s.initiative(5, ["KLF-2025-02", "Digital nämndhantering", "Avslutad", "Johan Persson",
                     260000, 45000, 90000, "Genomförd", "X", "Genomförd", "Genomförd"],
                 "Digital nämndhantering", "KLF-2025-02", "Avslutad", 260000, 45000, 90000, None,
                 "Johan Persson",
                 documents=dk("Genomförd", "Genomförd", "Genomförd", "Genomförd"),
                 scores=norisk)
    s.initiative(6, ["KLF-2025-03", "Avveckling av Meraki (EMM)", "Avslutad", "Ali Karimi",
                     "='C:\\IT\\Kostnader\\[emm_kostnader.xlsx]2021'!C12", 58000, None, "Saknas",
                     "Ja", "Saknas", "Saknas"],
                 "Avveckling av Meraki (EMM)", "KLF-2025-03", "Avslutad", OMIT, 58000, None,
                 None, "Ali Karimi",
                 documents=dk("Saknas", "Genomförd", "Saknas", "Saknas"), scores=norisk)
    s.issue("E6", "formula_without_value")
    s.initiative(7, ["KLF-2025-04", "Förstudie digital myndighetspost", "Förstudie",
                     "Johan Persson", Pct(0.15), None, None, "Delvis", "Saknas", "Delvis",
                     "Saknas"],
                 "Förstudie digital myndighetspost", "KLF-2025-04", "Förstudie", OMIT, None,
                 None, None, "Johan Persson",
                 documents=dk("Delvis", "Saknas", "Delvis", "Saknas"), scores=norisk)
    s.issue("E7", "percent_in_amount")
    s.initiative(8, ["KLF-2025-05", "Robotiserad lönehantering", "Beslutad", "Ali Karimi",
                     340000, 60000, 180000, "Genomförd", "Delvis", "Genomförd", "Saknas"],
                 "Robotiserad lönehantering", "KLF-2025-05", "Beslutad", 340000, 60000, 180000,
                 None, "Ali Karimi",
                 documents=dk("Genomförd", "Delvis", "Genomförd", "Saknas"), scores=norisk)
    s.initiative(9, ["KLF-2025-06", "Chattbot i kontaktcenter", "Idé", "Sara Lindqvist", None,
                     None, None, "Saknas", "Saknas", "Saknas", "Saknas"],
                 "Chattbot i kontaktcenter", "KLF-2025-06", "Idé", None, None, None, None,
                 "Sara Lindqvist",
                 documents=dk("Saknas", "Saknas", "Saknas", "Saknas"), scores=norisk)
    s.initiative(10, ["KLF-2025-07", "Digital signering av myndighetsbeslut", "Genomförs",
                      "Ali Karimi", 310000, 40000, 75000, "Genomförd", "Genomförd", "Genomförd",
                      "Saknas"],
                 "Digital signering av myndighetsbeslut", "KLF-2025-07", "Pågående", 310000,
                 40000, 75000, None, "Ali Karimi",
                 documents=dk("Genomförd", "Genomförd", "Genomförd", "Saknas"), scores=norisk)
    b.save(outdir)


# =========================================================================================
# 12. Förvaltning in the sheet's name; formulas (ID from ROW, IF status, ROUND, × 12, &);
#     section headings in column A only.
# =========================================================================================
def kvartalsuppfoljning(outdir):
    b = Book("sf-kvartalsuppfoljning-q1",
             "Kvartalsuppföljning på bladet \"Kommunledningsförvaltningen\" (förvaltningen bara "
             "i bladnamnet) efter ett \"Läs först\"-blad; ID, status (IF på andel klart), "
             "löpande kostnad (månad × 12), tidsbesparing (ROUND) och ett namn (&) är formler "
             "utan värde; avsnittsrubriker i kolumn A; summarad.",
             ["forvaltning-sheet-title", "formula-no-value", "section"], KLF, "sheetTitle")
    b.info_sheet("Läs först", [
        "Kvartalsuppföljning av digitala initiativ",
        None,
        "Fyll i Färdigt (%), kostnad per månad, ärenden per år och minuter per ärende.",
        "Status, löpande kostnad per år och tidsbesparing räknas ut av bladet.",
    ])
    s = b.sheet("Kommunledningsförvaltningen")
    s.title(1, "Kvartalsuppföljning Q1 2025 – digitala initiativ")
    s.header(3, ["ID", "Initiativ", "Färdigt (%)", "Status", "Investering (kr)",
                 "Kostnad per månad (kr)", "Löpande kostnad per år (kr)", "Ärenden per år",
                 "Minuter sparade per ärende", "Tidsbesparing (timmar per år)", "Ansvarig"])
    idf = '="KS-"&TEXT(ROW()-4,"00")'
    st = '=IF(C{r}>=100,"Avslutad","Pågående")'
    lop = "=F{r}*12"
    tid = "=ROUND(H{r}*I{r}/60,0)"
    s.section(4, "Pågående initiativ")
    s.initiative(5, [idf, "Digital attest av leverantörsfakturor", 60, st, 520000, 9500, lop,
                     14000, 3, tid, "Ali Karimi"],
                 "Digital attest av leverantörsfakturor", "KS-01", "Pågående", 520000, 114000,
                 None, 700, "Ali Karimi")
    s.initiative(6, [idf, "Robot för avstämning av bankkonton", 35, st, 275000, 4200, lop, 2400,
                     10, tid, "Ali Karimi"],
                 "Robot för avstämning av bankkonton", "KS-02", "Pågående", 275000, 50400, None,
                 400, "Ali Karimi")
    s.initiative(7, [idf, "Digital posthantering", 80, st, 190000, 3100, lop, 52000, 1.5, tid,
                     "Johan Persson"],
                 "Digital posthantering", "KS-03", "Pågående", 190000, 37200, None, 1300,
                 "Johan Persson")
    s.initiative(8, [idf, '=B7&" – etapp 2"', 0, st, 85000, 1250, lop, 7300, 7, tid,
                     "Johan Persson"],
                 "Digital posthantering – etapp 2", "KS-04", "Pågående", 85000, 15000, None, 852,
                 "Johan Persson")
    s.section(9, "Avslutade under kvartalet")
    s.initiative(10, [idf, "Självservice för lösenord", 100, st, 180000, 4500, lop, 1200, 25,
                      tid, "Sara Lindqvist"],
                 "Självservice för lösenord", "KS-06", "Avslutad", 180000, 54000, None, 500,
                 "Sara Lindqvist")
    s.initiative(11, [idf, "Lönespecifikation i mobilappen", 100, st, 45000, 750, lop, 300, 20,
                      tid, "Sara Lindqvist"],
                 "Lönespecifikation i mobilappen", "KS-07", "Avslutad", 45000, 9000, None, 100,
                 "Sara Lindqvist")
    s.total(13, [None, "Summa", None, None, "=SUM(E5:E11)", "=SUM(F5:F11)", "=SUM(G5:G11)",
                 None, None, "=SUM(J5:J11)"])
    b.save(outdir)


# =========================================================================================
# 13. X / empty document marks with a legend; merged section headings, same list goes on.
# =========================================================================================
def valfardsteknik(outdir):
    b = Book("sf-valfardsteknik-x-markeringar",
             "Vård- och omsorgsförvaltningens välfärdsteknik (förvaltningen i titeln) med "
             "dokumentkolumner markerade X eller tomma (förklaring ovanför rubrikerna: tom = "
             "saknas) och sammanslagna avsnittsrubriker inom samma lista; statusord Planerad och "
             "Ej påbörjad.",
             ["document-states", "section", "forvaltning-title"], VOF, "title")
    s = b.sheet("Välfärdsteknik")
    s.title(1, "Vård- och omsorgsförvaltningen: välfärdsteknik och digitala arbetssätt")
    s.text(2, "Dokumentation: X = dokumentet finns, tom ruta = dokumentet saknas")
    s.header(4, ["Initiativ", "Status", "Ansvarig", "Investering (kr)", "Driftkostnad/år (kr)",
                 "Nyttokalkyl", "Riskanalys", "Projektplan", "Slutrapport"])

    def dk(n, r, p, u):
        m = {"X": "Genomförd", None: "Saknas"}
        return {"nyttokalkyl": m[n], "riskanalys": m[r], "projektplan": m[p],
                "projektutvardering": m[u]}

    s.section(5, "Pågående införanden", merge_to="I")
    s.initiative(6, ["Nyckelfria lås i hemtjänsten", "Pågår", "Fatima Ali", 340000, 60000, "X",
                     "X", "X", None],
                 "Nyckelfria lås i hemtjänsten", None, "Pågående", 340000, 60000, None, None,
                 "Fatima Ali", documents=dk("X", "X", "X", None))
    s.initiative(7, ["Digital nattillsyn", "Genomförs", "Erik Svensson", 135000, 33600, "X",
                     None, "X", None],
                 "Digital nattillsyn", None, "Pågående", 135000, 33600, None, None,
                 "Erik Svensson", documents=dk("X", None, "X", None))
    s.initiative(8, ["Läkemedelsrobot i ordinärt boende", "Pågående", "Anna Berg", 228000, 74400,
                     None, "X", "X", None],
                 "Läkemedelsrobot i ordinärt boende", None, "Pågående", 228000, 74400, None, None,
                 "Anna Berg", documents=dk(None, "X", "X", None))
    s.section(9, "Planerade införanden 2025–2026", merge_to="I")
    s.initiative(10, ["Wifi för välfärdsteknik i särskilt boende", "Planerad", "Erik Svensson",
                      400000, 80000, None, None, "X", None],
                 "Wifi för välfärdsteknik i särskilt boende", None, "Beslutad", 400000, 80000,
                 None, None, "Erik Svensson", documents=dk(None, None, "X", None))
    s.initiative(11, ["Digitala inköpslistor i hemtjänsten", "Ej påbörjad", "Maria Nilsson",
                      50000, 12000, "X", None, None, None],
                 "Digitala inköpslistor i hemtjänsten", None, "Beslutad", 50000, 12000, None,
                 None, "Maria Nilsson", documents=dk("X", None, None, None))
    s.initiative(12, ["Robotdammsugare i särskilt boende", "Idé"],
                 "Robotdammsugare i särskilt boende", None, "Idé", None, None, None, None, None,
                 documents=dk(None, None, None, None))
    s.section(13, "Avslutade införanden", merge_to="I")
    s.initiative(14, ["Wellbee – digitalt planeringsstöd", "Avslutad", "Maria Nilsson", 45000,
                      10800, "X", "X", "X", "X"],
                 "Wellbee – digitalt planeringsstöd", None, "Avslutad", 45000, 10800, None, None,
                 "Maria Nilsson", documents=dk("X", "X", "X", "X"))
    s.initiative(15, ["Digitala trygghetslarm", "Klar", "Anna Berg", 255000, 54000, "X", "X",
                      "X", "X"],
                 "Digitala trygghetslarm", None, "Avslutad", 255000, 54000, None, None,
                 "Anna Berg", documents=dk("X", "X", "X", "X"))
    b.save(outdir)


# =========================================================================================
# 14. External workbook link as Excel writes it ([1] with an externalLink part, no cached
#     values); #REF! and #N/A; an unknown status word.
# =========================================================================================
def socialforvaltningen_ifo(outdir):
    b = Book("sf-socialforvaltningen-ifo-externa-lankar",
             "Individ- och familjeomsorgens initiativ (Socialförvaltningen i titeln) där "
             "investering och löpande kostnad är länkar till en annan arbetsbok "
             "(=[1]Investeringar!C5, externalLink utan sparade värden); #REF! och #N/A i "
             "beloppskolumner; statusordet \"Inväntar politiken\".",
             ["external-formula", "error-values", "forvaltning-title"], SOC, "title")
    add_external_link(b.wb, "file:///C:\\Ekonomi\\investeringsbudget2025.xlsx",
                      ["Investeringar", "Drift"])
    s = b.sheet("IFO")
    s.title(1, "Socialförvaltningen – digitaliseringsinitiativ IFO 2025")
    s.header(3, ["ID", "Initiativ", "Status", "Ansvarig", "Investering (kr)",
                 "Löpande kostnad (kr/år)", "Kostnadsbesparing (kr/år)",
                 "Tidsbesparing (tim/år)"])
    s.initiative(4, ["IFO-01", "Automatiserad handläggning av ekonomiskt bistånd", "Pågående",
                     "Lena Ek", "=[1]Investeringar!C5", "=[1]Drift!C5", 380000, 2600],
                 "Automatiserad handläggning av ekonomiskt bistånd", "IFO-01", "Pågående", OMIT,
                 OMIT, 380000, 2600, "Lena Ek")
    s.issue("E4", "formula_without_value")
    s.issue("F4", "formula_without_value")
    s.initiative(5, ["IFO-02", "Digital signering av utredningar", "Avslutad", "Omar Haddad",
                     95000, 15000, None, 400],
                 "Digital signering av utredningar", "IFO-02", "Avslutad", 95000, 15000, None,
                 400, "Omar Haddad")
    s.initiative(6, ["IFO-03", "E-tjänst för orosanmälan", "Beslutad", "Karin Sjöberg",
                     "=[1]Investeringar!C7", 22000, None, 500],
                 "E-tjänst för orosanmälan", "IFO-03", "Beslutad", OMIT, 22000, None, 500,
                 "Karin Sjöberg")
    s.issue("E6", "formula_without_value")
    s.initiative(7, ["IFO-04", "Säkra videomöten med familjehem", "Pågår", "Omar Haddad", 60000,
                     "#REF!", None, 300],
                 "Säkra videomöten med familjehem", "IFO-04", "Pågående", 60000, OMIT, None, 300,
                 "Omar Haddad")
    s.issue("F7", "cell_error")
    s.initiative(8, ["IFO-05", "Digital akt för placerade barn", "Förstudie", "Karin Sjöberg",
                     150000, 30000, None, "#N/A"],
                 "Digital akt för placerade barn", "IFO-05", "Förstudie", 150000, 30000, None,
                 OMIT, "Karin Sjöberg")
    s.issue("H8", "cell_error")
    s.initiative(9, ["IFO-06", "Anonym chatt för unga", "Idé", "Omar Haddad"],
                 "Anonym chatt för unga", "IFO-06", "Idé", None, None, None, None, "Omar Haddad")
    s.initiative(10, ["IFO-07", "Statistikverktyg för väntetider", "Inväntar politiken",
                      "Lena Ek", 75000, 12000, None, 250],
                 "Statistikverktyg för väntetider", "IFO-07", None, 75000, 12000, None, 250,
                 "Lena Ek")
    s.issue("C10", "unknown_status")
    b.save(outdir)


# =========================================================================================
# 15. Förvaltning in the sheet's name; a repeated header and a section heading in column A;
#     a needs sheet with a two-row header ("Behov – vem/vad/varför" over Vem / Vad / Varför).
# =========================================================================================
def tva_flikar_projekt_och_behov(outdir):
    b = Book("sf-tva-flikar-projekt-och-behov",
             "Projekt på bladet \"Miljöförvaltningen 2025\" (förvaltningen bara i bladnamnet) "
             "med en upprepad rubrikrad och rubriken \"Idéer\" i kolumn A; Nyttokalkyl och "
             "Riskanalys Ja/Nej; bladet \"Inkomna behov\" med tvåradsrubrik Behov – "
             "vem/vad/varför.",
             ["forvaltning-sheet-title", "section", "needs", "document-states"], MF, "sheetTitle")
    s = b.sheet("Miljöförvaltningen 2025")
    head = ["Nr", "Projekt", "Status", "Budget (kr)", "Drift (kr/år)", "Nyttokalkyl",
            "Riskanalys", "Ansvarig"]
    s.header(1, head)

    def dk(n, r):
        m = {"Ja": "Genomförd", "Nej": "Saknas"}
        return {"nyttokalkyl": m[n], "riskanalys": m[r]}

    s.initiative(2, ["MF-01", "E-tjänst för ansökan om enskilt avlopp", "Avslutad", 110000,
                     15000, "Ja", "Ja", "Per Olsson"],
                 "E-tjänst för ansökan om enskilt avlopp", "MF-01", "Avslutad", 110000, 15000,
                 None, None, "Per Olsson", documents=dk("Ja", "Ja"))
    s.initiative(3, ["MF-02", "Mobil inspektionsrapport för miljötillsyn", "Pågår", 260000,
                     38000, "Ja", "Nej", "Helena Strand"],
                 "Mobil inspektionsrapport för miljötillsyn", "MF-02", "Pågående", 260000, 38000,
                 None, None, "Helena Strand", documents=dk("Ja", "Nej"))
    s.initiative(4, ["MF-03", "Digital provtagningsjournal för badvatten", "Pågående", 45000,
                     6000, "Nej", "Nej", "Jonas Berg"],
                 "Digital provtagningsjournal för badvatten", "MF-03", "Pågående", 45000, 6000,
                 None, None, "Jonas Berg", documents=dk("Nej", "Nej"))
    s.initiative(5, ["MF-04", "Förorenade områden i webbkartan", "Beslutad", 70000, 9000, "Ja",
                     "Nej", "Per Olsson"],
                 "Förorenade områden i webbkartan", "MF-04", "Beslutad", 70000, 9000, None, None,
                 "Per Olsson", documents=dk("Ja", "Nej"))
    s.repeated_header(6, head)
    s.initiative(7, ["MF-05", "Sensorer för bullermätning", "Förstudie", 180000, 25000, "Nej",
                     "Nej", "Jonas Berg"],
                 "Sensorer för bullermätning", "MF-05", "Förstudie", 180000, 25000, None, None,
                 "Jonas Berg", documents=dk("Nej", "Nej"))
    s.initiative(8, ["MF-06", "Digital ärendeportal för företag", "Parkerad", 500000, 90000,
                     "Ja", "Ja", "Helena Strand"],
                 "Digital ärendeportal för företag", "MF-06", "Pausad", 500000, 90000, None, None,
                 "Helena Strand", documents=dk("Ja", "Ja"))
    s.section(9, "Idéer")
    s.initiative(10, ["MF-07", "AI-stöd för riskklassning av livsmedelsverksamheter", "Idé",
                      None, None, "Nej", "Nej"],
                 "AI-stöd för riskklassning av livsmedelsverksamheter", "MF-07", "Idé", None,
                 None, None, None, None, documents=dk("Nej", "Nej"))
    s.initiative(11, ["MF-08", "Öppna data om luftkvalitet", "Idé", 30000, None, "Nej", "Nej",
                      "Jonas Berg"],
                 "Öppna data om luftkvalitet", "MF-08", "Idé", 30000, None, None, None,
                 "Jonas Berg", documents=dk("Nej", "Nej"))

    n = b.sheet("Inkomna behov")
    n.title(1, "Inkomna användarberättelser")
    n.header(3, ["Inkommit", "Behov – vem/vad/varför", None, None, "Kontakt"])
    n.put(4, [None, "Vem", "Vad", "Varför"], font=BOLD, fill=HEADER_FILL)
    n.header_row_only(4)
    n.ws.merge_cells("B3:D3")
    n.ws.merge_cells("A3:A4")
    n.ws.merge_cells("E3:E4")
    n.ws["B3"].alignment = Alignment(horizontal="center")
    needs = [
        (D(2025, 1, 16), "Miljöinspektör",
         "Kunna se tidigare inspektionsrapporter i mobilen ute på tillsyn",
         "Slippa åka tillbaka till kontoret för att läsa på", "Helena Strand"),
        (D(2025, 2, 4), "Fastighetsägare med enskilt avlopp",
         "Få påminnelse när slamtömning och besiktning ska göras",
         "Undvika förelägganden", "Per Olsson"),
        (D(2025, 2, 19), "Livsmedelsföretagare", "Boka kontrollbesök själv via webben",
         "Kontrollen ska passa verksamhetens öppettider", "Helena Strand"),
        (D(2025, 3, 5), "Administratör på miljöavdelningen",
         "Att avgiftsbeslut skickas till fakturering automatiskt",
         "Minska dubbelarbete och felaktiga fakturor", "Jonas Berg"),
    ]
    for i, (inkom, vem, vad, varfor, kontakt) in enumerate(needs):
        n.need(5 + i, [inkom, vem, vad, varfor, kontakt], vem, vad, varfor)
    b.save(outdir)


BUILDERS = [
    burlov_behov_under_projekt,
    socialforvaltningen_behov,
    vard_och_omsorg_effekthemtagning,
    miljo_digitaliseringsinitiativ,
    digitala_initiativ_bladnamn,
    kultur_och_fritid,
    projektlista_utan_forvaltning,
    tekniska_projektlista,
    barn_och_utbildning,
    samhallsbyggnad_portfolj,
    kommunledning_initiative_register,
    kvartalsuppfoljning,
    valfardsteknik,
    socialforvaltningen_ifo,
    tva_flikar_projekt_och_behov,
]


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    for builder in BUILDERS:
        builder(outdir)


if __name__ == "__main__":
    build(os.path.dirname(os.path.abspath(__file__)))
