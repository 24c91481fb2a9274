/** The status messages every view shows the same way: a failure, and what Excel left out. */
import type { SkippableFeature } from "../../adapters/officeJs/requirementSets";
import type { Language, TaskpaneStrings } from "../i18n";
import { errorText } from "../presentation/errorText";
import { featureList } from "../presentation/features";
import type { StatusMessage } from "./StatusRegion";

export const failure = (
  error: unknown,
  failed: string,
  strings: TaskpaneStrings,
  language: Language
): StatusMessage => ({ intent: "error", text: errorText(error, failed, strings, language) });

/** Nothing when Excel rendered everything; otherwise one warning naming what was left out. */
export const leftOut = (
  skipped: readonly SkippableFeature[],
  strings: TaskpaneStrings
): StatusMessage[] =>
  skipped.length === 0
    ? []
    : [{ intent: "warning", text: strings.skippedNotice(featureList(skipped, strings)) }];
