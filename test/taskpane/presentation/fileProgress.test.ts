import { STRINGS } from "../../../src/taskpane/i18n";
import type { FileProgress } from "../../../src/taskpane/operations/PaneOperations";
import {
  fileStateText,
  filesDone,
  waitingFor,
} from "../../../src/taskpane/presentation/fileProgress";

const sv = STRINGS.sv.summarise;
const en = STRINGS.en.summarise;

describe("file progress", () => {
  it("starts with every picked file waiting", () => {
    expect(waitingFor(["a.xlsx", "b.xlsm"])).toEqual([
      { file: "a.xlsx", state: "waiting" },
      { file: "b.xlsm", state: "waiting" },
    ]);
  });

  it("counts read, failed and cancelled files as done", () => {
    const progress: FileProgress[] = [
      { file: "a", state: "read" },
      { file: "b", state: "failed", error: "x", errorEn: "x" },
      { file: "c", state: "reading" },
      { file: "d", state: "waiting" },
      { file: "e", state: "cancelled" },
    ];
    expect(filesDone(progress)).toBe(3);
  });

  it.each([
    ["waiting", "Väntar"],
    ["reading", "Läser…"],
    ["read", "Läst"],
    ["cancelled", "Avbruten"],
  ] as const)("says %s as %p", (state, text) => {
    expect(fileStateText({ file: "a.xlsx", state }, "sv", sv)).toBe(text);
  });

  it("gives a failed file's reason in the pane's language", () => {
    const failed: FileProgress = {
      file: "a.xls",
      state: "failed",
      error: "Filen är i det gamla formatet .xls. Spara den som .xlsx.",
      errorEn: "The file is in the old .xls format. Save it as .xlsx.",
    };
    expect(fileStateText(failed, "sv", sv)).toBe(
      "Kunde inte läsas: Filen är i det gamla formatet .xls. Spara den som .xlsx."
    );
    expect(fileStateText(failed, "en", en)).toBe(
      "Could not be read: The file is in the old .xls format. Save it as .xlsx."
    );
  });

  it("falls back to the Swedish reason when there is no English one", () => {
    const failed: FileProgress = { file: "a", state: "failed", error: "Trasig." };
    expect(fileStateText(failed, "en", en)).toBe("Could not be read: Trasig.");
  });
});
