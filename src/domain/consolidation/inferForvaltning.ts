/**
 * Which förvaltning a source list belongs to when its rows do not say. In this order:
 * 1. the strategist's correction in Kallor (see forvaltningCorrection.ts),
 * 2. the workbook's own Parametrar,
 * 3. a title row above the list ("Vård- och omsorgsförvaltningen – effekthemtagning 2025"),
 * 4. the sheet's name ("Socialförvaltningen 2025"),
 * 5. what the previous run found in the file's own content (its Kallor entry),
 * 6. the council's list matched against the file name, and failing that the file's stem.
 * 2–5 read the file's own words; 6 is a guess the report flags, so the strategist sets it in Kallor.
 *
 * What counts as a text naming a förvaltning (namedForvaltning): the text is cut at dashes,
 * colons, commas, semicolons, brackets and slashes, and a piece names one when it is
 *   (a) the name alone, years aside, or followed only by words describing a list:
 *       "Socialförvaltningen 2025", "Vård och omsorg", "Socialförvaltningen projektlista";
 *   (b) the name in the genitive at its start: "Miljöförvaltningens projekt 2025";
 *   (c) the name at its end after "för", "inom", "på", "vid", "hos" or "i", with at most four
 *       words before: "Digitaliseringsinitiativ inom Socialförvaltningen".
 * A name in the middle of a sentence ("Initiativ där Socialförvaltningen och Miljöförvaltningen
 * samverkar", "se även Socialförvaltningens lista") is a mention in passing, not the list's owner.
 * A text naming two different förvaltningar names none. A name not on the council's list counts
 * when it is clearly an organisation's name: written with a capital, ending in "förvaltningen",
 * "förvaltning", "nämnden" or "kontoret", with at most three words and no list words ("projekt",
 * "initiativ", …) or prepositions before ("Tekniska förvaltningen", "Kommunstyrelsens förvaltning").
 */
import { VALUE_SYNONYMS } from "../lists";
import { remember } from "../remember";
import { foldDiacritics, normalizeHeader } from "../text/normalize";

export type ForvaltningSource =
  "correction" | "workbook" | "title" | "sheetName" | "previous" | "fileName" | "fallback";

export interface InferredForvaltning {
  readonly name: string;
  readonly source: ForvaltningSource;
}

/** Sources that read the file's own content: worth carrying to the next run (step 5). */
export const CONTENT_SOURCES: ReadonlySet<ForvaltningSource> = new Set([
  "workbook",
  "title",
  "sheetName",
  "previous",
]);

/** Sources that are only a guess from the file's name: the report asks the strategist to set it. */
export const isFileNameGuess = (source: ForvaltningSource): boolean =>
  source === "fileName" || source === "fallback";

const STOP_WORDS = new Set(["och", "i", "for", "av", "the", "and"]);

/** "Vård- och omsorgsförvaltningen" → ["vard", "omsorg"]: the words that tell förvaltningar apart. */
function coreWords(name: string): string[] {
  return foldDiacritics(normalizeHeader(name))
    .replace(/(forvaltningen|forvaltning|namnden|namnd|kontoret)\b/g, " ")
    .split(" ")
    .map((w) => w.replace(/s$/, ""))
    .filter((w) => w.length >= 3 && !STOP_WORDS.has(w));
}

function fileWords(fileName: string, shortest = 3): string[] {
  return foldDiacritics(normalizeHeader(stemOf(fileName)))
    .split(" ")
    .filter((w) => w.length >= shortest);
}

/** "in/Socialförvaltningen 2025.xlsx" → "Socialförvaltningen 2025". */
export const stemOf = (fileName: string): string =>
  fileName.replace(/^.*[\\/]/, "").replace(/\.[a-z0-9]+$/i, "");

