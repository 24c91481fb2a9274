/** The overview per förvaltning as a Markdown-style table for the terminal. */
import type { OverviewRow } from "../domain/consolidation/Consolidation";
import type { Lang } from "../domain/messages";

const HEADERS: Record<Lang, string[]> = {
  sv: [
    "Förvaltning",
    "Initiativ",
    "Investering (kr)",
    "Nytta/år (kr)",
    "Nyttokalkyl",
    "Riskanalys",
    "Projektplan",
    "Utvärdering",
    "Nyttoägare",
    "Uppföljd",
  ],
  en: [
    "Department",
    "Initiatives",
    "Investment (SEK)",
    "Benefit/yr (SEK)",
    "Benefit calc.",
    "Risk analysis",
    "Project plan",
    "Evaluation",
    "Benefit owner",
    "Followed up",
  ],
};

export function formatOverview(rows: readonly OverviewRow[], lang: Lang): string[] {
  const locale = lang === "sv" ? "sv-SE" : "en-GB";
  const kr = (n: number) => Math.round(n).toLocaleString(locale);
  const pct = (n: number) => `${Math.round(n * 100)} %`;
  const total = lang === "sv" ? "Totalt" : "Total";
  const table = rows.map((r) => [
    r.forvaltning ?? total,
    String(r.count),
    kr(r.investment),
    kr(r.yearlyBenefit),
    pct(r.withNyttokalkyl),
    pct(r.withRiskanalys),
    pct(r.withProjektplan),
    pct(r.withProjektutvardering),
    pct(r.withBenefitOwner),
    pct(r.followedUp),
  ]);
  const head = HEADERS[lang];
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`;
  return [line(head), rule, ...table.map(line)];
}
