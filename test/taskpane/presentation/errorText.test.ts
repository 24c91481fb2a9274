import { WorkbookWriteFailed } from "../../../src/adapters/officeJs/WorkbookWriteFailed";
import { WorkbookWriteRefused } from "../../../src/adapters/officeJs/WorkbookWriteRefused";
import { STRINGS } from "../../../src/taskpane/i18n";
import { errorText } from "../../../src/taskpane/presentation/errorText";

const FAILED = "Standardmallen kunde inte infogas.";

describe("errorText", () => {
  const refusal = new WorkbookWriteRefused({ reason: "sheet_not_ours", items: ["Initiativ"] });

  it("shows a refusal's own Swedish explanation after what failed", () => {
    expect(errorText(refusal, FAILED, STRINGS.sv, "sv")).toBe(`${FAILED} ${refusal.message}`);
    expect(refusal.message).toContain('"Initiativ"');
  });

  it("shows the refusal's English explanation in the English pane", () => {
    const text = errorText(refusal, "Could not insert.", STRINGS.en, "en");
    expect(text).toBe(`Could not insert. ${refusal.messageEn}`);
    expect(text).toContain("Digiportfölj did not create");
  });

  it("recognises a refusal by name and fields when it is not this module's class", () => {
    const foreign = Object.assign(new Error("Svensk text."), {
      name: "WorkbookWriteRefused",
      messageEn: "English text.",
    });
    expect(errorText(foreign, "X.", STRINGS.en, "en")).toBe("X. English text.");
  });

  it("shows a write Excel stopped: why, by its error code, and what became of the workbook", () => {
    const excel = Object.assign(new Error("Excel is in cell-editing mode."), {
      code: "InvalidOperationInCellEditMode",
    });
    const failed = new WorkbookWriteFailed(
      {
        code: "InvalidOperationInCellEditMode",
        operation: "write",
        partial: false,
        touched: [],
        left: [],
      },
      excel
    );
    expect(errorText(failed, FAILED, STRINGS.sv, "sv")).toBe(
      `${FAILED} Excel håller på att redigera en cell. Tryck Enter eller Tab i cellen och försök igen. Inget i arbetsboken ändrades.`
    );
    expect(errorText(failed, "Could not insert.", STRINGS.en, "en")).toBe(
      "Could not insert. Excel is editing a cell. Press Enter or Tab in the cell and try again. Nothing in the workbook was changed."
    );
    const partial = new WorkbookWriteFailed(
      {
        code: "GeneralException",
        operation: "write",
        partial: true,
        touched: ["Portfölj"],
        left: ["~Digiportfölj utkast 1"],
      },
      excel
    );
    expect(errorText(partial, FAILED, STRINGS.sv, "sv")).toBe(
      `${FAILED} Excel avbröt skrivningen (felkod GeneralException). Det sista steget avbröts, så bladen "Portfölj" kan vara ofullständiga. Det nya innehållet finns kvar på dolda blad ("~Digiportfölj utkast 1"). Skriv igen för att göra klart.`
    );
    // Excel's own error while reading, by a code the pane can name: in the pane's language.
    expect(errorText(excel, FAILED, STRINGS.sv, "sv")).toBe(
      `${FAILED} Excel håller på att redigera en cell. Tryck Enter eller Tab i cellen och försök igen.`
    );
  });

  it("adds any other error's message as the reason", () => {
    const error = new Error("RichApi.Error: The request payload size has exceeded the limit.");
    expect(errorText(error, FAILED, STRINGS.sv, "sv")).toBe(
      `${FAILED} Orsak: RichApi.Error: The request payload size has exceeded the limit.`
    );
    expect(errorText("timeout", "Failed.", STRINGS.en, "en")).toBe("Failed. Reason: timeout");
  });

  it("says the error is unknown when there is no message to show", () => {
    expect(errorText(new Error("  "), FAILED, STRINGS.sv, "sv")).toBe(
      `${FAILED} Ett okänt fel inträffade.`
    );
    expect(errorText({ code: 5 }, "Failed.", STRINGS.en, "en")).toBe(
      "Failed. An unknown error occurred."
    );
  });
});
