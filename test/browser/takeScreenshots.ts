/**
 * `npm run screenshots`: builds the harness and saves a full-page PNG of each view, after its
 * action has run on the seeded list or on the example workbooks, at two task-pane widths:
 * screenshots/<view>-<width>.png. A view whose action fails is still photographed (showing the
 * failure) and reported; the run then exits 1.
 */
import { mkdir } from "fs/promises";
import path from "path";
import { buildHarness } from "./buildHarness";
import { launchChromium } from "./launchChromium";
import { PanePage, eventually, type ViewName } from "./PanePage";
import { serveDirectory } from "./serveDirectory";

const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "screenshots");
const WIDTHS = [350, 500] as const;
const EXAMPLES = [
  "kommunledning-it-lista.xlsx",
  "socialforvaltningen-gles.xlsx",
  "utbildning-summarad.xlsx",
  "vard-och-omsorg-tkr.xlsx",
].map((file) => path.join(ROOT, "examples", file));

/** File name stem and the action that fills each view with real data. */
const SHOTS: readonly {
  view: ViewName;
  stem: string;
  act: (pane: PanePage) => Promise<unknown>;
}[] = [
  { view: "Mall", stem: "mall", act: (pane) => pane.proposeMapping("Budget (tkr)") },
  { view: "Kontrollera", stem: "kontrollera", act: (pane) => pane.checkWorkbook() },
  { view: "Prioritera", stem: "prioritera", act: showBudgetScenario },
  { view: "Sammanställ", stem: "sammanstall", act: (pane) => pane.readWorkbooks(EXAMPLES) },
];

/** The ranking with a central budget, so Inom budget has answers. */
async function showBudgetScenario(pane: PanePage): Promise<void> {
  await pane.loadPriorities();
  await pane.setCentralBudget(3_000_000);
  await pane.savePriorities();
  await eventually(async () => {
    const [first] = await pane.ranking();
    if (first?.["Inom budget"] !== "Ja") throw new Error("The budget scenario did not show");
  });
}

export async function takeScreenshots(): Promise<{ written: string[]; failed: string[] }> {
  const browser = await launchChromium();
  const written: string[] = [];
  const failed: string[] = [];
  try {
    const build = await buildHarness();
    console.log(`Harness built in ${(build.milliseconds / 1000).toFixed(1)} s`);
    const server = await serveDirectory(build.dir);
    try {
      await mkdir(OUT, { recursive: true });
      for (const width of WIDTHS) {
        for (const shot of SHOTS) {
          const pane = await PanePage.open(browser, server.url, { width, height: 700 });
          try {
            await pane.openView(shot.view);
            await shot.act(pane).catch((error: unknown) => {
              failed.push(`${shot.view} at ${width} px: ${firstLine(error)}`);
            });
            const file = path.join(OUT, `${shot.stem}-${width}.png`);
            await pane.page.screenshot({ path: file, fullPage: true, animations: "disabled" });
            written.push(path.relative(ROOT, file));
          } finally {
            await pane.close();
          }
        }
      }
    } finally {
      await server.close();
    }
  } finally {
    await browser.close();
  }
  return { written, failed };
}

const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
