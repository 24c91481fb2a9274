import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import { STRINGS, VIEW_KEYS, languageFor } from "../../src/taskpane/i18n";

function render(language: "sv" | "en"): string {
  return renderToString(
    <FluentProvider theme={webLightTheme}>
      <App strings={STRINGS[language]} />
    </FluentProvider>
  );
}

describe("App", () => {
  it("shows the title, the Swedish intro and the four views as tabs", () => {
    const html = render("sv");
    expect(html).toContain("Digiportfölj");
    expect(html).toContain(STRINGS.sv.intro);
    for (const label of ["Mall", "Kontrollera", "Prioritera", "Sammanställ"]) {
      expect(html).toMatch(new RegExp(`role="tab"[^>]*>(?:<[^>]+>)*${label}<`));
    }
    expect(html).toContain('role="tabpanel"');
    expect(html).toContain("Den här vyn kommer i en senare version.");
  });

  it("renders in English from the English strings", () => {
    const html = render("en");
    expect(html).toContain(STRINGS.en.views.summarise);
    expect(html).not.toContain("Sammanställ");
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

  it("has a label for every view in both languages", () => {
    for (const language of ["sv", "en"] as const) {
      for (const key of VIEW_KEYS) expect(STRINGS[language].views[key]).not.toBe("");
    }
  });
});
