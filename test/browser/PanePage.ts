/**
 * The task pane on the harness page, driven as a user would: by role and accessible name (the
 * Swedish names the views agreed on), with the Excel double inspected through window.__harness.
 * Shared by the browser test and `npm run screenshots`, so both run the same actions.
 */
import { mkdir } from "fs/promises";
import path from "path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import type { CellScalar } from "./harnessApi";
import { HARNESS_DIST } from "./buildHarness";

export const VIEWS = ["Mall", "Kontrollera", "Prioritera", "Sammanställ"] as const;
export type ViewName = (typeof VIEWS)[number];

export interface PaneOptions {
  /** CSS pixels; task panes are 320–500 px wide. */
  readonly width?: number;
  readonly height?: number;
  /** Office's display language (?lang=), default sv-SE. */
  readonly lang?: string;
  /** The double's ExcelApi version (?excelApi=), e.g. "1.7" for Office 2019. */
  readonly excelApi?: string;
  /** How long a step may wait for the pane, ms. */
  readonly timeout?: number;
}

export interface CheckSummary {
  readonly text: string;
  readonly initiatives: number;
  readonly errors: number;
  readonly warnings: number;
}

/** "8 initiativ, 3 fel, 5 varningar" (one: "1 varning"). */
const SUMMARY = /(\d+)\s+initiativ,\s+(\d+)\s+fel,\s+(\d+)\s+varning(?:ar)?/;
/** "12 initiativ från 2 arbetsböcker" */
const PREVIEW = /(\d+)\s+initiativ från (\d+) arbetsb(?:ok|öcker)/;

