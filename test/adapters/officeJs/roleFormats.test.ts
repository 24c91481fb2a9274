import { blockFormat, formatForRole, toHexColor } from "../../../src/adapters/officeJs/roleFormats";
import { columnWidthInPoints } from "../../../src/adapters/officeJs/units";
import { ROLE_COLORS, ROLE_LOOKS } from "../../../src/domain/template/roleColors";
import type { CellStyle } from "../../../src/domain/template/WorkbookDescription";

const ROLES: CellStyle[] = ["title", "subtitle", "header", "input", "computed", "note", "label"];

describe("formatForRole", () => {
  it("uses the colours and fonts of ROLE_LOOKS, as the file adapter does, for every role", () => {
    for (const role of ROLES) {
      const look = ROLE_LOOKS[role];
      const office = formatForRole(role);
      expect(office.fill).toBe(look.fill);
      expect(office.font?.bold).toBe(look.bold);
      expect(office.font?.italic).toBe(look.italic);
      expect(office.font?.size).toBe(look.size);
      expect(office.font?.color).toBe(look.fontColor);
      expect(office.locked).toBe(look.locked);
      expect(office.wrapText).toBe(look.wrapText);
    }
    expect(formatForRole("header").bottomBorder).toBe(ROLE_COLORS.headerBorder);
  });

  it("adds wrapping aligned to the top, as the file adapter", () => {
    expect(blockFormat("note", true)).toMatchObject({
      wrapText: true,
      verticalAlignment: "Top",
      font: { italic: true },
    });
    expect(blockFormat(undefined, undefined)).toEqual({});
  });
});

describe("toHexColor", () => {
  it("accepts the description's forms and refuses anything else", () => {
    expect(toHexColor("#1f4e78")).toBe("#1F4E78");
    expect(toHexColor("1F4E78")).toBe("#1F4E78");
    expect(toHexColor("FF1F4E78")).toBe("#1F4E78");
    expect(() => toHexColor("blue")).toThrow(RangeError);
  });
});

describe("columnWidthInPoints", () => {
  it("converts a file's column width to points as Excel does for Calibri 11", () => {
    expect(columnWidthInPoints(9.140625)).toBe(48); // Excel's default column, 64 px
    expect(columnWidthInPoints(14)).toBe(73.5); // 98 px
    expect(columnWidthInPoints(0)).toBe(0);
    expect(() => columnWidthInPoints(-1)).toThrow(RangeError);
  });
});
