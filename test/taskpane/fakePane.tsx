/** Fakes of the pane's two contracts, and a server render of any pane element, for the view tests. */
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { FileReading, PaneOperations } from "../../src/taskpane/operations/PaneOperations";

const notCalled = (name: string) => (): Promise<never> =>
  Promise.reject(new Error(`${name} was not expected in this test`));

export function fakeOperations(overrides: Partial<PaneOperations> = {}): PaneOperations {
  return {
    insertTemplate: notCalled("insertTemplate"),
    proposeMapping: notCalled("proposeMapping"),
    adaptSheet: notCalled("adaptSheet"),
    check: notCalled("check"),
    selectCell: notCalled("selectCell"),
    loadPriorities: notCalled("loadPriorities"),
    savePriorities: notCalled("savePriorities"),
    insertMatrix: notCalled("insertMatrix"),
    previewConsolidation: notCalled("previewConsolidation"),
    writeConsolidation: notCalled("writeConsolidation"),
    ...overrides,
  };
}

export const fakeFiles = (): FileReading => ({ readFiles: notCalled("readFiles") });

export const renderHtml = (element: ReactElement): string =>
  renderToString(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);

/** Markup to text as a reader sees it: tags out, entities and no-break spaces as plain text. */
export function textOf(html: string): string {
  return html
    .replace(/<style\b[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}

const attr = (tag: string, name: string): string | null =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

/**
 * The opening tag of the form control a <label for> with exactly `label` names, or null:
 * what a browser's accessible-name lookup by label would find.
 */
export function controlLabelled(html: string, label: string): string | null {
  for (const match of html.matchAll(/<label\b[^>]*>([\s\S]*?)<\/label>/g)) {
    if (textOf(match[1] ?? "") !== label) continue;
    const id = attr(match[0], "for");
    if (!id) continue;
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const control = new RegExp(`<(?:select|input|textarea)\\b[^>]*\\sid="${escaped}"[^>]*>`).exec(
      html
    );
    if (control) return control[0];
  }
  return null;
}

/** The <option>s of the select whose opening tag is `selectTag`, as [value, text]. */
export function optionsOf(html: string, selectTag: string): [string, string][] {
  const start = html.indexOf(selectTag);
  const end = html.indexOf("</select>", start);
  const body = html.slice(start, end);
  return [...body.matchAll(/<option\b([^>]*)>([\s\S]*?)<\/option>/g)].map((m) => [
    attr(` ${m[1] ?? ""}`, "value") ?? "",
    textOf(m[2] ?? ""),
  ]);
}
