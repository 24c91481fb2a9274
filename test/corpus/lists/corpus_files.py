"""Writing a corpus workbook and its answer so that every build gives the same bytes.

openpyxl stamps the document's properties and every zip entry with the time of writing; here
both get a fixed time, so a changed file in a diff means a changed list.
"""
import io
import json
import zipfile

ZIP_TIME = (2025, 1, 1, 0, 0, 0)


def save_workbook(wb, path, when, author="Digiportfölj corpus"):
    """Save `wb` at `path` with fixed properties (`when`, a datetime) and fixed zip entry times."""
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when
    wb.properties.modified = when
    raw = io.BytesIO()
    wb.save(raw)
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src:
        entries = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, data)


def save_answer(answer, path):
    """The expected answer as JSON, UTF-8, two-space indent, a final newline."""
    with open(path, "w", encoding="utf-8") as f:
        json.dump(answer, f, ensure_ascii=False, indent=2)
        f.write("\n")
