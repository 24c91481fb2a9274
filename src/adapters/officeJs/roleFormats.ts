/**
 * How each presentation role looks in Excel through Office.js: the same colours and fonts as the
 * file adapter (xlsxFile/write/styleSheet.ts), as plain data the writer applies to a range's format.
 */
import type { CellStyle } from "../../domain/template/WorkbookDescription";
import { ROLE_COLORS } from "../../domain/template/roleColors";

export interface RoleFormat {
  readonly fill?: string;
  readonly font?: {
    readonly bold?: boolean;
    readonly italic?: boolean;
    readonly size?: number;
    readonly color?: string;
  };
  /** A thin line under each cell, in this colour. */
  readonly bottomBorder?: string;
  readonly wrapText?: boolean;
  readonly verticalAlignment?: "Top";
  /** false: the cell stays editable when the sheet is protected. */
  readonly locked?: boolean;
}

/** "#RRGGBB", "RRGGBB" or "AARRGGBB" as Office.js's "#RRGGBB" (Excel has no transparency here). */
export function toHexColor(color: string): string {
  const hex = color.trim().replace(/^#/, "").toUpperCase();
  if (/^[0-9A-F]{6}$/.test(hex)) return `#${hex}`;
  if (/^[0-9A-F]{8}$/.test(hex)) return `#${hex.slice(2)}`;
  throw new RangeError(`Not a hex colour: "${color}"`);
}

export function formatForRole(role: CellStyle): RoleFormat {
  switch (role) {
    case "title":
      return { font: { bold: true, size: 16 } };
    case "subtitle":
      return { font: { bold: true, size: 12, color: toHexColor(ROLE_COLORS.subtitleFont) } };
    case "header":
      return {
        font: { bold: true },
        fill: toHexColor(ROLE_COLORS.headerFill),
        bottomBorder: toHexColor(ROLE_COLORS.headerBorder),
        wrapText: true,
        verticalAlignment: "Top",
      };
    case "input":
      return { locked: false };
    case "computed":
      return { fill: toHexColor(ROLE_COLORS.computedFill) };
    case "note":
      return { font: { italic: true, color: toHexColor(ROLE_COLORS.noteFont) } };
    case "label":
      return { font: { bold: true } };
  }
}

/** A block's look: its role, plus wrapping (which, as in the file adapter, also aligns to the top). */
export function blockFormat(role: CellStyle | undefined, wrap: boolean | undefined): RoleFormat {
  const base = role === undefined ? {} : formatForRole(role);
  return wrap ? { ...base, wrapText: true, verticalAlignment: "Top" } : base;
}

export const isEmptyFormat = (format: RoleFormat): boolean => Object.keys(format).length === 0;
