/**
 * How each presentation role looks in a file written with exceljs. The Office.js adapter should
 * use the same colours so a template looks the same however it was made.
 */
import type { Style } from "exceljs";
import type { CellStyle } from "../../domain/template/WorkbookDescription";

/** "#RRGGBB", "RRGGBB" or "AARRGGBB" as exceljs's ARGB. */
export function toArgb(color: string): string {
  const hex = color.trim().replace(/^#/, "").toUpperCase();
  if (/^[0-9A-F]{6}$/.test(hex)) return `FF${hex}`;
  if (/^[0-9A-F]{8}$/.test(hex)) return hex;
  throw new RangeError(`Not a hex colour: "${color}"`);
}

const solid = (rgb: string): Style["fill"] => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: toArgb(rgb) },
});

export const ROLE_COLORS = {
  headerFill: "#DDEBF7",
  headerBorder: "#8EA9DB",
  computedFill: "#EDEDED",
  noteFont: "#595959",
  subtitleFont: "#1F4E78",
} as const;

export function styleForRole(role: CellStyle): Partial<Style> {
  switch (role) {
    case "title":
      return { font: { bold: true, size: 16 } };
    case "subtitle":
      return { font: { bold: true, size: 12, color: { argb: toArgb(ROLE_COLORS.subtitleFont) } } };
    case "header":
      return {
        font: { bold: true },
        fill: solid(ROLE_COLORS.headerFill),
        border: { bottom: { style: "thin", color: { argb: toArgb(ROLE_COLORS.headerBorder) } } },
        alignment: { vertical: "top", wrapText: true },
      };
    case "input":
      // White, so the red "required" marking and grey computed columns stand out; unlocked so
      // the sheet can be protected without locking out what users must fill in.
      return { protection: { locked: false } };
    case "computed":
      return { fill: solid(ROLE_COLORS.computedFill) };
    case "note":
      return { font: { italic: true, color: { argb: toArgb(ROLE_COLORS.noteFont) } } };
    case "label":
      return { font: { bold: true } };
  }
}
