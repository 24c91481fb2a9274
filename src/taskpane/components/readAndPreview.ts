/** Sammanställ's one long action: read the picked files off the pane's thread, then preview. */
import type { Consolidation } from "../../domain/consolidation/Consolidation";
import type {
  FileProgress,
  FileReading,
  PaneOperations,
  PickedFile,
} from "../operations/PaneOperations";

export type ReadOutcome =
  | { readonly kind: "preview"; readonly consolidation: Consolidation }
  | { readonly kind: "cancelled" }
  | { readonly kind: "readFailed"; readonly error: unknown }
  | { readonly kind: "previewFailed"; readonly error: unknown };

export interface ReadAndPreview {
  readonly picked: readonly PickedFile[];
  readonly files: FileReading;
  readonly operations: Pick<PaneOperations, "previewConsolidation">;
  readonly signal: AbortSignal;
  readonly onProgress: (progress: readonly FileProgress[]) => void;
  /** Reading is over; the consolidation starts. */
  readonly onPreviewing: () => void;
}

/**
 * Never throws. A cancelled read is "cancelled" whether the reader resolved with what it had or
 * rejected: either way the user asked to stop, so nothing is consolidated.
 */
export async function readAndPreview(run: ReadAndPreview): Promise<ReadOutcome> {
  let sources;
  try {
    sources = await run.files.readFiles(run.picked, run.onProgress, run.signal);
  } catch (error) {
    return run.signal.aborted ? { kind: "cancelled" } : { kind: "readFailed", error };
  }
  if (run.signal.aborted) return { kind: "cancelled" };
  run.onPreviewing();
  try {
    return { kind: "preview", consolidation: await run.operations.previewConsolidation(sources) };
  } catch (error) {
    return { kind: "previewFailed", error };
  }
}
