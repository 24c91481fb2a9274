import path from "node:path";
import type { Lang } from "../../domain/messages";
import { EXIT, type CliIo } from "../io";
import { consolidateCommand } from "./consolidate";
import { templateCommand } from "./template";

export interface DemoOptions {
  readonly examples: string;
  readonly outDir: string;
  readonly today: string;
  readonly lang: Lang;
}

/**
 * The main job on the bundled examples, no Excel needed: consolidate every example list into
 * out/portfolj.xlsx (updating it when it is there from an earlier demo) and print the overview;
 * also write a fresh template.
 */
export async function demoCommand(options: DemoOptions, io: CliIo): Promise<number> {
  const outcome = await consolidateCommand(
    {
      paths: [options.examples],
      out: path.join(options.outDir, "portfolj.xlsx"),
      report: path.join(options.outDir, "rapport.json"),
      force: false,
      today: options.today,
      generatedAt: new Date().toISOString().slice(0, 16).replace("T", " "),
      lang: options.lang,
    },
    io
  );
  if (outcome.code === EXIT.usage) return outcome.code;
  const template = await templateCommand(
    {
      out: path.join(options.outDir, "mall.xlsx"),
      forvaltning: null,
      preset: "standard",
      rows: 100,
      force: true,
      lang: options.lang,
    },
    io
  );
  return template === EXIT.ok ? outcome.code : template;
}
