/**
 * A consolidation run as the CLI and the pane both make it: the council's parameters and
 * mapping corrections from the previous portfolio (defaults the first time), then the council's
 * columns and vanished initiatives carried over from it.
 */
import { DEFAULT_PARAMETERS, type Parameters } from "../parameters/Parameters";
import { mergePrevious } from "../portfolio/mergePrevious";
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
  const fresh = consolidate(inputs, {
    today,
    parameters,
    ...(previous ? { corrections: previous.corrections } : {}),
  });
  return { ...fresh, rows: mergePrevious(fresh.rows, previous) };
}
