/** The package-level parts of an .xlsx (ECMA-376 Part 2, Open Packaging Conventions). */
import { xmlAttr } from "./xmlText";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  /** "External" for a link outside the package (a hyperlink). */
  readonly targetMode?: string;
}

const PACKAGE_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";

export const OFFICE_DOCUMENT_REL_TYPE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
export const WORKSHEET_REL_TYPE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
export const STYLES_REL_TYPE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
export const CORE_PROPERTIES_REL_TYPE =
  "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
export const WORKBOOK_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
export const STYLES_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
export const CORE_PROPERTIES_CONTENT_TYPE =
  "application/vnd.openxmlformats-package.core-properties+xml";

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function relationshipsXml(rels: readonly Relationship[]): string {
  return (
    `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELS_NS}">` +
    rels
      .map(
        (r) =>
          `<Relationship Id="${xmlAttr(r.id)}" Type="${xmlAttr(r.type)}" Target="${xmlAttr(r.target)}"` +
          `${r.targetMode === undefined ? "" : ` TargetMode="${xmlAttr(r.targetMode)}"`}/>`
      )
      .join("") +
    "</Relationships>"
  );
}

export function contentTypesXml(overrides: ReadonlyMap<string, string>): string {
  return (
    `${XML_DECLARATION}<Types xmlns="${CONTENT_TYPES_NS}">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    [...overrides]
      .map(([path, type]) => `<Override PartName="/${xmlAttr(path)}" ContentType="${type}"/>`)
      .join("") +
    "</Types>"
  );
}

export function corePropertiesXml(creator: string, when: Date): string {
  const iso = `${when.toISOString().slice(0, 19)}Z`;
  return (
    XML_DECLARATION +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${xmlAttr(creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}
