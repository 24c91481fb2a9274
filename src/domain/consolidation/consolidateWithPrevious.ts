/**
 * A consolidation run as the CLI and the pane both make it: the council's parameters and
 * mapping corrections from the previous portfolio (defaults the first time), its IDs, the
 * council's columns and vanished initiatives carried over from it (portfolio/mergePrevious.ts).
 */
import { DEFAULT_PARAMETERS, type Parameters } from "../parameters/Parameters";
import type { PreviousPortfolio } from "../portfolio/readPreviousPortfolio";
import { consolidate } from "./consolidate";
import type { Consolidation, SourceInput } from "./Consolidation";

export function consolidateWithPrevious(
  inputs: readonly SourceInput[],
  previous: PreviousPortfolio | null,
  today: string,
  /** The council's parameters when there is no previous portfolio yet (the pane's workbook). */
  firstParameters: Parameters = DEFAULT_PARAMETERS
): Consolidation {
  const parameters = previous?.parameters ?? firstParameters;
  return consolidate(inputs, {
    today,
    parameters,
    previous,
    ...(previous ? { corrections: previous.corrections } : {}),
  });
}
