/**
 * Packages that generators and damage make, written by hand (XML zipped with fflate): parts in
 * another encoding than UTF-8, two sheets of one name, addresses past Excel's grid, a cell whose
 * shared string is missing. Each is read right or refused with a sentence naming file, sheet and
 * cell, and none allocates for what it only claims.
 */
import fc from "fast-check";
import { readWorkbookBytes } from "../../../src/adapters/xlsxFile/readXlsx";
import { readLimits } from "../../../src/adapters/xlsxFile/ReadLimits";
import {
  markMissingStrings,
  MISSING_STRING,
  renameDuplicateSheets,
} from "../../../src/adapters/xlsxFile/mendPackage";
import { WorkbookReadError } from "../../../src/adapters/xlsxFile/WorkbookReadError";
import { xmlPartEncoding } from "../../../src/adapters/xlsxFile/xmlEncoding";
import { checkWorkbook } from "../../../src/domain/checkWorkbook";
import { messageEn } from "../../../src/domain/messages/en";
import { messageSv } from "../../../src/domain/messages/sv";
import { sharedStringMissing } from "../../../src/domain/ports/WorkbookPort";
import {
  handWrittenXlsx,
  latin1,
  rowXml,
  sharedStringsXml,
  utf16le,
  workbookXml,
  worksheetXml,
} from "./handWrittenXlsx";

const refusal = (bytes: Uint8Array, fileName: string, limits = readLimits()) => {
  try {
    readWorkbookBytes(bytes, fileName, limits);
  } catch (error) {
    if (error instanceof WorkbookReadError) return error;
    throw error;
  }
  throw new Error(`${fileName} was read`);
};
/** Swedish numbers group digits with a no-break space; the expected sentences use a space. */
const plain = (message: string) => message.replace(/\u00a0/g, " ");

