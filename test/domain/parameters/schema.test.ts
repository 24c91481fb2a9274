import { DEFAULT_PARAMETERS, TABY_CRITERIA } from "../../../src/domain/parameters/Parameters";
import {
  firstMessage,
  kalkylperiodSchema,
  kalkylrantaSchema,
  parametersSchema,
  validateParameters,
} from "../../../src/domain/parameters/schema";

const messages = (value: unknown): string[] => {
  const r = validateParameters(value);
  return r.success ? [] : r.messages;
};

describe("parametersSchema", () => {
  it("accepts the defaults and the Täby preset", () => {
    expect(parametersSchema.safeParse(DEFAULT_PARAMETERS).success).toBe(true);
    expect(
      validateParameters({
        ...DEFAULT_PARAMETERS,
        criteria: TABY_CRITERIA,
        centralBudget: 2_000_000,
        forvaltning: "Socialförvaltningen",
      })
    ).toEqual({
      success: true,
      data: {
        ...DEFAULT_PARAMETERS,
        criteria: TABY_CRITERIA,
        centralBudget: 2_000_000,
        forvaltning: "Socialförvaltningen",
      },
    });
  });

  it("tells someone who typed the percent as a whole number to write 3 %", () => {
    expect(firstMessage(kalkylrantaSchema, 3)).toMatch(/skriv 3 %/i);
    expect(firstMessage(kalkylrantaSchema, 3.5)).toMatch(/skriv 3,5 %/i);
    expect(firstMessage(kalkylrantaSchema, -0.01)).toMatch(/negativ/);
    expect(firstMessage(kalkylrantaSchema, 0.5)).toBeNull();
    expect(firstMessage(kalkylrantaSchema, 0)).toBeNull();
    expect(firstMessage(kalkylrantaSchema, "tre")).toMatch(/ska vara ett tal/);
  });

  it("wants the period in whole years from 1 to 50", () => {
    expect(firstMessage(kalkylperiodSchema, 6)).toBeNull();
    expect(firstMessage(kalkylperiodSchema, 6.5)).toMatch(/helt antal år/);
    expect(firstMessage(kalkylperiodSchema, 0)).toMatch(/minst 1 år/);
    expect(firstMessage(kalkylperiodSchema, 51)).toMatch(/högst 50 år/);
  });

  it("rejects negative amounts and weights, and criteria without any weight", () => {
    expect(messages({ ...DEFAULT_PARAMETERS, timkostnad: -1 }).join()).toMatch(
      /Timkostnaden kan inte vara negativ/
    );
    expect(messages({ ...DEFAULT_PARAMETERS, centralBudget: -5 }).join()).toMatch(
      /budgeten kan inte vara negativ/
    );
    const negative = DEFAULT_PARAMETERS.criteria.map((c, k) =>
      k === 0 ? { ...c, weight: -1 } : c
    );
    expect(messages({ ...DEFAULT_PARAMETERS, criteria: negative }).join()).toMatch(
      /vikt kan inte vara negativ/
    );
    const zero = DEFAULT_PARAMETERS.criteria.map((c) => ({ ...c, weight: 0 }));
    expect(messages({ ...DEFAULT_PARAMETERS, criteria: zero }).join()).toMatch(/vikt större än 0/);
    expect(messages({ ...DEFAULT_PARAMETERS, criteria: [] }).join()).toMatch(/minst ett kriterium/);
  });

  it("checks direction, priority order, quadrant threshold and lists", () => {
    const up = DEFAULT_PARAMETERS.criteria.map((c, k) => (k === 0 ? { ...c, direction: "up" } : c));
    expect(messages({ ...DEFAULT_PARAMETERS, criteria: up }).join()).toMatch(/För eller Mot/);
    expect(messages({ ...DEFAULT_PARAMETERS, prioritetMedel: 80 }).join()).toMatch(
      /medelprioritet kan inte vara högre/
    );
    expect(messages({ ...DEFAULT_PARAMETERS, kvadrantgrans: 6 }).join()).toMatch(/mellan 1 och 5/);
    expect(
      messages({ ...DEFAULT_PARAMETERS, lists: { ...DEFAULT_PARAMETERS.lists, status: [] } }).join()
    ).toMatch(/Listan Status är tom/);
  });
});