export class PanePage {
  /** Uncaught exceptions on the page; a test expects none. */
  readonly pageErrors: string[] = [];
  /** console.error output (CSP violations too) and failed requests, shown when a step fails. */
  readonly consoleErrors: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page
  ) {
    page.on("pageerror", (error) => this.pageErrors.push(error.stack ?? error.message));
    page.on("console", (message) => {
      // A failed request's console line has no address; the response handler below names it.
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
        this.consoleErrors.push(message.text());
    });
    page.on("response", (response) => {
      // Chromium asks for /favicon.ico on its own; the pane has none.
      if (response.status() >= 400 && !response.url().endsWith("/favicon.ico"))
        this.consoleErrors.push(`HTTP ${response.status()} for ${response.url()}`);
    });
  }

  /** A fresh page (and a fresh double with the seeded workbook) on the harness at baseUrl. */
  static async open(
    browser: Browser,
    baseUrl: string,
    options: PaneOptions = {}
  ): Promise<PanePage> {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 350, height: options.height ?? 900 },
      locale: "sv-SE",
    });
    context.setDefaultTimeout(options.timeout ?? 15_000);
    const pane = new PanePage(context, await context.newPage());
    const query = new URLSearchParams();
    if (options.lang) query.set("lang", options.lang);
    if (options.excelApi) query.set("excelApi", options.excelApi);
    const search = query.toString() ? `?${query}` : "";
    await pane.page.goto(`${baseUrl}index.html${search}`);
    // Any language: the pane has started once its tabs show.
    await pane.page.getByRole("tab").first().waitFor();
    return pane;
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  // --- finding things -------------------------------------------------------------------------

  tab(name: string): Locator {
    return this.page.getByRole("tab", { name, exact: true });
  }

  button(name: string): Locator {
    return this.page.getByRole("button", { name, exact: true });
  }

  /** A native select by its label (role combobox). */
  select(name: string): Locator {
    return this.page.getByRole("combobox", { name, exact: true });
  }

  async openView(name: ViewName): Promise<void> {
    await this.tab(name).click();
    await this.page.waitForFunction(
      (label) =>
        Array.from(document.querySelectorAll('[role="tab"]')).some(
          (tab) => tab.getAttribute("aria-selected") === "true" && tab.textContent?.trim() === label
        ),
      name
    );
  }

  // --- the views' actions ---------------------------------------------------------------------

  async insertTemplate(): Promise<void> {
    await this.openView("Mall");
    await this.button("Infoga standardmallen").click();
    await eventually(async () => {
      const sheets = await this.sheetNames();
      if (!["Instruktioner", "Initiativ", "Parametrar"].every((s) => sheets.includes(s)))
        throw new Error(`The template's sheets are not in the workbook yet: ${sheets.join(", ")}`);
    });
  }

  /** Asks for the active sheet's mapping; resolves when the select for `header` shows. */
  async proposeMapping(header: string): Promise<void> {
    await this.openView("Mall");
    await this.button("Föreslå mappning för aktivt blad").click();
    await this.select(header).waitFor();
  }

  async checkWorkbook(): Promise<CheckSummary> {
    await this.openView("Kontrollera");
    await this.button("Kontrollera arbetsboken").click();
    const status = this.page.getByRole("status").filter({ hasText: SUMMARY }).first();
    await status.waitFor();
    const text = normalise(await status.innerText());
    const [, initiatives, errors, warnings] = SUMMARY.exec(text)!.map(Number);
    return { text, initiatives: initiatives!, errors: errors!, warnings: warnings! };
  }

  /** The issue buttons whose accessible name starts with the cell reference ("G6: …"). */
  issueAt(cell: string): Locator {
    return this.page.getByRole("button", { name: new RegExp(`^${cell}: `) });
  }

  async loadPriorities(): Promise<RankingRow[]> {
    await this.openView("Prioritera");
    await this.button("Hämta prioriteringen").click();
    return this.ranking();
  }

  /** The Rangordning table's rows, as text keyed by column header, in table order. */
  async ranking(): Promise<RankingRow[]> {
    const table = this.page.getByRole("table", { name: "Rangordning", exact: true });
    await table.waitFor();
    return table.evaluate(readTable);
  }

  async setWeight(criterion: string, weight: number): Promise<void> {
    await this.page
      .getByRole("spinbutton", { name: `Vikt: ${criterion}`, exact: true })
      .fill(String(weight));
  }

  async setCentralBudget(kronor: number): Promise<void> {
    await this.page.getByLabel("Central budget (kr)", { exact: true }).fill(String(kronor));
  }

  async savePriorities(): Promise<void> {
    await this.button("Spara och räkna om").click();
  }

  /** Picks the files, waits until each is "Läst" and the preview counts them; returns its text. */
  async readWorkbooks(files: readonly string[]): Promise<{ text: string; initiatives: number }> {
    await this.openView("Sammanställ");
    await this.page.locator('input[type="file"]').setInputFiles([...files]);
    for (const file of files) {
      const item = this.page.getByRole("listitem").filter({ hasText: path.basename(file) });
      await item.filter({ hasText: "Läst" }).first().waitFor();
    }
    const preview = this.page.getByText(PREVIEW).first();
    await preview.waitFor();
    const text = normalise(await preview.innerText());
    const match = PREVIEW.exec(text)!;
    if (Number(match[2]) !== files.length)
      throw new Error(`The preview counts ${match[2]} workbooks, not ${files.length}: "${text}"`);
    return { text, initiatives: Number(match[1]) };
  }

  /**
   * Picks the files and waits until every one is settled, read or failed; returns each file's
   * line in the list ("name: state") and the preview's count of initiatives and workbooks.
   */
  async readWorkbooksSettled(
    files: readonly string[]
  ): Promise<{ lines: string[]; initiatives: number; workbooks: number }> {
    await this.openView("Sammanställ");
    await this.page.locator('input[type="file"]').setInputFiles([...files]);
    const list = this.page.getByRole("list", { name: /Valda arbetsböcker|Chosen workbooks/ });
    await eventually(async () => {
      const lines = (await list.getByRole("listitem").allInnerTexts()).map(normalise);
      const waiting = lines.filter((l) => !/: (Läst|Kunde inte läsas|Avbruten)/.test(l));
      if (lines.length !== files.length || waiting.length > 0)
        throw new Error(`Not settled yet: ${lines.join(" / ")}`);
    }, 60_000);
    const lines = (await list.getByRole("listitem").allInnerTexts()).map(normalise);
    const preview = this.page.getByText(PREVIEW).first();
    await preview.waitFor();
    const match = PREVIEW.exec(normalise(await preview.innerText()))!;
    return { lines, initiatives: Number(match[1]), workbooks: Number(match[2]) };
  }

  async writeConsolidation(): Promise<void> {
    await this.button("Skriv sammanställningen").click();
    await eventually(async () => {
      const sheets = await this.sheetNames();
      const missing = PORTFOLIO_SHEETS.filter((s) => !sheets.includes(s));
      if (missing.length > 0)
        throw new Error(`Not written yet: ${missing.join(", ")} (sheets: ${sheets.join(", ")})`);
    });
  }

  // --- the Excel double -----------------------------------------------------------------------

  sheetNames(): Promise<string[]> {
    return this.page.evaluate(() => window.__harness.sheetNames());
  }
  activeSheet(): Promise<string | null> {
    return this.page.evaluate(() => window.__harness.activeSheet());
  }
  selection(): Promise<{ sheet: string; address: string } | null> {
    return this.page.evaluate(() => window.__harness.selection());
  }
  values(sheet: string, address: string): Promise<CellScalar[][]> {
    return this.page.evaluate(([s, a]) => window.__harness.values(s, a), [sheet, address] as const);
  }
  texts(sheet: string): Promise<string[]> {
    return this.page.evaluate((s) => window.__harness.texts(s), sheet);
  }
  charts(): Promise<{ sheet: string; type: string; name: string }[]> {
    return this.page.evaluate(() => window.__harness.charts());
  }
  activate(sheet: string): Promise<void> {
    return this.page.evaluate((s) => window.__harness.activate(s), sheet);
  }

  // --- when something goes wrong --------------------------------------------------------------

  /** Saves a full-page screenshot to .harness-dist/failures/ and returns its path. */
  async screenshotFailure(name: string): Promise<string> {
    const stem = name.replace(/[^\wåäöÅÄÖ-]+/g, "-");
    const file = path.join(HARNESS_DIST, "failures", `${stem}.png`);
    await mkdir(path.dirname(file), { recursive: true });
    await this.page.screenshot({ path: file, fullPage: true, timeout: 5_000 });
    return file;
  }
}

