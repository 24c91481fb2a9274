/** Numbers as the pane shows them: Swedish grouping and units in Swedish, British in English. */
import type { Language } from "../i18n";

const LOCALE: Readonly<Record<Language, string>> = { sv: "sv-SE", en: "en-GB" };

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(language: Language, kind: "count" | "kronor" | "percent" | "score") {
  const key = `${language}:${kind}`;
  let known = formatters.get(key);
  if (!known) {
    const options: Intl.NumberFormatOptions =
      kind === "kronor"
        ? { style: "currency", currency: "SEK", maximumFractionDigits: 0 }
        : kind === "percent"
          ? { style: "percent", maximumFractionDigits: 0 }
          : { maximumFractionDigits: kind === "score" ? 1 : 0 };
    known = new Intl.NumberFormat(LOCALE[language], options);
    formatters.set(key, known);
  }
  return known;
}

/** A whole count: "1 250" (with a no-break space) in Swedish. */
export const formatCount = (n: number, language: Language): string =>
  formatter(language, "count").format(n);

/** Kronor without öre: "1 250 000 kr" in Swedish, "SEK 1,250,000" in English. */
export const formatKronor = (amount: number, language: Language): string =>
  formatter(language, "kronor").format(amount);

/** A 0–1 share as a whole percent: "92 %" in Swedish, "92%" in English. */
export const formatPercent = (share: number, language: Language): string =>
  formatter(language, "percent").format(share);

/** A 0–100 score with at most one decimal: "72,5" in Swedish. */
export const formatScore = (score: number, language: Language): string =>
  formatter(language, "score").format(score);
