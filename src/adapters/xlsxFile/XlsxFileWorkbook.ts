/**
 * The workbook port over an .xlsx file on disk (Node: the CLI and tests). Reading and writing
 * bytes live in readXlsx/writeXlsx so the browser can reuse them; this class adds only the file.
 *
 * A source opened with `XlsxFileWorkbook.source(path)` can be read, never written. Any write goes
 * to a temporary file beside the target and is renamed over it, so the old file stays whole if
 * rendering or writing fails half-way, and `read()` never touches what it reads. Importing this
 * module switches SheetJS to Node's zlib (see useNativeInflate).
 *
 * `write` replaces the whole file (the port's contract); `update` renders into the file that is
 * there, keeping every sheet the description does not name, and keeps a copy of the old file.
 */
import { constants } from "node:fs";
import { randomBytes } from "node:crypto";
import { copyFile, readFile, rename, unlink, writeFile } from "node:fs/promises";
import * as path from "node:path";
import type { WorkbookData, WorkbookPort } from "../../domain/ports/WorkbookPort";
import type { WorkbookDescription } from "../../domain/template/WorkbookDescription";
import { backupFileName } from "./backupFileName";
import type { UpdateLoss } from "./findUpdateLosses";
import { readWorkbookBytes, type ReadOptions } from "./readXlsx";
import { DEFAULT_READ_LIMITS } from "./ReadLimits";
import { updateWorkbookBytes, type UpdateOptions } from "./updateXlsx";
import { WorkbookUpdateError } from "./WorkbookUpdateError";
import { useNativeInflate } from "./useNativeInflate";
import { renderWorkbook } from "./writeXlsx";
import { WorkbookReadError } from "./WorkbookReadError";

// A damaged deflate stream must end in a refusal, not a spinning pure-JS inflate.
useNativeInflate();

export interface XlsxFileWorkbookOptions extends ReadOptions {
  /** Refuse every write: the file is someone's source workbook. */
  readonly readOnly?: boolean;
}

export interface UpdateFileOptions extends UpdateOptions {
  /** The clock the backup's name is taken from (tests). */
  readonly now?: () => Date;
}

export interface UpdateOutcome {
  /** The copy of the previous file beside it; null when there was no previous file. */
  readonly backupPath: string | null;
  /** What the update lost (only ever non-empty under `force`). */
  readonly losses: readonly UpdateLoss[];
  /** True when the previous file could not be read and, under `force`, a new one was written. */
  readonly rebuilt: boolean;
}

const errorCode = (error: unknown): string | undefined => (error as NodeJS.ErrnoException)?.code;

export class XlsxFileWorkbook implements WorkbookPort {
  readonly filePath: string;
  readonly readOnly: boolean;
  private readonly readOptions: ReadOptions;

  constructor(filePath: string, options: XlsxFileWorkbookOptions = {}) {
    this.filePath = path.resolve(filePath);
    this.readOnly = options.readOnly ?? false;
    this.readOptions =
      options.workOutFormulas === undefined ? {} : { workOutFormulas: options.workOutFormulas };
  }

  /** A workbook we only read from: a förvaltning's list is never modified. */
  static source(filePath: string): XlsxFileWorkbook {
    return new XlsxFileWorkbook(filePath, { readOnly: true });
  }

  get fileName(): string {
    return path.basename(this.filePath);
  }

  async read(): Promise<WorkbookData> {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(this.filePath);
    } catch (cause) {
      throw new WorkbookReadError("file_unavailable", this.fileName, { cause });
    }
    return readWorkbookBytes(bytes, this.fileName, DEFAULT_READ_LIMITS, this.readOptions);
  }

  async write(description: WorkbookDescription): Promise<void> {
    this.refuseIfSource();
    await this.replaceWith(await renderWorkbook(description));
  }

  /**
   * Renders the description into the file that is there (see updateXlsx): the sheets it names
   * are replaced, every other sheet stays. Before the new file is renamed into place the old one
   * is copied beside it (backupFileName). Without a file yet, it is simply written. Throws
   * WorkbookUpdateError before writing anything when the update would lose something, unless
   * `force`.
   */
  async update(
    description: WorkbookDescription,
    options: UpdateFileOptions = {}
  ): Promise<UpdateOutcome> {
    this.refuseIfSource();
    let existing: Uint8Array;
    try {
      existing = await readFile(this.filePath);
    } catch (cause) {
      if (errorCode(cause) !== "ENOENT")
        throw new WorkbookReadError("file_unavailable", this.fileName, { cause });
      await this.write(description);
      return { backupPath: null, losses: [], rebuilt: false };
    }
    const result = await updateWorkbookBytes(existing, description, this.fileName, options);
    const now = options.now?.() ?? new Date();
    const backupPath = await this.replaceWith(result.bytes, now);
    return { backupPath, losses: result.losses, rebuilt: result.rebuilt };
  }

  private refuseIfSource(): void {
    if (this.readOnly) {
      throw new Error(
        `${this.fileName} is opened as a source workbook and is never written; write to another file.`
      );
    }
  }

  /**
   * Writes the bytes to a temporary file beside the target and renames it over the target; with
   * `backupAt`, first copies the target to a backup beside it and returns the backup's path.
   */
  private async replaceWith(bytes: Uint8Array): Promise<null>;
  private async replaceWith(bytes: Uint8Array, backupAt: Date): Promise<string>;
  private async replaceWith(bytes: Uint8Array, backupAt?: Date): Promise<string | null> {
    const dir = path.dirname(this.filePath);
    const temp = path.join(
      dir,
      `.${this.fileName}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
    );
    let backup: string | null = null;
    let renaming = false;
    try {
      await writeFile(temp, bytes, { flag: "wx" });
      if (backupAt) backup = await this.copyToBackup(backupAt);
      renaming = true;
      await rename(temp, this.filePath);
      return backup;
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      // The target is unchanged, so its copy is not needed.
      if (backup !== null) await unlink(backup).catch(() => undefined);
      // Windows refuses to replace a file another program holds open.
      const code = errorCode(error);
      if (renaming && (code === "EBUSY" || code === "EPERM" || code === "EACCES"))
        throw new WorkbookUpdateError("locked", this.fileName, { cause: error });
      throw error;
    }
  }

  private async copyToBackup(at: Date): Promise<string> {
    const dir = path.dirname(this.filePath);
    for (let attempt = 1; ; attempt++) {
      const backup = path.join(dir, backupFileName(this.fileName, at, attempt));
      try {
        await copyFile(this.filePath, backup, constants.COPYFILE_EXCL);
        return backup;
      } catch (error) {
        if (errorCode(error) !== "EEXIST" || attempt >= 100) throw error;
      }
    }
  }
}
