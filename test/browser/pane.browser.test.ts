/**
 * The built task pane in a real browser: Debian's chromium through playwright-core, the pane
 * built by webpack in production mode, with the Excel double standing in for Excel (harness.ts).
 * Each test opens a fresh page, so a fresh workbook seeded with one förvaltning's list
 * (seedWorkbook.ts). The pane is 350 px wide, as in Excel.
 *
 * Failing steps leave a screenshot in .harness-dist/failures/. Run alone:
 *   npx jest test/browser
 */
import { startHarness, type HarnessHandle } from "./startHarness";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { AxeBuilder } from "@axe-core/playwright";
import { weightedScore } from "../../src/domain/scoring";
import { DEFAULT_CRITERIA } from "../../src/domain/parameters/Parameters";
import {
  PORTFOLIO_SHEETS,
  PanePage,
  VIEWS,
  eventually as eventuallyExpect,
  type PaneOptions,
  type ViewName,
} from "./PanePage";
import {
  END_BEFORE_START,
  OTHER_SHEET,
  RANKING_CHANGE,
  SEED_HEADERS,
  SEED_HEADER_ROW,
  SEED_ROWS,
  SEED_SHEET,
  seedCell,
  type SeedHeader,
} from "./seedWorkbook";
import { hostileCase } from "../hostile/hostileCorpus";

const EXAMPLES = path.resolve(__dirname, "../../examples");
const TWO_EXAMPLES = [
  path.join(EXAMPLES, "kommunledning-it-lista.xlsx"),
  path.join(EXAMPLES, "vard-och-omsorg-tkr.xlsx"),
];

let harness: HarnessHandle | undefined;
/** Each pane test's wall time, for one line at the end. */
const timings: { name: string; ms: number }[] = [];

/** The harness for the pane tests only, and one line of their timings at the end. */
function startPaneHarness(): void {
  const started = startHarness();
  harness = started;
  afterAll(() => {
    if (timings.length === 0) return;
    const total = timings.reduce((sum, t) => sum + t.ms, 0);
    const slowest = timings.reduce((a, b) => (b.ms > a.ms ? b : a));
    console.log(
      `Browser test: harness build ${seconds(started.buildMs)}, ${timings.length} pane tests ` +
        `${seconds(total)} (slowest ${seconds(slowest.ms)}: ${slowest.name})`
    );
  });
}

/** One test on a fresh pane; on failure the page's errors and a screenshot join the message. */
function paneTest(
  name: string,
  body: (pane: PanePage) => Promise<void>,
  options: PaneOptions = {}
): void {
  it(name, async () => {
    if (!harness) throw new Error("paneTest outside startPaneHarness()");
    const { browser, url } = harness.running();
    const started = Date.now();
    const pane = await PanePage.open(browser, url, options);
    try {
      await body(pane);
      expect(pane.pageErrors).toEqual([]);
    } catch (error) {
      const shot = await pane.screenshotFailure(name).catch(() => "(no screenshot)");
      const logged = [...pane.pageErrors, ...pane.consoleErrors];
      if (error instanceof Error)
        error.message +=
          `\n\nScreenshot: ${shot}` +
          (logged.length ? `\nThe page logged:\n${logged.slice(0, 5).join("\n")}` : "");
      throw error;
    } finally {
      await pane.close();
      timings.push({ name, ms: Date.now() - started });
    }
  });
}

/**
 * axe's violations of impact serious or critical, one line each. Fluent UI's focus manager
 * (tabster) puts focusable aria-hidden <i data-tabster-dummy> elements around tab lists and
 * dialogs on purpose: they only pass focus on, and would be read out without aria-hidden. Those
 * nodes, and only those, are taken out of aria-hidden-focus, as Accessibility Insights does
 * (microsoft/fluentui#27517 "By Design", microsoft/accessibility-insights-web#7605).
 */
