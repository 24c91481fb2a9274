import fc from "fast-check";
import {
  asciiDigits,
  stripInvisible,
  editDistance,
  foldDiacritics,
  normalizeHeader,
  similarity,
} from "../../../src/domain/text/normalize";

describe("normalizeHeader", () => {
  test.each([
    ["Budget (tkr)", "budget tkr"],
    ["  Namn på   projekt ", "namn på projekt"],
    ["Behov – vem", "behov vem"],
    ["Behov—varför?", "behov varför"],
    ["STATUS", "status"],
    ["ÅTERBETALNINGSTID (ÅR)", "återbetalningstid år"],
    ["Start\u00ADdatum", "startdatum"],
    ["Initiativ\u200B-ID", "initiativ id"],
    ["\uFEFFNamn", "namn"],
    ["Löpande\u00A0kostnad\u2009per\u202Får\u2007", "löpande kostnad per år"],
    ["Kostnad\tper\når\r\n", "kostnad per år"],
    ["Kostnad, mkr", "kostnad mkr"],
    ["Nr.", "nr"],
    ["a.b,c:d;e(f)g[h]i/j\\k-l–m—n_o*p?q!r\"s't#u", "a b c d e f g h i j k l m n o p q r s t u"],
    ["”Citat” ‘x’", "citat x"],
    ["A\u030Angström", "ångström"], // decomposed å
    ["", ""],
    [" \u00A0\t ", ""],
  ])("%j → %j", (input, expected) => {
    expect(normalizeHeader(input)).toBe(expected);
  });

  test("keeps å ä ö and lower-cases them", () => {
    expect(normalizeHeader("ÅÄÖ åäö")).toBe("åäö åäö");
  });

  test("is idempotent and leaves no double, leading or trailing spaces", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const once = normalizeHeader(s);
        expect(normalizeHeader(once)).toBe(once);
        expect(once).not.toMatch(/ {2}|^ | $|[\t\n\u00A0\u00AD\u200B]/);
      }),
      { numRuns: 300 }
    );
  });
});

describe("stripInvisible", () => {
  it("is NFC without soft hyphens and zero-width characters, Latin-1 fast path included", () => {
    const slow = (s: string) =>
      s.normalize("NFC").replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, "");
    expect(stripInvisible("Ko\u00ADstnad")).toBe("Kostnad");
    expect(stripInvisible("A\u030Asa")).toBe("Åsa");
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 30 }),
        fc.stringMatching(/^[\u0000-\u00FF\u0300\u030A\u200B]{0,20}$/),
        (any, latin) => {
          for (const text of [any, latin, latin + any])
            expect(stripInvisible(text)).toBe(slow(text));
        }
      ),
      { numRuns: 1000 }
    );
  });
});

describe("asciiDigits", () => {
  it("counts 0–9 only, and normalising a header keeps the count", () => {
    expect(asciiDigits("Budget 2025 (tkr)")).toBe(4);
    expect(asciiDigits("٣ ³ ①")).toBe(0);
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 40 }),
        fc.stringMatching(/^[ 0-9a-zA-ZåäöÅÄÖ().\-\u00ad\u00a0]{0,20}$/),
        (any, headerLike) => {
          for (const text of [any, headerLike, any + headerLike])
            expect(asciiDigits(normalizeHeader(text))).toBe(asciiDigits(text));
        }
      ),
      { numRuns: 1000 }
    );
  });
});

describe("foldDiacritics", () => {
  test.each([
    ["Pågående", "Pagaende"],
    ["Idé", "Ide"],
    ["Förstudie", "Forstudie"],
    ["ÅÄÖ åäö", "AAO aao"],
    ["café naïve über", "cafe naive uber"],
    ["Søren Æble Straße", "Soren AEble Strasse"],
    ["plain", "plain"],
  ])("%j → %j", (input, expected) => {
    expect(foldDiacritics(input)).toBe(expected);
  });

  test("a folded string folds to itself", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const once = foldDiacritics(s);
        expect(foldDiacritics(once)).toBe(once);
      }),
      { numRuns: 200 }
    );
  });
});

describe("editDistance", () => {
  test.each([
    ["", "", 0],
    ["abc", "", 3],
    ["", "abc", 3],
    ["kitten", "sitting", 3],
    ["flaw", "lawn", 2],
    ["status", "status", 0],
    ["pågående", "pagaende", 2],
    ["åäö", "aao", 3],
    ["😀a", "a", 1], // counted in code points, not UTF-16 units
  ])("%j ↔ %j = %d", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  test("with a bound: the exact distance when within it, bound + 1 otherwise", () => {
    expect(editDistance("kitten", "sitting", 3)).toBe(3);
    expect(editDistance("kitten", "sitting", 2)).toBe(3);
    expect(editDistance("kitten", "sitting", 1)).toBe(2);
    expect(editDistance("a", "abcdefgh", 2)).toBe(3); // length gap alone exceeds the bound
    expect(editDistance("abc", "xyz", 0)).toBe(1);
  });

  test("is a metric, and the bound never changes an answer within it", () => {
    const word = fc.string({ maxLength: 8 });
    fc.assert(
      fc.property(word, word, word, fc.nat(10), (a, b, c, bound) => {
        const ab = editDistance(a, b);
        expect(ab).toBe(editDistance(b, a));
        expect(ab === 0).toBe(a === b);
        expect(ab).toBeLessThanOrEqual(editDistance(a, c) + editDistance(c, b));
        expect(editDistance(a, b, bound)).toBe(ab <= bound ? ab : bound + 1);
      }),
      { numRuns: 300 }
    );
  });
});

/** The textbook full table over code points, as the reference. */
function reference(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const d = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  );
  for (let i = 1; i <= x.length; i++)
    for (let j = 1; j <= y.length; j++)
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1)
      );
  return d[x.length]![y.length]!;
}

describe("editDistance with a bound, on near strings and on surrogate pairs", () => {
  test("equals the textbook distance, and bound + 1 past the bound (400 cases)", () => {
    const near = fc.string({ unit: fc.constantFrom("a", "b", "å", "😀"), maxLength: 14 });
    fc.assert(
      fc.property(near, near, fc.nat(6), (a, b, bound) => {
        const full = reference(a, b);
        expect(editDistance(a, b)).toBe(full);
        expect(editDistance(a, b, bound)).toBe(full <= bound ? full : bound + 1);
      }),
      { numRuns: 400 }
    );
    expect(editDistance("😀a", "a😀")).toBe(2);
  });
});

describe("similarity", () => {
  test.each([
    ["", "", 1],
    ["status", "status", 1],
    ["abc", "xyz", 0],
    ["kitten", "sitting", 1 - 3 / 7],
    ["projekt", "projektet", 1 - 2 / 9],
  ])("%j ~ %j = %d", (a, b, s) => {
    expect(similarity(a, b)).toBeCloseTo(s, 12);
  });

  test("lies in 0..1 and is symmetric", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const s = similarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(s).toBe(similarity(b, a));
      }),
      { numRuns: 200 }
    );
  });
});
