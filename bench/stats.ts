/** Median, min and max of repeated measurements, and how the tables print them. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/** A Spread that also says over how many runs. */
export interface Figure extends Spread {
  readonly runs: number;
}

export function figure(values: readonly number[]): Figure {
  return { ...spread(values), runs: values.length };
}

const number = (value: number, digits: number) =>
  value.toLocaleString("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** "1.23 s (1.20–1.31)" */
export function seconds(s: Spread, digits = 2): string {
  return `${number(s.median / 1000, digits)} s (${number(s.min / 1000, digits)}–${number(s.max / 1000, digits)})`;
}

/** "1.23 (1.20–1.31)" for plain numbers and ratios. */
export function plain(s: Spread, digits = 2): string {
  return `${number(s.median, digits)} (${number(s.min, digits)}–${number(s.max, digits)})`;
}

export const mib = (bytes: number) => `${number(bytes / 1024 / 1024, 0)} MiB`;
