/**
 * Lower case by Swedish rules. Those are Unicode's default mappings (only Turkish, Azeri and
 * Lithuanian have their own), so this is `toLowerCase()`: `toLocaleLowerCase("sv-SE")` gives the
 * same text but goes through the locale machinery, about 100 times slower per call in V8, which
 * a 50,000-row list pays on every cell it parses.
 */
export function swedishLower(text: string): string {
  return text.toLowerCase();
}
