import { XMLParser, XMLValidator } from "fast-xml-parser";

/** An XML element with its children in document order (what the schema's xs:sequence is about). */
export interface XmlElement {
  /** Qualified name as written, e.g. "bt:Image". */
  name: string;
  /** Name without its namespace prefix, e.g. "Image"; checks match on this so the prefix is free. */
  localName: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Concatenated, trimmed text content directly inside this element. */
  text: string;
}

export type XmlParseResult = { ok: true; root: XmlElement } | { ok: false; error: string };

type OrderedNode = Record<string, unknown>;

const ATTRIBUTES_KEY = ":@";
const TEXT_KEY = "#text";

/** Parses XML into an ordered element tree; reports well-formedness errors instead of throwing. */
export function parseXmlTree(xml: string): XmlParseResult {
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    return { ok: false, error: `${msg} (line ${line}, column ${col})` };
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
  });
  const nodes = parser.parse(xml) as OrderedNode[];
  const elements = nodes.map(toElement).filter((e): e is XmlElement => e !== undefined);
  const root = elements.find((e) => !e.name.startsWith("?"));
  if (!root) return { ok: false, error: "no root element" };
  return { ok: true, root };
}

function toElement(node: OrderedNode): XmlElement | undefined {
  const name = Object.keys(node).find((k) => k !== ATTRIBUTES_KEY);
  if (name === undefined || name === TEXT_KEY) return undefined;
  const rawChildren = (node[name] as OrderedNode[] | undefined) ?? [];
  const rawAttributes = (node[ATTRIBUTES_KEY] as Record<string, unknown> | undefined) ?? {};
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(rawAttributes)) attributes[key] = String(value);
  const text = rawChildren
    .filter((c) => TEXT_KEY in c)
    .map((c) => String(c[TEXT_KEY]))
    .join("")
    .trim();
  const children = rawChildren.map(toElement).filter((e): e is XmlElement => e !== undefined);
  const colon = name.indexOf(":");
  return { name, localName: colon >= 0 ? name.slice(colon + 1) : name, attributes, children, text };
}

export function childrenNamed(parent: XmlElement | undefined, localName: string): XmlElement[] {
  return parent ? parent.children.filter((c) => c.localName === localName) : [];
}

export function childNamed(
  parent: XmlElement | undefined,
  localName: string
): XmlElement | undefined {
  return childrenNamed(parent, localName)[0];
}

/** Follows a path of local names, taking the first match at each step. */
export function descend(parent: XmlElement | undefined, ...path: string[]): XmlElement | undefined {
  return path.reduce<XmlElement | undefined>((el, step) => childNamed(el, step), parent);
}
