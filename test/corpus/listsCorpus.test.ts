/**
 * The golden test over the lists corpus (test/corpus/lists, written by openpyxl by people who had
 * not read the code): every workbook read by the file adapter and consolidated, then compared
 * field by field with the answer beside it, and every row with content accounted for.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookBytes } from "../../src/adapters/xlsxFile/readXlsx";
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { DEFAULT_PARAMETERS } from "../../src/domain/parameters/Parameters";
import { compareToExpected, type Expected } from "./compareToExpected";

const DIR = join(__dirname, "lists");
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith(".xlsx"))
  .sort();
const CRITERIA = new Map(DEFAULT_PARAMETERS.criteria.map((c) => [c.label, c.key]));

const expectedOf = (file: string): Expected =>
  JSON.parse(readFileSync(join(DIR, file.replace(/\.xlsx$/, ".expected.json")), "utf8"));

function consolidated(file: string) {
  const workbook = readWorkbookBytes(new Uint8Array(readFileSync(join(DIR, file))), file);
  return consolidate([{ file, workbook }], { today: "2026-12-01", parameters: DEFAULT_PARAMETERS });
}

test(`the corpus holds at least 20 workbooks, each with its answer (${FILES.length})`, () => {
  expect(FILES.length).toBeGreaterThanOrEqual(20);
  for (const file of FILES) expect(expectedOf(file).rows.length).toBeGreaterThan(0);
});

describe.each(FILES)("%s", (file) => {
  test("reads as the answer says, field by field", () => {
    expect(compareToExpected(file, expectedOf(file), consolidated(file), CRITERIA)).toEqual([]);
  });

  test("nothing lost: every row with content below a list's header is an initiative, a need, a header or a skipped row", () => {
    const workbook = readWorkbookBytes(new Uint8Array(readFileSync(join(DIR, file))), file);
    const result = consolidate([{ file, workbook }], {
      today: "2026-12-01",
      parameters: DEFAULT_PARAMETERS,
    });
    const report = result.files.find((f) => f.path === file)!;
    const accounted = new Set([
      ...result.rows.flatMap((r) =>
        r.initiative ? [`${r.initiative.source.sheet}!${r.initiative.source.row}`] : []
      ),
      ...result.needs.map(({ need }) => `${need.source.sheet}!${need.source.row}`),
      ...report.rowsSkipped.map((s) => `${s.sheet}!${s.row}`),
      ...result.mappings.flatMap((m) =>
        Array.from(
          { length: m.headerRow - m.headerTop + 1 },
          (_, i) => `${m.sheet}!${m.headerTop + i}`
        )
      ),
    ]);
    const lost: string[] = [];
    for (const sheet of workbook.sheets) {
      const tops = result.mappings.filter((m) => m.sheet === sheet.name).map((m) => m.headerTop);
      if (tops.length === 0) continue;
      sheet.values.forEach((cells, i) => {
        const row = sheet.top + i;
        const hasContent = cells.some(
          (c) => c !== null && String(typeof c === "object" ? c.error : c).trim() !== ""
        );
        if (row >= Math.min(...tops) && hasContent && !accounted.has(`${sheet.name}!${row}`))
          lost.push(`${sheet.name}!${row}`);
      });
    }
    expect(lost).toEqual([]);
  });
});
