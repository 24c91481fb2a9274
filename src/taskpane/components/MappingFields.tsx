import { Field, Select } from "@fluentui/react-components";
import type { Language, TaskpaneStrings } from "../i18n";
import type { MappingProposal } from "../operations/PaneOperations";
import {
  type MappingSelection,
  columnLabel,
  confidenceNote,
  mappingOptions,
} from "../presentation/mappingForm";

export interface MappingFieldsProps {
  proposal: MappingProposal;
  selection: MappingSelection;
  onChange: (column: number, value: string) => void;
  language: Language;
  strings: TaskpaneStrings;
}

/**
 * One native select per header of the list, labelled with the header exactly as in the sheet;
 * beside it the proposal's confidence, a low one as a warning in words.
 */
export function MappingFields({
  proposal,
  selection,
  onChange,
  language,
  strings,
}: MappingFieldsProps) {
  const s = strings.template;
  const options = mappingOptions(proposal, language, s);
  return (
    <>
      {proposal.columns.map((column) => {
        const selected = selection.get(column.column) ?? column.target ?? "";
        const note = confidenceNote(column, selected, language, s);
        const noteProps = note.low
          ? { validationState: "warning" as const, validationMessage: note.text }
          : { hint: note.text };
        return (
          <Field key={column.column} label={columnLabel(column, s)} {...noteProps}>
            <Select
              value={selected}
              onChange={(_event, data) => onChange(column.column, data.value)}
            >
              {options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.text}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
    </>
  );
}
