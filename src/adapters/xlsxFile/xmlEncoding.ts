/**
 * The encoding of an XML part, from its first bytes as XML 1.0 Appendix F tells it, and the part
 * re-encoded as UTF-8 when it is something else. SheetJS decodes every part as UTF-8 whatever it
 * declares, so a sharedStrings.xml saved as ISO-8859-1 or windows-1252 turns å ä ö into "�".
 * Pure bytes in, bytes out (TextDecoder knows the encodings a browser knows): usable in a Web
 * Worker.
 */

export type PartEncoding =
  /** UTF-8, or an ASCII-compatible encoding with nothing but ASCII in it: read as it is. */
  | { readonly kind: "utf-8" }
  /** To be decoded with TextDecoder(`encoding`) and re-encoded as UTF-8. */
  | { readonly kind: "decode"; readonly encoding: string }
  /** A declared encoding TextDecoder does not know: its texts cannot be read right. */
  | { readonly kind: "unknown"; readonly declared: string };

const UTF8: PartEncoding = { kind: "utf-8" };

/** `encoding="…"` in an XML declaration at the start of the part. */
const DECLARATION = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*(["'])([^"']*)\1/;

/** The declaration's text: the part's first bytes read as ASCII, up to the end of the tag. */
function declarationOf(bytes: Uint8Array): string {
  const end = Math.min(bytes.length, 256);
  let text = "";
  for (let i = 0; i < end; i++) {
    const byte = bytes[i]!;
    text += String.fromCharCode(byte < 0x80 ? byte : 0x3f);
    if (byte === 0x3e) break; // ">"
  }
  return text;
}

/** A declared name as a message may quote it: letters, digits and . _ : - only, at most 40. */
export function cleanEncodingName(declared: string): string {
  return declared.replace(/[^A-Za-z0-9._:-]/g, "").slice(0, 40);
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/**
 * How to read an XML part: by its byte-order mark, by the first bytes of a UTF-16 declaration
 * without one, or by the encoding its declaration names. A part that declares UTF-16 while its
 * bytes are 8-bit (a common slip of generators that declare what their string type was) is read
 * as UTF-8, as SheetJS always did.
 */
export function xmlPartEncoding(bytes: Uint8Array): PartEncoding {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (b0 === 0xff && b1 === 0xfe) return { kind: "decode", encoding: "utf-16le" };
  if (b0 === 0xfe && b1 === 0xff) return { kind: "decode", encoding: "utf-16be" };
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00)
    return { kind: "decode", encoding: "utf-16le" };
  if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f)
    return { kind: "decode", encoding: "utf-16be" };
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return UTF8;
  const declared = DECLARATION.exec(declarationOf(bytes))?.[2];
  if (declared === undefined) return UTF8;
  let encoding: string;
  try {
    encoding = new TextDecoder(declared.trim()).encoding;
  } catch {
    return { kind: "unknown", declared: cleanEncodingName(declared) };
  }
  if (encoding === "utf-8" || encoding.startsWith("utf-16")) return UTF8;
  // Every single-byte encoding TextDecoder knows agrees with ASCII below 0x80.
  return hasNonAscii(bytes) ? { kind: "decode", encoding } : UTF8;
}

/**
 * windows-1252's characters at 0x80–0x9F (ISO-8859-1 is decoded as windows-1252 too, as the
 * Encoding Standard says). Node 20's TextDecoder gives U+0080–U+009F for these bytes, a
 * browser's the right characters; mapped here so both read "€" and "–". The five bytes the code
 * page leaves undefined stay as they are.
 */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decode(bytes: Uint8Array, encoding: string): string {
  const text = new TextDecoder(encoding).decode(bytes);
  return encoding === "windows-1252"
    ? text.replace(/[\u0080-\u009f]/g, (ch) => WINDOWS_1252_HIGH[ch.charCodeAt(0) - 0x80]!)
    : text;
}

/** The part as UTF-8, its declaration saying so (a byte-order mark is dropped). */
export function toUtf8(bytes: Uint8Array, encoding: string): Uint8Array {
  const text = decode(bytes, encoding);
  return new TextEncoder().encode(
    text.replace(
      DECLARATION,
      (whole, quote: string, name: string) =>
        whole.slice(0, whole.length - name.length - 1) + "UTF-8" + quote
    )
  );
}
