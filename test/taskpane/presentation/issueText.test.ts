import type { Issue } from "../../../src/domain/issues";
import { issueMessage } from "../../../src/domain/messages";
import { STRINGS } from "../../../src/taskpane/i18n";
import type { IssueGroup } from "../../../src/taskpane/operations/PaneOperations";
import {
  cellReference,
  groupHeading,
  issueTarget,
  issueText,
} from "../../../src/taskpane/presentation/issueText";

const sv = STRINGS.sv.check;
const en = STRINGS.en.check;

const endBeforeStart: Issue = {
  code: "end_before_start",
  severity: "error",
  location: { sheet: "Initiativ", row: 5, column: "F", field: "slutdatum" },
  details: { start: "2024-05-01", end: "2024-03-01" },
};
const missingStatus: Issue = {
  code: "missing_status",
  severity: "warning",
  location: { sheet: "Initiativ", row: 7, field: "status" },
};
const noTable: Issue = { code: "no_initiative_table", severity: "error", location: {} };

const rowGroup = (issues: Issue[], row = 5): IssueGroup => ({ sheet: "Initiativ", row, issues });

describe("issueTarget", () => {
  it("leads to the issue's own cell", () => {
    expect(issueTarget(endBeforeStart, rowGroup([endBeforeStart]))).toEqual({
      sheet: "Initiativ",
      row: 5,
      column: "F",
    });
  });

  it("leads to the row when the issue has no column", () => {
    expect(issueTarget(missingStatus, rowGroup([missingStatus], 7))).toEqual({
      sheet: "Initiativ",
      row: 7,
      column: null,
    });
  });

  it("takes sheet and row from the group when the issue lacks them", () => {
    const bare: Issue = { code: "missing_name", severity: "error", location: { column: "B" } };
    expect(issueTarget(bare, { sheet: "Projekt", row: 9, issues: [bare] })).toEqual({
      sheet: "Projekt",
      row: 9,
      column: "B",
    });
  });

  it("has no cell for an issue of the workbook or a whole sheet", () => {
    expect(issueTarget(noTable, { sheet: null, row: null, issues: [noTable] })).toBeNull();
    const sheetIssue: Issue = { ...noTable, location: { sheet: "Initiativ" } };
    expect(
      issueTarget(sheetIssue, { sheet: "Initiativ", row: null, issues: [sheetIssue] })
    ).toBeNull();
  });
});

describe("cellReference", () => {
  it("is the A1 address, or the row in words", () => {
    expect(cellReference({ sheet: "S", row: 5, column: "F" }, sv)).toBe("F5");
    expect(cellReference({ sheet: "S", row: 12, column: "AB" }, sv)).toBe("AB12");
    expect(cellReference({ sheet: "S", row: 7, column: null }, sv)).toBe("Rad 7");
    expect(cellReference({ sheet: "S", row: 7, column: null }, en)).toBe("Row 7");
  });
});

describe("issueText (the issue button's name)", () => {
  it("starts with the cell reference, then the domain's message in the pane's language", () => {
    const group = rowGroup([endBeforeStart]);
    expect(issueText(endBeforeStart, group, "sv", sv)).toBe(
      `F5: ${issueMessage(endBeforeStart, "sv")}`
    );
    expect(issueText(endBeforeStart, group, "sv", sv)).toMatch(/^F5: Slutdatum .* ligger före/);
    expect(issueText(endBeforeStart, group, "en", en)).toBe(
      `F5: ${issueMessage(endBeforeStart, "en")}`
    );
  });

  it("names a criterion by its label when the criteria are given", () => {
    const score: Issue = {
      code: "invalid_score",
      severity: "error",
      location: { sheet: "Initiativ", row: 5, column: "K", field: "score:nytta" },
      input: "hög",
    };
    const text = issueText(score, rowGroup([score]), "sv", sv, [
      { key: "nytta", label: "Nytta för invånarna", weight: 1, direction: "for" },
    ]);
    expect(text).toMatch(/^K5: /);
    expect(text).toContain("Nytta för invånarna");
  });

  it("is only the message for an issue without a cell", () => {
    const group: IssueGroup = { sheet: null, row: null, issues: [noTable] };
    expect(issueText(noTable, group, "sv", sv)).toBe(issueMessage(noTable, "sv"));
  });
});

describe("groupHeading", () => {
  it("names a row by its sheet and number", () => {
    expect(groupHeading(rowGroup([]), sv)).toBe("Initiativ, rad 5");
    expect(groupHeading(rowGroup([]), en)).toBe("Initiativ, row 5");
  });

  it("names a sheet, and the workbook as a whole", () => {
    expect(groupHeading({ sheet: "Projekt", row: null, issues: [] }, sv)).toBe("Bladet Projekt");
    expect(groupHeading({ sheet: null, row: null, issues: [] }, sv)).toBe("Hela arbetsboken");
    expect(groupHeading({ sheet: null, row: null, issues: [] }, en)).toBe("The whole workbook");
  });
});
