/**
 * Two small guarantees over any text: what is written into a cell fits Excel's limit and says
 * when it was cut; what is printed to a terminal holds no character a terminal acts on.
 */
import fc from "fast-check";
import { terminalSafe } from "../../src/cli/terminalSafe";
import { CELL_TEXT_LIMIT, CUT_MARK, fitCellText } from "../../src/domain/text/cellTextLimit";

const ACTIVE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/; // eslint-disable-line no-control-regex

describe("fitCellText", () => {
  it("keeps a text that fits, and cuts a longer one to the limit, marked, as its own beginning", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", minLength: 0, maxLength: 40 }),
        fc.integer({ min: 0, max: 2 * CELL_TEXT_LIMIT }),
        (piece, extra) => {
          const text = (piece || "x").repeat(
            Math.ceil((CELL_TEXT_LIMIT - 10 + extra) / (piece.length || 1))
          );
          const fitted = fitCellText(text);
          if (text.length <= CELL_TEXT_LIMIT) return fitted === text;
          const kept = fitted.slice(0, -CUT_MARK.length);
          const last = kept.charCodeAt(kept.length - 1);
          return (
            fitted.length <= CELL_TEXT_LIMIT &&
            fitted.endsWith(CUT_MARK) &&
            text.startsWith(kept) &&
            // A surrogate pair is never split.
            !(last >= 0xd800 && last <= 0xdbff)
          );
        }
      ),
      { numRuns: 60 }
    );
  });
});

describe("terminalSafe", () => {
  it("leaves no character a terminal acts on, and changes nothing else", () => {
    fc.assert(
      // Without backslashes, so a printed "\u001B" can only be an escape the function wrote.
      fc.property(
        fc.string({ unit: "binary", maxLength: 200 }).filter((t) => !t.includes("\\")),
        (text) => {
          const safe = terminalSafe(text);
          const back = safe.replace(/\\u([0-9A-F]{4})/g, (escaped, hex: string) => {
            const c = String.fromCharCode(parseInt(hex, 16));
            return ACTIVE.test(c) ? c : escaped;
          });
          return !ACTIVE.test(safe) && back === text;
        }
      ),
      { numRuns: 300 }
    );
  });
});
