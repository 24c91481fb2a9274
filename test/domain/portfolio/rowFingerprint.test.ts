/** Kontrollsumma: what a run wrote in a Portfölj row's standard columns, read back by the next. */
import fc from "fast-check";
import { FIELD_KEYS } from "../../../src/domain/fields";
import { DEFAULT_PARAMETERS } from "../../../src/domain/parameters/Parameters";
import {
  CURRENT_LAYOUT,
  FIELD_LAYOUTS,
  KEY_FIELDS,
  canonicalCell,
  fingerprintEntry,
  isAsWritten,
  readFingerprint,
  standardColumns,
  writeFingerprint,
} from "../../../src/domain/portfolio/rowFingerprint";
import type { CellContent } from "../../../src/domain/template/WorkbookDescription";
import { CELL_TEXT_LIMIT } from "../../../src/domain/text/cellTextLimit";

const RUNS = 300;

const valueArb: fc.Arbitrary<CellContent> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.integer({ min: -1e9, max: 1e12 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: 1, max: 5 })
);

describe("the fingerprint's layout", () => {
  it("the layout written now is every catalogue field but the row's key, in catalogue order", () => {
    // A change of the catalogue needs a new layout (FIELD_LAYOUTS), never a changed one.
    expect(FIELD_LAYOUTS[CURRENT_LAYOUT]).toEqual(FIELD_KEYS.filter((k) => !KEY_FIELDS.has(k)));
  });

  it("covers every standard input column: the fields but ID and Förvaltning, and each criterion", () => {
    const keys = standardColumns(DEFAULT_PARAMETERS).map((c) => c.key);
    expect(keys).not.toContain("id");
    expect(keys).not.toContain("forvaltning");
    expect(keys).toEqual(expect.arrayContaining(["name", "investering", "status", "score:nytta"]));
    const written = readFingerprint(writeFingerprint(DEFAULT_PARAMETERS, () => null))!;
    for (const key of keys) expect(written.has(key)).toBe(true);
  });

  it("is short: a row of 32 fields and 4 criteria fits in about 200 characters", () => {
    const full = writeFingerprint(DEFAULT_PARAMETERS, (key) => `värde för ${key}`);
    const empty = writeFingerprint(DEFAULT_PARAMETERS, () => null);
    expect(full.length).toBeLessThanOrEqual(200);
    expect(empty.length).toBeLessThanOrEqual(100);
    expect(full).toMatch(/^D1;/);
  });
});

describe("comparing cells", () => {
  it("a value reads back the same whatever way a reader gives it", () => {
    expect(canonicalCell(300000)).toBe(canonicalCell("300000"));
    expect(canonicalCell(0.1 + 0.2)).toBe(canonicalCell(0.3));
    expect(canonicalCell("rad ett\r\nrad två ")).toBe(canonicalCell("rad ett\nrad två"));
    expect(canonicalCell(null)).toBe(canonicalCell(""));
    expect(canonicalCell("a".repeat(CELL_TEXT_LIMIT + 10))).toHaveLength(CELL_TEXT_LIMIT);
    expect(canonicalCell({ error: "#N/A" })).toBe("#N/A");
  });

  it("a changed value is told apart", () => {
    expect(fingerprintEntry(250000)).not.toBe(fingerprintEntry(250001));
    expect(fingerprintEntry("Pågående")).not.toBe(fingerprintEntry("Pausad"));
    expect(fingerprintEntry(null)).toBe(".");
    expect(fingerprintEntry(0)).not.toBe(".");
  });
});

describe("the fingerprint (property)", () => {
  test(`any values written read back as written, and a change to one of them is that one only (${RUNS} cases)`, () => {
    const columns = standardColumns(DEFAULT_PARAMETERS);
    fc.assert(
      fc.property(
        fc.array(valueArb, { minLength: columns.length, maxLength: columns.length }),
        fc.nat({ max: columns.length - 1 }),
        valueArb,
        (values, changed, typed) => {
          const byKey = new Map(columns.map((c, i) => [c.key, values[i]!]));
          const written = readFingerprint(writeFingerprint(DEFAULT_PARAMETERS, (k) => byKey.get(k) ?? null))!;
          expect(written).not.toBeNull();
          for (const c of columns) expect(isAsWritten(written, c.key, values[columns.indexOf(c)])).toBe(true);
          fc.pre(canonicalCell(typed) !== canonicalCell(values[changed]!));
          const after = columns.map((_, i) => (i === changed ? typed : values[i]!));
          const edited = columns.filter((c, i) => isAsWritten(written, c.key, after[i]) === false);
          // one in 16 million changes goes unseen; none of these
          expect(edited.map((c) => c.key)).toEqual([columns[changed]!.key]);
        }
      ),
      { numRuns: RUNS, seed: 15 }
    );
  });

  test(`any text in the cell reads as a fingerprint or as nothing, never throws (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string().map((s) => `D1;${s}`)), (text) => {
        const read = readFingerprint(text);
        if (read !== null) expect(read).toBeInstanceOf(Map);
      }),
      { numRuns: RUNS, seed: 16 }
    );
    expect(readFingerprint(null)).toBeNull();
    expect(readFingerprint(42)).toBeNull();
    expect(readFingerprint("D9;....;")).toBeNull();
    expect(readFingerprint("D1;....;")).toBeNull(); // too few fields for layout 1
  });

  it("a criterion the fingerprint does not name is not compared; one named twice neither", () => {
    const text = writeFingerprint(DEFAULT_PARAMETERS, () => null);
    const written = readFingerprint(text)!;
    expect(isAsWritten(written, "score:innovation", 5)).toBeUndefined();
    const twice = readFingerprint(`${text},nytta=ABCD`)!;
    expect(isAsWritten(twice, "score:nytta", null)).toBeUndefined();
    expect(isAsWritten(twice, "score:risk", null)).toBe(true);
  });
});
