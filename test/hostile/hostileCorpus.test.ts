/**
 * Tests the GENERATOR of the hostile corpus, not the reader: every case makes the bytes it says
 * it makes, the same bytes each time, quickly; the zip bombs really inflate to more than 1 GiB.
 * How the reader treats each file is for the reader's own tests (they take cases from here).
 */
import * as zlib from "node:zlib";
import * as XLSX from "@e965/xlsx";
import {
  FORMULA_LIKE_TEXTS,
  HOSTILE_CASES,
  TEXT_AMOUNTS,
  hostileCase,
  serial1904,
  type HostileCase,
} from "./hostileCorpus";
import { WorkbookReadError } from "../../src/adapters/xlsxFile/WorkbookReadError";
import { BOMB_INFLATED_TARGET } from "./deflateBombs";
import { LIST_HEADERS, LIST_ROWS, listWorkbook } from "./listWorkbooks";
import { declaredEntry, text, unzip } from "./zipSurgery";

const SHEET = "xl/worksheets/sheet1.xml";
const GIB = 2 ** 30;

const made = new Map<string, Promise<Uint8Array>>();
/** Each case made once for the content checks (the determinism test makes its own). */
function bytesOf(file: string): Promise<Uint8Array> {
  let bytes = made.get(file);
  if (!bytes) {
    bytes = hostileCase(file).make();
    made.set(file, bytes);
  }
  return bytes;
}

async function partText(file: string, part: string): Promise<string> {
  const bytes = unzip(await bytesOf(file)).get(part);
  if (!bytes) throw new Error(`${file} has no ${part}`);
  return text(bytes);
}

const small = HOSTILE_CASES.filter((c) => !c.large);
/** The texts of a sharedStrings.xml, unescaped. */
function sharedTexts(xml: string): string[] {
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return [...xml.matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g)].map((m) =>
    (m[1] ?? "").replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name] ?? "")
  );
}

interface CfbLike {
  FullPaths: string[];
}
const CFB = XLSX.CFB as {
  read(data: Uint8Array, options: { type: "array" }): CfbLike;
  find(container: CfbLike, path: string): { content?: ArrayLike<number> } | null;
};

describe("the case list", () => {
  it("names each file once, in ASCII kebab-case with an extension, and says what it expects", () => {
    const files = HOSTILE_CASES.map((c) => c.file);
    expect(new Set(files).size).toBe(files.length);
    for (const c of HOSTILE_CASES) {
      expect(c.file).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.(xlsx|xlsm|xltx|xls|xlsb|ods|csv)$/);
      expect(c.title.trim().length).toBeGreaterThan(0);
      expect(c.titleEn.trim().length).toBeGreaterThan(0);
      expect(c.title).not.toMatch(/\n/);
      // The type checks the reason; WorkbookReadError has a sentence for each reason it knows.
      if (c.expected.outcome === "refused") {
        expect(new WorkbookReadError(c.expected.reason, c.file).message).toContain(c.file);
      }
    }
  });

  it("finds a case by file name and throws for an unknown one", () => {
    expect(hostileCase("zip-bomb.xlsx").expected).toEqual({
      outcome: "refused",
      reason: "inflate_limit",
    });
    expect(() => hostileCase("finns-inte.xlsx")).toThrow(/no hostile case/);
  });

  it("has every case of issue 6", () => {
    expect(
      HOSTILE_CASES.filter((c) => !c.ownList)
        .map((c) => c.file)
        .sort()
    ).toEqual(
      [
        "inte-en-zip.xlsx",
        "avkortad.xlsx",
        "zip-bomb.xlsx",
        "zip-bomb-ljuger.xlsx",
        "hog-packningsgrad.xlsx",
        "billion-laughs.xlsx",
        "extern-entitet.xlsx",
        "losenord.xlsx",
        "makro.xlsm",
        "gammal.xls",
        "binar.xlsb",
        "kalkyl.ods",
        "lista.csv",
        "lista-csv-som.xlsx",
        "hundratusen-rader.xlsx",
        "langa-celler.xlsx",
        "sammanfogade.xlsx",
        "dolda.xlsx",
        "hela-kolumner.xlsx",
        "externa-lankar.xlsx",
        "formelfel.xlsx",
        "datum-1904.xlsx",
        "nbsp-tal.xlsx",
        "formler-i-text.xlsx",
        "tom.xlsx",
        "word.xlsx",
        "bara-rubriker.xlsx",
      ].sort()
    );
  });
});