export function matchForvaltningByFileName(
  fileName: string,
  forvaltningar: readonly string[]
): string | null {
  const words = fileWords(fileName);
  // A short form in the file's name ("klf-projekt.xlsx") names its förvaltning.
  const short = entriesOf(forvaltningar).filter((e) =>
    fileWords(fileName, 2).some((w) => e.forms.includes(w) && w.length <= 4)
  );
  if (short.length === 1) return short[0]!.name;
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

// ---------------------------------------------------------------------------------------------
// A förvaltning named in a title or a sheet's name

/** Where a title is cut into pieces: dashes (a hyphen only between spaces), colons, commas, … */
const PIECE_BREAKS = /\s[-\u2010\u2011]\s|[\u2012-\u2015:,;|()[\]/\u00B7\u2022\n\r\t]/;

/** What an organisation's name ends in, in the compact folded form (definite first). */
const ORG_ENDINGS = ["forvaltningen", "forvaltning", "namnden", "kontoret"] as const;

/** Words that describe a list, not an organisation: a piece holding one before a name is no name. */
const LIST_WORDS =
  /initiativ|projekt|lista|digital|portfolj|sammanstall|behov|effekthem|aktivitet|uppfoljning|rapport|oversikt|satsning|planering|plan$/;

const isOrgWord = (key: string): boolean => ORG_ENDINGS.some((e) => key.endsWith(e));

const PREPOSITIONS = new Set(["for", "inom", "pa", "vid", "hos", "i"]);

interface Word {
  /** As written, for a name not on the council's list. */
  readonly text: string;
  /** Folded, lower case, letters and digits only: "Vård-" → "vard". */
  readonly key: string;
}

function wordsOf(piece: string): Word[] {
  return piece
    .replace(/_/g, " ")
    .split(/\s+/)
    .map((text) => ({
      text: text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}-]+$/gu, ""),
      key: foldDiacritics(normalizeHeader(text)).replace(/[^a-z0-9]/g, ""),
    }))
    .filter((w) => w.key !== "" && !/^\d+$/.test(w.key));
}

interface ListEntry {
  readonly name: string;
  /** Compact folded forms the name may take: as written, without the definite ending. */
  readonly forms: readonly string[];
  /** The same in the genitive ("socialforvaltningens"). */
  readonly genitives: readonly string[];
  readonly core: string;
}

function listEntry(name: string): ListEntry {
  const compact = foldDiacritics(normalizeHeader(name)).replace(/[^a-z0-9]/g, "");
  const indefinite = compact
    .replace(/forvaltningen$/, "forvaltning")
    .replace(/namnden$/, "namnd")
    .replace(/kontoret$/, "kontor");
  // "Socialförv", "Socialförv.": the abbreviation people write in sheet names and titles.
  const abbreviated = compact.replace(/forvaltning(en)?$/, "forv");
  const forms = [...new Set([compact, indefinite, abbreviated])];
  return {
    name,
    forms,
    genitives: forms.map((f) => `${f}s`),
    core: coreWords(name).join(" "),
  };
}

/** First parts of the compound words förvaltningar are named with, for their initials. */
const COMPOUND_HEADS = [
  "samhalls",
  "kommun",
  "stads",
  "social",
  "miljo",
  "kultur",
  "fritids",
  "vard",
  "omsorgs",
  "teknisk",
  "bygg",
  "service",
];

/**
 * The short forms a förvaltning goes by, from its name's initials and "F": "Barn- och
 * utbildningsförvaltningen" → BUF, "Vård- och omsorgsförvaltningen" → VOF, "Samhällsbyggnads-
 * förvaltningen" → SBF (and SF), "Kommunledningsförvaltningen" → KLF (and KF),
 * "Socialförvaltningen" → SF, SOF, "Kultur- och fritidsförvaltningen" → KFF, KoF. Only for names
 * ending in "förvaltningen".
 */
