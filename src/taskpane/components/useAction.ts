/** Runs one async action at a time for a button, and says whether it is running. */
import { useCallback, useRef, useState } from "react";

export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

export interface Action {
  readonly running: boolean;
  /** The task's value or error; null when the action was already running (a double click). */
  run<T>(task: () => Promise<T>): Promise<Outcome<T> | null>;
}

export function useAction(): Action {
  const [running, setRunning] = useState(false);
  // A ref, not the state: two clicks in one frame both see running === false.
  const busy = useRef(false);
  const run = useCallback(async <T>(task: () => Promise<T>): Promise<Outcome<T> | null> => {
    if (busy.current) return null;
    busy.current = true;
    setRunning(true);
    try {
      return { ok: true, value: await task() };
    } catch (error) {
      return { ok: false, error };
    } finally {
      busy.current = false;
      setRunning(false);
    }
  }, []);
  return { running, run };
}
