/**
 * The workbook part of an .xlsx package as the update check needs it: every sheet in tab order
 * with its part and kind (worksheet, chart sheet, dialog or macro sheet), and the defined names
 * as they are written, formulas included. Pure data from the package parts.
 */
import {
  asRecord,
  parseXml,
  partIndex,
  readPart,
  readRelationships,
  relKind,
  workbookPartOf,
  type PackagePart,
  type PartIndex,
  type Relationship,
} from "./packageParts";

export interface PackageSheet {
  readonly name: string;
  /** Null when the workbook's relationship to it is missing. */
  readonly part: string | null;
  /** The relationship's kind: "worksheet", "chartsheet", "dialogsheet", "xlMacrosheet" … */
  readonly kind: string;
}

export interface PackageDefinedName {
  readonly name: string;
  /** Index into `sheets` for a name local to a sheet. */
  readonly localSheetId: number | null;
  /** As written, without a leading "=": "'Blad 1'!$B$3", "0.25", "OFFSET(…)". */
  readonly text: string;
}

export interface WorkbookPackage {
  readonly index: PartIndex;
  readonly workbookPart: string;
  readonly workbookRels: ReadonlyMap<string, Relationship>;
  readonly sheets: readonly PackageSheet[];
  readonly definedNames: readonly PackageDefinedName[];
}

function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.map(asRecord).filter((v): v is Record<string, unknown> => v !== null)
    : [];
}

export function openWorkbookPackage(files: Readonly<Record<string, PackagePart>>): WorkbookPackage {
  const index = partIndex(files);
  const workbookPart = workbookPartOf(index);
  const workbookRels = readRelationships(index, workbookPart);
  const xml = readPart(index, workbookPart);
  const root = xml === null ? null : asRecord(parseXml(xml)?.["workbook"]);
  const sheets = list(asRecord(root?.["sheets"])?.["sheet"]).map((sheet): PackageSheet => {
    const rel = typeof sheet["id"] === "string" ? workbookRels.get(sheet["id"]) : undefined;
    return {
      name: typeof sheet["name"] === "string" ? sheet["name"] : "",
      part: rel?.target ?? null,
      kind: rel ? relKind(rel.type) : "worksheet",
    };
  });
  const definedNames = list(asRecord(root?.["definedNames"])?.["definedName"]).map(
    (name): PackageDefinedName => {
      const local = name["localSheetId"];
      const text = name["#text"];
      return {
        name: typeof name["name"] === "string" ? name["name"] : "",
        localSheetId: typeof local === "string" && /^\d+$/.test(local) ? Number(local) : null,
        text: typeof text === "string" ? text.replace(/^=/, "").trim() : "",
      };
    }
  );
  return { index, workbookPart, workbookRels, sheets, definedNames };
}