async function seriousViolations(pane: PanePage): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page: pane.page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) =>
      v.id === "aria-hidden-focus"
        ? { ...v, nodes: v.nodes.filter((n) => !n.html.includes("data-tabster-dummy")) }
        : v
    )
    .filter((v) => v.nodes.length > 0)
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}: ` +
        v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join("; ")
    );
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const names = (rows: readonly Record<string, string>[]): string[] =>
  rows.map((r) => r["Initiativ"] ?? "");

describe("the harness", () => {
  it("seeds a list whose ranking the weight change must reorder", () => {
    /** The seeded names by score, highest first; the criteria's labels are the list's headers. */
    const rank = (weights: Readonly<Record<string, number>>) => {
      const criteria = DEFAULT_CRITERIA.map((c) => ({
        ...c,
        weight: weights[c.label] ?? c.weight,
      }));
      return SEED_ROWS.map((r) => {
        const scores = criteria.map((c) => [c.key, r[c.label as SeedHeader] as number | null]);
        return {
          name: String(r.Initiativ),
          score: weightedScore(Object.fromEntries(scores), criteria),
        };
      })
        .filter((r) => r.score !== null)
        .sort((a, b) => b.score! - a.score!);
    };
    for (const ranked of [rank({}), rank(RANKING_CHANGE.weights)]) {
      const scores = ranked.map((r) => r.score);
      expect(new Set(scores).size).toBe(scores.length); // no ties to break
    }
    expect(rank({})[0]?.name).toBe(RANKING_CHANGE.firstBefore);
    expect(rank(RANKING_CHANGE.weights)[0]?.name).toBe(RANKING_CHANGE.firstAfter);
  });
});

describe("the task pane in chromium, with the Excel double for Excel", () => {
  startPaneHarness();

  paneTest("opens: Swedish, the four views as tabs, no serious axe violations", async (pane) => {
    for (const view of VIEWS) expect(await pane.tab(view).isVisible()).toBe(true);
    expect(await pane.page.getByRole("heading", { name: "Digiportfölj" }).isVisible()).toBe(true);
    expect(await pane.page.evaluate(() => document.documentElement.lang)).toBe("sv");
    expect(await pane.activeSheet()).toBe(SEED_SHEET);
    expect(await seriousViolations(pane)).toEqual([]);
  });

  paneTest(
    "opens in English when Office's display language is English",
    async (pane) => {
      expect(await pane.tab("Template").isVisible()).toBe(true);
      expect(await pane.page.evaluate(() => document.documentElement.lang)).toBe("en");
    },
    { lang: "en-US" }
  );

  paneTest(
    "opens on Excel with ExcelApi 1.7 (Office 2019) and says what that Excel lacks",
    async (pane) => {
      await pane.page
        .getByText(/saknar/)
        .first()
        .waitFor();
    },
    { excelApi: "1.7" }
  );

  describe("Mall", () => {
    paneTest("inserts the standard template", async (pane) => {
      await pane.insertTemplate();
      const sheets = await pane.sheetNames();
      expect(sheets).toEqual(expect.arrayContaining(["Instruktioner", "Initiativ", "Parametrar"]));
      // The user's own list is left as it was.
      expect(sheets).toContain(SEED_SHEET);
      expect((await pane.values(SEED_SHEET, `A${SEED_HEADER_ROW}:N${SEED_HEADER_ROW}`))[0]).toEqual(
        [...SEED_HEADERS]
      );
    });

    paneTest(
      "proposes a mapping for the active sheet and adds the missing columns",
      async (pane) => {
        await pane.proposeMapping("Budget (tkr)");
        expect(await pane.select("Budget (tkr)").inputValue()).toBe("investering");
        expect(await pane.select("Initiativ").inputValue()).toBe("name");
        expect(await pane.select("Strategisk betydelse").inputValue()).toBe("score:strategi");
        const notMapped = pane.select("Kommentar").locator('option[value=""]');
        expect((await notMapped.textContent())?.trim()).toBe("Mappas inte");

        await pane.button("Lägg till saknade kolumner").click();
        const headerRow = `A${SEED_HEADER_ROW}:BZ${SEED_HEADER_ROW}`;
        let headers: string[] = [];
        await eventuallyExpect(async () => {
          headers = (await pane.values(SEED_SHEET, headerRow))[0]!.map(String).filter(Boolean);
          expect(headers.length).toBeGreaterThan(SEED_HEADERS.length);
        });
        expect(headers.slice(0, SEED_HEADERS.length)).toEqual([...SEED_HEADERS]);
        // The list has no Syfte column: it is one of those added, to the right.
        expect(headers.slice(SEED_HEADERS.length)).toContain("Syfte");
      }
    );
  });

  describe("Kontrollera", () => {
    paneTest("checks the workbook; a click on an issue selects its cell in Excel", async (pane) => {
      const summary = await pane.checkWorkbook();
      expect(summary.initiatives).toBe(SEED_ROWS.length);
      expect(summary.errors).toBeGreaterThanOrEqual(1);

      // The user has moved on to another sheet; the issue takes Excel back to the cell.
      await pane.activate(OTHER_SHEET);
      const cell = seedCell("Slutdatum", END_BEFORE_START);
      await pane.issueAt(cell).first().click();
      await eventuallyExpect(async () => {
        expect(await pane.selection()).toEqual({ sheet: SEED_SHEET, address: cell });
        expect(await pane.activeSheet()).toBe(SEED_SHEET);
      });
    });
  });

  describe("Prioritera", () => {
    paneTest("re-ranks the initiatives when changed weights are saved", async (pane) => {
      const before = await pane.loadPriorities();
      expect(names(before)[0]).toBe(RANKING_CHANGE.firstBefore);

      for (const [criterion, weight] of Object.entries(RANKING_CHANGE.weights))
        await pane.setWeight(criterion, weight);
      await pane.setCentralBudget(RANKING_CHANGE.centralBudget);
      await pane.savePriorities();

      let after = before;
      await eventuallyExpect(async () => {
        after = await pane.ranking();
        expect(names(after)[0]).toBe(RANKING_CHANGE.firstAfter);
      });
      expect(names(after)).not.toEqual(names(before));
      expect([...names(after)].sort()).toEqual([...names(before)].sort());
      // The budget holds the first two in the new order, not the third.
      expect(after.slice(0, 3).map((r) => r["Inom budget"])).toEqual([
        ...RANKING_CHANGE.fitsBudgetAfter,
      ]);
      expect(await pane.sheetNames()).toContain("Parametrar");
    });

    paneTest("inserts the nytta/komplexitet matrix as a chart", async (pane) => {
      await pane.loadPriorities();
      await pane.button("Infoga matrisdiagram").click();
      await eventuallyExpect(async () => expect(await pane.charts()).not.toEqual([]));
    });
  });

  describe("Sammanställ", () => {
    paneTest("reads two example workbooks and writes the portfolio's sheets", async (pane) => {
      const preview = await pane.readWorkbooks(TWO_EXAMPLES);
      expect(preview.initiatives).toBeGreaterThan(0);
      await pane.writeConsolidation();
      const sheets = await pane.sheetNames();
      expect(sheets).toEqual(expect.arrayContaining([...PORTFOLIO_SHEETS]));
      // One initiative from each file reaches Portfölj.
      const portfolio = await pane.texts("Portfölj");
      expect(portfolio).toContain("Digitalt bygglov"); // kommunledning-it-lista.xlsx
      expect(portfolio).toContain("Wellbee"); // vard-och-omsorg-tkr.xlsx
    });
  });

  describe("Sammanställ with hostile files among the lists", () => {
    paneTest("names each bad file in its own sentence and consolidates the rest", async (pane) => {
      const dir = mkdtempSync(path.join(tmpdir(), "dp-pane-hostile-"));
      const hostile = ["zip-bomb-ljuger.xlsx", "losenord.xlsx", "lista.csv", "makro.xlsm"];
      const files = [...TWO_EXAMPLES];
      for (const name of hostile) {
        writeFileSync(path.join(dir, name), await hostileCase(name).make());
        files.push(path.join(dir, name));
      }
      const { lines, workbooks } = await pane.readWorkbooksSettled(files);
      const line = (name: string) => lines.find((l) => l.startsWith(`${name}:`)) ?? "";
      expect(line("zip-bomb-ljuger.xlsx")).toContain(
        "”zip-bomb-ljuger.xlsx” packas upp till mer än 500 MB"
      );
      expect(line("losenord.xlsx")).toContain("”losenord.xlsx” är lösenordsskyddad");
      expect(line("lista.csv")).toContain("”lista.csv” är en textfil");
      expect(line("makro.xlsm")).toMatch(/Läst/);
      expect(workbooks).toBe(3);
      await pane.writeConsolidation();
      const portfolio = await pane.texts("Portfölj");
      expect(portfolio).toContain("Digitalt bygglov"); // kommunledning-it-lista.xlsx
      expect(portfolio).toContain("Wellbee"); // vard-och-omsorg-tkr.xlsx
      const issues = await pane.texts("Avvikelser");
      expect(issues.join(" ")).toContain("Arbetsboken innehåller makron");
    });
  });

  describe("accessibility (axe): no serious or critical violations", () => {
    /** Each view's main action, so axe also sees what the view shows afterwards. */
    const actions: Record<ViewName, (pane: PanePage) => Promise<unknown>> = {
      Mall: (pane) => pane.proposeMapping("Budget (tkr)"),
      Kontrollera: (pane) => pane.checkWorkbook(),
      Prioritera: (pane) => pane.loadPriorities(),
      Sammanställ: (pane) => pane.readWorkbooks(TWO_EXAMPLES),
    };
    for (const view of VIEWS) {
      paneTest(`${view}: before and after its action`, async (pane) => {
        await pane.openView(view);
        expect(await seriousViolations(pane)).toEqual([]);
        await actions[view](pane);
        expect(await seriousViolations(pane)).toEqual([]);
      });
    }
  });
});
