/**
 * How each presentation role (CellStyle) looks, one home for both adapters so a template looks
 * the same whether the file writer or Office.js made it.
 */
import type { CellStyle } from "./WorkbookDescription";

export const ROLE_COLORS = {
  headerFill: "#DDEBF7",
  headerBorder: "#8EA9DB",
  computedFill: "#EDEDED",
  noteFont: "#595959",
  subtitleFont: "#1F4E78",
} as const;

export interface RoleLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points; the workbook's default (11) when absent. */
  readonly size?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly bottomBorder?: string;
  readonly wrapText?: boolean;
  readonly verticalTop?: boolean;
  /** False for cells users fill in, so the sheet can be protected without locking them out. */
  readonly locked?: boolean;
}

export const ROLE_LOOKS: Readonly<Record<CellStyle, RoleLook>> = {
  title: { bold: true, size: 16 },
  subtitle: { bold: true, size: 12, fontColor: ROLE_COLORS.subtitleFont },
  header: {
    bold: true,
    fill: ROLE_COLORS.headerFill,
    bottomBorder: ROLE_COLORS.headerBorder,
    wrapText: true,
    verticalTop: true,
  },
  // White, so the red "required" marking and grey computed columns stand out.
  input: { locked: false },
  computed: { fill: ROLE_COLORS.computedFill },
  note: { italic: true, fontColor: ROLE_COLORS.noteFont },
  label: { bold: true },
};
