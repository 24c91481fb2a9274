import type { Issue } from "../../../src/domain/issues";
import { issueMessage } from "../../../src/domain/messages";
import { GROUPS_PER_PAGE, IssueList } from "../../../src/taskpane/components/IssueList";
import { checkMessages } from "../../../src/taskpane/components/views/CheckView";
import { STRINGS } from "../../../src/taskpane/i18n";
import type { CheckSummary, IssueGroup } from "../../../src/taskpane/operations/PaneOperations";
import { renderHtml, textOf } from "../fakePane";

const endBeforeStart: Issue = {
  code: "end_before_start",
  severity: "error",
  location: { sheet: "Initiativ", row: 5, column: "F", field: "slutdatum" },
  details: { start: "2024-05-01", end: "2024-03-01" },
};
const missingStatus: Issue = {
  code: "missing_status",
  severity: "warning",
  location: { sheet: "Initiativ", row: 5, field: "status" },
};
const noTable: Issue = { code: "no_initiative_table", severity: "error", location: {} };

const groups: IssueGroup[] = [
  { sheet: null, row: null, issues: [noTable] },
  { sheet: "Initiativ", row: 5, issues: [endBeforeStart, missingStatus] },
];

const render = (g: readonly IssueGroup[], language: "sv" | "en" = "sv") =>
  renderHtml(
    <IssueList groups={g} language={language} strings={STRINGS[language]} onSelect={() => {}} />
  );

const buttons = (html: string) =>
  [...html.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/g)].map((m) => ({
    attributes: m[1] ?? "",
    name: textOf(m[2] ?? ""),
  }));

describe("IssueList", () => {
  it("heads each group: the workbook first, then the row by sheet and number", () => {
    const headings = [...render(groups).matchAll(/<h2\b[^>]*>([\s\S]*?)<\/h2>/g)].map((m) =>
      textOf(m[1] ?? "")
    );
    expect(headings).toEqual(["Hela arbetsboken", "Initiativ, rad 5"]);
  });

  it("makes each issue with a cell a button named by the cell reference and the message", () => {
    const names = buttons(render(groups)).map((b) => b.name);
    expect(names).toEqual([
      `F5: ${issueMessage(endBeforeStart, "sv")}`,
      `Rad 5: ${issueMessage(missingStatus, "sv")}`,
    ]);
  });

  it("shows each issue's severity as text, described to the button, not inside its name", () => {
    const html = render(groups);
    const [first] = buttons(html);
    const describedBy = /aria-describedby="([^"]+)"/.exec(first!.attributes)![1]!;
    const severity = new RegExp(`id="${describedBy}"[^>]*>([\\s\\S]*?)</span>`).exec(html)![1]!;
    expect(textOf(severity)).toBe("Fel");
    expect(severity).toContain("<svg");
    expect(textOf(html)).toContain("Varning");
  });

  it("shows a workbook-level issue as text, not as a button to nowhere", () => {
    const html = render(groups);
    expect(textOf(html)).toContain(issueMessage(noTable, "sv"));
    expect(buttons(html).some((b) => b.name.includes(issueMessage(noTable, "sv")))).toBe(false);
  });

  it("speaks English in the English pane", () => {
    const html = render(groups, "en");
    expect(buttons(html)[0]!.name).toBe(`F5: ${issueMessage(endBeforeStart, "en")}`);
    expect(textOf(html)).toContain("The whole workbook");
    expect(textOf(html)).toContain("Error");
  });

  it("renders nothing when there are no issues", () => {
    expect(textOf(render([]))).toBe("");
    expect(textOf(render([{ sheet: "Initiativ", row: 3, issues: [] }]))).toBe("");
  });

  it("renders a long list a page at a time, with a button for more", () => {
    const many: IssueGroup[] = Array.from({ length: GROUPS_PER_PAGE + 5 }, (_, i) => ({
      sheet: "Initiativ",
      row: i + 2,
      issues: [{ ...missingStatus, location: { sheet: "Initiativ", row: i + 2 } }],
    }));
    const html = render(many);
    const names = buttons(html).map((b) => b.name);
    expect(names.filter((n) => n.startsWith("Rad "))).toHaveLength(GROUPS_PER_PAGE);
    expect(names[names.length - 1]).toBe("Visa fler");
    expect(textOf(html)).toContain(
      `Visar ${GROUPS_PER_PAGE} av ${GROUPS_PER_PAGE + 5} rader med problem.`
    );
  });
});

describe("checkMessages", () => {
  const summary: CheckSummary = {
    initiatives: 8,
    errors: 3,
    warnings: 1,
    groups,
    marked: true,
    skipped: [],
    criteria: [],
  };

  it("says the counts and that the rows were marked", () => {
    expect(checkMessages(summary, STRINGS.sv)).toEqual([
      {
        intent: "warning",
        text: "8 initiativ, 3 fel, 1 varning. Raderna med problem är markerade i kolumnen ”Digiportfölj kontroll”.",
      },
    ]);
  });

  it("says the workbook is clean when it is", () => {
    const clean = { ...summary, errors: 0, warnings: 0, groups: [], marked: false };
    expect(checkMessages(clean, STRINGS.sv)).toEqual([
      {
        intent: "success",
        text: "8 initiativ, 0 fel, 0 varningar. Inga fel eller varningar hittades.",
      },
    ]);
  });

  it("adds what this Excel left out (the Kontroll marks' formatting)", () => {
    const old = { ...summary, skipped: ["conditionalFormats" as const] };
    expect(checkMessages(old, STRINGS.sv)[1]).toEqual({
      intent: "warning",
      text: "Utelämnat eftersom den här Excel-versionen saknar stöd för det: villkorsstyrd formatering.",
    });
  });
});