export const PORTFOLIO_SHEETS = ["Portfölj", "Översikt", "Avvikelser", "Mappning"] as const;

export type RankingRow = Record<string, string>;

/** Runs in the page: a table's body rows as { header text: cell text }. */
function readTable(table: Element): Record<string, string>[] {
  const text = (el: Element) => (el.textContent ?? "").replace(/\s+/g, " ").trim();
  const cellSelector =
    "th, td, [role=columnheader], [role=rowheader], [role=cell], [role=gridcell]";
  const rows = Array.from(table.querySelectorAll("tr, [role=row]")).map((row) =>
    Array.from(row.querySelectorAll(cellSelector))
  );
  const headerIndex = rows.findIndex((cells) =>
    cells.some((c) => c.tagName === "TH" || c.getAttribute("role") === "columnheader")
  );
  const headers = (rows[headerIndex] ?? []).map(text);
  return rows
    .slice(headerIndex + 1)
    .filter((cells) => cells.length > 0)
    .map((cells) => Object.fromEntries(headers.map((h, i) => [h, cells[i] ? text(cells[i]) : ""])));
}

/**
 * Retries `check` until it stops throwing or `timeout` ms have passed, then throws its last error:
 * the pane updates only after Excel (the double) answers.
 */
export async function eventually(check: () => Promise<void>, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const normalise = (text: string): string => text.replace(/\s+/g, " ").trim();
