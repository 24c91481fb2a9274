import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";

const ROOT = path.resolve(__dirname, "../..");
const EXAMPLE = path.join(ROOT, "examples/kommunledning-it-lista.xlsx");

function run(args: string[], cwd = ROOT) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), cwd };
  return main(args, io).then((code) => ({ code, out: out.join("\n"), err: err.join("\n") }));
}

describe("digiportfolj validate", () => {
  test("names each problem with its cell in a list with a title row, own headers, text amounts and 'höst 2017'", async () => {
    const { code, out } = await run(["validate", EXAMPLE, "--idag", "2026-11-22"]);
    expect(code).toBe(1);
    expect(out).toContain("rubrikrad 4");
    expect(out).toMatch(/varning\s+Projekt 2021!D5\s+Startdatum ”höst 2017” är ungefärligt/);
    expect(out).toMatch(/fel\s+Projekt 2021!F6\s+Investering \(kr\): ”58 kr\/enhet\/mån” går inte att läsa som ett belopp/);
    expect(out).toMatch(/fel\s+Projekt 2021!I6\s+Projektutvärdering saknas/);
    expect(out).toMatch(/Summering: \d+ fel, \d+ varningar?, 5 initiativ\./);
  });

  test("reads '596 600 kr' as 596 600 kronor", async () => {
    const { out } = await run(["validate", EXAMPLE, "--json", "--idag", "2026-11-22"]);
    const json = JSON.parse(out);
    expect(json.tables[0].columns).toEqual(expect.arrayContaining([expect.objectContaining({ header: "Budget", field: "investering" })]));
    expect(json.initiatives[0]).toMatchObject({ row: 5, name: "Digitalt bygglov", status: "Avslutad", investment: 596600 });
  });

  test("--json gives every issue with its cell, code, severity and message", async () => {
    const { out } = await run(["validate", EXAMPLE, "--json", "--idag", "2026-11-22", "--lang", "en"]);
    const json = JSON.parse(out);
    const issue = json.issues.find((i: { cell: string }) => i.cell === "Projekt 2021!F6");
    expect(issue).toMatchObject({ code: "invalid_amount", severity: "error", sheet: "Projekt 2021", row: 6, column: "F", field: "investering" });
    expect(issue.message).toMatch(/cannot be read as an amount/);
  });

  test("exit 0 when there is no fel, and English on request", async () => {
    const { code, out } = await run(["validate", path.join(ROOT, "examples/vard-och-omsorg-tkr.xlsx"), "--idag", "2026-11-22", "--lang", "en"]);
    expect(code).toBe(0);
    expect(out).toContain("Summary: 0 errors");
  });

  test("exit 2 with one sentence naming the file when it cannot be read", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dp-cli-"));
    const bad = path.join(dir, "trasig.xlsx");
    writeFileSync(bad, "det här är ingen arbetsbok");
    const { code, out, err } = await run(["validate", bad]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err.split("\n")).toHaveLength(1);
    expect(err).toContain("trasig.xlsx");
    expect(err).not.toMatch(/at .*\.ts:\d+|Error:/);
  });

  test("exit 2 for a wrong call", async () => {
    expect((await run(["validate"])).code).toBe(2);
    expect((await run(["validera", "x.xlsx"])).code).toBe(2);
    expect((await run(["validate", "x.xlsx", "--okand-flagga"])).code).toBe(2);
    expect((await run(["validate", EXAMPLE, "--idag", "igår"])).code).toBe(2);
  });
});

describe("digiportfolj template", () => {
  test("writes a template that validates clean, and never overwrites a file without --force", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dp-cli-"));
    const first = await run(["template", "--out", "mall.xlsx", "--forvaltning", "Miljöförvaltningen"], dir);
    expect(first.code).toBe(0);
    const file = path.join(dir, "mall.xlsx");
    const bytes = readFileSync(file);

    const again = await run(["template", "--out", "mall.xlsx"], dir);
    expect(again.code).toBe(2);
    expect(again.err).toContain("finns redan");
    expect(readFileSync(file).equals(bytes)).toBe(true);

    const check = await run(["validate", file, "--json"], dir);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.out)).toMatchObject({ initiatives: [], errors: 0, tables: [{ sheet: "Initiativ", headerRow: 4, table: "Initiativ" }] });

    expect((await run(["template", "--out", "mall.xlsx", "--force", "--kriterier", "taby", "--rader", "10"], dir)).code).toBe(0);
    expect(readFileSync(file).equals(bytes)).toBe(false);
  });

  test("checks its options", async () => {
    expect((await run(["template"])).code).toBe(2);
    expect((await run(["template", "--out", "x.xlsx", "--rader", "0"])).code).toBe(2);
    expect((await run(["template", "--out", "x.xlsx", "--kriterier", "lund"])).code).toBe(2);
  });
});

describe("npx digiportfolj", () => {
  test("runs from the project root after install", () => {
    if (!existsSync(path.join(ROOT, "lib/cli/main.js"))) execFileSync("npm", ["run", "build:cli"], { cwd: ROOT });
    const result = spawnSync("npx", ["--no-install", "digiportfolj", "validate", EXAMPLE, "--idag", "2026-11-22"], { cwd: ROOT, encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("Projekt 2021!F6");
  });
});
