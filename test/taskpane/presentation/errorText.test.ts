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
