/**
 * A column's values confirm or overturn what its header says. A column of codes is the ID, never
 * the name, when a column of names is there; a "score" column of document states ("Risk
 * assessment" holding Genomförd/Saknas/X/Ja) is that document, not a 1–5 criterion; a document
 * column of 1–5 numbers is a criterion. A mapping the values overturn, or do not bear out, shows
 * a lower confidence on Mappning. Corrections the user made are never overturned.
 */
import { field, isFieldKey, type FieldKey } from "../fields";
import type { Criterion } from "../parameters/Parameters";
import { scoreField } from "../parameters/Parameters";
import type { SheetGrid } from "../ports/WorkbookPort";
import { foldDiacritics, normalizeHeader } from "../text/normalize";
import type { ColumnMapping, MapHeadersOptions, MappingTarget } from "./mapHeaders";
import { mostly, profileColumn, readableShare, type ValueProfile } from "./valueProfile";

/** The confidence of a mapping the values decided rather than the header. */
const BY_VALUES = 0.75;

const DOCUMENT_FIELDS: readonly FieldKey[] = [
  "nyttokalkyl",
  "riskanalys",
  "projektplan",
  "projektutvardering",
];

/** Word stems of a header, folded: "Risk assessment" → ["risk", "assessment"]. */
const stems = (text: string): string[] =>
  foldDiacritics(normalizeHeader(text))
    .split(" ")
    .filter((w) => w.length >= 3);

/** Whether two texts share a word's first four letters ("risk" and "riskanalys", "nytta" and "nyttokalkyl"). */
function shareWord(a: string, b: string): boolean {
  const x = stems(a).filter((w) => w.length >= 4);
  const y = stems(b).filter((w) => w.length >= 4);
  return x.some((p) => y.some((q) => p.slice(0, 4) === q.slice(0, 4)));
}

const isText = (target: MappingTarget | null): boolean =>
  target === null || (isFieldKey(target) && field(target).type === "text");

export function confirmByValues(
  columns: readonly ColumnMapping[],
  grid: SheetGrid,
  firstRow: number,
  lastRow: number,
  criteria: readonly Criterion[],
  options: MapHeadersOptions = {}
): ColumnMapping[] {
  const result = [...columns];
  const corrected = (c: ColumnMapping) => options.overrides?.has(normalizeHeader(c.header));
  const profiles = new Map<number, ValueProfile>();
  const profileOf = (c: ColumnMapping): ValueProfile => {
    let profile = profiles.get(c.column);
    if (!profile)
      profiles.set(c.column, (profile = profileColumn(grid, c.column, firstRow, lastRow)));
    return profile;
  };
  const indexOf = (target: MappingTarget) => result.findIndex((c) => c.target === target);
  const set = (index: number, target: MappingTarget | null, confidence: number) => {
    result[index] = { ...result[index]!, target, confidence };
  };
  const codes = (c: ColumnMapping) => mostly(profileOf(c), profileOf(c).codes);
  const prose = (c: ColumnMapping) => mostly(profileOf(c), profileOf(c).prose);

  // Names against codes.
  const name = indexOf("name");
  const id = indexOf("id");
  if (name >= 0 && !corrected(result[name]!) && codes(result[name]!)) {
    // The names: the ID column if it holds them, else the nearest free text column of names.
    const candidates = result
      .map((c, i) => ({ c, i }))
      .filter(
        ({ c, i }) =>
          i !== name &&
          !corrected(c) &&
          (i === id || isText(c.target)) &&
          c.target !== "ansvarig" &&
          prose(c)
      )
      .sort(
        (a, b) =>
          Number(b.i === id) - Number(a.i === id) || Math.abs(a.i - name) - Math.abs(b.i - name)
      );
    const names = candidates[0];
    if (names) {
      const codesTo: MappingTarget | null = id < 0 || id === names.i ? "id" : null;
      set(names.i, "name", Math.max(BY_VALUES, names.c.target === null ? 0 : names.c.confidence));
      set(name, codesTo, codesTo ? BY_VALUES : 0);
    }
  } else if (name < 0 && id >= 0 && !corrected(result[id]!) && prose(result[id]!)) {
    // "Beteckning" holding names, and no column called a name: the names are the names.
    set(id, "name", BY_VALUES);
  } else if (name < 0) {
    // No header says "name", but a column nobody claimed holds names: the leftmost such.
    const names = result.findIndex(
      (c) => c.target === null && c.header !== "" && !corrected(c) && prose(c)
    );
    if (names >= 0) set(names, "name", BY_VALUES);
  }

  // People's names under "Namn" (the respondent, the owner) while another column names the
  // initiatives; needs fields ("Vem", "Vad") holding people and initiatives are a list of
  // initiatives kept so, not a needs list.
  const persons = (c: ColumnMapping) => mostly(profileOf(c), profileOf(c).persons);
  const things = (c: ColumnMapping) => prose(c) && !persons(c);
  const personTo = (): MappingTarget | null =>
    indexOf("ansvarig") < 0 ? "ansvarig" : indexOf("kontaktperson") < 0 ? "kontaktperson" : null;
  const nameAt = indexOf("name");
  if (nameAt >= 0 && !corrected(result[nameAt]!) && persons(result[nameAt]!)) {
    const initiatives = result.findIndex(
      (c, i) =>
        i !== nameAt &&
        !corrected(c) &&
        (c.target === null || c.target === "behovVad" || c.target === "kommentar") &&
        c.header !== "" &&
        things(c)
    );
    if (initiatives >= 0) {
      const to = personTo();
      set(initiatives, "name", BY_VALUES);
      set(nameAt, to, to ? BY_VALUES : 0);
    }
  }
  const vem = indexOf("behovVem");
  const vad = indexOf("behovVad");
  if (
    indexOf("name") < 0 &&
    vem >= 0 &&
    vad >= 0 &&
    !corrected(result[vem]!) &&
    persons(result[vem]!) &&
    things(result[vad]!)
  ) {
    const to = personTo();
    set(vad, "name", BY_VALUES);
    set(vem, to, to ? BY_VALUES : 0);
  }

  // Document states under a criterion's header, 1–5 under a document's.
  result.forEach((c, i) => {
    if (!c.target || corrected(c)) return;
    const profile = profileOf(c);
    if (c.target.startsWith("score:") && mostly(profile, profile.documentStates)) {
      const document = DOCUMENT_FIELDS.find(
        (f) => indexOf(f) < 0 && shareWord(c.header, `${field(f).sv} ${field(f).en}`)
      );
      set(i, document ?? null, document ? BY_VALUES : 0);
    } else if (
      isFieldKey(c.target) &&
      DOCUMENT_FIELDS.includes(c.target) &&
      mostly(profile, profile.scores)
    ) {
      const criterion = criteria.find(
        (k) => indexOf(scoreField(k) as MappingTarget) < 0 && shareWord(c.header, k.label)
      );
      set(
        i,
        criterion ? (scoreField(criterion) as MappingTarget) : null,
        criterion ? BY_VALUES : 0
      );
    }
  });
  // A header the values do not bear out (dates that are no dates, statuses nobody knows) is shown
  // with a lower confidence, so the strategist looks at it on Mappning.
  return result.map((c) => {
    if (!c.target || corrected(c) || c.confidence === BY_VALUES) return c;
    const share = readableShare(grid, c, firstRow, lastRow);
    return share === null || share >= BORNE_OUT
      ? c
      : { ...c, confidence: Math.round(c.confidence * Math.max(0.5, share) * 100) / 100 };
  });
}

/** The share of a column's values its parser must read for the header to count as borne out. */
const BORNE_OUT = 0.8;
