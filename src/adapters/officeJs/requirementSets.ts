/**
 * Which Excel requirement set each optional feature needs, and what the writer leaves out on an
 * Excel that lacks it (Office 2019 volume licence stops at ExcelApi 1.7, Office 2021 at 1.14).
 * The manifest asks for ExcelApi 1.4, so named items, sheet-scoped names (the ownership marker),
 * getUsedRangeOrNullObject and *OrNullObject lookups are always there.
 */

export type IsSetSupported = (set: string, version: string) => boolean;

/** Features of a description an older Excel cannot render; each is skipped, not failed. */
export type SkippableFeature =
  "names" | "conditionalFormats" | "tabColor" | "freezePanes" | "charts" | "dataValidation";

export const WRITE_FEATURE_SETS: Readonly<Record<SkippableFeature, string>> = {
  names: "1.4",
  conditionalFormats: "1.6",
  tabColor: "1.7",
  freezePanes: "1.7",
  charts: "1.7",
  dataValidation: "1.8",
};

/** Read-side extras: each only improves the answer, a default stands in without it. */
export const READ_FEATURE_SETS = {
  /** Workbook.name, NamedItem.formula. */
  workbookName: "1.7",
  nameFormula: "1.7",
  /** Workbook.use1904DateSystem; without it, the 1900 date system is assumed. */
  date1904: "1.16",
  /** Range.getMergedAreasOrNullObject; without it, SheetGrid.merges is left out. */
  mergedAreas: "1.13",
} as const;

/** Writes that send fewer bytes; without them the same cells are written the long way. */
export const FASTER_WRITE_SETS = {
  /** Range.copyFrom: a column's formula written once and pasted down (domain/template/formulaRuns.ts). */
  copyFormulas: "1.9",
} as const;

/**
 * What makes a write unable to half-fail (staging.ts). Without it a sheet of ours that is
 * rewritten is written in place in the write's last part, as before, which a failure can leave
 * half-written (the pane is told so).
 */
export const SAFE_WRITE_SETS = {
  /** Range.copyFrom "All": a rewritten sheet is staged whole and copied over in the last request. */
  copyOver: "1.9",
} as const;

export interface FeatureSupport {
  has(feature: SkippableFeature): boolean;
  hasRead(feature: keyof typeof READ_FEATURE_SETS): boolean;
  hasFaster(feature: keyof typeof FASTER_WRITE_SETS): boolean;
  hasSafe(feature: keyof typeof SAFE_WRITE_SETS): boolean;
}

export function featureSupport(isSetSupported: IsSetSupported): FeatureSupport {
  const cache = new Map<string, boolean>();
  const excel = (version: string): boolean => {
    let known = cache.get(version);
    if (known === undefined) {
      known = isSetSupported("ExcelApi", version);
      cache.set(version, known);
    }
    return known;
  };
  return {
    has: (feature) => excel(WRITE_FEATURE_SETS[feature]),
    hasRead: (feature) => excel(READ_FEATURE_SETS[feature]),
    hasFaster: (feature) => excel(FASTER_WRITE_SETS[feature]),
    hasSafe: (feature) => excel(SAFE_WRITE_SETS[feature]),
  };
}
