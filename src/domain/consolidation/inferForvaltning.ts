/**
 * Which förvaltning a source list belongs to when its rows do not say: the strategist's correction
 * from last run, the workbook's own Parametrar, or the council's list matched against the file
 * name. Only a clear match is taken; otherwise the file's name stands, and the report says so.
 */
import { foldDiacritics, normalizeHeader } from "../text/normalize";

export type ForvaltningSource = "correction" | "workbook" | "fileName" | "fallback";

export interface InferredForvaltning {
  readonly name: string;
  readonly source: ForvaltningSource;
}

const STOP_WORDS = new Set(["och", "i", "for", "av", "the", "and"]);

/** "Vård- och omsorgsförvaltningen" → ["vard", "omsorg"]: the words that tell förvaltningar apart. */
function coreWords(name: string): string[] {
  return foldDiacritics(normalizeHeader(name))
    .replace(/(forvaltningen|forvaltning|namnden|namnd|kontoret)\b/g, " ")
    .split(" ")
    .map((w) => w.replace(/s$/, ""))
    .filter((w) => w.length >= 3 && !STOP_WORDS.has(w));
}

function fileWords(fileName: string): string[] {
  const stem = fileName.replace(/^.*[\\/]/, "").replace(/\.[a-z0-9]+$/i, "");
  return foldDiacritics(normalizeHeader(stem))
    .split(" ")
    .filter((w) => w.length >= 3);
}

export function matchForvaltningByFileName(
  fileName: string,
  forvaltningar: readonly string[]
): string | null {
  const words = fileWords(fileName);
  const scored = forvaltningar
    .map((name) => {
      const core = coreWords(name);
      const found = core.filter((c) =>
        words.some((w) => w.startsWith(c) || c.startsWith(w))
      ).length;
      return { name, score: core.length ? found / core.length : 0 };
    })
    .filter((m) => m.score >= 0.5)
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || (second && second.score === best.score)) return null;
  return best.name;
}

export function inferForvaltning(
  fileName: string,
  correction: string | undefined,
  workbookOwn: string | null,
  forvaltningar: readonly string[]
): InferredForvaltning {
  if (correction) return { name: correction, source: "correction" };
  if (workbookOwn) return { name: workbookOwn, source: "workbook" };
  const matched = matchForvaltningByFileName(fileName, forvaltningar);
  if (matched) return { name: matched, source: "fileName" };
  const stem = fileName.replace(/^.*[\\/]/, "").replace(/\.[a-z0-9]+$/i, "");
  return { name: stem, source: "fallback" };
}
