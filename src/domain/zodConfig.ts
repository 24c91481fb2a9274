/**
 * zod 4 probes whether it may compile validators with `new Function("")` when the first object
 * schema is built; in the task pane the Content-Security-Policy forbids that and Chromium reports
 * a violation. Jitless validation is what the pane gets anyway; say so before any schema exists.
 */
import { z } from "zod";

z.config({ jitless: true });
