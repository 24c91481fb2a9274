/** A check result as the lines a person reads in a terminal: issues grouped by row, with cell addresses. */
import type { CheckResult } from "../domain/checkWorkbook";
import { fieldLabel, issueMessage, severityLabel, type Lang } from "../domain/messages";
import type { Issue } from "../domain/issues";
import { numberOf, textOf } from "../domain/initiative";
import { columnLetters } from "../domain/sheets/columnLetters";
import { texts } from "./texts";

export function cellRef(issue: Issue): string {
  const { sheet, row, column } = issue.location;
  if (!sheet) return "";
  return row ? `${sheet}!${column ?? ""}${row}` : sheet;
}

export function formatCheck(result: CheckResult, lang: Lang, verbose = false): string[] {
  const t = texts(lang);
  const criteria = result.parameters.criteria;
  const lines = [t.checking(result.file)];
  for (const table of result.tables) {
    const inTable = (source: { sheet: string; row: number }) =>
      source.sheet === table.sheet.name &&
      source.row > table.headerRow &&
      source.row <= table.lastRow;
    const rows = (table.kind === "needs" ? result.needs : result.initiatives).filter((r) =>
      inTable(r.source)
    ).length;
    const skipped = result.skipped.filter(inTable).length;
    const header =
      table.headerTop === table.headerRow
        ? String(table.headerRow)
        : `${table.headerTop}–${table.headerRow}`;
    lines.push(
      (table.kind === "needs" ? t.needsTable : t.table)(table.sheet.name, header, rows, skipped)
    );
    if (verbose) {
      for (const c of table.columns) {
        if (!c.header) continue;
        const target = c.target ? fieldLabel(c.target, lang, criteria) : t.unmapped;
        const unit = c.unitConflict
          ? ` (${t.unitConflict(c.unitConflict[0].text, c.unitConflict[1].text)})`
          : c.unit && c.multiplier !== 1
            ? ` ×${c.unit.multiplier.toLocaleString("sv-SE")} (${c.unit.text})`
            : c.multiplier && c.multiplier !== 1
              ? ` ×${c.multiplier.toLocaleString("sv-SE")}`
              : "";
        lines.push(
          `  ${columnLetters(c.column)} ”${c.header}” → ${target}${unit}${c.target ? ` (${Math.round(c.confidence * 100)} %)` : ""}`
        );
      }
    }
  }

  const names = new Map(
    result.initiatives.map((i) => [`${i.source.sheet}!${i.source.row}`, textOf(i, "name") ?? ""])
  );
  let group = "";
  for (const issue of result.issues) {
    const { sheet, row } = issue.location;
    const key = row ? `${sheet}!${row}` : "";
    if (key !== group || lines.length === 0) {
      group = key;
      lines.push("", row ? `${sheet} · ${t.row(row, names.get(key) ?? "")}` : t.workbookLevel);
    }
    const label = fieldLabel(issue.location.field, lang, criteria);
    const message = issueMessage(issue, lang, criteria);
    // name the field unless the message already does
    const prefix = label && !message.includes(label) ? `${label}: ` : "";
    lines.push(
      `  ${severityLabel(issue.severity, lang).padEnd(7)} ${cellRef(issue).padEnd(14)} ${prefix}${message}`
    );
  }

  if (result.skipped.length) {
    lines.push("", t.skippedHeading);
    for (const s of result.skipped)
      lines.push(`  ${s.sheet}!${s.row}: ${t.skip[s.reason]} (”${s.text}”)`);
  }
  const errors = result.issues.filter((i) => i.severity === "error").length;
  const warnings = result.issues.length - errors;
  lines.push("", t.summary(errors, warnings, result.initiatives.length));
  if (errors === 0) lines.push(t.clean);
  return lines;
}

/** The same result as JSON for scripts: issues with their message in the chosen language. */
export function checkJson(result: CheckResult, lang: Lang): unknown {
  const criteria = result.parameters.criteria;
  return {
    file: result.file,
    tables: result.tables.map((t) => ({
      sheet: t.sheet.name,
      kind: t.kind,
      headerTop: t.headerTop,
      headerRow: t.headerRow,
      table: t.tableName,
      columns: t.columns
        .filter((c) => c.header)
        .map((c) => ({
          column: columnLetters(c.column),
          header: c.header,
          field: c.target,
          confidence: c.confidence,
          multiplier: c.multiplier,
          ...(c.unit ? { unit: c.unit.text } : {}),
          ...(c.unitConflict ? { unitConflict: c.unitConflict.map((u) => u.text) } : {}),
        })),
    })),
    initiatives: result.initiatives.map((i) => ({
      sheet: i.source.sheet,
      row: i.source.row,
      id: textOf(i, "id"),
      name: textOf(i, "name"),
      status: textOf(i, "status"),
      investment: numberOf(i, "investering"),
    })),
    errors: result.issues.filter((i) => i.severity === "error").length,
    warnings: result.issues.filter((i) => i.severity === "warning").length,
    issues: result.issues.map((i) => ({
      code: i.code,
      severity: i.severity,
      cell: cellRef(i),
      ...i.location,
      ...(i.input !== undefined ? { input: i.input } : {}),
      message: issueMessage(i, lang, criteria),
    })),
    needs: result.needs.map((n) => ({
      sheet: n.source.sheet,
      row: n.source.row,
      vem: n.vem,
      vad: n.vad,
      varfor: n.varfor,
      forvaltning: n.forvaltning,
      other: n.other,
    })),
    skipped: result.skipped,
  };
}
