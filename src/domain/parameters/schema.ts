/**
 * What a valid set of parameters is, with the Swedish message a council's staff should read
 * when a value on the Parametrar sheet is wrong. One schema per value, so a reader can check
 * (and replace with its default) each value on its own, and one for the whole.
 */
import "../zodConfig";
import { z } from "zod";
import { LIST_NAMES, type ListName } from "../lists";
import type { Parameters } from "./Parameters";

const formatNumber = (n: number): string => String(Number(n.toPrecision(12))).replace(".", ",");

const finiteNumber = (what: string) =>
  z
    .number({ error: `${what} ska vara ett tal.` })
    .refine(Number.isFinite, { error: `${what} ska vara ett tal.` });

export const kalkylrantaSchema = finiteNumber("Kalkylräntan").check((ctx) => {
  const r = ctx.value;
  if (r < 0) {
    ctx.issues.push({ code: "custom", input: r, message: "Kalkylräntan kan inte vara negativ." });
  } else if (r > 0.5) {
    // 3 in a general-format cell is 300 %: someone wrote the percent as a whole number.
    const message =
      r <= 100
        ? `Kalkylräntan ${formatNumber(r)} betyder ${formatNumber(r * 100)} %. Menar du ${formatNumber(r)} %? Skriv ${formatNumber(r)} % (med procenttecken) eller ${formatNumber(r / 100)}.`
        : `Kalkylräntan ska ligga mellan 0 och 50 %, t.ex. 3 %.`;
    ctx.issues.push({ code: "custom", input: r, message });
  }
});

export const kalkylperiodSchema = finiteNumber("Kalkylperioden")
  .int({ error: "Kalkylperioden ska vara ett helt antal år, t.ex. 6." })
  .min(1, { error: "Kalkylperioden ska vara minst 1 år." })
  .max(50, { error: "Kalkylperioden kan vara högst 50 år." });

export const timkostnadSchema = finiteNumber("Timkostnaden").min(0, {
  error: "Timkostnaden kan inte vara negativ.",
});

export const centralBudgetSchema = finiteNumber("Den centrala budgeten")
  .min(0, { error: "Den centrala budgeten kan inte vara negativ." })
  .nullable();

const prioritetSchema = (what: string) =>
  finiteNumber(what)
    .min(0, { error: `${what} ska vara en viktad poäng mellan 0 och 100.` })
    .max(100, { error: `${what} ska vara en viktad poäng mellan 0 och 100.` });

export const prioritetHogSchema = prioritetSchema("Gränsen för hög prioritet");
export const prioritetMedelSchema = prioritetSchema("Gränsen för medelprioritet");

export const kvadrantgransSchema = finiteNumber("Kvadrantgränsen")
  .min(1, { error: "Kvadrantgränsen ska ligga mellan 1 och 5, som poängen." })
  .max(5, { error: "Kvadrantgränsen ska ligga mellan 1 och 5, som poängen." });

export const weightSchema = finiteNumber("Vikten").min(0, {
  error: "En vikt kan inte vara negativ.",
});

export const directionSchema = z.enum(["for", "against"], {
  error: "Riktningen ska vara För eller Mot.",
});

export const criterionSchema = z.object({
  key: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, {
    error: "Kriteriets nyckel ska vara bokstäver a–z, siffror och _.",
  }),
  label: z.string().trim().min(1, { error: "Kriteriet saknar namn." }),
  weight: weightSchema,
  direction: directionSchema,
});

export const criteriaSchema = z
  .array(criterionSchema)
  .min(1, { error: "Det behövs minst ett kriterium." })
  .refine((cs) => cs.some((c) => c.weight > 0), {
    error: "Minst ett kriterium måste ha en vikt större än 0.",
  })
  .refine((cs) => new Set(cs.map((c) => c.key)).size === cs.length, {
    error: "Två kriterier har samma nyckel.",
  });

export const listValuesSchema = (label: string) =>
  z
    .array(
      z
        .string()
        .trim()
        .min(1, { error: `Listan ${label} har ett tomt värde.` })
    )
    .min(1, { error: `Listan ${label} är tom: den behöver minst ett värde.` });

/** How each list is called on the sheet and in messages. */
export const LIST_LABELS: Readonly<Record<ListName, string>> = {
  status: "Status",
  forvaltning: "Förvaltning",
  strategiskInriktning: "Strategisk inriktning",
  dokumentation: "Dokumentation",
  effektmalUppnatt: "Effektmål uppnått",
  finansiering: "Finansiering",
};

const listsShape = Object.fromEntries(
  LIST_NAMES.map((name) => [name, listValuesSchema(LIST_LABELS[name])])
) as Record<ListName, ReturnType<typeof listValuesSchema>>;

export const MEDEL_ABOVE_HOG =
  "Gränsen för medelprioritet kan inte vara högre än gränsen för hög prioritet.";

/** The one-value parameters of the sheet's labelled block, each checked on its own when read. */
export const SCALAR_SCHEMAS = {
  kalkylranta: kalkylrantaSchema,
  kalkylperiod: kalkylperiodSchema,
  timkostnad: timkostnadSchema,
  centralBudget: centralBudgetSchema,
  prioritetHog: prioritetHogSchema,
  prioritetMedel: prioritetMedelSchema,
  kvadrantgrans: kvadrantgransSchema,
  forvaltning: z.string().trim().min(1).nullable(),
} as const;

export const parametersSchema = z
  .object({ ...SCALAR_SCHEMAS, criteria: criteriaSchema, lists: z.object(listsShape) })
  .refine((p) => p.prioritetMedel <= p.prioritetHog, {
    error: MEDEL_ABOVE_HOG,
    path: ["prioritetMedel"],
  });

/** The Swedish message of a failed check, or null when the value is valid. */
export function firstMessage<T>(schema: z.ZodType<T>, value: unknown): string | null {
  const result = schema.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? "Ogiltigt värde.");
}

/** Check a whole parameter set; the parsed value has the Parameters shape. */
export function validateParameters(
  value: unknown
): { success: true; data: Parameters } | { success: false; messages: string[] } {
  const result = parametersSchema.safeParse(value);
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    messages: result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`),
  };
}
