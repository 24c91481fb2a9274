/** Colours as SpreadsheetML writes them (ARGB hex). */

/** "#RRGGBB", "RRGGBB" or "AARRGGBB" as "AARRGGBB"; anything else would make Excel repair the file. */
export function toHexArgb(color: string): string {
  const hex = color.trim().replace(/^#/, "").toUpperCase();
  if (/^[0-9A-F]{6}$/.test(hex)) return `FF${hex}`;
  if (/^[0-9A-F]{8}$/.test(hex)) return hex;
  throw new RangeError(`Not a hex colour: "${color}"`);
}
