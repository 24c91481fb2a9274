/** Where the CLI writes, so tests can capture it. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** The working directory paths are resolved against. */
  readonly cwd: string;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
};

/** Exit statuses shared by every command. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
