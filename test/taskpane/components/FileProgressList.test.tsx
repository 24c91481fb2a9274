import { FileProgressList } from "../../../src/taskpane/components/FileProgressList";
import { STRINGS } from "../../../src/taskpane/i18n";
import type { FileProgress } from "../../../src/taskpane/operations/PaneOperations";
import { renderHtml, textOf } from "../fakePane";

const progress: FileProgress[] = [
  { file: "bygg.xlsx", state: "read" },
  { file: "skola.xlsx", state: "reading" },
  { file: "gammal.xls", state: "failed", error: "Spara som .xlsx.", errorEn: "Save as .xlsx." },
  { file: "vard.xlsx", state: "waiting" },
];

const items = (html: string) =>
  [...html.matchAll(/<li\b[^>]*role="listitem"[^>]*>([\s\S]*?)<\/li>/g)].map((m) =>
    textOf(m[1] ?? "")
  );

describe("FileProgressList", () => {
  it("lists each file with its state in words, as a labelled list", () => {
    const html = renderHtml(
      <FileProgressList progress={progress} language="sv" strings={STRINGS.sv} />
    );
    expect(html).toMatch(
      /<ul\b[^>]*role="list"[^>]*aria-label="Valda arbetsböcker"|<ul\b[^>]*aria-label="Valda arbetsböcker"[^>]*role="list"/
    );
    expect(items(html)).toEqual([
      "bygg.xlsx : Läst",
      "skola.xlsx : Läser…",
      "gammal.xls : Kunde inte läsas: Spara som .xlsx.",
      "vard.xlsx : Väntar",
    ]);
  });

  it("shows the whole as a labelled progress bar: files done of all", () => {
    const html = renderHtml(
      <FileProgressList progress={progress} language="sv" strings={STRINGS.sv} />
    );
    const bar = /<div\b[^>]*role="progressbar"[^>]*>/.exec(html)![0];
    expect(bar).toContain('aria-valuemax="4"');
    expect(bar).toContain('aria-valuenow="2"');
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(bar)![1]!;
    expect(html).toMatch(new RegExp(`id="${labelledBy}"[^>]*>Inläsning<`));
    expect(textOf(html)).toContain("2 av 4 arbetsböcker klara");
  });

  it("speaks English in the English pane", () => {
    const html = renderHtml(
      <FileProgressList progress={progress} language="en" strings={STRINGS.en} />
    );
    expect(items(html)[2]).toBe("gammal.xls : Could not be read: Save as .xlsx.");
    expect(textOf(html)).toContain("2 of 4 workbooks done");
  });
});
