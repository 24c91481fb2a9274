import { existsSync } from "node:fs";
import path from "node:path";
import type { Lang } from "../../domain/messages";
import {
  CRITERIA_PRESETS,
  DEFAULT_PARAMETERS,
  type CriteriaPreset,
  type Parameters,
} from "../../domain/parameters/Parameters";
import { buildTemplate } from "../../domain/template/buildTemplate";
import { FileReplaceError } from "../../adapters/xlsxFile/replaceFiles";
import { XlsxFileWorkbook } from "../../adapters/xlsxFile/XlsxFileWorkbook";
import { EXIT, type CliIo } from "../io";
import { texts } from "../texts";

export interface TemplateOptions {
  readonly out: string;
  readonly forvaltning: string | null;
  readonly preset: CriteriaPreset;
  readonly rows: number;
  readonly force: boolean;
  readonly lang: Lang;
}

export function templateParameters(forvaltning: string | null, preset: CriteriaPreset): Parameters {
  const lists =
    forvaltning && !DEFAULT_PARAMETERS.lists.forvaltning.includes(forvaltning)
      ? {
          ...DEFAULT_PARAMETERS.lists,
          forvaltning: [forvaltning, ...DEFAULT_PARAMETERS.lists.forvaltning],
        }
      : DEFAULT_PARAMETERS.lists;
  return { ...DEFAULT_PARAMETERS, criteria: CRITERIA_PRESETS[preset], lists, forvaltning };
}

export async function templateCommand(options: TemplateOptions, io: CliIo): Promise<number> {
  const t = texts(options.lang);
  const target = path.resolve(io.cwd, options.out);
  // The user's own workbook is never overwritten by a new template.
  if (existsSync(target) && !options.force) {
    io.err(t.exists(options.out));
    return EXIT.usage;
  }
  const description = buildTemplate(templateParameters(options.forvaltning, options.preset), {
    rows: options.rows,
  });
  try {
    await new XlsxFileWorkbook(target).write(description);
  } catch (error) {
    if (!(error instanceof FileReplaceError)) throw error;
    const detail = String((error.cause as Error)?.message ?? error.cause);
    io.err(t.consolidate.fileError(options.out, error.code, detail));
    return EXIT.usage;
  }
  io.out(t.wrote(options.out, options.rows));
  return EXIT.ok;
}