function acronymsOf(name: string): string[] {
  if (!/forvaltning(en)?$/.test(foldDiacritics(normalizeHeader(name)).replace(/ /g, ""))) return [];
  const core = coreWords(name);
  if (core.length === 0) return [];
  const split = core.flatMap((word) => {
    const head = COMPOUND_HEADS.find((h) => word.startsWith(h) && word.length > h.length + 2);
    return head ? [head, word.slice(head.length)] : [word];
  });
  const initials = (words: readonly string[]) => words.map((w) => w.charAt(0)).join("");
  const forms = new Set([`${initials(split)}f`, `${initials(core)}f`]);
  // "SOF": a name of one plain word by its first two letters.
  if (core.length === 1 && split.length === 1) forms.add(`${core[0]!.slice(0, 2)}f`);
  // "KoF", "BoU": two words joined by "och".
  if (core.length === 2) forms.add(`${core[0]!.charAt(0)}o${core[1]!.charAt(0)}`);
  return [...forms].filter((f) => f.length >= 2);
}

/** The entries with their short forms; a short form two förvaltningar share names neither. */
function entriesOf(forvaltningar: readonly string[]): ListEntry[] {
  return remember(entriesByList, forvaltningar.join("\u0000"), 100, () =>
    buildEntries(forvaltningar)
  );
}

// A council has one list per run; every row's förvaltning cell is read against it.
const entriesByList = new Map<string, ListEntry[]>();

function buildEntries(forvaltningar: readonly string[]): ListEntry[] {
  const entries = forvaltningar
    .filter((f) => f.trim() !== "")
    .map(listEntry)
    .map((entry) => {
      // The other names the catalogue knows for it ("Environment", "Elderly care", "Socialtjänsten").
      const other = (VALUE_SYNONYMS.forvaltning[entry.name] ?? []).map((w) =>
        foldDiacritics(normalizeHeader(w)).replace(/[^a-z0-9]/g, "")
      );
      return other.length === 0
        ? entry
        : { ...entry, forms: [...new Set([...entry.forms, ...other])] };
    });
  const owners = new Map<string, Set<string>>();
  for (const entry of entries)
    for (const acronym of acronymsOf(entry.name))
      owners.set(acronym, (owners.get(acronym) ?? new Set()).add(entry.name));
  return entries.map((entry) => {
    const own = acronymsOf(entry.name).filter((a) => owners.get(a)?.size === 1);
    return own.length === 0 ? entry : { ...entry, forms: [...entry.forms, ...own] };
  });
}

const joinKeys = (words: readonly Word[], from: number, to: number): string =>
  words
    .slice(from, to)
    .map((w) => w.key)
    .join("");

/** Whether every word from `from` on describes a list ("projektlista", "2025" is already gone). */
const onlyListWords = (words: readonly Word[], from: number): boolean =>
  words.slice(from).every((w) => LIST_WORDS.test(w.key));

