import path from "node:path";
import { checkWorkbook, type CheckResult } from "../../domain/checkWorkbook";
import type { Lang } from "../../domain/messages";
import { readFilesInThreads } from "../../adapters/xlsxFile/ThreadedFileReader";
import { checkJson, formatCheck } from "../formatCheck";
import { EXIT, type CliIo } from "../io";
import { texts } from "../texts";

export interface ValidateOptions {
  readonly file: string;
  readonly json: boolean;
  readonly verbose: boolean;
  readonly today: string;
  readonly forvaltning: string | null;
  readonly lang: Lang;
}

/** Reads and checks one file; a file that cannot be read is one sentence, never a stack trace. */
export async function checkFile(
  file: string,
  options: { today: string; forvaltning?: string | null },
  lang: Lang,
  io: CliIo
): Promise<CheckResult | null> {
  // In a worker thread, so a file that hangs the reader ends in a sentence after the time limit.
  const [outcome] = await readFilesInThreads([
    { name: path.basename(file), path: path.resolve(io.cwd, file) },
  ]);
  if (!outcome?.ok) {
    const error = outcome?.error;
    io.err(texts(lang).cannotRead(file, (lang === "sv" ? error?.message : error?.messageEn) ?? ""));
    return null;
  }
  const { today, forvaltning } = options;
  return checkWorkbook(outcome.workbook, forvaltning ? { today, forvaltning } : { today });
}

export async function validateCommand(options: ValidateOptions, io: CliIo): Promise<number> {
  const result = await checkFile(options.file, options, options.lang, io);
  if (!result) return EXIT.usage;
  if (options.json) io.out(JSON.stringify(checkJson(result, options.lang), null, 2));
  else for (const line of formatCheck(result, options.lang, options.verbose)) io.out(line);
  return result.issues.some((i) => i.severity === "error") ? EXIT.problems : EXIT.ok;
}
