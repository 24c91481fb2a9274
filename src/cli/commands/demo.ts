import { readdirSync } from "node:fs";
import path from "node:path";
import type { Lang } from "../../domain/messages";
import { EXIT, type CliIo } from "../io";
import { texts } from "../texts";
import { checkFile } from "./validate";
import { templateCommand } from "./template";
import { formatCheck } from "../formatCheck";

export interface DemoOptions {
  readonly examples: string;
  readonly outDir: string;
  readonly today: string;
  readonly lang: Lang;
}

/** The main job on the bundled examples, no Excel needed: check each list, then write a fresh template. */
export async function demoCommand(options: DemoOptions, io: CliIo): Promise<number> {
  const dir = path.resolve(io.cwd, options.examples);
  const files = readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith(".xlsx"))
    .sort();
  const rows: string[][] = [];
  for (const file of files) {
    const result = await checkFile(
      path.join(dir, file),
      { today: options.today },
      options.lang,
      io
    );
    if (!result) {
      rows.push([file, "–", "–", "–"]);
      continue;
    }
    for (const line of formatCheck(result, options.lang)) io.out(line);
    io.out("");
    const errors = result.issues.filter((i) => i.severity === "error").length;
    rows.push([
      file,
      String(result.initiatives.length),
      String(errors),
      String(result.issues.length - errors),
    ]);
  }
  const head =
    options.lang === "sv"
      ? ["Arbetsbok", "Initiativ", "Fel", "Varningar"]
      : ["Workbook", "Initiatives", "Errors", "Warnings"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(" | ")} |`;
  io.out(line(head));
  io.out(
    `|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`
  );
  for (const r of rows) io.out(line(r));
  io.out("");
  const out = path.join(options.outDir, "mall.xlsx");
  const code = await templateCommand(
    { out, forvaltning: null, preset: "standard", rows: 100, force: true, lang: options.lang },
    io
  );
  if (code !== EXIT.ok) io.err(texts(options.lang).cannotRead(out, "mall"));
  return code;
}