describe("making the small cases", () => {
  it.each(small.map((c): [string, HostileCase] => [c.file, c]))(
    "%s: the same bytes twice, each in under 2 s",
    async (_file, c) => {
      const timed = async (): Promise<[Uint8Array, number]> => {
        const started = performance.now();
        const bytes = await c.make();
        return [bytes, performance.now() - started];
      };
      const [first, firstMs] = await timed();
      const [second, secondMs] = await timed();
      expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
      expect(Math.min(firstMs, secondMs)).toBeLessThan(2000);
      made.set(c.file, Promise.resolve(first));
    }
  );
});

describe("every case that should be read carries the list", () => {
  const readable = small.filter((c) => c.expected.outcome === "read" && !c.ownList);
  it.each(readable.map((c) => c.file))("%s", async (file) => {
    const wb = XLSX.read(await bytesOf(file), { type: "array" });
    const lists = wb.SheetNames.map((name) => {
      const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name] ?? {}, {
        header: 1,
        defval: null,
      });
      const headerAt = rows.findIndex((row) => LIST_HEADERS.every((h, i) => row[i] === h));
      return { rows, headerAt };
    }).filter((list) => list.headerAt >= 0);
    expect(lists.length).toBeGreaterThan(0);
    if (file === "bara-rubriker.xlsx") {
      expect(lists[0]?.rows.length).toBe(1);
      return;
    }
    // The list with the most initiatives (dolda.xlsx has a shorter hidden one first).
    const counts = lists.map(
      ({ rows, headerAt }) =>
        rows
          .slice(headerAt + 1)
          .filter((row) => typeof row[0] === "string" && row[0].startsWith("HK-")).length
    );
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(LIST_ROWS.length);
  });
});

/** Inflates a raw deflate stream a chunk at a time, counting bytes and CRC, never holding them. */
function inflatedSize(deflated: Uint8Array): Promise<{ size: number; crc32: number }> {
  return new Promise((resolve, reject) => {
    const inflate = zlib.createInflateRaw({ chunkSize: 1 << 16 });
    let size = 0;
    let crc = 0;
    inflate.on("data", (chunk: Buffer) => {
      size += chunk.length;
      crc = zlib.crc32(chunk, crc);
    });
    inflate.on("end", () => resolve({ size, crc32: crc >>> 0 }));
    inflate.on("error", reject);
    inflate.end(deflated);
  });
}

describe("the zip bombs", () => {
  it("inflate their sheet to over 1 GiB from under 2 MB; one declares it, the other says 4 KB", async () => {
    const honest = await hostileCase("zip-bomb.xlsx").make();
    const liar = await hostileCase("zip-bomb-ljuger.xlsx").make();
    expect(honest.length).toBeLessThan(2_000_000);
    expect(liar.length).toBe(honest.length);

    const h = declaredEntry(honest, SHEET);
    const l = declaredEntry(liar, SHEET);
    expect(h.method).toBe(8);
    expect(l.method).toBe(8);
    expect(h.uncompressedSize).toBeGreaterThan(BOMB_INFLATED_TARGET - 1);
    expect(h.localUncompressedSize).toBe(h.uncompressedSize);
    expect(l.uncompressedSize).toBe(4096);
    expect(l.localUncompressedSize).toBe(4096);

    const stream = honest.subarray(h.dataOffset, h.dataOffset + h.compressedSize);
    const lying = liar.subarray(l.dataOffset, l.dataOffset + l.compressedSize);
    // The same stream in both: inflating one proves the size of both.
    expect(Buffer.compare(Buffer.from(stream), Buffer.from(lying))).toBe(0);

    const real = await inflatedSize(stream);
    expect(real.size).toBe(h.uncompressedSize);
    expect(real.size).toBeGreaterThan(GIB);
    expect(h.crc32).toBe(real.crc32);
    expect(h.localCrc32).toBe(real.crc32);

    // The rest of the package is an ordinary list workbook.
    const parts = unzip(await listWorkbook());
    for (const name of ["xl/workbook.xml", "[Content_Types].xml", "xl/sharedStrings.xml"]) {
      expect(parts.has(name)).toBe(true);
    }
  });

  it("hog-packningsgrad.xlsx packs a 30 MB sheet more than 1:100 into under 1 MB", async () => {
    const bytes = await bytesOf("hog-packningsgrad.xlsx");
    const sizes = declaredEntry(bytes, SHEET);
    const sheet = zlib.inflateRawSync(
      bytes.subarray(sizes.dataOffset, sizes.dataOffset + sizes.compressedSize)
    );
    expect(sheet.length).toBe(sizes.uncompressedSize);
    expect(sheet.length).toBeGreaterThanOrEqual(30 * 2 ** 20 - 1000);
    expect(sheet.length / sizes.compressedSize).toBeGreaterThan(100);
    expect(bytes.length).toBeLessThan(1_000_000);
    expect(sheet.subarray(sheet.length - 40).toString("utf8")).toMatch(/<\/worksheet>$/);
  });
});

