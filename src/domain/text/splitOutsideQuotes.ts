/**
 * A list of A1 references split at its commas, but not at a comma inside a quoted sheet name
 * ("'Ekonomi, 2025'!A1,Blad!B2" is two references): Excel writes both range areas and a defined
 * name's references so.
 */
export function splitOutsideQuotes(text: string, separator = ","): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (ch === separator && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts;
}
