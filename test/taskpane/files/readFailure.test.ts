import { WorkbookReadError } from "../../../src/adapters/xlsxFile/WorkbookReadError";
import {
  readFailure,
  timeoutFailure,
  workerFailure,
} from "../../../src/taskpane/files/readFailure";

describe("readFailure", () => {
  it("passes a WorkbookReadError's own sentences through (they already name the file)", () => {
    const error = new WorkbookReadError("encrypted", "hemlig.xlsx");
    expect(readFailure(error, "hemlig.xlsx")).toEqual({
      error: error.message,
      errorEn: error.messageEn,
    });
    expect(error.message).toContain("hemlig.xlsx");
  });

  it("leads any other error with the file's name, like the CLI", () => {
    expect(readFailure(new TypeError("x is undefined"), "a.xlsx")).toEqual({
      error: "a.xlsx kunde inte läsas: x is undefined",
      errorEn: "a.xlsx could not be read: x is undefined",
    });
    expect(readFailure("nope", "a.xlsx")).toEqual({
      error: "a.xlsx kunde inte läsas: nope",
      errorEn: "a.xlsx could not be read: nope",
    });
  });
});

describe("timeoutFailure", () => {
  it("says the time limit in seconds, singular for one, with a Swedish decimal comma", () => {
    expect(timeoutFailure("a.xlsx", 60_000)).toEqual({
      error: "a.xlsx tog för lång tid att läsa (mer än 60 sekunder) och hoppades över.",
      errorEn: "a.xlsx took too long to read (more than 60 seconds) and was skipped.",
    });
    expect(timeoutFailure("a.xlsx", 1000)).toEqual({
      error: "a.xlsx tog för lång tid att läsa (mer än 1 sekund) och hoppades över.",
      errorEn: "a.xlsx took too long to read (more than 1 second) and was skipped.",
    });
    expect(timeoutFailure("a.xlsx", 2500).error).toContain("(mer än 2,5 sekunder)");
    expect(timeoutFailure("a.xlsx", 2500).errorEn).toContain("(more than 2.5 seconds)");
  });
});

describe("workerFailure", () => {
  it("names the file, with the worker's own detail when there is one", () => {
    expect(workerFailure("a.xlsx", undefined)).toEqual({
      error: "a.xlsx kunde inte läsas: läsaren i bakgrunden stannade oväntat.",
      errorEn: "a.xlsx could not be read: the background reader stopped unexpectedly.",
    });
    expect(workerFailure("a.xlsx", "out of memory").errorEn).toBe(
      "a.xlsx could not be read: the background reader stopped unexpectedly (out of memory)."
    );
  });
});
