import { StatusRegion } from "../../../src/taskpane/components/StatusRegion";
import { RequirementNotice } from "../../../src/taskpane/components/RequirementNotice";
import { failure, leftOut } from "../../../src/taskpane/components/statusMessages";
import { STRINGS } from "../../../src/taskpane/i18n";
import { renderHtml, textOf } from "../fakePane";

describe("StatusRegion", () => {
  it("is a polite live region, there even when empty", () => {
    const html = renderHtml(<StatusRegion messages={[]} />);
    expect(html).toMatch(/<div role="status" aria-live="polite"[^>]*><\/div>/);
  });

  it("shows each message as a message bar named by its own text, with its details", () => {
    const html = renderHtml(
      <StatusRegion
        messages={[
          {
            intent: "success",
            text: "2 kolumner lades till.",
            details: ["O: Syfte", "P: Effektmål"],
          },
          { intent: "error", text: "Gick inte." },
        ]}
      />
    );
    expect(html.match(/role="group"/g)).toHaveLength(2);
    const [first] = [...html.matchAll(/role="group"[^>]*aria-labelledby="([^"]+)"/g)];
    expect(html).toMatch(new RegExp(`id="${first![1]}"[^>]*>2 kolumner lades till.`));
    expect(textOf(html)).toBe("2 kolumner lades till. O: Syfte P: Effektmål Gick inte.");
  });
});

describe("status messages", () => {
  it("shows an error in the error intent with the failure and its reason", () => {
    expect(failure(new Error("Timeout"), "Kunde inte.", STRINGS.sv, "sv")).toEqual({
      intent: "error",
      text: "Kunde inte. Orsak: Timeout",
    });
  });

  it("says what Excel left out, and nothing when it left nothing out", () => {
    expect(leftOut([], STRINGS.sv)).toEqual([]);
    expect(leftOut(["charts"], STRINGS.en)).toEqual([
      {
        intent: "warning",
        text: "Left out because this version of Excel does not support it: charts.",
      },
    ]);
  });
});

describe("RequirementNotice", () => {
  it("renders nothing when Excel has every feature", () => {
    expect(textOf(renderHtml(<RequirementNotice strings={STRINGS.sv} missing={[]} />))).toBe("");
  });

  it("is one warning naming the missing features", () => {
    const html = renderHtml(
      <RequirementNotice strings={STRINGS.sv} missing={["dataValidation", "charts"]} />
    );
    expect(html.match(/role="group"/g)).toHaveLength(1);
    expect(textOf(html)).toBe(
      "Den här Excel-versionen saknar stöd för: datavalidering (rullistor), diagram. Allt annat fungerar; det som saknas hoppas över."
    );
  });
});
