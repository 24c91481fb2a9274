/** The Prioritera form as text fields, and reading it back into a PriorityEdit. */
import type { Criterion, Direction } from "../../domain/parameters/Parameters";
import { parseAmount } from "../../domain/parse/amount";
import type { PriorityEdit, PriorityView } from "../operations/PaneOperations";

export interface PriorityForm {
  /** One per criterion, in the view's order, as typed. */
  readonly weights: readonly string[];
  readonly directions: readonly Direction[];
  /** As typed; "" means no central budget. */
  readonly budget: string;
}

export interface PriorityFormErrors {
  /** One per criterion: true when its weight is not a number ≥ 0. */
  readonly weights: readonly boolean[];
  /** Every weight is 0: no score could be computed. */
  readonly allZero: boolean;
  readonly budget: boolean;
}

export type PriorityFormResult =
  | { readonly ok: true; readonly edit: PriorityEdit }
  | { readonly ok: false; readonly errors: PriorityFormErrors };

export function priorityForm(view: PriorityView): PriorityForm {
  const { criteria, centralBudget } = view.parameters;
  return {
    weights: criteria.map((c) => String(c.weight)),
    directions: criteria.map((c) => c.direction),
    budget: centralBudget === null ? "" : String(centralBudget),
  };
}

/** A weight as typed: "35", "12,5" or "12.5"; null when it is no number ≥ 0. */
export function parseWeight(text: string): number | null {
  const trimmed = text.trim().replace(",", ".");
  if (!/^\d+(?:\.\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/**
 * The budget as typed, read like an amount cell ("5 000 000", "5 mkr", "ca 5 mkr").
 * undefined when it is no amount or negative; null when empty.
 */
export function parseBudget(text: string): number | null | undefined {
  if (text.trim() === "") return null;
  const { value, problem } = parseAmount(text, null);
  if (value === null || value < 0 || (problem && problem.severity === "error")) return undefined;
  return value;
}

export function readPriorityForm(
  form: PriorityForm,
  criteria: readonly Criterion[]
): PriorityFormResult {
  const weights = criteria.map((_, i) => parseWeight(form.weights[i] ?? ""));
  const budget = parseBudget(form.budget);
  const weightErrors = weights.map((w) => w === null);
  const allZero = weights.every((w) => w === 0);
  if (weightErrors.some(Boolean) || allZero || budget === undefined) {
    return { ok: false, errors: { weights: weightErrors, allZero, budget: budget === undefined } };
  }
  return {
    ok: true,
    edit: {
      criteria: criteria.map((c, i) => ({
        ...c,
        weight: weights[i] ?? c.weight,
        direction: form.directions[i] ?? c.direction,
      })),
      centralBudget: budget,
    },
  };
}
