/**
 * Keeps a zip bomb from being unpacked. Three layers, because a package can lie about its sizes:
 * - the sizes the zip's directory declares, checked before anything is unpacked (everywhere);
 * - in Node, a budget that SheetJS's own unpacking spends as it goes (see useNativeInflate), so a
 *   part that declares 4 KB and unpacks to gigabytes is stopped at the limit, at no extra cost;
 * - where that hook is absent (a browser's Web Worker), one bounded streaming unpack with fflate
 *   before SheetJS runs, counting what each part really unpacks to.
 * Pure: bytes in, no fs, usable in a Web Worker.
 */
import { Unzip, UnzipInflate, unzipSync } from "fflate";
import type { ReadLimits } from "./ReadLimits";

/** Thrown inside an unpack when a limit is passed; readXlsx turns it into a WorkbookReadError. */
export class InflateLimitExceeded extends Error {
  override readonly name = "InflateLimitExceeded";
}

/** The total and the per-part ratio a read may spend while unpacking. */
export class InflationBudget {
  private spent = 0;
  exceeded = false;

  constructor(private readonly limits: ReadLimits) {}

  get ratio(): number {
    return this.limits.maxInflateRatio;
  }

  get grace(): number {
    return this.limits.ratioGraceBytes;
  }

  get remaining(): number {
    return Math.max(0, this.limits.maxInflatedBytes - this.spent);
  }

  /** Whether one more part unpacking to `out` from `packed` bytes passes a limit. */
  passes(out: number, packed: number): boolean {
    const tooTight =
      out > this.limits.ratioGraceBytes && out > packed * this.limits.maxInflateRatio;
    return tooTight || this.spent + out > this.limits.maxInflatedBytes;
  }

  /** One part unpacked to `out` bytes from `packed` bytes; throws past a limit. */
  spend(out: number, packed: number): void {
    const passes = this.passes(out, packed);
    this.spent += out;
    if (passes) {
      this.exceeded = true;
      throw new InflateLimitExceeded(`a part unpacks ${out} bytes from ${packed}`);
    }
  }
}

export interface DeclaredEntry {
  readonly name: string;
  readonly packed: number;
  readonly unpacked: number;
}

/** The zip directory's entries as declared, without unpacking; null when fflate cannot list it. */
function declaredEntries(bytes: Uint8Array): DeclaredEntry[] | null {
  const entries: DeclaredEntry[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, packed: file.size, unpacked: file.originalSize });
        return false;
      },
    });
  } catch {
    // SheetJS is more forgiving of a damaged directory; it decides whether the file is readable.
    return null;
  }
  // A part packed into more bytes than the file has is a directory read at the wrong offset (a
  // damaged file), not a bomb: its sizes are noise, and SheetJS says "corrupt".
  if (entries.some((e) => e.packed > bytes.length)) return null;
  return entries;
}

/**
 * Throws InflateLimitExceeded when the declared sizes alone pass a limit; returns the entries
 * (null for a directory fflate cannot list) for measureInflation.
 */
export function checkDeclaredSizes(bytes: Uint8Array, limits: ReadLimits): DeclaredEntry[] | null {
  const entries = declaredEntries(bytes);
  const budget = new InflationBudget(limits);
  for (const entry of entries ?? []) budget.spend(entry.unpacked, entry.packed);
  return entries;
}

/**
 * Unpacks every part once with fflate, counting, and stops at the first limit passed: for readers
 * whose unpacking cannot be bounded from outside (SheetJS's pure-JS inflate trusts the sizes a
 * part declares, and grows without bound when it declares none).
 */
export function measureInflation(
  bytes: Uint8Array,
  limits: ReadLimits,
  declared: readonly DeclaredEntry[] | null
): void {
  const packedByName = new Map((declared ?? []).map((e) => [e.name, e.packed]));
  const budget = new InflationBudget(limits);
  const unzip = new Unzip((file) => {
    let unpacked = 0;
    const packed = packedByName.get(file.name) ?? file.size ?? 0;
    file.ondata = (error, chunk, final) => {
      if (error) throw error;
      unpacked += chunk.length;
      // Judged per chunk so a lying part is stopped while it unpacks, not after.
      if (budget.passes(unpacked, packed)) {
        file.terminate();
        budget.spend(unpacked, packed);
      }
      if (final) budget.spend(unpacked, packed);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch (error) {
    if (error instanceof InflateLimitExceeded) throw error;
    // A damaged stream is SheetJS's to report (as "corrupt"); only sizes are judged here.
  }
}

let nativeGuardInstalled = false;
let activeBudget: InflationBudget | null = null;

/** Called by useNativeInflate once SheetJS unpacks through the budget-aware zlib. */
export function markNativeInflationGuard(): void {
  nativeGuardInstalled = true;
}

export function hasNativeInflationGuard(): boolean {
  return nativeGuardInstalled;
}

/** The budget of the read in progress (reads are synchronous, so one at a time per thread). */
export function currentInflationBudget(): InflationBudget | null {
  return activeBudget;
}

export function withInflationBudget<T>(budget: InflationBudget, read: () => T): T {
  const outer = activeBudget;
  activeBudget = budget;
  try {
    return read();
  } finally {
    activeBudget = outer;
  }
}
