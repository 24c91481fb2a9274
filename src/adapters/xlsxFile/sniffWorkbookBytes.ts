/**
 * What kind of file the bytes are, from their first bytes, before any parser runs. SheetJS
 * would happily read a CSV, an HTML page or a legacy .xls; we want those refused with a reason,
 * and an encrypted package named as such rather than as "corrupt".
 */
import * as XLSX from "@e965/xlsx";
import type { LegacyFormat, WorkbookReadErrorReason } from "./WorkbookReadError";

export type Sniffed =
  | { readonly kind: "zip" }
  | {
      readonly kind: "refuse";
      readonly reason: WorkbookReadErrorReason;
      readonly legacyFormat?: LegacyFormat;
    };

/** The slice of SheetJS's bundled CFB library we use (its typings say `any`). */
interface CfbContainer {
  readonly FullPaths: readonly string[];
}
interface CfbLibrary {
  read(data: Uint8Array, options: { type: "array" }): CfbContainer;
  find(container: CfbContainer, path: string): unknown;
}
const CFB = XLSX.CFB as CfbLibrary;

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** An OLE compound file: an encrypted OOXML package, a legacy .xls, or something else (.doc, .msg). */
function classifyCompoundFile(bytes: Uint8Array): Sniffed {
  let container: CfbContainer;
  try {
    container = CFB.read(bytes, { type: "array" });
  } catch {
    return { kind: "refuse", reason: "corrupt" };
  }
  const has = (name: string): boolean => CFB.find(container, name) != null;
  if (has("EncryptionInfo") || has("EncryptedPackage"))
    return { kind: "refuse", reason: "encrypted" };
  if (has("Workbook") || has("Book"))
    return { kind: "refuse", reason: "legacy_format", legacyFormat: "xls" };
  return { kind: "refuse", reason: "not_a_workbook" };
}

/** Text of some kind: XML Spreadsheet 2003 is a legacy Excel format; HTML, XML and CSV are text. */
function classifyText(bytes: Uint8Array): Sniffed | null {
  const head = bytes.subarray(0, 4096);
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff]))
    return { kind: "refuse", reason: "text_file" };
  if (head.includes(0)) return null;
  const text = new TextDecoder("utf-8")
    .decode(head)
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (text.startsWith("<") && text.includes("urn:schemas-microsoft-com:office:spreadsheet")) {
    return { kind: "refuse", reason: "legacy_format", legacyFormat: "xml2003" };
  }
  // Mostly printable characters: a CSV, TSV, HTML or XML file with a spreadsheet's extension.
  const controls = [...text].filter(
    (ch) => ch < " " && ch !== "\t" && ch !== "\n" && ch !== "\r"
  ).length;
  return controls <= text.length / 100 ? { kind: "refuse", reason: "text_file" } : null;
}

/**
 * Why a zip that SheetJS could not read is unreadable: a package with spreadsheet parts (or one
 * we cannot even list) is damaged; a readable package without them is something else (.docx).
 */
export function classifyUnreadableZip(bytes: Uint8Array): "corrupt" | "not_a_workbook" {
  let paths: string[];
  try {
    paths = CFB.read(bytes, { type: "array" }).FullPaths.map((p) => p.toLowerCase());
  } catch {
    return "corrupt";
  }
  // Folders, and the marker entry SheetJS adds to every container it builds, are not parts.
  const parts = paths.filter((p) => !p.endsWith("/") && !p.includes("\u0001"));
  if (parts.length === 0) return "corrupt";
  const spreadsheetLike = parts.some((p) =>
    /workbook\.(xml|bin)$|(^|\/)xl\/|(^|\/)content\.xml$/.test(p)
  );
  return spreadsheetLike ? "corrupt" : "not_a_workbook";
}

export function sniffWorkbookBytes(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { kind: "refuse", reason: "empty" };
  // "PK\x03\x04" (a local file header) or "PK\x05\x06" (an empty archive).
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05))
    return { kind: "zip" };
  if (startsWith(bytes, CFB_SIGNATURE)) return classifyCompoundFile(bytes);
  return classifyText(bytes) ?? { kind: "refuse", reason: "not_a_workbook" };
}
