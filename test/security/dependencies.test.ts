/**
 * What the council installs is exactly what was reviewed: every dependency in package.json is
 * pinned to one version (no ^, ~, *, ranges, tags or URLs), that version is the one installed
 * and the one package-lock.json records, and every runtime dependency is named, with why it is
 * there, in README.md's "Beroenden" table (rows `| \`name\` | version | why |`).
 */
import { existsSync, readFileSync } from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;

const manifest = readJson(path.join(ROOT, "package.json"));
const SECTIONS = ["dependencies", "devDependencies"] as const;
const declared = (section: (typeof SECTIONS)[number]): [string, string][] =>
  Object.entries((manifest[section] ?? {}) as Record<string, string>);

/** An exact semver version: 1.2.3 or 1.2.3-pre.1, nothing before or after. */
const EXACT = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

function installedVersion(name: string): string | null {
  const file = path.join(ROOT, "node_modules", name, "package.json");
  return existsSync(file) ? String(readJson(file)["version"]) : null;
}

/** The package names in the table rows (`| \`name\` |`) of README.md's "Beroenden" section. */
function namesInBeroenden(readme: string): string[] | null {
  const lines = readme.split("\n");
  const start = lines.findIndex((l) => /^#{1,6}\s+Beroenden\s*$/.test(l));
  if (start < 0) return null;
  const level = /^#+/.exec(lines[start]!)![0].length;
  const end = lines.findIndex(
    (l, i) => i > start && /^#{1,6}\s/.test(l) && /^#+/.exec(l)![0].length <= level
  );
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .map((l) => /^\|\s*`([^`]+)`\s*\|/.exec(l)?.[1])
    .filter((n): n is string => n !== undefined);
}

describe.each(SECTIONS)("package.json %s", (section) => {
  const entries = declared(section);

  it("are pinned to exact versions", () => {
    expect(entries.filter(([, range]) => !EXACT.test(range))).toEqual([]);
  });

  it("are installed at exactly the pinned version", () => {
    const differing = entries
      .map(([name, range]) => ({ name, pinned: range, installed: installedVersion(name) }))
      .filter((d) => d.installed !== d.pinned);
    expect(differing).toEqual([]);
  });

  it("are recorded at the same version in package-lock.json", () => {
    const lock = readJson(path.join(ROOT, "package-lock.json")) as {
      packages: Record<string, { version?: string } & Record<string, unknown>>;
    };
    const rootEntry = (lock.packages[""]?.[section] ?? {}) as Record<string, string>;
    const differing = entries
      .map(([name, range]) => ({
        name,
        pinned: range,
        lockRoot: rootEntry[name] ?? null,
        locked: lock.packages[`node_modules/${name}`]?.version ?? null,
      }))
      .filter((d) => d.lockRoot !== d.pinned || d.locked !== d.pinned);
    expect(differing).toEqual([]);
  });
});

describe("README.md", () => {
  it('names every runtime dependency in the table under "Beroenden"', () => {
    const names = namesInBeroenden(readFileSync(path.join(ROOT, "README.md"), "utf8"));
    expect({ heading: names !== null }).toEqual({ heading: true });
    const missing = declared("dependencies")
      .map(([name]) => name)
      .filter((name) => !names!.includes(name));
    expect(missing).toEqual([]);
  });
});