const declared = (encoding: string) => `<?xml version="1.0" encoding="${encoding}"?>`;
const sharedCells = (count: number) =>
  `<row r="1">${Array.from({ length: count }, (_, i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${i}</v></c>`).join("")}</row>`;

describe("XML parts in their declared encoding", () => {
  const swedish = ["Förvaltning", "Nyttoägare", "Åtgärd – ”klar”", "Kostnad €"];

  it.each([
    ["ISO-8859-1", (xml: string) => latin1(xml), swedish.slice(0, 2)],
    ["windows-1252", (xml: string) => new Uint8Array(windows1252(xml)), swedish],
    ["UTF-16 with a byte-order mark", (xml: string) => utf16le(xml), swedish],
  ])("reads å ä ö of a sharedStrings.xml in %s", (encoding, encode, strings) => {
    const label = encoding.startsWith("UTF-16") ? "UTF-16" : encoding;
    const bytes = handWrittenXlsx({
      sheets: [{ name: "Blad1", xml: sharedCells(strings.length) }],
      sharedStrings: encode(sharedStringsXml(strings, declared(label))),
    });
    expect(readWorkbookBytes(bytes, "lista.xlsx").sheets[0]!.values).toEqual([strings]);
  });

  it("reads a sheet and a workbook.xml in ISO-8859-1: inline texts and the sheet's name", () => {
    const sheet = latin1(
      worksheetXml(rowXml(1, ["Förvaltning", "Åtgärd"])).replace(/UTF-8/, "ISO-8859-1")
    );
    const bytes = handWrittenXlsx({
      sheets: [{ name: "Blad1", xml: sheet }],
      workbookXml: latin1(workbookXml(["Socialförvaltningen"], declared("ISO-8859-1"))),
    });
    const data = readWorkbookBytes(bytes, "lista.xlsx");
    expect(data.sheets.map((s) => [s.name, s.values])).toEqual([
      ["Socialförvaltningen", [["Förvaltning", "Åtgärd"]]],
    ]);
  });

  it("refuses an encoding nothing knows, naming it, rather than read garbage", () => {
    const bytes = handWrittenXlsx({
      sheets: [{ name: "Blad1", xml: sharedCells(1) }],
      sharedStrings: latin1(sharedStringsXml(["Förvaltning"], declared("x-okand-kodning"))),
    });
    const error = refusal(bytes, "lista.xlsx");
    expect(error.reason).toBe("unknown_encoding");
    expect(error.message).toBe(
      "Filen ”lista.xlsx” är sparad i teckenkodningen ”x-okand-kodning”, som Digiportfölj inte känner till, och läses inte eftersom texterna skulle bli fel. Öppna den i Excel och spara en ny kopia som .xlsx."
    );
    expect(error.messageEn).toContain('character encoding "x-okand-kodning"');
  });

  it("reads a part that declares UTF-16 but holds UTF-8 bytes as UTF-8, as SheetJS always did", () => {
    const bytes = handWrittenXlsx({
      sheets: [{ name: "Blad1", xml: sharedCells(1) }],
      sharedStrings: sharedStringsXml(["Förvaltning"], declared("utf-16")),
    });
    expect(readWorkbookBytes(bytes, "lista.xlsx").sheets[0]!.values).toEqual([["Förvaltning"]]);
  });

  it("tells the encoding from the first bytes only, and leaves UTF-8 and plain ASCII alone", () => {
    expect(xmlPartEncoding(new TextEncoder().encode(`${declared("UTF-8")}<a>å</a>`))).toEqual({
      kind: "utf-8",
    });
    expect(xmlPartEncoding(latin1(`${declared("windows-1252")}<a>abc</a>`))).toEqual({
      kind: "utf-8",
    });
    expect(xmlPartEncoding(latin1(`${declared("iso-8859-1")}<a>å</a>`))).toEqual({
      kind: "decode",
      encoding: "windows-1252",
    });
    expect(xmlPartEncoding(latin1("<a>å</a>"))).toEqual({ kind: "utf-8" });
    expect(xmlPartEncoding(latin1(`${declared("bad\u0007name")}<a/>`))).toEqual({
      kind: "unknown",
      declared: "badname",
    });
  });

  it("round-trips any Latin-1 text through a Latin-1 sharedStrings.xml (property)", () => {
    // Printable ASCII and U+00A0–U+00FF, without "_" (SheetJS reads _x0041_ as an escape).
    const char = fc
      .integer({ min: 0x20, max: 0xff })
      .filter((c) => (c < 0x7f || c >= 0xa0) && c !== 0x5f)
      .map((c) => String.fromCharCode(c));
    const text = fc
      .array(char, { minLength: 1, maxLength: 40 })
      .map((chars) => chars.join(""))
      .filter((t) => t.trim() === t && t !== "");
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), (strings) => {
        const bytes = handWrittenXlsx({
          sheets: [{ name: "Blad1", xml: sharedCells(strings.length) }],
          sharedStrings: latin1(sharedStringsXml(strings, declared("ISO-8859-1"))),
          level: 0,
        });
        expect(readWorkbookBytes(bytes, "lista.xlsx").sheets[0]!.values).toEqual([strings]);
      }),
      { numRuns: 100 }
    );
  });
});

/** windows-1252 bytes of text (the characters these tests use). */
function windows1252(text: string): number[] {
  const high: Record<string, number> = { "€": 0x80, "–": 0x96, "”": 0x94 };
  return [...text].map((ch) => high[ch] ?? ch.charCodeAt(0));
}

describe("two sheets of the same name", () => {
  it("reads both, the second as ”Blad1 (2)”, with all their rows", () => {
    const bytes = handWrittenXlsx({
      sheets: [
        { name: "Blad1", xml: rowXml(1, ["Namn", "Belopp"]) + rowXml(2, ["E-arkiv", 100]) },
        { name: "Blad1", xml: rowXml(1, ["Namn", "Belopp"]) + rowXml(2, ["Chatbot", 200]) },
      ],
    });
    const data = readWorkbookBytes(bytes, "lista.xlsx");
    expect(data.sheets.map((s) => [s.name, s.values])).toEqual([
      [
        "Blad1",
        [
          ["Namn", "Belopp"],
          ["E-arkiv", 100],
        ],
      ],
      [
        "Blad1 (2)",
        [
          ["Namn", "Belopp"],
          ["Chatbot", 200],
        ],
      ],
    ]);
  });

  it("compares names as Excel does (case aside), and never takes a name another sheet has", () => {
    const bytes = handWrittenXlsx({
      sheets: [
        { name: "Lista", xml: rowXml(1, ["a"]) },
        { name: "LISTA", xml: rowXml(1, ["b"]) },
        { name: "lista (2)", xml: rowXml(1, ["c"]) },
        { name: "Lista", xml: rowXml(1, ["d"]) },
        { name: "R&D", xml: rowXml(1, ["e"]) },
        { name: "R&D", xml: rowXml(1, ["f"]) },
      ],
    });
    expect(readWorkbookBytes(bytes, "x.xlsx").sheets.map((s) => [s.name, s.values[0]![0]])).toEqual(
      [
        ["Lista", "a"],
        ["LISTA (3)", "b"],
        ["lista (2)", "c"],
        ["Lista (4)", "d"],
        ["R&D", "e"],
        ["R&D (2)", "f"],
      ]
    );
  });
});

describe("addresses past Excel's grid", () => {
  const list = rowXml(1, ["Namn", "Belopp"]) + rowXml(2, ["E-arkiv", 100]);

  it.each([
    [
      "a cell's r=",
      list + '<row r="99999999"><c r="A99999999"><v>1</v></c></row>',
      undefined,
      "A99999999",
    ],
    [
      "a row's r= (its cells without one)",
      list + '<row r="99999999"><c><v>1</v></c></row>',
      undefined,
      "A99999999",
    ],
    ["a column past XFD", list + '<row r="3"><c r="XFE3"><v>1</v></c></row>', undefined, "XFE3"],
    ["the <dimension>", list, "A1:A99999999", "A1:A99999999"],
    [
      "a row with properties only",
      `${list}<row r="2000000" ht="20" customHeight="1"/>`,
      "A1:B2",
      "2000000:2000000",
    ],
  ])("refuses %s at once, naming sheet and address", (_what, xml, dimension, address) => {
    const bytes = handWrittenXlsx({
      sheets: [{ name: "Lista", xml, ...(dimension ? { dimension } : {}) }],
    });
    const started = Date.now();
    const error = refusal(bytes, "stor.xlsx");
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(error.reason).toBe("outside_grid");
    expect(error.message).toBe(
      `Bladet ”Lista” i filen ”stor.xlsx” anger adressen ${address}, som ligger utanför Excels rutnät (högst rad 1 048 576 och kolumn XFD), och filen läses inte. Den verkar skadad eller skapad av ett annat program; öppna den i Excel och spara en ny kopia som .xlsx.`
    );
    expect(error.messageEn).toContain(
      `"Lista" in the file "stor.xlsx" gives the address ${address}`
    );
  });

  it("refuses a lone cell at XFD1048576 beside a list by the rows limit, naming the cell, at once", () => {
    const bytes = handWrittenXlsx({
      sheets: [
        { name: "Lista", xml: list + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>' },
      ],
    });
    const started = Date.now();
    const error = refusal(bytes, "hörn.xlsx");
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(error.reason).toBe("too_many_rows");
    expect(plain(error.message)).toBe(
      "Bladet ”Lista” i filen ”hörn.xlsx” har innehåll på rad 1 048 576 (cell XFD1048576); Digiportfölj läser högst 200 000 rader per blad. Ta bort överflödiga rader eller dela upp listan."
    );
  });

  it("refuses a far cell within the rows limit by the cells limit, naming sheet and cell", () => {
    const bytes = handWrittenXlsx({
      sheets: [
        { name: "Lista", xml: list },
        {
          name: "Anteckningar",
          xml: rowXml(1, ["x"]) + '<row r="5000"><c r="XFD5000" t="str"><v>x</v></c></row>',
        },
      ],
    });
    const error = refusal(bytes, "bred.xlsx");
    expect(error.reason).toBe("too_many_cells");
    expect(plain(error.message)).toBe(
      "Bladet ”Anteckningar” i filen ”bred.xlsx” har innehåll ända ut i cell XFD5000, så att det spänner över 81 920 004 celler; Digiportfölj läser högst 10 000 000 celler per fil. Töm cellerna långt utanför listan (som XFD5000) eller dela upp den."
    );
  });

  it("counts the cells of every sheet together against the limit", () => {
    const sheets = ["A", "B", "C"].map((name) => ({
      name,
      xml: '<row r="10"><c r="J10"><v>1</v></c></row>',
      dimension: "A1:J10",
    }));
    const bytes = handWrittenXlsx({ sheets });
    expect(readWorkbookBytes(bytes, "x.xlsx", readLimits({ maxCells: 300 })).sheets).toHaveLength(
      3
    );
    expect(refusal(bytes, "x.xlsx", readLimits({ maxCells: 299 })).limit).toEqual({
      sheet: "A",
      cell: "J10",
      cells: 300,
      limitCells: 299,
    });
  });

  it("reads a stray cell within the limits, with the grid reaching it", () => {
    const bytes = handWrittenXlsx({
      sheets: [{ name: "Lista", xml: list + '<row r="40"><c r="Z40"><v>7</v></c></row>' }],
    });
    const sheet = readWorkbookBytes(bytes, "x.xlsx").sheets[0]!;
    expect([sheet.values.length, sheet.values[0]!.length, sheet.values[39]![25]]).toEqual([
      40, 26, 7,
    ]);
  });

  it("reads a <dimension> of the whole grid (formatting on whole columns) as the cells used", () => {
    const bytes = handWrittenXlsx({
      sheets: [{ name: "Lista", xml: list, dimension: "A1:XFD1048576" }],
    });
    expect(readWorkbookBytes(bytes, "x.xlsx").sheets[0]!.values).toEqual([
      ["Namn", "Belopp"],
      ["E-arkiv", 100],
    ]);
  });
});

describe("a shared-string index the file does not have", () => {
  const sheet = (index: string) =>
    rowXml(1, ["Namn", "Status"]) +
    `<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>${index}</v></c></row>` +
    rowXml(3, ["Chatbot", "Idé"]);

  it("reads the rest, and that cell names the missing index", () => {
    const bytes = handWrittenXlsx({
      sheets: [
        { name: "Lista", xml: sheet("999") },
        { name: "Andra", xml: rowXml(1, ["orörd"]) },
      ],
      sharedStrings: ["E-arkiv"],
    });
    const data = readWorkbookBytes(bytes, "lista.xlsx");
    expect(data.sheets.map((s) => [s.name, s.values])).toEqual([
      [
        "Lista",
        [
          ["Namn", "Status"],
          ["E-arkiv", sharedStringMissing(999)],
          ["Chatbot", "Idé"],
        ],
      ],
      ["Andra", [["orörd"]]],
    ]);
  });

  it.each([
    ["past the strings", "2", ["E-arkiv", sharedStringMissing(2)]],
    ["that is not a number", "abc", ["E-arkiv", sharedStringMissing(-1)]],
    // SheetJS reads the entry after the last </si> as an empty text; mended or not, so does this.
    ["one past the last string", "1", ["E-arkiv", ""]],
  ])("treats an index %s the same way", (_what, index, row) => {
    const bytes = handWrittenXlsx({
      sheets: [
        { name: "Lista", xml: sheet(index) },
        { name: "Trasig", xml: '<row r="1"><c r="A1" t="s"><v>77</v></c></row>' },
      ],
      sharedStrings: ["E-arkiv"],
    });
    const data = readWorkbookBytes(bytes, "lista.xlsx");
    expect(data.sheets[0]!.values[1]).toEqual(row);
    expect(data.sheets[1]!.values).toEqual([[sharedStringMissing(77)]]);
  });

  it("reads a package with no sharedStrings part at all, each such cell marked", () => {
    const bytes = handWrittenXlsx({ sheets: [{ name: "Lista", xml: sheet("3") }] });
    const values = readWorkbookBytes(bytes, "lista.xlsx").sheets[0]!.values;
    expect(values[1]).toEqual([sharedStringMissing(0), sharedStringMissing(3)]);
    expect(values[2]).toEqual(["Chatbot", "Idé"]);
  });

  it("becomes an issue on its cell in the check, in Swedish and English", () => {
    const bytes = handWrittenXlsx({
      sheets: [
        {
          name: "Lista",
          xml:
            rowXml(1, ["Namn", "Status", "Investering"]) +
            '<row r="2"><c r="A2" t="s"><v>41</v></c><c r="B2" t="str"><v>Idé</v></c><c r="C2"><v>100</v></c></row>' +
            rowXml(3, ["Chatbot", "Idé", 200]),
        },
      ],
      sharedStrings: ["E-arkiv"],
    });
    const result = checkWorkbook(readWorkbookBytes(bytes, "lista.xlsx"), { today: "2026-11-22" });
    const issue = result.issues.find((i) => i.code === "shared_string_missing");
    expect(issue?.location).toMatchObject({
      file: "lista.xlsx",
      sheet: "Lista",
      row: 2,
      column: "A",
    });
    expect(messageSv(issue!, "Namn")).toBe(
      "Cellen pekar på text nummer 41 i arbetsbokens lista över texter, men den finns inte där, så cellens innehåll går inte att läsa. Filen verkar skadad: öppna den i Excel, kontrollera cellen och spara en ny kopia."
    );
    expect(messageEn(issue!, "Name")).toContain("text number 41");
    expect(result.initiatives.map((i) => i.values.name)).toContain("Chatbot");
  });
});

describe("the mending itself, on the XML", () => {
  it("marks only cells of type s whose index is missing, prefixed, quoted either way, or self-closed", () => {
    const xml =
      '<x:row r="1"><x:c r="A1" t="s"/><x:c r="B1" s="3" t=\'s\'><x:v>7</x:v></x:c>' +
      '<x:c r="C1" t="s"><x:v>1</x:v></x:c><x:c r="D1"><x:v>9</x:v></x:c><x:c r="E1" t="s"><x:v></x:v></x:c></x:row>';
    expect(markMissingStrings(xml, 2)).toBe(
      '<x:row r="1"><x:c r="A1" t="s"/><x:c r="B1" s="3" t=\'inlineStr\'><is><t>&#xFFFF;' +
        `${MISSING_STRING.slice(1)}7</t></is></x:c>` +
        '<x:c r="C1" t="s"><x:v>1</x:v></x:c><x:c r="D1"><x:v>9</x:v></x:c><x:c r="E1" t="s"><x:v></x:v></x:c></x:row>'
    );
    expect(markMissingStrings('<c r="A1" t="n"><v>7</v></c>', 0)).toBe(
      '<c r="A1" t="n"><v>7</v></c>'
    );
  });

  it("leaves a workbook.xml without duplicates as it is, byte for byte", () => {
    const xml = workbookXml(["Blad1", "Blad2", "sheet"]);
    expect(renameDuplicateSheets(xml)).toBe(xml);
  });
});
