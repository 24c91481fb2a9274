import { App } from "../../src/taskpane/components/App";
import { STRINGS, VIEW_KEYS, languageFor, type Language } from "../../src/taskpane/i18n";
import type { SkippableFeature } from "../../src/adapters/officeJs/requirementSets";
import { fakeFiles, fakeOperations, renderHtml, textOf } from "./fakePane";

function render(language: Language, missingFeatures: readonly SkippableFeature[] = []): string {
  return renderHtml(
    <App
      strings={STRINGS[language]}
      language={language}
      operations={fakeOperations()}
      files={fakeFiles()}
      missingFeatures={missingFeatures}
    />
  );
}

/** The <section role="tabpanel"> of a view, with its opening tag. */
function panel(html: string, key: string): string {
  const start = html.indexOf(`id="panel-${key}"`);
  const open = html.lastIndexOf("<section", start);
  return html.slice(open, html.indexOf("</section>", start));
}

const buttons = (html: string): string[] =>
  [...html.matchAll(/<button\b[^>]*>([\s\S]*?)<\/button>/g)].map((m) => textOf(m[1] ?? ""));

describe("App", () => {
  it("shows the title, the Swedish intro and the four views as tabs", () => {
    const html = render("sv");
    expect(html).toContain("Digiportfölj");
    expect(html).toContain(STRINGS.sv.intro);
    for (const label of ["Mall", "Kontrollera", "Prioritera", "Sammanställ"]) {
      expect(html).toMatch(new RegExp(`role="tab"[^>]*>(?:<[^>]+>)*${label}<`));
    }
  });

  it("keeps every view mounted, only the selected one (Mall) visible, each tied to its tab", () => {
    const html = render("sv");
    expect(html.match(/role="tabpanel"/g)).toHaveLength(4);
    for (const key of VIEW_KEYS) {
      const tag = /<section[^>]*>/.exec(panel(html, key))![0];
      expect(tag).toContain(`aria-labelledby="tab-${key}"`);
      expect(tag.includes("hidden")).toBe(key !== "template");
      expect(html).toMatch(
        new RegExp(
          `id="tab-${key}"[^>]*aria-controls="panel-${key}"|aria-controls="panel-${key}"[^>]*id="tab-${key}"`
        )
      );
    }
  });

  it("puts each view's first actions in its own panel, under their Swedish names", () => {
    const html = render("sv");
    expect(buttons(panel(html, "template"))).toEqual([
      "Infoga standardmallen",
      "Föreslå mappning för aktivt blad",
    ]);
    expect(buttons(panel(html, "check"))).toEqual(["Kontrollera arbetsboken"]);
    expect(buttons(panel(html, "prioritise"))).toEqual([
      "Hämta prioriteringen",
      "Infoga matrisdiagram",
    ]);
    expect(buttons(panel(html, "summarise"))).toEqual(["Välj arbetsböcker…"]);
  });

  it("has the hidden file input the Sammanställ button opens", () => {
    const input = /<input[^>]*type="file"[^>]*>/.exec(panel(render("sv"), "summarise"))?.[0];
    expect(input).toBeDefined();
    expect(input).toContain("multiple");
    expect(input).toContain('accept=".xlsx,.xlsm"');
    expect(input).toContain('tabindex="-1"');
    expect(input).toContain('aria-hidden="true"');
  });

  it("has a polite status region in every view before anything is announced", () => {
    const html = render("sv");
    for (const key of VIEW_KEYS) {
      expect(panel(html, key)).toMatch(/role="status"[^>]*aria-live="polite"/);
    }
  });

  it("says nothing about missing features on an Excel that has them all", () => {
    const html = render("sv");
    expect(html).not.toContain("saknar stöd");
    expect(html).not.toContain('role="group"');
  });

  it("says at the top which features an older Excel lacks, in Swedish and in English", () => {
    const sv = textOf(render("sv", ["charts", "dataValidation"]));
    expect(sv).toContain(
      "Den här Excel-versionen saknar stöd för: diagram, datavalidering (rullistor). Allt annat fungerar; det som saknas hoppas över."
    );
    expect(sv.indexOf("saknar stöd")).toBeLessThan(sv.indexOf(STRINGS.sv.intro));
    const en = textOf(render("en", ["dataValidation"]));
    expect(en).toContain(
      "This version of Excel does not support: data validation (drop-down lists)."
    );
  });

  it("renders in English from the English strings", () => {
    const html = render("en");
    expect(html).toContain(STRINGS.en.views.summarise);
    expect(html).not.toContain("Sammanställ");
    expect(buttons(panel(html, "template"))).toEqual([
      "Insert the standard template",
      "Propose a mapping for the active sheet",
    ]);
  });
});

describe("i18n", () => {
  it.each([
    ["sv-SE", "sv"],
    ["sv-FI", "sv"],
    ["SV", "sv"],
    ["sv", "sv"],
    ["en-US", "en"],
    ["fi-FI", "en"],
    ["svc", "en"],
    ["", "en"],
    [undefined, "en"],
  ])("languageFor(%p) is %p", (tag, expected) => {
    expect(languageFor(tag)).toBe(expected);
  });

  /** Every leaf: a string, or a function's result for sample arguments. */
  function leaves(value: unknown, path: string): [string, string][] {
    if (typeof value === "string") return [[path, value]];
    if (typeof value === "function") return [[path, String(value(2, 3, 4, 5))]];
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
      leaves(v, `${path}.${k}`)
    );
  }

  it("has the same keys in both languages, none empty", () => {
    const sv = leaves(STRINGS.sv, "");
    const en = leaves(STRINGS.en, "");
    expect(en.map(([path]) => path)).toEqual(sv.map(([path]) => path));
    for (const [path, text] of [...sv, ...en]) expect([path, text.trim()]).not.toEqual([path, ""]);
  });

  it("differs between the languages where words are shown (not names such as Digiportfölj)", () => {
    const en = new Map(leaves(STRINGS.en, ""));
    const same = leaves(STRINGS.sv, "")
      .filter(([path, text]) => en.get(path) === text)
      .map(([path]) => path);
    expect(same).toEqual([".appTitle", ".common.none", ".template.addedColumn"]);
  });
});
