import { STRINGS } from "../../../src/taskpane/i18n";
import { featureList, missingFeatures } from "../../../src/taskpane/presentation/features";

/** An Excel that supports ExcelApi up to `max` (as "1.n"). */
const excelUpTo = (max: number) => (set: string, version: string) =>
  set === "ExcelApi" && Number(version.split(".")[1]) <= max;

describe("missingFeatures", () => {
  it("finds nothing missing on a current Excel", () => {
    expect(missingFeatures(excelUpTo(17))).toEqual([]);
  });

  it("finds data validation missing on Office 2019 (ExcelApi 1.7)", () => {
    expect(missingFeatures(excelUpTo(7))).toEqual(["dataValidation"]);
  });

  it("finds every feature above the host's version missing", () => {
    expect(missingFeatures(excelUpTo(5))).toEqual([
      "conditionalFormats",
      "tabColor",
      "freezePanes",
      "charts",
      "dataValidation",
    ]);
  });
});

describe("featureList", () => {
  it("names each feature once, in the user's language", () => {
    expect(featureList(["dataValidation", "charts", "charts"], STRINGS.sv)).toBe(
      "datavalidering (rullistor), diagram"
    );
    expect(featureList(["freezePanes", "tabColor"], STRINGS.en)).toBe(
      "frozen header rows, sheet tab colours"
    );
  });
});
