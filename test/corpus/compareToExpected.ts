/**
 * Compares a consolidation of one corpus workbook with the answer written beside it
 * (`<file>.expected.json`, format in lists/README.md), field by field. Returns one line per
 * difference, so a failing test names every row and field that differs.
 */
import type { Consolidation } from "../../src/domain/consolidation/Consolidation";
import type { FieldKey } from "../../src/domain/fields";
import type { Initiative } from "../../src/domain/initiative";

export interface ExpectedRow {
  readonly sheet: string;
  readonly row: number;
  readonly as: "header" | "initiative" | "skipped" | "need";
  readonly reason?: "total" | "repeated_header" | "section_heading";
  readonly name?: string | null;
  readonly id?: string | null;
  readonly forvaltning?: string | null;
  readonly status?: string | null;
  readonly investering?: number | null;
  readonly lopandeKostnad?: number | null;
  readonly kostnadsbesparing?: number | null;
  readonly tidsbesparing?: number | null;
  readonly ansvarig?: string | null;
  readonly documents?: Readonly<Record<string, string | null>>;
  readonly scores?: Readonly<Record<string, number | null>>;
  readonly vem?: string | null;
  readonly vad?: string | null;
  readonly varfor?: string | null;
}

export interface ExpectedIssue {
  readonly sheet: string;
  readonly cell: string;
  readonly kind:
    | "unit_conflict"
    | "percent_in_amount"
    | "formula_without_value"
    | "cell_error"
    | "unknown_status";
}

export interface Expected {
  readonly description: string;
  readonly categories: readonly string[];
  readonly forvaltning: string | null;
  readonly forvaltningFrom: "column" | "title" | "sheetTitle" | "fileName";
  readonly rows: readonly ExpectedRow[];
  readonly issues?: readonly ExpectedIssue[];
}

const SKIP_REASON = {
  total: "total_row",
  repeated_header: "repeated_header",
  section_heading: "section_heading",
} as const;

const ISSUE_CODE: Readonly<Record<ExpectedIssue["kind"], string>> = {
  unit_conflict: "unit_conflict",
  percent_in_amount: "percent_in_amount",
  formula_without_value: "formula_without_value",
  cell_error: "cell_error",
  unknown_status: "unknown_list_value",
};

const TEXT_FIELDS = ["name", "id", "status", "ansvarig"] as const;
const NUMBER_FIELDS = [
  "investering",
  "lopandeKostnad",
  "kostnadsbesparing",
  "tidsbesparing",
] as const;
const DOCUMENTS = ["nyttokalkyl", "riskanalys", "projektplan", "projektutvardering"] as const;

const show = (value: unknown): string => (value === undefined ? "nothing" : JSON.stringify(value));
const at = (sheet: string, row: number) => `${sheet}!${row}`;

/** A value as the portfolio holds it, for comparing with the expected JSON. */
function valueOf(initiative: Initiative, key: FieldKey): unknown {
  const value = initiative.values[key];
  if (value === undefined) return null;
  if (typeof value === "object") return value.kind === "exact" ? value.iso : value.text;
  return value;
}

export function compareToExpected(
  file: string,
  expected: Expected,
  result: Consolidation,
  criteriaByLabel: ReadonlyMap<string, string>
): string[] {
  const differences: string[] = [];
  const differ = (where: string, what: string, want: unknown, got: unknown) =>
    differences.push(`${where} ${what}: expected ${show(want)}, got ${show(got)}`);

  const rows = new Map(
    result.rows.flatMap((r) =>
      r.initiative ? [[at(r.initiative.source.sheet, r.initiative.source.row), r] as const] : []
    )
  );
  const needs = new Map(
    result.needs.map(({ need }) => [at(need.source.sheet, need.source.row), need] as const)
  );
  const report = result.files.find((f) => f.path === file);
  const skipped = new Map((report?.rowsSkipped ?? []).map((s) => [at(s.sheet, s.row), s] as const));
  const headerRows = new Set<string>();
  for (const m of result.mappings)
    for (let r = m.headerTop; r <= m.headerRow; r++) headerRows.add(at(m.sheet, r));

  const accounted = new Set<string>();
  for (const want of expected.rows) {
    const where = at(want.sheet, want.row);
    accounted.add(where);
    const gotKind = rows.has(where)
      ? "initiative"
      : needs.has(where)
        ? "need"
        : skipped.has(where)
          ? "skipped"
          : headerRows.has(where)
            ? "header"
            : "nothing";
    if (gotKind !== want.as) {
      differ(where, "read as", want.as, gotKind);
      continue;
    }
    if (want.as === "skipped") {
      const reason = skipped.get(where)?.reason;
      if (want.reason && reason !== SKIP_REASON[want.reason])
        differ(where, "skip reason", SKIP_REASON[want.reason], reason);
    } else if (want.as === "need") {
      const need = needs.get(where)!;
      for (const key of ["vem", "vad", "varfor"] as const)
        if (want[key] !== undefined && need[key] !== want[key])
          differ(where, key, want[key], need[key]);
    } else if (want.as === "initiative") {
      const row = rows.get(where)!;
      const initiative = row.initiative!;
      for (const key of TEXT_FIELDS) {
        if (want[key] === undefined) continue;
        const got = valueOf(initiative, key);
        if (got !== want[key]) differ(where, key, want[key], got);
      }
      for (const key of NUMBER_FIELDS) {
        if (want[key] === undefined) continue;
        const got = valueOf(initiative, key);
        const same =
          want[key] === null
            ? got === null
            : typeof got === "number" &&
              Math.abs(got - want[key]!) < 1e-6 * Math.max(1, want[key]!);
        if (!same) differ(where, key, want[key], got);
      }
      const forvaltning = want.forvaltning !== undefined ? want.forvaltning : expected.forvaltning;
      if (forvaltning !== null && forvaltning !== undefined && row.forvaltning !== forvaltning)
        differ(where, "förvaltning", forvaltning, row.forvaltning);
      for (const key of DOCUMENTS) {
        const doc = want.documents?.[key];
        if (doc === undefined) continue;
        const got = valueOf(initiative, key);
        if (got !== doc) differ(where, key, doc, got);
      }
      for (const [label, score] of Object.entries(want.scores ?? {})) {
        const key = criteriaByLabel.get(label);
        const got = key === undefined ? undefined : (initiative.scores[key] ?? null);
        if (got !== score) differ(where, `score ${label}`, score, got);
      }
    }
  }

  // Nothing read that the answer does not list: no title or note turned into an initiative.
  for (const where of [...rows.keys(), ...needs.keys(), ...skipped.keys()])
    if (!accounted.has(where)) differences.push(`${where} read but not in the answer`);

  for (const issue of expected.issues ?? []) {
    const [, column, row] = /^([A-Z]+)(\d+)$/.exec(issue.cell) ?? [];
    const found = result.issues.some(
      (i) =>
        i.code === ISSUE_CODE[issue.kind] &&
        i.location.sheet === issue.sheet &&
        i.location.row === Number(row) &&
        i.location.column === column
    );
    if (!found) differences.push(`${issue.sheet}!${issue.cell} has no ${ISSUE_CODE[issue.kind]}`);
  }

  // Taken from the file name, and only then, the strategist is asked to set it in Kallor.
  const flagged = result.issues.some(
    (i) => i.code === "forvaltning_from_file_name" && i.location.file === file
  );
  if (flagged !== (expected.forvaltningFrom === "fileName"))
    differences.push(
      `förvaltning from the file name flagged: expected ${!flagged}, got ${flagged}`
    );
  return differences;
}
