/**
 * Keeps each Office.js request under Excel on the web's 5 MB limit. Sizes are estimated as the
 * JSON length of what is sent or asked for, which is how Office.js carries them, and the budget
 * stays at 4 MB to leave room for the request's own framing.
 */

export const REQUEST_BUDGET_BYTES = 4_000_000;

/** What one queued operation costs besides its arrays: method name, object path, ids. */
export const OPERATION_OVERHEAD_BYTES = 200;

export function jsonBytes(value: unknown): number {
  // Length in UTF-16 units is close enough: Swedish text is mostly one byte per unit in UTF-8,
  // and the budget leaves a fifth of the limit spare.
  return JSON.stringify(value)?.length ?? 0;
}

/**
 * Splits rows into consecutive [start, end) slices whose JSON stays within `limit` bytes each
 * (rows are never split; a single row over the limit gets a slice of its own).
 * `bytesOfRow` may count more than the row itself, e.g. its number formats too.
 */
export function sliceRowsByBytes<T>(
  rows: readonly T[],
  limit: number,
  bytesOfRow: (row: T, index: number) => number = (row) => jsonBytes(row) + 1
): [number, number][] {
  const slices: [number, number][] = [];
  let start = 0;
  let used = 2;
  rows.forEach((row, i) => {
    const bytes = bytesOfRow(row, i);
    if (i > start && used + bytes > limit) {
      slices.push([start, i]);
      start = i;
      used = 2;
    }
    used += bytes;
  });
  if (rows.length > start) slices.push([start, rows.length]);
  return slices;
}

/**
 * Counts what has been queued since the last sync and syncs first when the next piece would
 * push the request over the budget. `flush` is `context.sync`.
 */
export class RequestBudget {
  private used = 0;
  private flushes = 0;
  private all = 0;

  constructor(
    private readonly flush: () => Promise<void>,
    readonly limit: number = REQUEST_BUDGET_BYTES
  ) {}

  /** Call before queuing `bytes` more; syncs what is queued when they would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.limit) {
      await this.flush();
      this.flushes++;
      this.used = 0;
    }
    this.used += bytes;
    this.all += bytes;
  }

  /** Bytes reserved since the budget was made, across syncs. */
  get total(): number {
    return this.all;
  }

  /** Bytes queued since the last sync. */
  get pending(): number {
    return this.used;
  }

  /** How many syncs the budget itself made. */
  get syncs(): number {
    return this.flushes;
  }

  /** Tell the budget a sync happened elsewhere. */
  synced(): void {
    this.used = 0;
  }
}
