/**
 * Text as SpreadsheetML holds it. XML 1.0 cannot carry most control characters or a lone
 * surrogate, so OOXML spells them `_xHHHH_` (ECMA-376 Part 1, §22.9.2.19 ST_Xstring); a text
 * that already looks like such an escape gets its underscore escaped (`_x005F_`), so a reader
 * gives back exactly the text that was written.
 */

const NEEDS_WORK =
  /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]|_x[0-9A-Fa-f]{4}_/;

const hex4 = (code: number): string => code.toString(16).toUpperCase().padStart(4, "0");

function escapeChars(text: string, attribute: boolean): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x26) out += "&amp;";
    else if (ch === 0x3c) out += "&lt;";
    else if (ch === 0x3e) out += "&gt;";
    else if (ch === 0x22 && attribute) out += "&quot;";
    else if (attribute && (ch === 0x0a || ch === 0x0d || ch === 0x09)) out += `&#${ch};`;
    else if (ch === 0x5f && /^_x[0-9A-Fa-f]{4}_/.test(text.slice(i, i + 7))) out += "_x005F_";
    else if (ch >= 0xd800 && ch <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i]! + text[i + 1]!;
        i++;
      } else out += `_x${hex4(ch)}_`;
    } else if (
      (ch < 0x20 && ch !== 0x09 && ch !== 0x0a && ch !== 0x0d) ||
      (ch >= 0xdc00 && ch <= 0xdfff) ||
      ch === 0xfffe ||
      ch === 0xffff
    )
      out += `_x${hex4(ch)}_`;
    else out += text[i]!;
  }
  return out;
}

/** Element text: `<t>…</t>`, `<f>…</f>`. */
export function xmlText(text: string): string {
  return NEEDS_WORK.test(text) ? escapeChars(text, false) : text;
}

/** An attribute value in double quotes; line breaks and tabs survive as character references. */
export function xmlAttr(text: string): string {
  return NEEDS_WORK.test(text) || /[\t\n\r]/.test(text) ? escapeChars(text, true) : text;
}

/** Whether a text needs xml:space="preserve" to keep its leading or trailing white space. */
export const keepsSpace = (text: string): boolean => /^\s|\s$/.test(text);
