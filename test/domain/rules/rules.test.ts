import { runRules, RULES, type RuleName } from "../../../src/domain/rules";
import { DEFAULT_PARAMETERS } from "../../../src/domain/parameters/Parameters";
import type { Initiative } from "../../../src/domain/initiative";
import { complete, exact, initiative } from "../../builders/initiatives";

const context = { parameters: DEFAULT_PARAMETERS, today: "2026-11-22" };
/** Flattened as frictionless does: [row, field, code, severity]. */
const flat = (initiatives: Initiative[], rules?: RuleName[]) =>
  runRules(initiatives, context, rules).map((i) => [i.location.row, i.location.field, i.code, i.severity]);

describe("rules", () => {
  test("a complete running initiative has no issues", () => {
    expect(flat([complete({}, 5)])).toEqual([]);
  });

  test("an idea needs only a name and a förvaltning", () => {
    expect(flat([initiative({ name: "Chatbot", status: "Idé", forvaltning: "KLF" }, { row: 6 })])).toEqual([]);
    expect(flat([initiative({ name: "Chatbot", status: "Idé" }, { row: 6 })])).toEqual([[6, "forvaltning", "required_missing", "error"]]);
  });

  test("a decided initiative needs purpose, goals, effect goal, investment, benefit calculation and owner", () => {
    const issues = flat([initiative({ name: "X", status: "Beslutad", forvaltning: "KLF", ansvarig: "A" }, { row: 7 })], ["requiredByStatus"]);
    expect(issues.map((i) => i[1])).toEqual(["syfte", "projektmal", "effektmal", "investering", "nyttokalkyl", "nyttoagare"]);
    expect(issues.every((i) => i[2] === "required_missing" && i[3] === "error")).toBe(true);
  });

  test("a benefit calculation marked Saknas counts as missing; Delvis does not", () => {
    expect(flat([complete({ nyttokalkyl: "Saknas" }, 8)], ["requiredByStatus"])).toEqual([[8, "nyttokalkyl", "required_missing", "error"]]);
    expect(flat([complete({ nyttokalkyl: "Delvis" }, 8)], ["requiredByStatus"])).toEqual([]);
  });

  test("a finished initiative needs an evaluation and an end date", () => {
    const issues = flat([complete({ status: "Avslutad", slutdatum: exact("2026-06-01") }, 9)], ["requiredByStatus"]);
    expect(issues).toEqual([[9, "projektutvardering", "required_missing", "error"]]);
  });

  test("an unreadable cell is not also called missing", () => {
    const i = initiative({ name: "X", status: "Beslutad", forvaltning: "KLF" }, { row: 10, unreadable: ["investering"] });
    expect(flat([i], ["requiredByStatus"]).map((r) => r[1])).not.toContain("investering");
  });

  test("a row with content but no name is flagged", () => {
    expect(flat([initiative({ status: "Idé", forvaltning: "KLF" }, { row: 11 })], ["missingName"])).toEqual([[11, "name", "missing_name", "error"]]);
  });

  test("missing status is a warning", () => {
    expect(flat([initiative({ name: "X" }, { row: 12 })], ["missingStatus"])).toEqual([[12, "status", "missing_status", "warning"]]);
  });

  test("end before start", () => {
    expect(flat([complete({ startdatum: exact("2025-05-01"), slutdatum: exact("2025-04-30") }, 13)], ["endBeforeStart"])).toEqual([
      [13, "slutdatum", "end_before_start", "error"],
    ]);
    expect(flat([complete({ startdatum: exact("2025-05-01"), slutdatum: exact("2025-05-01") }, 13)], ["endBeforeStart"])).toEqual([]);
  });

  test("running past its end date", () => {
    expect(flat([complete({ slutdatum: exact("2026-11-21") }, 14)], ["runningPastEnd"])).toEqual([[14, "slutdatum", "running_past_end", "warning"]]);
    expect(flat([complete({ slutdatum: exact("2026-11-22") }, 14)], ["runningPastEnd"])).toEqual([]);
    expect(flat([complete({ status: "Avslutad", slutdatum: exact("2026-01-01") }, 14)], ["runningPastEnd"])).toEqual([]);
  });

  test("payback longer than the calculation period, or never", () => {
    // 596 600 / 50 000 = 11.9 years > 6
    expect(flat([complete({ kostnadsbesparing: 50000 }, 15)], ["paybackExceedsPeriod"])).toEqual([[15, "investering", "payback_exceeds_period", "warning"]]);
    // 596 600 / 200 000 = 3.0 years
    expect(flat([complete({}, 15)], ["paybackExceedsPeriod"])).toEqual([]);
    const never = runRules([complete({ kostnadsbesparing: 10000, lopandeKostnad: 20000 }, 15)], context, ["paybackExceedsPeriod"]);
    expect(never[0]?.details).toMatchObject({ years: "never" });
  });

  test("finished more than a year ago with no follow-up", () => {
    const old = { status: "Avslutad", slutdatum: exact("2025-11-21"), projektutvardering: "Genomförd" };
    expect(flat([complete(old, 16)], ["finishedWithoutFollowUp"])).toEqual([[16, "uppfoljd", "finished_without_followup", "warning"]]);
    expect(flat([complete({ ...old, slutdatum: exact("2025-11-22") }, 16)], ["finishedWithoutFollowUp"])).toEqual([]);
    expect(flat([complete({ ...old, uppfoljd: exact("2026-03-01") }, 16)], ["finishedWithoutFollowUp"])).toEqual([]);
  });

  test("the benefit owner should not be the project manager", () => {
    expect(flat([complete({ nyttoagare: "anna  projektledare" }, 17)], ["benefitOwnerIsProjectManager"])).toEqual([
      [17, "nyttoagare", "benefit_owner_is_project_manager", "warning"],
    ]);
  });

  test("duplicate IDs are flagged on every row that has them", () => {
    const rows = [complete({ id: "SBF-1" }, 18), complete({ id: "sbf-1 " }, 19), complete({ id: "SBF-2" }, 20)];
    expect(flat(rows, ["duplicateIds"])).toEqual([
      [18, "id", "duplicate_id", "error"],
      [19, "id", "duplicate_id", "error"],
    ]);
  });

  test("the rule selection is data, checked", () => {
    expect(() => runRules([], context, ["noSuchRule" as RuleName])).toThrow();
    expect(Object.keys(RULES).length).toBeGreaterThanOrEqual(9);
  });
});

describe("a list without a column its rows require", () => {
  test("gets one issue for the list, not one per row", () => {
    const withoutInvestment = (row: number) => {
      const base = complete({ investering: undefined as never }, row);
      const { investering: _dropped, ...values } = base.values;
      const { investering: _column, ...columns } = base.columns;
      return { ...base, values, columns };
    };
    const issues = runRules([withoutInvestment(5), withoutInvestment(6), complete({ status: "Idé" }, 7)], context);
    const flatIssues = issues.map((i) => [i.location.row, i.location.field, i.code]);
    expect(flatIssues).toEqual([[undefined, "investering", "column_missing"]]);
    expect(issues[0]?.details).toEqual({ count: 2, rows: "5, 6" });
  });
});
