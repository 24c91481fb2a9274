/** The overview the auditors asked for: per förvaltning and in total, count, money and documentation. */
import { textOf, numberOf } from "../initiative";
import type { OverviewRow, PortfolioRow } from "./Consolidation";

const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

function summarise(forvaltning: string | null, rows: readonly PortfolioRow[]): OverviewRow {
  const present = rows.filter((r) => r.initiative !== null);
  const count = (test: (r: PortfolioRow) => boolean) => present.filter(test).length;
  const done =
    (key: "nyttokalkyl" | "riskanalys" | "projektplan" | "projektutvardering") =>
    (r: PortfolioRow) =>
      r.initiative !== null && textOf(r.initiative, key) === "Genomförd";
  const sum = (value: (r: PortfolioRow) => number | null) =>
    present.reduce((total, r) => total + (value(r) ?? 0), 0);
  return {
    forvaltning,
    count: present.length,
    investment: sum((r) => (r.initiative ? numberOf(r.initiative, "investering") : null)),
    yearlyBenefit: sum((r) => {
      const value = r.assessment?.nyttaPerAr;
      return typeof value === "number" ? value : null;
    }),
    withNyttokalkyl: share(count(done("nyttokalkyl")), present.length),
    withRiskanalys: share(count(done("riskanalys")), present.length),
    withProjektplan: share(count(done("projektplan")), present.length),
    withProjektutvardering: share(count(done("projektutvardering")), present.length),
    withBenefitOwner: share(
      count((r) => r.initiative !== null && textOf(r.initiative, "nyttoagare") !== null),
      present.length
    ),
    followedUp: share(
      count((r) => r.initiative?.values.uppfoljd !== undefined),
      present.length
    ),
  };
}

/** One row per förvaltning in Swedish alphabetical order, then the total (forvaltning null). */
export function overview(rows: readonly PortfolioRow[]): OverviewRow[] {
  const names = [
    ...new Set(rows.filter((r) => r.initiative !== null).map((r) => r.forvaltning)),
  ].sort((a, b) => a.localeCompare(b, "sv"));
  return [
    ...names.map((name) =>
      summarise(
        name,
        rows.filter((r) => r.forvaltning === name)
      )
    ),
    summarise(null, rows),
  ];
}
