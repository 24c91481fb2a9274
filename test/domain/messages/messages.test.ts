import { ISSUE_CODES, type Issue } from "../../../src/domain/issues";
import { issueMessage, severityLabel } from "../../../src/domain/messages";

const sample = (code: Issue["code"]): Issue => ({
  code,
  severity: "error",
  location: { file: "a.xlsx", sheet: "Initiativ", row: 7, column: "F", field: "investering" },
  input: "se bilaga",
  details: { value: 200000, text: "x", earliest: "2017-09-01", latest: "2017-11-30", allowed: "Idé, Beslutad", status: "Beslutad", start: "2024-01-01", end: "2023-01-01", years: 8.5, period: 6, name: "Anna", id: "A-1", rows: "Initiativ!9", parameter: "Kalkylränta", message: "för hög." },
});

describe("issue messages", () => {
  test.each(ISSUE_CODES.map((c) => [c]))("%s has a Swedish and an English text", (code) => {
    const sv = issueMessage(sample(code), "sv");
    const en = issueMessage(sample(code), "en");
    for (const text of [sv, en]) {
      expect(text.length).toBeGreaterThan(20);
      expect(text).not.toMatch(/undefined|null|\[object/);
    }
    expect(sv).not.toEqual(en);
  });

  test("numbers are written the Swedish way in Swedish", () => {
    const text = issueMessage({ ...sample("approximate_amount"), input: "ca 200 000" }, "sv");
    expect(text).toContain("200\u00a0000 kr");
  });

  test("labels come from the catalogue", () => {
    expect(issueMessage(sample("required_missing"), "sv")).toBe("Investering (kr) saknas. Det krävs när status är Beslutad.");
    expect(severityLabel("warning", "sv")).toBe("varning");
  });
});
