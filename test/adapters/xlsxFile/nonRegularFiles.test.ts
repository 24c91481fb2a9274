/**
 * What a shared folder can hold besides workbooks, named *.xlsx: a FIFO (nobody writing), a
 * device, a symlink to /dev/zero, a socket, a file that claims a size it does not have. Each is
 * refused at once with its sentence, in the reader thread the CLI uses; none blocks a thread or
 * reads past the size limit. POSIX only (FIFOs and sockets), as the CLI's shared folders are.
 */
import { execFileSync } from "node:child_process";
import {
  closeSync,
  constants,
  existsSync,
  mkdtempSync,
  openSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import { open } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { readFilesInThreads } from "../../../src/adapters/xlsxFile/ThreadedFileReader";
import { readLimits } from "../../../src/adapters/xlsxFile/ReadLimits";

const EXAMPLE = path.resolve(__dirname, "../../../examples/kommunledning-it-lista.xlsx");
const posix = process.platform !== "win32";
const describePosix = posix ? describe : describe.skip;

describePosix("readFilesInThreads and paths that are not regular files", () => {
  let dir: string;
  let server: Server | undefined;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "digiportfolj-special-"));
  });
  afterAll(() => {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a FIFO, /dev/zero, a symlink to it and a socket at once, and reads the rest", async () => {
    const fifo = path.join(dir, "ror.xlsx");
    execFileSync("mkfifo", [fifo]);
    const link = path.join(dir, "nollor.xlsx");
    symlinkSync("/dev/zero", link);
    const socket = path.join(dir, "uttag.xlsx");
    server = createServer();
    await new Promise<void>((resolve) => server!.listen(socket, resolve));

    const started = Date.now();
    const outcomes = await readFilesInThreads(
      [
        { name: "ror.xlsx", path: fifo },
        { name: "zero.xlsx", path: "/dev/zero" },
        { name: "nollor.xlsx", path: link },
        { name: "uttag.xlsx", path: socket },
        { name: "lista.xlsx", path: EXAMPLE },
      ],
      { threads: 1, limits: readLimits({ timeoutMs: 20_000 }) }
    );
    // No time limit was needed: nothing waited for a writer or read a device.
    expect(Date.now() - started).toBeLessThan(15_000);
    const refusal = (i: number) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) throw new Error(`${i} was read`);
      return [outcome.error.reason, outcome.error.limit.fileKind, outcome.error.message];
    };
    expect(refusal(0)).toEqual([
      "not_a_regular_file",
      "fifo",
      "”ror.xlsx” är ingen vanlig fil utan en namngiven pipe (FIFO) och läses inte. Digiportfölj läser bara vanliga filer.",
    ]);
    expect(refusal(1).slice(0, 2)).toEqual(["not_a_regular_file", "device"]);
    expect(refusal(2)).toEqual([
      "not_a_regular_file",
      "device",
      "”nollor.xlsx” är ingen vanlig fil utan en enhetsfil och läses inte. Digiportfölj läser bara vanliga filer.",
    ]);
    expect(refusal(3).slice(0, 2)).toEqual(["not_a_regular_file", "socket"]);
    expect(outcomes[4]!.ok).toBe(true);
  });

  it("keeps a folder as “could not be opened”, as before", async () => {
    const [outcome] = await readFilesInThreads([{ name: "mapp.xlsx", path: dir }]);
    expect(outcome!.ok ? "read" : outcome!.error.reason).toBe("file_unavailable");
  });

  const procFile = "/proc/self/status";
  (existsSync(procFile) ? it : it.skip)(
    "stops a file that claims less than it holds one byte past the size limit",
    async () => {
      // /proc files say 0 bytes and hold about a kilobyte.
      const [outcome] = await readFilesInThreads([{ name: "status.xlsx", path: procFile }], {
        limits: readLimits({ maxFileBytes: 100 }),
      });
      expect(outcome!.ok ? "read" : outcome!.error.reason).toBe("too_large");
      expect(!outcome!.ok && outcome!.error.message).toBe(
        "Filen ”status.xlsx” är större än 1 kB, det mesta Digiportfölj läser. Ta bort bilder och blad som inte hör till listan, eller dela upp den."
      );
      // Within the limit it is read whole, whatever it claimed (and refused as text).
      const [whole] = await readFilesInThreads([{ name: "status.xlsx", path: procFile }]);
      expect(whole!.ok ? "read" : whole!.error.reason).toBe("text_file");
    }
  );
});

describePosix("readFilesInThreads when the file system does not answer", () => {
  it("ends a read stuck in an fs call by the time limit, and returns", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "digiportfolj-stuck-"));
    // libuv's pool of threads for fs calls is shared by every thread of the process: four opens
    // of FIFOs nobody writes to fill it, so the reader thread's open waits as on a stalled
    // network drive.
    const size = Number(process.env["UV_THREADPOOL_SIZE"] ?? 4);
    const fifos = Array.from({ length: size }, (_, i) => path.join(dir, `hang${i}`));
    for (const fifo of fifos) execFileSync("mkfifo", [fifo]);
    const stuck = fifos.map((fifo) => open(fifo, "r"));
    try {
      const started = Date.now();
      const outcomes = await readFilesInThreads(
        [
          { name: "a.xlsx", path: EXAMPLE },
          { name: "b.xlsx", path: EXAMPLE },
        ],
        { threads: 1, limits: readLimits({ timeoutMs: 1_000 }) }
      );
      expect(outcomes.map((o) => (o.ok ? "read" : o.error.reason))).toEqual(["timeout", "timeout"]);
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      const writers = fifos.map((fifo) =>
        openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK)
      );
      await Promise.all(stuck.map(async (handle) => (await handle).close()));
      for (const fd of writers) closeSync(fd);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
