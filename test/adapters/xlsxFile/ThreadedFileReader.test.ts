import * as XLSX from "@e965/xlsx";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { readFilesInThreads } from "../../../src/adapters/xlsxFile/ThreadedFileReader";
import { readLimits } from "../../../src/adapters/xlsxFile/ReadLimits";

const EXAMPLES = path.resolve(__dirname, "../../../examples");
const example = (name: string) => ({ name, path: path.join(EXAMPLES, name) });
/** One zeroed byte that makes SheetJS's pure-JS inflate spin (see damagedFiles.test.ts). */
const spinning = (): Uint8Array => {
  const bytes = Uint8Array.from(
    readFileSync(path.resolve(__dirname, "../../../../shared/corpus/real-world/wps_fn.xlsx"))
  );
  bytes[9064] = 0;
  return bytes;
};

describe("readFilesInThreads", () => {
  it("reads files in threads, in input order, and reports each refusal with its file", async () => {
    const settled: number[] = [];
    const outcomes = await readFilesInThreads(
      [
        example("samhallsbyggnad-mall.xlsx"),
        { name: "trasig.xlsx", bytes: new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]) },
        { name: "saknas.xlsx", path: path.join(EXAMPLES, "finns-inte.xlsx") },
        example("kommunledning-it-lista.xlsx"),
      ],
      { threads: 2, onSettled: (i) => settled.push(i) }
    );
    expect(settled.sort()).toEqual([0, 1, 2, 3]);
    expect(outcomes.map((o) => (o.ok ? o.workbook.name : o.error.reason))).toEqual([
      "samhallsbyggnad-mall.xlsx",
      "corrupt",
      "file_unavailable",
      "kommunledning-it-lista.xlsx",
    ]);
    const refused = outcomes[1]!;
    expect(!refused.ok && refused.error.message).toContain("”trasig.xlsx”");
  });

  it("stops a file past the time limit and reads the next one in a fresh thread", async () => {
    // 100,000 rows take over a second to read even on a fast machine; a five-cell workbook a few
    // milliseconds. The limit sits far from both.
    const book = (rows: number) => {
      const data = Array.from({ length: rows }, (_, i) => [
        `Initiativ ${i}`,
        "Pågående",
        i * 1000,
        i,
      ]);
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(
        wb,
        XLSX.utils.aoa_to_sheet([["Namn", "Status", "Investering", "Nr"], ...data]),
        "Lista"
      );
      return new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
    };
    const outcomes = await readFilesInThreads(
      [
        { name: "langsam.xlsx", bytes: book(100_000) },
        { name: "liten.xlsx", bytes: book(1) },
      ],
      { threads: 1, limits: readLimits({ timeoutMs: 400 }) }
    );
    const [first, second] = outcomes;
    expect(first!.ok ? "read" : first!.error.reason).toBe("timeout");
    expect(!first!.ok && first!.error.message).toBe(
      "Filen ”langsam.xlsx” tog längre än 0,4 sekunder att läsa och hoppades över. Öppna den i Excel och spara en ny kopia som .xlsx."
    );
    expect(second!.ok && second!.workbook.sheets[0]!.values).toEqual([
      ["Namn", "Status", "Investering", "Nr"],
      ["Initiativ 0", "Pågående", 0, 0],
    ]);
  });

  it("reads a damaged file that would make a browser's inflate spin, at once (native zlib in the thread)", async () => {
    const [outcome] = await readFilesInThreads([{ name: "snurrar.xlsx", bytes: spinning() }], {
      limits: readLimits({ timeoutMs: 10_000 }),
    });
    expect(outcome!.ok ? "read" : outcome!.error.reason).toBe("corrupt");
  });

  it("reports a thread that runs out of memory as reader_crashed, and goes on", async () => {
    const big = readFileSync(path.join(EXAMPLES, "samhallsbyggnad-mall.xlsx"));
    const outcomes = await readFilesInThreads(
      [{ name: "tung.xlsx", bytes: big }, example("utbildning-summarad.xlsx")],
      { threads: 1, maxHeapMb: 1 }
    );
    expect(outcomes.map((o) => (o.ok ? "read" : o.error.reason))).toEqual([
      "reader_crashed",
      "reader_crashed",
    ]);
  });
});

describe("readFilesInThreads and the size limit", () => {
  it("refuses a file past the size limit by its size on disk, naming size and limit", async () => {
    const [outcome] = await readFilesInThreads([example("samhallsbyggnad-mall.xlsx")], {
      limits: readLimits({ maxFileBytes: 20_000 }),
    });
    expect(outcome!.ok ? "read" : outcome!.error.reason).toBe("too_large");
    expect(!outcome!.ok && outcome!.error.message).toBe(
      "Filen ”samhallsbyggnad-mall.xlsx” är 30 kB; Digiportfölj läser filer på högst 20 kB. Ta bort bilder och blad som inte hör till listan, eller dela upp den."
    );
  });
});
