import { blockFormat, formatForRole, toHexColor } from "../../../src/adapters/officeJs/roleFormats";
import { columnWidthInPoints } from "../../../src/adapters/officeJs/units";
import { ROLE_COLORS, styleForRole } from "../../../src/adapters/xlsxFile/cellStyles";
import type { CellStyle } from "../../../src/domain/template/WorkbookDescription";

const ROLES: CellStyle[] = ["title", "subtitle", "header", "input", "computed", "note", "label"];

describe("formatForRole", () => {
  it("uses the file adapter's colours and fonts for every role", () => {
    for (const role of ROLES) {
      const file = styleForRole(role);
      const office = formatForRole(role);
      const fileFill = (file.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
      expect(office.fill).toBe(fileFill === undefined ? undefined : `#${fileFill.slice(2)}`);
      expect(office.font?.bold).toBe(file.font?.bold);
      expect(office.font?.italic).toBe(file.font?.italic);
      expect(office.font?.size).toBe(file.font?.size);
      const fontColor = file.font?.color?.argb;
      expect(office.font?.color).toBe(
        fontColor === undefined ? undefined : `#${fontColor.slice(2)}`
      );
      expect(office.locked).toBe(file.protection?.locked);
      expect(office.wrapText).toBe(file.alignment?.wrapText);
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
