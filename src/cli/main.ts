/** `npx digiportfolj …`: the same domain as the task pane, over the .xlsx file adapter. */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Lang } from "../domain/messages";
import type { CriteriaPreset } from "../domain/parameters/Parameters";
import { consolidateCommand } from "./commands/consolidate";
import { demoCommand } from "./commands/demo";
import { templateCommand } from "./commands/template";
import { validateCommand } from "./commands/validate";
import { EXIT, processIo, type CliIo } from "./io";
import { terminalSafeIo } from "./terminalSafe";
import { texts } from "./texts";

const OPTIONS = {
  out: { type: "string" },
  report: { type: "string" },
  ut: { type: "string" },
  forvaltning: { type: "string" },
  kriterier: { type: "string", default: "standard" },
  rader: { type: "string", default: "200" },
  force: { type: "boolean", default: false },
  json: { type: "boolean", default: false },
  verbose: { type: "boolean", short: "v", default: false },
  idag: { type: "string" },
  lang: { type: "string", default: "sv" },
  help: { type: "boolean", short: "h", default: false },
} as const;

const todayIso = (): string => new Date().toISOString().slice(0, 10);

export async function main(argv: readonly string[], given: CliIo = processIo): Promise<number> {
  // Nothing a workbook holds reaches the terminal raw (names, cell texts, messages quoting them).
  const io = terminalSafeIo(given);
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${texts("sv").usage}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const lang: Lang = values.lang === "en" ? "en" : "sv";
  const t = texts(lang);
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    (command || values.help ? io.out : io.err)(t.usage);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  const today = values.idag ?? todayIso();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    io.err(t.badDate(today));
    return EXIT.usage;
  }

  switch (command) {
    case "template": {
      if (!values.out) {
        io.err(t.missingOut);
        return EXIT.usage;
      }
      const rows = Number(values.rader);
      if (!Number.isInteger(rows) || rows < 1 || rows > 5000) {
        io.err(t.badRows);
        return EXIT.usage;
      }
      if (values.kriterier !== "standard" && values.kriterier !== "taby") {
        io.err(t.badPreset(values.kriterier));
        return EXIT.usage;
      }
      return templateCommand(
        {
          out: values.out,
          forvaltning: values.forvaltning ?? null,
          preset: values.kriterier as CriteriaPreset,
          rows,
          force: values.force,
          lang,
        },
        io
      );
    }
    case "validate": {
      const file = rest[0];
      if (!file || rest.length > 1) {
        io.err(t.missingFile);
        return EXIT.usage;
      }
      return validateCommand(
        {
          file,
          json: values.json,
          verbose: values.verbose,
          today,
          forvaltning: values.forvaltning ?? null,
          lang,
        },
        io
      );
    }
    case "consolidate": {
      if (!values.out) {
        io.err(t.missingOutConsolidate);
        return EXIT.usage;
      }
      if (rest.length === 0) {
        io.err(t.missingPaths);
        return EXIT.usage;
      }
      const outcome = await consolidateCommand(
        {
          paths: rest,
          out: values.out,
          report: values.report ?? null,
          force: values.force,
          today,
          generatedAt: new Date().toISOString().slice(0, 16).replace("T", " "),
          lang,
        },
        io
      );
      return outcome.code;
    }
    case "demo": {
      const outDir = path.resolve(io.cwd, values.ut ?? "out");
      mkdirSync(outDir, { recursive: true });
      return demoCommand(
        { examples: path.resolve(__dirname, "../../examples"), outDir, today, lang },
        io
      );
    }
    default:
      io.err(t.unknownCommand(command));
      return EXIT.usage;
  }
}
