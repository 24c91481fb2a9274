/**
 * The floor for writing the portfolio: the same description walked into SpreadsheetML with no
 * workbook library and nothing but what a valid file needs (cells, inline strings, shared
 * formulas, the workbook, its relationships and content types), deflated by Node's zlib in 1 MiB
 * chunks and zipped by fflate. No styles, tables, rules, names or charts: what is left is the
 * least any writer of these cells must do, so the product's writer is measured against it.
 */
"use strict";
/* global require, module, Buffer */
const { Zip } = require("fflate");
const { constants, crc32, deflateRawSync } = require("node:zlib");

const letters = (n) => {
  let s = "";
  for (let m = n; m > 0; m = Math.floor((m - 1) / 26))
    s = String.fromCharCode(65 + ((m - 1) % 26)) + s;
  return s;
};
const escape = (t) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function addPart(zip, name, pieces) {
  const file = { filename: name, size: 0, crc: 0, compression: 8 };
  zip.add(file);
  let pending = [];
  let length = 0;
  const flush = (last) => {
    const bytes = Buffer.from(pending.join(""), "utf8");
    pending = [];
    length = 0;
    file.size += bytes.length;
    file.crc = crc32(bytes, file.crc);
    file.ondata(
      null,
      deflateRawSync(bytes, { finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }),
      last
    );
  };
  for (const piece of pieces) {
    pending.push(piece);
    length += piece.length;
    if (length >= 1 << 20) flush(false);
  }
  flush(true);
}

function* sheetPart(sheet) {
  const rows = new Map();
  const put = (top, left, grid) =>
    grid.forEach((cells, i) => {
      const list = rows.get(top + i) ?? [];
      cells.forEach((c, j) => list.push([left + j, c]));
      rows.set(top + i, list);
    });
  for (const b of sheet.blocks ?? []) put(b.row, b.col, b.rows);
  for (const t of sheet.tables ?? [])
    put(t.row, t.col, [t.columns.map((c) => c.header), ...t.rows]);
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  const shared = new Map(); // column → [formula text, si]
  let si = 0;
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    let xml = `<row r="${r}">`;
    for (const [c, v] of rows.get(r).sort((a, b) => a[0] - b[0])) {
      const ref = letters(c) + r;
      if (v === null || v === "") continue;
      if (typeof v === "number") xml += `<c r="${ref}"><v>${v}</v></c>`;
      else if (typeof v === "boolean") xml += `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
      else if (typeof v === "string")
        xml += `<c r="${ref}" t="inlineStr"><is><t>${escape(v)}</t></is></c>`;
      else if ("rowFormula" in v) {
        const known = shared.get(c);
        if (known && known[0] === v.rowFormula)
          xml += `<c r="${ref}"><f t="shared" si="${known[1]}"/></c>`;
        else {
          shared.set(c, [v.rowFormula, si]);
          xml += `<c r="${ref}"><f t="shared" ref="${ref}" si="${si++}">${escape(v.rowFormula.split("{row}").join(String(r)))}</f></c>`;
        }
      } else xml += `<c r="${ref}"><f>${escape(v.formula)}</f></c>`;
    }
    yield `${xml}</row>`;
  }
  yield "</sheetData></worksheet>";
}

/** The description as .xlsx bytes, the floor way. */
function writeFloor(description) {
  const chunks = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const sheets = description.sheets;
  sheets.forEach((sheet, i) => addPart(zip, `xl/worksheets/sheet${i + 1}.xml`, sheetPart(sheet)));
  const rel = (id, type, target) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  addPart(zip, "xl/workbook.xml", [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
      sheets
        .map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join("") +
      '</sheets><calcPr fullCalcOnLoad="1"/></workbook>',
  ]);
  addPart(zip, "xl/_rels/workbook.xml.rels", [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      sheets
        .map((s, i) => rel(`rId${i + 1}`, "worksheet", `worksheets/sheet${i + 1}.xml`))
        .join("") +
      "</Relationships>",
  ]);
  addPart(zip, "_rels/.rels", [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      rel("rId1", "officeDocument", "xl/workbook.xml") +
      "</Relationships>",
  ]);
  addPart(zip, "[Content_Types].xml", [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      sheets
        .map(
          (s, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
        )
        .join("") +
      "</Types>",
  ]);
  zip.end();
  return Buffer.concat(chunks);
}

module.exports = { writeFloor };
