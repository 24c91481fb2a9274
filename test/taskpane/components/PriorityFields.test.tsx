import { DEFAULT_CRITERIA, DEFAULT_PARAMETERS } from "../../../src/domain/parameters/Parameters";
import { PriorityFields } from "../../../src/taskpane/components/PriorityFields";
import { STRINGS } from "../../../src/taskpane/i18n";
import {
  type PriorityFormErrors,
  priorityForm,
} from "../../../src/taskpane/presentation/priorityForm";
import { controlLabelled, optionsOf, renderHtml, textOf } from "../fakePane";

const form = priorityForm({ parameters: DEFAULT_PARAMETERS, ranked: [], budgetUsed: null });

const render = (errors: PriorityFormErrors | null = null, language: "sv" | "en" = "sv") =>
  renderHtml(
    <PriorityFields
      criteria={DEFAULT_CRITERIA}
      form={form}
      errors={errors}
      onChange={() => {}}
      strings={STRINGS[language]}
    />
  );

describe("PriorityFields", () => {
  it("has a number field Vikt: <criterion> with the weight, per criterion", () => {
    const html = render();
    for (const criterion of DEFAULT_CRITERIA) {
      const input = controlLabelled(html, `Vikt: ${criterion.label}`);
      expect(input).toMatch(/^<input\b/);
      expect(input).toContain('type="number"');
      expect(input).toContain(`value="${criterion.weight}"`);
    }
  });

  it("has a select Riktning: <criterion> with För and Mot", () => {
    const html = render();
    const select = controlLabelled(html, "Riktning: Komplexitet")!;
    expect(select).toMatch(/^<select\b/);
    expect(optionsOf(html, select)).toEqual([
      ["for", "För"],
      ["against", "Mot"],
    ]);
    const body = html.slice(html.indexOf(select), html.indexOf("</select>", html.indexOf(select)));
    expect(body).toMatch(/<option value="against" selected="">/);
  });

  it("has the central budget field, empty for no budget, with a hint saying so", () => {
    const html = render();
    const budget = controlLabelled(html, "Central budget (kr)");
    expect(budget).toMatch(/^<input\b/);
    expect(budget).toContain('value=""');
    expect(textOf(html)).toContain("Lämna tomt om det inte finns någon central budget.");
  });

  it("marks the fields a refused save named, in words", () => {
    const html = render({ weights: [false, true, false, false], allZero: false, budget: true });
    expect(controlLabelled(html, "Vikt: Strategisk betydelse")).toContain('aria-invalid="true"');
    expect(controlLabelled(html, "Vikt: Nytta")).not.toContain('aria-invalid="true"');
    expect(controlLabelled(html, "Central budget (kr)")).toContain('aria-invalid="true"');
    const text = textOf(html);
    expect(text).toContain("Ange vikten som ett tal, 0 eller större.");
    expect(text).toContain("Ange budgeten som ett belopp i kronor");
  });

  it("speaks English in the English pane", () => {
    const html = render(null, "en");
    expect(controlLabelled(html, "Weight: Nytta")).toMatch(/^<input\b/);
    expect(optionsOf(html, controlLabelled(html, "Direction: Risk")!)).toEqual([
      ["for", "For"],
      ["against", "Against"],
    ]);
  });
});
