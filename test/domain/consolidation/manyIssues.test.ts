/**
 * A list can hold 200,000 rows, and a row can raise several issues. Issues were appended with
 * push(...list), which passes every issue as an argument and overflows the call stack somewhere
 * past 100,000: such a list must consolidate, every issue reported.
 */
import { consolidate } from "../../../src/domain/consolidation/consolidate";
import { DEFAULT_PARAMETERS } from "../../../src/domain/parameters/Parameters";
import { pushAll } from "../../../src/domain/pushAll";
import { grid, workbook } from "../../builders/grids";

describe("many issues", () => {
  it("pushAll appends more items than push(...items) can take", () => {
    const to = [0];
    const items = Array.from({ length: 300_000 }, (_, i) => i + 1);
    pushAll(to, items);
    expect(to.length).toBe(300_001);
    expect(to[300_000]).toBe(300_000);
  });

  it("consolidates a list whose rows raise more than 130,000 issues, two files reporting", () => {
    const rows = 70_000;
    // Each row is decided ("Beslutad") with nothing else filled in and shares its ID with the
    // same row of the other file's förvaltning: required fields missing in both, and the ID
    // reported as shared between förvaltningar (not as a duplicate: they are told apart).
    const list = (name: string) =>
      workbook(name, [
        grid("Initiativ", [
          ["ID", "Namn", "Förvaltning", "Status", "Syfte", "Investering (kr)"],
          ...Array.from({ length: rows }, (_, i) => [
            `I-${i}`,
            `Projekt ${i}`,
            name,
            "Beslutad",
            null,
            null,
          ]),
        ]),
      ]);
    const result = consolidate(
      [
        { file: "a.xlsx", workbook: list("Förvaltning A") },
        { file: "b.xlsx", workbook: list("Förvaltning B") },
      ],
      { today: "2026-11-22", parameters: DEFAULT_PARAMETERS }
    );
    expect(result.rows.length).toBe(2 * rows);
    const perFile = result.issues.filter(
      (i) => i.location.file === "a.xlsx" && i.code === "required_missing"
    ).length;
    expect(perFile).toBeGreaterThan(130_000);
    expect(result.issues.filter((i) => i.code === "id_shared_between_forvaltningar").length).toBe(2 * rows);
    expect(result.issues.filter((i) => i.code === "duplicate_id").length).toBe(0);
    expect(new Set(result.rows.map((r) => r.id)).size).toBe(2 * rows);
  }, 120_000);
});
