/**
 * The cell formats of the portfolio as SpreadsheetML's styles part (ECMA-376 Part 1, §18.8):
 * each look a cell can have (a presentation role, a number format, wrapped text) becomes one
 * cellXfs entry, referred to by index from every cell that has it. A StyleSheet can start from
 * the styles part of a workbook that exists: then what it needs is appended after what is there,
 * so every index the workbook's own cells use keeps its meaning.
 */
import type { CellStyle } from "../../../domain/template/WorkbookDescription";
import { ROLE_LOOKS } from "../../../domain/template/roleColors";
import { toHexArgb } from "./colors";
import { xmlAttr } from "./xmlText";

export interface CellLook {
  readonly role?: CellStyle;
  readonly numberFormat?: string;
  readonly wrap?: boolean;
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Excel's built-in number formats (§18.8.30) the description uses; others get ids from 164. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
};
const FIRST_CUSTOM_FORMAT = 164;

const solidFill = (argb: string): string =>
  `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`;

const DEFAULT_FONT = '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>';
const NO_BORDER = "<border><left/><right/><top/><bottom/><diagonal/></border>";

interface RoleParts {
  readonly font?: string;
  readonly fill?: string;
  readonly border?: string;
  readonly alignment?: { readonly vertical?: string; readonly wrap?: boolean };
  readonly unlocked?: boolean;
}

function roleParts(role: CellStyle | undefined): RoleParts {
  if (role === undefined) return {};
  const look = ROLE_LOOKS[role];
  const hasFont =
    look.bold || look.italic || look.size !== undefined || look.fontColor !== undefined;
  return {
    ...(hasFont
      ? {
          font:
            `<font>${look.bold ? "<b/>" : ""}${look.italic ? "<i/>" : ""}<sz val="${look.size ?? 11}"/>` +
            (look.fontColor === undefined ? "" : `<color rgb="${toHexArgb(look.fontColor)}"/>`) +
            '<name val="Calibri"/><family val="2"/></font>',
        }
      : {}),
    ...(look.fill === undefined ? {} : { fill: solidFill(toHexArgb(look.fill)) }),
    ...(look.bottomBorder === undefined
      ? {}
      : {
          border: `<border><left/><right/><top/><bottom style="thin"><color rgb="${toHexArgb(look.bottomBorder)}"/></bottom><diagonal/></border>`,
        }),
    ...(look.wrapText || look.verticalTop
      ? {
          alignment: {
            ...(look.verticalTop ? { vertical: "top" } : {}),
            wrap: look.wrapText === true,
          },
        }
      : {}),
    ...(look.locked === false ? { unlocked: true } : {}),
  };
}

/** The entries of one list of the styles part (fonts, fills …), new ones appended once. */
class Entries {
  private readonly index = new Map<string, number>();
  readonly added: string[] = [];
  constructor(private readonly existing: readonly string[]) {
    existing.forEach((xml, i) => {
      if (!this.index.has(xml)) this.index.set(xml, i);
    });
  }
  get count(): number {
    return this.existing.length + this.added.length;
  }
  indexOf(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.count;
      this.added.push(xml);
      this.index.set(xml, i);
    }
    return i;
  }
}

/** The lists of a styles part, each entry as its XML text. */
export interface StyleLists {
  readonly numFmts: ReadonlyMap<string, number>;
  readonly fonts: readonly string[];
  readonly fills: readonly string[];
  readonly borders: readonly string[];
  readonly cellXfs: readonly string[];
  readonly dxfs: readonly string[];
}

/** What a new workbook starts with; Excel requires the two fills none and gray125 first (§18.8.21). */
export const NEW_WORKBOOK_STYLES: StyleLists = {
  numFmts: new Map(),
  fonts: [DEFAULT_FONT],
  fills: [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ],
  borders: [NO_BORDER],
  cellXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
  dxfs: [],
};

export class StyleSheet {
  private readonly fonts: Entries;
  private readonly fills: Entries;
  private readonly borders: Entries;
  private readonly cellXfs: Entries;
  private readonly dxfs: Entries;
  private readonly numFmts: Map<string, number>;
  private readonly addedFormats: [string, number][] = [];
  private nextFormatId: number;
  private readonly byLook = new Map<string, number>();

