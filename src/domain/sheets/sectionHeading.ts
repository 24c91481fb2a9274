/**
 * A heading inside a list: one text alone on its row ("Pågående projekt", "Avslutade projekt 2024",
 * "Inkomna behov (användarberättelser)"), in the list's first column or merged across it. It names
 * the rows below; it is no initiative. A lone text in the name column counts only when it reads as
 * a heading (a status, a group word, a colon at the end), because an idea may be just a name.
 */
import { DEFAULT_LISTS } from "../lists";
import { parseListValue } from "../parse/listValue";
import { normalizeHeader } from "../text/normalize";

/** First words of headings that group a list's rows. */
const GROUP_WORDS =
  /^(?:pågående|avslutade|avslutat|planerade|planerat|kommande|beslutade|inkomna|nya|idéer|ideer|förslag|övriga|pausade|parkerade|vilande|genomförda|prioriterade|avbrutna|ej påbörjade|projekt|initiativ|behov|etapp|fas|område|kategori|ongoing|completed|planned|ideas|proposals|backlog|other|new|needs|projects|initiatives)(?: |$)/;

export function readsAsHeading(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.endsWith(":")) return true;
  const words = normalizeHeader(trimmed);
  if (words === "") return false;
  if (GROUP_WORDS.test(words)) return true;
  // "Pågående", "Klart", "In progress": a status word alone groups the rows under it.
  return parseListValue(trimmed, "status", DEFAULT_LISTS.status).problem === undefined;
}
