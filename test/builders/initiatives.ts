/** A test initiative with sensible defaults; override only what the test is about. */
import { FIELD_KEYS, type FieldKey } from "../../src/domain/fields";
import type { FieldValue, Initiative } from "../../src/domain/initiative";
import { columnLetters } from "../../src/domain/sheets/columnLetters";

export const exact = (iso: string) => ({ kind: "exact" as const, iso, precision: "day" as const });

let nextRow = 5;

export function initiative(values: Partial<Record<FieldKey, FieldValue>>, options: { row?: number; scores?: Record<string, number | null>; unreadable?: string[] } = {}): Initiative {
  const columns: Record<string, string> = {};
  FIELD_KEYS.forEach((key, index) => (columns[key] = columnLetters(index + 1)));
  return {
    source: { file: "test.xlsx", sheet: "Initiativ", row: options.row ?? nextRow++ },
    values,
    scores: options.scores ?? {},
    columns,
    unreadable: options.unreadable ?? [],
  };
}

/** A running initiative with everything its status requires. */
export const complete = (overrides: Partial<Record<FieldKey, FieldValue>> = {}, row?: number): Initiative =>
  initiative(
    {
      name: "Digitalt bygglov",
      forvaltning: "Samhällsbyggnadsförvaltningen",
      status: "Pågående",
      ansvarig: "Anna Projektledare",
      syfte: "Förenkla ansökan",
      projektmal: "E-tjänst i drift",
      effektmal: "Kortare handläggningstid",
      investering: 596600,
      kostnadsbesparing: 200000,
      nyttokalkyl: "Genomförd",
      nyttoagare: "Bo Verksamhetschef",
      startdatum: exact("2024-01-15"),
      slutdatum: exact("2027-06-30"),
      ...overrides,
    },
    row === undefined ? {} : { row },
  );