  constructor(base: StyleLists = NEW_WORKBOOK_STYLES) {
    this.fonts = new Entries(base.fonts);
    this.fills = new Entries(base.fills);
    this.borders = new Entries(base.borders);
    this.cellXfs = new Entries(base.cellXfs);
    this.dxfs = new Entries(base.dxfs);
    this.numFmts = new Map(base.numFmts);
    this.nextFormatId = Math.max(FIRST_CUSTOM_FORMAT - 1, ...base.numFmts.values()) + 1;
  }

  private formatId(code: string | undefined): number {
    if (code === undefined) return 0;
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.numFmts.set(code, id);
      this.addedFormats.push([code, id]);
    }
    return id;
  }

  /** The cellXfs index of a look; the same look always gives the same index. */
  xf(look: CellLook): number {
    const key = `${look.role ?? ""}\u0000${look.numberFormat ?? ""}\u0000${look.wrap ? 1 : 0}`;
    const known = this.byLook.get(key);
    if (known !== undefined) return known;
    const parts = roleParts(look.role);
    const numFmtId = this.formatId(look.numberFormat);
    const fontId = parts.font === undefined ? 0 : this.fonts.indexOf(parts.font);
    const fillId = parts.fill === undefined ? 0 : this.fills.indexOf(parts.fill);
    const borderId = parts.border === undefined ? 0 : this.borders.indexOf(parts.border);
    const wrap = look.wrap === true || parts.alignment?.wrap === true;
    const vertical = parts.alignment?.vertical ?? (look.wrap ? "top" : undefined);
    const alignment =
      wrap || vertical !== undefined
        ? `<alignment${vertical === undefined ? "" : ` vertical="${vertical}"`}${wrap ? ' wrapText="1"' : ""}/>`
        : "";
    const protection = parts.unlocked ? '<protection locked="0"/>' : "";
    const applies =
      (numFmtId !== 0 ? ' applyNumberFormat="1"' : "") +
      (fontId !== 0 ? ' applyFont="1"' : "") +
      (fillId !== 0 ? ' applyFill="1"' : "") +
      (borderId !== 0 ? ' applyBorder="1"' : "") +
      (alignment ? ' applyAlignment="1"' : "") +
      (protection ? ' applyProtection="1"' : "");
    const attributes = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
    const xml =
      alignment || protection
        ? `<xf ${attributes}>${alignment}${protection}</xf>`
        : `<xf ${attributes}/>`;
    const index = this.cellXfs.indexOf(xml);
    this.byLook.set(key, index);
    return index;
  }

  /** The dxfs index of a conditional format's look: a solid fill and maybe a font colour. */
  dxf(fill: string, fontColor?: string): number {
    const argb = toHexArgb(fill);
    const font =
      fontColor === undefined ? "" : `<font><color rgb="${toHexArgb(fontColor)}"/></font>`;
    return this.dxfs.indexOf(
      `<dxf>${font}<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor rgb="${argb}"/></patternFill></fill></dxf>`
    );
  }

  private numFmtsXml(formats: readonly [string, number][]): string {
    return formats
      .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlAttr(code)}"/>`)
      .join("");
  }

  /** A whole styles part, for a new workbook. */
  toXml(): string {
    const list = (tag: string, entries: Entries, existing: readonly string[]) =>
      `<${tag} count="${entries.count}">${existing.join("")}${entries.added.join("")}</${tag}>`;
    const formats = [...this.numFmts.entries()];
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}">` +
      (formats.length > 0
        ? `<numFmts count="${formats.length}">${this.numFmtsXml(formats)}</numFmts>`
        : "") +
      list("fonts", this.fonts, NEW_WORKBOOK_STYLES.fonts) +
      list("fills", this.fills, NEW_WORKBOOK_STYLES.fills) +
      list("borders", this.borders, NEW_WORKBOOK_STYLES.borders) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.cellXfs, NEW_WORKBOOK_STYLES.cellXfs) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      `<dxfs count="${this.dxfs.count}">${this.dxfs.added.join("")}</dxfs>` +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }

  /** What was appended to each list, for patching a styles part that exists (patchStyles). */
  additions(): {
    numFmts: string;
    fonts: readonly string[];
    fills: readonly string[];
    borders: readonly string[];
    cellXfs: readonly string[];
    dxfs: readonly string[];
  } {
    return {
      numFmts: this.numFmtsXml(this.addedFormats),
      fonts: this.fonts.added,
      fills: this.fills.added,
      borders: this.borders.added,
      cellXfs: this.cellXfs.added,
      dxfs: this.dxfs.added,
    };
  }

  get addedFormatCount(): number {
    return this.addedFormats.length;
  }
}
