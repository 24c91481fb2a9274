import fc from "fast-check";
import { describeRuns, listSome } from "../../../src/domain/text/numberRuns";

describe("describeRuns", () => {
  it("keeps single rows and pairs, joins runs of three or more", () => {
    expect(describeRuns([20, 5, 9, 10, 11, 12, 2, 3])).toBe("2, 3, 5, 9–12, 20");
    expect(describeRuns(Array.from({ length: 100_000 }, (_, i) => i + 2))).toBe("2–100001");
    expect(describeRuns([3, 1, 2], (n) => "ABC"[n - 1]!)).toBe("A–C");
  });

  it("names exactly the given numbers (expanding the phrase gives them back)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 200 }), { maxLength: 60 }), (numbers) => {
        const back = describeRuns(numbers)
          .split(", ")
          .filter((part) => part !== "")
          .flatMap((part) => {
            const [a, b] = part.split("–").map(Number);
            return b === undefined ? [a!] : Array.from({ length: b - a! + 1 }, (_, i) => a! + i);
          });
        expect(back).toEqual([...new Set(numbers)].sort((x, y) => x - y));
      }),
      { numRuns: 200 }
    );
  });
});

describe("listSome", () => {
  it("lists all up to the maximum, then the first ones and how many more of the total", () => {
    expect(listSome(["a", "b"], 3)).toBe("a, b");
    expect(listSome(["a", "b", "c", "d"], 3)).toBe("a, b, c … (+1)");
    expect(listSome(["a", "b", "c"], 3, 10_000)).toBe("a, b, c … (+9997)");
  });
});