describe("hundratusen-rader.xlsx", () => {
  it("holds 100,000 rows of 10 columns under the header, with shared strings", async () => {
    const bytes = await hostileCase("hundratusen-rader.xlsx").make();
    const parts = unzip(bytes);
    const sheet = text(parts.get(SHEET) ?? new Uint8Array());
    expect(sheet).toContain('<dimension ref="A1:J100001"/>');
    expect(sheet.split("<row ").length - 1).toBe(100_001);
    expect(sheet).toMatch(/<row r="100001"><c r="A100001" t="s"><v>\d+<\/v><\/c>/);
    const strings = text(parts.get("xl/sharedStrings.xml") ?? new Uint8Array());
    expect(strings).toContain("<si><t>HK-100000</t></si>");
    expect(declaredEntry(bytes, SHEET).method).toBe(8);
  });
});

describe("what each case holds", () => {
  it("inte-en-zip.xlsx is binary noise: not a zip, not OLE, full of control bytes", async () => {
    const bytes = await bytesOf("inte-en-zip.xlsx");
    expect([bytes[0], bytes[1]]).not.toEqual([0x50, 0x4b]);
    expect(bytes[0]).not.toBe(0xd0);
    const controls = bytes.filter((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d);
    expect(controls.length / bytes.length).toBeGreaterThan(0.05);
  });

  it("avkortad.xlsx is the first 60 % of a list workbook", async () => {
    const whole = await listWorkbook();
    const cut = await bytesOf("avkortad.xlsx");
    expect(cut.length).toBe(Math.floor(whole.length * 0.6));
    expect(Buffer.compare(Buffer.from(cut), Buffer.from(whole.subarray(0, cut.length)))).toBe(0);
  });

  it("billion-laughs.xlsx nests ten entities in the shared strings and the workbook relationships", async () => {
    const strings = await partText("billion-laughs.xlsx", "xl/sharedStrings.xml");
    const rels = await partText("billion-laughs.xlsx", "xl/_rels/workbook.xml.rels");
    for (const xml of [strings, rels]) {
      expect(xml).toMatch(/^<\?xml[^>]*\?>\s*<!DOCTYPE /);
      expect(xml).toContain(
        '<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">'
      );
      expect(xml).toContain('<!ENTITY lol1 "&lol;&lol;');
    }
    expect(strings).toContain("<t>&lol9;</t>");
    expect(rels).toContain('Target="&lol9;"');
  });

  it("extern-entitet.xlsx declares a SYSTEM entity on /etc/passwd and uses it, without its text", async () => {
    const bytes = await bytesOf("extern-entitet.xlsx");
    const strings = await partText("extern-entitet.xlsx", "xl/sharedStrings.xml");
    expect(strings).toContain('<!ENTITY xxe SYSTEM "file:///etc/passwd">');
    expect(strings).toContain("<t>&xxe;</t>");
    expect(Buffer.from(bytes).includes("root:")).toBe(false);
  });

  it("losenord.xlsx is an OLE file with EncryptionInfo (agile, 4.4) and EncryptedPackage", async () => {
    const bytes = await bytesOf("losenord.xlsx");
    expect([...bytes.subarray(0, 8)]).toEqual([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const container = CFB.read(bytes, { type: "array" });
    const info = CFB.find(container, "EncryptionInfo")?.content;
    expect(info && [...Array.from(info).slice(0, 4)]).toEqual([4, 0, 4, 0]);
    expect(CFB.find(container, "EncryptedPackage")).not.toBeNull();
  });

  it("makro.xlsm has a vbaProject.bin, its content type and relationship, a macro-enabled workbook type", async () => {
    const parts = unzip(await bytesOf("makro.xlsm"));
    expect(parts.get("xl/vbaProject.bin")?.[0]).toBe(0xd0);
    const types = await partText("makro.xlsm", "[Content_Types].xml");
    expect(types).toContain(
      'PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"'
    );
    expect(types).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    expect(types).not.toContain("spreadsheetml.sheet.main+xml");
    expect(await partText("makro.xlsm", "xl/_rels/workbook.xml.rels")).toContain(
      'Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"'
    );
  });

  it("gammal.xls is BIFF8 in an OLE file, binar.xlsb a zip with workbook.bin, kalkyl.ods an ODF zip", async () => {
    const xls = CFB.read(await bytesOf("gammal.xls"), { type: "array" });
    expect(CFB.find(xls, "Workbook")).not.toBeNull();
    expect(unzip(await bytesOf("binar.xlsb")).has("xl/workbook.bin")).toBe(true);
    const ods = unzip(await bytesOf("kalkyl.ods"));
    expect(text(ods.get("mimetype") ?? new Uint8Array())).toBe(
      "application/vnd.oasis.opendocument.spreadsheet"
    );
    expect(text(ods.get("content.xml") ?? new Uint8Array())).toContain(
      'office:date-value="2026-02-01'
    );
  });

  it("lista.csv is Swedish CSV in Windows-1252, and lista-csv-som.xlsx the same bytes", async () => {
    const csv = await bytesOf("lista.csv");
    expect(Buffer.compare(Buffer.from(csv), Buffer.from(await bytesOf("lista-csv-som.xlsx")))).toBe(
      0
    );
    // Only Windows-1252 bytes for å ä ö Å Ä Ö é, NBSP and the en dash: no UTF-8 (0xC3 …).
    const high = new Set(csv.filter((b) => b >= 0x80));
    for (const b of high)
      expect([0x96, 0xa0, 0xc4, 0xc5, 0xd6, 0xe4, 0xe5, 0xe9, 0xf6]).toContain(b);
    for (const b of [0xe5, 0xe4, 0xf6, 0xc4, 0xd6, 0xa0]) expect(high.has(b)).toBe(true);
    const latin1 = Buffer.from(csv).toString("latin1");
    expect(latin1.split("\r\n")[0]).toBe(LIST_HEADERS.join(";").replace("–", "\u0096"));
    expect(latin1).toContain("1\u00a0234,50");
    expect(latin1).toContain(";450\u00a0000,50;");
  });

  it("langa-celler.xlsx has texts of exactly 32,767 characters", async () => {
    const strings = await partText("langa-celler.xlsx", "xl/sharedStrings.xml");
    const lengths = sharedTexts(strings).map((t) => t.length);
    expect(lengths.filter((n) => n === 32_767).length).toBe(4);
    expect(Math.max(...lengths)).toBe(32_767);
  });

  it("sammanfogade.xlsx merges a title across the list and Förvaltning over three rows", async () => {
    const sheet = await partText("sammanfogade.xlsx", SHEET);
    expect(sheet).toContain('<mergeCell ref="A1:J1"/>');
    expect(sheet).toMatch(/<mergeCell ref="C(\d+):C(\d+)"\/>/);
    const spans = [...sheet.matchAll(/<mergeCell ref="C(\d+):C(\d+)"\/>/g)].map(
      (m) => Number(m[2]) - Number(m[1]) + 1
    );
    expect(Math.max(...spans)).toBe(3);
  });

  it("dolda.xlsx hides a sheet first, very hides another, and a row and a column of the list", async () => {
    const workbook = await partText("dolda.xlsx", "xl/workbook.xml");
    expect(workbook).toMatch(/<sheet sheetId="1" name="Gamla initiativ" state="hidden"/);
    expect(workbook).toMatch(/name="Initiativ" state="visible"/);
    expect(workbook).toMatch(/name="Hemligt" state="veryHidden"/);
    expect(workbook).toContain('activeTab="1"');
    const visible = await partText("dolda.xlsx", "xl/worksheets/sheet2.xml");
    expect(visible).toMatch(/<row r="3" hidden="1"/);
    expect(visible).toMatch(/<col min="4" max="4"[^>]*hidden="1"/);
  });

  it("hela-kolumner.xlsx validates five whole columns and formats whole columns", async () => {
    const sheet = await partText("hela-kolumner.xlsx", SHEET);
    const sqrefs = [...sheet.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
    expect(sqrefs.sort()).toEqual([
      "C2:C1048576",
      "D2:D1048576",
      "E2:E1048576",
      "H2:H1048576",
      "I2:I1048576",
    ]);
    expect(sheet).toContain('<conditionalFormatting sqref="H:H">');
    expect(sheet).toContain('<conditionalFormatting sqref="A:J">');
  });

  it("externa-lankar.xlsx refers to [1]Blad1 with cached values and links file:///C:/hemlig/budget.xlsx", async () => {
    const sheet = await partText("externa-lankar.xlsx", SHEET);
    expect(sheet).toContain(`<f>[1]Blad1!B2</f><v>${LIST_ROWS[0]?.[7]}</v>`);
    expect(sheet).toContain(`<f>[1]Blad1!C2*0.5</f><v>${LIST_ROWS[0]?.[8]}</v>`);
    expect(await partText("externa-lankar.xlsx", "xl/workbook.xml")).toContain(
      '<externalReferences><externalReference r:id="rIdExt1"/></externalReferences>'
    );
    expect(await partText("externa-lankar.xlsx", "xl/_rels/workbook.xml.rels")).toContain(
      'Id="rIdExt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"'
    );
    expect(await partText("externa-lankar.xlsx", "xl/externalLinks/externalLink1.xml")).toContain(
      '<externalBook r:id="rId1">'
    );
    expect(
      await partText("externa-lankar.xlsx", "xl/externalLinks/_rels/externalLink1.xml.rels")
    ).toContain('Target="file:///C:/hemlig/budget.xlsx" TargetMode="External"');
    expect(await partText("externa-lankar.xlsx", "[Content_Types].xml")).toContain(
      "spreadsheetml.externalLink+xml"
    );
  });

  it("formelfel.xlsx has error cells, literal and cached, in both amount columns", async () => {
    const sheet = await partText("formelfel.xlsx", SHEET);
    const errors = [
      ...sheet.matchAll(/<c r="([HI]\d+)"[^>]*t="e"[^>]*>(<f>[^<]*<\/f>)?<v>([^<]+)<\/v>/g),
    ];
    expect(errors.map((m) => m[3]).sort()).toEqual([
      "#DIV/0!",
      "#DIV/0!",
      "#N/A",
      "#N/A",
      "#REF!",
      "#REF!",
      "#VALUE!",
      "#VALUE!",
    ]);
    expect(errors.filter((m) => m[2]).length).toBe(4);
  });

  it("datum-1904.xlsx sets date1904 and stores 1904 serials", async () => {
    expect(await partText("datum-1904.xlsx", "xl/workbook.xml")).toContain('date1904="1"');
    const sheet = await partText("datum-1904.xlsx", SHEET);
    const [, , , , , start = "", end = ""] = LIST_ROWS[0] ?? [];
    expect(sheet).toMatch(new RegExp(`<c r="F2"[^>]*><v>${serial1904(start)}</v>`));
    expect(sheet).toMatch(new RegExp(`<c r="G2"[^>]*><v>${serial1904(end)}</v>`));
  });

  it("nbsp-tal.xlsx stores the amounts as text with U+00A0 and U+202F", async () => {
    const strings = await partText("nbsp-tal.xlsx", "xl/sharedStrings.xml");
    for (const [investering, besparing] of TEXT_AMOUNTS) {
      expect(strings).toContain(`<t>${investering}</t>`);
      expect(strings).toContain(`<t>${besparing}</t>`);
    }
    expect(strings).toContain("\u202f");
    expect(strings).toContain("\u00a0");
  });

  it("formler-i-text.xlsx stores formula-like text as shared strings, with no formula", async () => {
    const sheet = await partText("formler-i-text.xlsx", SHEET);
    const strings = await partText("formler-i-text.xlsx", "xl/sharedStrings.xml");
    expect(sheet).not.toContain("<f>");
    const texts = sharedTexts(strings);
    for (const [name, behov] of FORMULA_LIKE_TEXTS) {
      expect(texts).toContain(name);
      expect(texts).toContain(behov);
    }
  });

  it("tom.xlsx is 0 bytes; word.xlsx is a Word package with no spreadsheet part", async () => {
    expect((await bytesOf("tom.xlsx")).length).toBe(0);
    const word = unzip(await bytesOf("word.xlsx"));
    expect([...word.keys()].sort()).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "word/document.xml",
    ]);
  });

  it("bara-rubriker.xlsx has the header row and nothing under it", async () => {
    const sheet = await partText("bara-rubriker.xlsx", SHEET);
    expect([...sheet.matchAll(/<row /g)].length).toBe(1);
  });
});
