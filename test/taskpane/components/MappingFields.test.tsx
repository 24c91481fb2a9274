import type { ColumnMapping } from "../../../src/domain/sheets/mapHeaders";
import { MappingFields } from "../../../src/taskpane/components/MappingFields";
import { STRINGS } from "../../../src/taskpane/i18n";
import type { MappingProposal } from "../../../src/taskpane/operations/PaneOperations";
import { initialSelection } from "../../../src/taskpane/presentation/mappingForm";
import { controlLabelled, optionsOf, renderHtml, textOf } from "../fakePane";

const column = (
  n: number,
  header: string,
  target: ColumnMapping["target"],
  confidence: number
): ColumnMapping => ({ column: n, header, target, confidence, multiplier: null });

const proposal: MappingProposal = {
  sheet: "Projekt",
  headerRow: 3,
  columns: [
    column(1, "Initiativ", "name", 1),
    column(2, "Budget (tkr)", "investering", 0.92),
    column(3, "Statsu", "status", 0.78),
    column(4, "Kommentar", null, 0),
  ],
  choices: [
    { target: "name", label: "Namn", labelEn: "Name" },
    { target: "status", label: "Status", labelEn: "Status" },
    { target: "investering", label: "Investering (kr)", labelEn: "Investment (SEK)" },
  ],
  remembered: false,
};

function render(language: "sv" | "en" = "sv", selection = initialSelection(proposal)) {
  return renderHtml(
    <MappingFields
      proposal={proposal}
      selection={selection}
      onChange={() => {}}
      language={language}
      strings={STRINGS[language]}
    />
  );
}

describe("MappingFields", () => {
  it("labels one native select per header with the header exactly as in the sheet", () => {
    const html = render();
    for (const header of ["Initiativ", "Budget (tkr)", "Statsu", "Kommentar"]) {
      expect(controlLabelled(html, header)).toMatch(/^<select\b/);
    }
    expect(html.match(/<select\b/g)).toHaveLength(4);
  });

  it("offers Mappas inte and every choice, with the proposal selected", () => {
    const html = render();
    const budget = controlLabelled(html, "Budget (tkr)")!;
    expect(optionsOf(html, budget)).toEqual([
      ["", "Mappas inte"],
      ["name", "Namn"],
      ["status", "Status"],
      ["investering", "Investering (kr)"],
    ]);
    // React renders the selected option of a controlled select with `selected`.
    const body = html.slice(html.indexOf(budget), html.indexOf("</select>", html.indexOf(budget)));
    expect(body).toMatch(/<option value="investering" selected="">/);
    const comment = controlLabelled(html, "Kommentar")!;
    const commentBody = html.slice(
      html.indexOf(comment),
      html.indexOf("</select>", html.indexOf(comment))
    );
    expect(commentBody).toMatch(/<option value="" selected="">Mappas inte/);
  });

  it("shows each proposal's confidence, and a low one as a warning in words", () => {
    const text = textOf(render());
    expect(text).toContain("Säkerhet 92 %");
    expect(text).toContain("Osäker: 78 %. Kontrollera valet.");
    expect(text).toContain("Inget förslag");
  });

  it("ties the confidence to its select as its description", () => {
    const html = render();
    const statsu = controlLabelled(html, "Statsu")!;
    const describedBy = /aria-describedby="([^"]+)"/.exec(statsu)![1]!;
    const note = new RegExp(`id="${describedBy}"[^>]*>([\\s\\S]*?)</div>`).exec(html)![1]!;
    expect(textOf(note)).toContain("Osäker: 78 %");
  });

  it("says when the user changed a proposal", () => {
    const changed = new Map(initialSelection(proposal)).set(3, "name");
    expect(textOf(render("sv", changed))).toContain("Ändrat av dig");
  });

  it("uses the English labels in the English pane, the headers unchanged", () => {
    const html = render("en");
    const budget = controlLabelled(html, "Budget (tkr)")!;
    expect(optionsOf(html, budget)[0]).toEqual(["", "Not mapped"]);
    expect(textOf(html)).toContain("Confidence 92%");
  });
});