/** The council's förvaltning a piece names by form (a), (b) or (c); null when none or several. */
function knownIn(words: readonly Word[], entries: readonly ListEntry[]): string | null {
  const n = words.length;
  const found = new Set<string>();
  const core = words
    .map((w) => w.key.replace(/s$/, ""))
    .filter((k) => k.length >= 3 && !STOP_WORDS.has(k))
    .join(" ");
  for (const entry of entries) {
    for (let to = 1; to <= n; to++) {
      const head = joinKeys(words, 0, to);
      // (a) the name, then nothing or only words describing the list ("Socialförvaltningen projektlista")
      if (entry.forms.includes(head) && onlyListWords(words, to)) found.add(entry.name);
      // (b) the genitive at the start, more words after it
      if (to < n && entry.genitives.includes(head)) found.add(entry.name);
    }
    // (a) loosely: the core words alone ("Vård och omsorg")
    if (entry.core !== "" && core === entry.core && words.every((w) => !isOrgWord(w.key)))
      found.add(entry.name);
    // (d) at the end after words describing the list: "Digitala initiativ KLF"
    for (let from = 1; from < n; from++)
      if (
        words.slice(0, from).every((w) => LIST_WORDS.test(w.key)) &&
        entry.forms.includes(joinKeys(words, from, n))
      )
        found.add(entry.name);
    // (c) after a preposition, at the end
    for (let from = 1; from < n && from <= 5; from++)
      if (PREPOSITIONS.has(words[from - 1]!.key) && entry.forms.includes(joinKeys(words, from, n)))
        found.add(entry.name);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** An organisation's name not on the list: the words up to and including its org word. */
function orgName(words: readonly Word[], genitive: boolean): string | null {
  const last = words[words.length - 1];
  if (!last || words.length > 4) return null;
  const key = genitive ? last.key.replace(/s$/, "") : last.key;
  const ending = ORG_ENDINGS.find((e) => key.endsWith(e));
  // "Förvaltning" alone names no one.
  if (!ending || (key === ending && words.length === 1)) return null;
  // "Initiativ på förvaltningen", "Vi på förvaltningen": a phrase, not a name.
  const before = words.slice(0, -1);
  if (before.some((w) => LIST_WORDS.test(w.key) || isOrgWord(w.key) || PREPOSITIONS.has(w.key)))
    return null;
  // A name is written with a capital: "se även Socialförvaltningens lista" names no "Se även …".
  const first = words[0]!.text.charAt(0);
  if (first === first.toLocaleLowerCase("sv-SE")) return null;
  const texts = words.map((w) => w.text);
  if (genitive) texts[texts.length - 1] = last.text.replace(/s$/i, "");
  return texts.join(" ");
}

function unknownIn(words: readonly Word[]): string | null {
  const n = words.length;
  const found = new Set<string>();
  const add = (name: string | null) => {
    if (name) found.add(name);
  };
  for (let to = 1; to <= n; to++) {
    const key = words[to - 1]!.key;
    // (a) the name, then nothing or only words describing the list
    if (isOrgWord(key) && onlyListWords(words, to)) add(orgName(words.slice(0, to), false));
    // (b) a genitive org word, the name from the start up to it, more words after
    if (to < n && key.endsWith("s") && isOrgWord(key.slice(0, -1)))
      add(orgName(words.slice(0, to), true));
  }
  // (c) after a preposition, at the end
  for (let from = 1; from < n && from <= 5; from++)
    if (PREPOSITIONS.has(words[from - 1]!.key)) add(orgName(words.slice(from), false));
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * The förvaltning the text names (see the top of this file for what counts): a name on the
 * council's list in the list's spelling, or another organisation's name as written; null when the
 * text names none or several.
 */
export function namedForvaltning(text: string, forvaltningar: readonly string[]): string | null {
  // Rows repeat the same few texts: each is worked out once per list.
  const key = `${forvaltningar.join("\u0000")}\u0001${text}`;
  return remember(namedByText, key, 10_000, () => nameIn(text, forvaltningar));
}

const namedByText = new Map<string, string | null>();

function nameIn(text: string, forvaltningar: readonly string[]): string | null {
  const entries = entriesOf(forvaltningar);
  const found = new Set<string>();
  for (const piece of text.split(PIECE_BREAKS)) {
    const words = wordsOf(piece);
    if (words.length === 0) continue;
    const known = knownIn(words, entries);
    if (known) {
      found.add(known);
      continue;
    }
    // A nämnd named for its förvaltning: "Kultur- och fritidsnämnden – plan", "Kommunstyrelsen".
    const namnd = NAMND.test(foldDiacritics(normalizeHeader(piece)).trim())
      ? forvaltningOfNamnd(piece.trim(), forvaltningar)
      : null;
    if (namnd) {
      found.add(namnd);
      continue;
    }
    const unknown = unknownIn(words);
    if (!unknown) continue;
    // A name that is one of the council's after all (another spelling): the council's.
    const same = entries.find((e) =>
      e.forms.includes(foldDiacritics(normalizeHeader(unknown)).replace(/[^a-z0-9]/g, ""))
    );
    const underNamnd = /namnden$/.test(foldDiacritics(normalizeHeader(unknown)))
      ? forvaltningOfNamnd(unknown, forvaltningar)
      : null;
    found.add(same?.name ?? underNamnd ?? unknown);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** A piece that is a nämnd's name and nothing else: "Barn- och utbildningsnämnden", "Kommunstyrelsen". */
const NAMND = /^(?:[\p{L} ]+ )?[\p{L}]*namnden$|^kommunstyrelsen$/u;

/** The one förvaltning all these texts name between them; null when none or several. */
function namedByAll(texts: readonly string[], forvaltningar: readonly string[]): string | null {
  const found = new Set<string>();
  for (const text of texts) {
    const named = namedForvaltning(text, forvaltningar);
    if (named) found.add(named);
  }
  return found.size === 1 ? [...found][0]! : null;
}

// ---------------------------------------------------------------------------------------------

export interface ForvaltningClues {
  readonly fileName: string;
  /** The strategist's correction in Kallor, already told apart from an automatic value. */
  readonly correction?: string | undefined;
  /** The förvaltning on the workbook's own Parametrar sheet. */
  readonly workbookOwn: string | null;
  /** The file's lists in order: the texts above each header row and the sheet's name. */
  readonly tables: readonly { readonly titles: readonly string[]; readonly sheet: string }[];
  /** What the previous run found for this file (its Kallor entry), with where from. */
  readonly previous?: InferredForvaltning | undefined;
}

/**
 * The file's förvaltning. A workbook whose lists' titles (or sheets) name different förvaltningar
 * names none by its titles (or sheets): its rows should then say theirs in a Förvaltning column.
 */
export function inferForvaltning(
  clues: ForvaltningClues,
  forvaltningar: readonly string[]
): InferredForvaltning {
  if (clues.correction) return { name: clues.correction, source: "correction" };
  if (clues.workbookOwn) return { name: clues.workbookOwn, source: "workbook" };
  const title = namedByAll(
    clues.tables.flatMap((t) => t.titles),
    forvaltningar
  );
  if (title) return { name: title, source: "title" };
  const sheet = namedByAll(
    clues.tables.map((t) => t.sheet),
    forvaltningar
  );
  if (sheet) return { name: sheet, source: "sheetName" };
  if (clues.previous && clues.previous.name && CONTENT_SOURCES.has(clues.previous.source))
    return { name: clues.previous.name, source: "previous" };
  const matched = matchForvaltningByFileName(clues.fileName, forvaltningar);
  if (matched) return { name: matched, source: "fileName" };
  return { name: stemOf(clues.fileName), source: "fallback" };
}

/**
 * The förvaltning one list of a workbook names for itself (its title rows, else its sheet's name):
 * a workbook may keep one förvaltning per sheet ("Barn o utbildning", "Socialförv").
 */
export function forvaltningOfTable(
  table: { readonly titles: readonly string[]; readonly sheet: string },
  forvaltningar: readonly string[]
): string | null {
  return namedByAll(table.titles, forvaltningar) ?? namedForvaltning(table.sheet, forvaltningar);
}

/**
 * The förvaltning under a nämnd a row names ("Barn- och utbildningsnämnden" →
 * Barn- och utbildningsförvaltningen; Kommunstyrelsen → the council's kommunlednings- or
 * kommunstyrelseförvaltning): the one förvaltning whose words are the nämnd's; null when none or
 * several.
 */
export function forvaltningOfNamnd(namnd: string, forvaltningar: readonly string[]): string | null {
  const key = foldDiacritics(normalizeHeader(namnd)).replace(/[^a-z ]/g, "");
  const candidates = /^(kommunstyrelsen?|ks)$/.test(key.trim())
    ? forvaltningar.filter((f) => /^kommun(ledning|styrelse)/.test(coreWords(f).join("")))
    : forvaltningar.filter((f) => {
        const core = coreWords(f).join(" ");
        return core !== "" && core === coreWords(namnd).join(" ");
      });
  return candidates.length === 1 ? candidates[0]! : null;
}
