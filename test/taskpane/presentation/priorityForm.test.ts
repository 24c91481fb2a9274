import { DEFAULT_CRITERIA, DEFAULT_PARAMETERS } from "../../../src/domain/parameters/Parameters";
import type { PriorityView } from "../../../src/taskpane/operations/PaneOperations";
import {
  parseBudget,
  parseWeight,
  priorityForm,
  readPriorityForm,
} from "../../../src/taskpane/presentation/priorityForm";

const view: PriorityView = {
  parameters: { ...DEFAULT_PARAMETERS, centralBudget: 5_000_000 },
  ranked: [],
  budgetUsed: 0,
};

describe("priorityForm", () => {
  it("shows the criteria's weights and directions and the budget as typed text", () => {
    expect(priorityForm(view)).toEqual({
      weights: ["35", "25", "20", "20"],
      directions: ["for", "for", "against", "against"],
      budget: "5000000",
    });
  });

  it("leaves the budget empty when none is set", () => {
    const none = { ...view, parameters: { ...view.parameters, centralBudget: null } };
    expect(priorityForm(none).budget).toBe("");
  });
});

describe("parseWeight", () => {
  it.each([
    ["35", 35],
    [" 0 ", 0],
    ["12,5", 12.5],
    ["12.5", 12.5],
  ])("reads %p as %p", (text, expected) => expect(parseWeight(text)).toBe(expected));

  it.each(["", "-5", "abc", "1e3", "5 %", "1,2,3"])("refuses %p", (text) =>
    expect(parseWeight(text)).toBeNull()
  );
});

describe("parseBudget", () => {
  it("reads an empty field as no budget", () => {
    expect(parseBudget("")).toBeNull();
    expect(parseBudget("  ")).toBeNull();
  });

  it("reads amounts as a cell would: spaces, units, an approximate amount", () => {
    expect(parseBudget("5000000")).toBe(5_000_000);
    expect(parseBudget("5 000 000")).toBe(5_000_000);
    expect(parseBudget("5\u00a0000\u00a0000 kr")).toBe(5_000_000);
    expect(parseBudget("1,2 mkr")).toBe(1_200_000);
    expect(parseBudget("ca 3 mkr")).toBe(3_000_000);
  });

  it("refuses text and negative amounts", () => {
    expect(parseBudget("mycket")).toBeUndefined();
    expect(parseBudget("-100")).toBeUndefined();
  });
});

describe("readPriorityForm", () => {
  it("turns a valid form into the edit to save, keeping each criterion's key and label", () => {
    const form = { ...priorityForm(view), weights: ["50", "0", "30", "20"], budget: "3 mkr" };
    const directions = ["for", "for", "against", "for"] as const;
    const result = readPriorityForm({ ...form, directions: [...directions] }, DEFAULT_CRITERIA);
    expect(result).toEqual({
      ok: true,
      edit: {
        criteria: [
          { key: "nytta", label: "Nytta", weight: 50, direction: "for" },
          { key: "strategi", label: "Strategisk betydelse", weight: 0, direction: "for" },
          { key: "komplexitet", label: "Komplexitet", weight: 30, direction: "against" },
          { key: "risk", label: "Risk", weight: 20, direction: "for" },
        ],
        centralBudget: 3_000_000,
      },
    });
  });

  it("sends null for an empty budget", () => {
    const result = readPriorityForm({ ...priorityForm(view), budget: "" }, DEFAULT_CRITERIA);
    expect(result.ok && result.edit.centralBudget).toBeNull();
  });

  it("names each wrong field and saves nothing", () => {
    const form = { ...priorityForm(view), weights: ["35", "x", "", "20"], budget: "lite" };
    expect(readPriorityForm(form, DEFAULT_CRITERIA)).toEqual({
      ok: false,
      errors: { weights: [false, true, true, false], allZero: false, budget: true },
    });
  });

  it("refuses weights that are all zero: no score could be computed", () => {
    const form = { ...priorityForm(view), weights: ["0", "0", "0", "0"] };
    const result = readPriorityForm(form, DEFAULT_CRITERIA);
    expect(result).toEqual({
      ok: false,
      errors: { weights: [false, false, false, false], allZero: true, budget: false },
    });
  });
});
