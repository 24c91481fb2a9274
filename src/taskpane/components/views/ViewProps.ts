import type { Language, TaskpaneStrings } from "../../i18n";
import type { PaneOperations } from "../../operations/PaneOperations";

/** What every view gets from the App. */
export interface ViewProps {
  strings: TaskpaneStrings;
  language: Language;
  operations: PaneOperations;
}
