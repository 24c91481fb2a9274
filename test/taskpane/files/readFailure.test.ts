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
  it("is the CLI's sentence: the time limit in seconds, singular for one, Swedish decimal comma", () => {
    expect(timeoutFailure("a.xlsx", 60_000)).toEqual({
      error:
        "Filen ”a.xlsx” tog längre än 60 sekunder att läsa och hoppades över. Öppna den i Excel och spara en ny kopia som .xlsx.",
      errorEn:
        'The file "a.xlsx" took longer than 60 seconds to read and was skipped. Open it in Excel and save a new copy as .xlsx.',
    });
    expect(timeoutFailure("a.xlsx", 1000).error).toContain("längre än 1 sekund att");
    expect(timeoutFailure("a.xlsx", 1000).errorEn).toContain("longer than 1 second to");
    expect(timeoutFailure("a.xlsx", 2500).error).toContain("längre än 2,5 sekunder");
    expect(timeoutFailure("a.xlsx", 2500).errorEn).toContain("longer than 2.5 seconds");
  });
});

describe("workerFailure", () => {
  it("names the file and says reading was cut short, as the CLI does for a thread that died", () => {
    const failure = workerFailure("a.xlsx", "out of memory");
    expect(failure).toEqual({
      error: new WorkbookReadError("reader_crashed", "a.xlsx").message,
      errorEn: new WorkbookReadError("reader_crashed", "a.xlsx").messageEn,
    });
    expect(failure.error).toContain("”a.xlsx”");
  });
});
