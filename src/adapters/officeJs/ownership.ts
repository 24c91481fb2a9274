/**
 * Which sheets the add-in made. Each sheet the add-in writes carries a hidden sheet-scoped name,
 * OWNER_MARKER, whose value is the sheet's name at the time of writing. A sheet is ours when the
 * marker is there and still equals the sheet's name, so:
 * - a sheet the user made, or made again after deleting ours, has no marker: never ours;
 * - a sheet the user renamed ("Initiativ 2024") or copied ("Initiativ (2)") carries a marker
 *   naming another sheet: no longer ours, kept as the user's;
 * - the marker travels with the sheet, needs only named items (ExcelApi 1.4) and no sync of its
 *   own beyond the one that reads all markers together.
 */

export const OWNER_MARKER = "Digiportfolj_blad";

/** The marker's formula: the sheet name as a string constant. */
export function ownerMarkerFormula(sheetName: string): string {
  return `="${sheetName.replace(/"/g, '""')}"`;
}

/**
 * True when the marker's value (or its formula, depending on what the host returns for a string
 * constant) names this sheet exactly.
 */
export function isOwnedBy(markerValue: unknown, sheetName: string): boolean {
  if (typeof markerValue !== "string") return false;
  if (markerValue === sheetName) return true;
  const formula = /^="((?:[^"]|"")*)"$/.exec(markerValue);
  return formula !== null && formula[1]!.replace(/""/g, '"') === sheetName;
}
