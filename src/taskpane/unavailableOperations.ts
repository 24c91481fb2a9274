/**
 * The operations when the pane runs outside Excel (a plain browser, office.js unreachable):
 * the views still render and every action says, in the user's language, why it cannot work.
 */
import type { PaneOperations } from "./operations/PaneOperations";

export function unavailableOperations(message: string): PaneOperations {
  const refuse = (): Promise<never> => Promise.reject(new Error(message));
  return {
    insertTemplate: refuse,
    proposeMapping: refuse,
    adaptSheet: refuse,
    check: refuse,
    selectCell: refuse,
    loadPriorities: refuse,
    savePriorities: refuse,
    insertMatrix: refuse,
    previewConsolidation: refuse,
    writeConsolidation: refuse,
  };
}
