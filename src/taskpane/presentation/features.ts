/** Which optional Excel features this host lacks, and how the pane names them. */
import {
  WRITE_FEATURE_SETS,
  featureSupport,
  type IsSetSupported,
  type SkippableFeature,
} from "../../adapters/officeJs/requirementSets";
import type { TaskpaneStrings } from "../i18n";

const FEATURES = Object.keys(WRITE_FEATURE_SETS) as SkippableFeature[];

/** The write features the host's requirement sets do not cover, in WRITE_FEATURE_SETS order. */
export function missingFeatures(isSetSupported: IsSetSupported): SkippableFeature[] {
  const support = featureSupport(isSetSupported);
  return FEATURES.filter((feature) => !support.has(feature));
}

/** "datavalidering (rullistor), diagram": each feature once, in the order given. */
export function featureList(
  features: readonly SkippableFeature[],
  strings: TaskpaneStrings
): string {
  return [...new Set(features)].map((feature) => strings.features[feature]).join(", ");
}
