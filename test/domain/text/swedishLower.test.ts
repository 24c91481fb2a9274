import fc from "fast-check";
import { swedishLower } from "../../../src/domain/text/swedishLower";

describe("swedishLower", () => {
  it("gives what Swedish locale lower-casing gives, for every code point", () => {
    const differ: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (swedishLower(c) !== c.toLocaleLowerCase("sv-SE")) differ.push(cp.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it("keeps context-dependent mappings (final sigma, dotted I) as the locale does", () => {
    for (const text of ["ÅSA ÖSTLUND", "ΟΔΟΣ ΣΑΣ", "İSTANBUL", "Ĳssel"])
      expect(swedishLower(text)).toBe(text.toLocaleLowerCase("sv-SE"));
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), (text) => {
        expect(swedishLower(text)).toBe(text.toLocaleLowerCase("sv-SE"));
      }),
      { numRuns: 500 }
    );
  });
});
