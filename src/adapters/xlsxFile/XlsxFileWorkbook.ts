/**
 * The workbook port over an .xlsx file on disk (Node: the CLI and tests). Reading and writing
 * bytes live in readXlsx and write/ (Node only); this class adds only the file.
 *
 * A source opened with `XlsxFileWorkbook.source(path)` can be read, never written. Any write goes
 * to a temporary file beside the target and is renamed over it, so the old file stays whole if
 * rendering or writing fails half-way, and `read()` never touches what it reads. Importing this
 * module switches SheetJS to Node's zlib (see useNativeInflate).
 *
 * `write` replaces the whole file (the port's contract); `update` renders into the file that is
 * there, keeping every sheet the description does not name, and keeps a copy of the old file.
 */
import { readFile } from "node:fs/promises";
import * as path from "node:path";
import type { WorkbookData, WorkbookPort } from "../../domain/ports/WorkbookPort";
import type { WorkbookDescription } from "../../domain/template/WorkbookDescription";
import type { UpdateLoss } from "./updateLoss";
import { readWorkbookBytes, type ReadOptions } from "./readXlsx";
import {
  errorCode,
  FileReplaceError,
  NODE_FILE_SYSTEM,
  replaceFiles,
  type FileReplacement,
  type FileSystem,
} from "./replaceFiles";
import { DEFAULT_READ_LIMITS } from "./ReadLimits";
import { updateWorkbookBytes, type UpdateOptions } from "./write/patchWorkbook";
import { WorkbookUpdateError } from "./WorkbookUpdateError";
import { useNativeInflate } from "./useNativeInflate";
import { renderWorkbook } from "./write/writeWorkbook";
import { WorkbookReadError } from "./WorkbookReadError";

// A damaged deflate stream must end in a refusal, not a spinning pure-JS inflate.
useNativeInflate();

export interface XlsxFileWorkbookOptions extends ReadOptions {
  /** Refuse every write: the file is someone's source workbook. */
  readonly readOnly?: boolean;
  /** The file-system calls writes use (tests make one fail). */
  readonly fileSystem?: FileSystem;
}

export interface UpdateFileOptions extends UpdateOptions {
  /** The clock the backup's name is taken from (tests). */
  readonly now?: () => Date;
}

export interface PreparedUpdate {
  /** The new file, with the backup to keep of the old one. */
  readonly replacement: FileReplacement;
  readonly losses: readonly UpdateLoss[];
  readonly rebuilt: boolean;
}

export interface UpdateOutcome {
  /** The copy of the previous file beside it; null when there was no previous file. */
  readonly backupPath: string | null;
  /** What the update lost (only ever non-empty under `force`). */
  readonly losses: readonly UpdateLoss[];
  /** True when the previous file could not be read and, under `force`, a new one was written. */
  readonly rebuilt: boolean;
}

export class XlsxFileWorkbook implements WorkbookPort {
  readonly filePath: string;
  readonly readOnly: boolean;
  private readonly readOptions: ReadOptions;
  private readonly fileSystem: FileSystem;

  constructor(filePath: string, options: XlsxFileWorkbookOptions = {}) {
    this.filePath = path.resolve(filePath);
    this.readOnly = options.readOnly ?? false;
    this.fileSystem = options.fileSystem ?? NODE_FILE_SYSTEM;
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
    await this.replaceAll([{ path: this.filePath, bytes: await renderWorkbook(description) }]);
  }

  /**
   * Renders the description into the file that is there (see write/patchWorkbook): the sheets it names
   * are replaced, every other sheet stays. Before the new file is renamed into place the old one
   * is copied beside it (backupFileName). Without a file yet, it is simply written. Throws
   * WorkbookUpdateError before writing anything when the update would lose something, unless
   * `force`.
   */
  async update(
    description: WorkbookDescription,
    options: UpdateFileOptions = {}
  ): Promise<UpdateOutcome> {
    const prepared = await this.prepareUpdate(description, options);
    const [backupPath] = await this.replaceAll([prepared.replacement]);
    return { backupPath: backupPath ?? null, losses: prepared.losses, rebuilt: prepared.rebuilt };
  }

  /**
   * The new file's bytes and what writing them loses, without writing anything: the CLI writes
   * them together with its report (replaceFiles), so a failed run leaves both as they were.
   */
  async prepareUpdate(
    description: WorkbookDescription,
    options: UpdateFileOptions = {}
  ): Promise<PreparedUpdate> {
    this.refuseIfSource();
    let existing: Uint8Array;
    try {
      existing = await readFile(this.filePath);
    } catch (cause) {
      if (errorCode(cause) !== "ENOENT")
        throw new WorkbookReadError("file_unavailable", this.fileName, { cause });
      const bytes = await renderWorkbook(description);
      return { replacement: { path: this.filePath, bytes }, losses: [], rebuilt: false };
    }
    const result = await updateWorkbookBytes(existing, description, this.fileName, options);
    return {
      replacement: {
        path: this.filePath,
        bytes: result.bytes,
        backupAt: options.now?.() ?? new Date(),
      },
      losses: result.losses,
      rebuilt: result.rebuilt,
    };
  }

  /** Writes the files in order as one step (replaceFiles); a lock on the workbook is said so. */
  async replaceAll(replacements: readonly FileReplacement[]): Promise<(string | null)[]> {
    this.refuseIfSource();
    try {
      return await replaceFiles(replacements, this.fileSystem);
    } catch (error) {
      // Windows refuses to replace a file another program holds open.
      if (
        error instanceof FileReplaceError &&
        error.step === "replace" &&
        error.target === this.filePath &&
        (error.code === "EBUSY" || error.code === "EPERM" || error.code === "EACCES")
      )
        throw new WorkbookUpdateError("locked", this.fileName, { cause: error.cause });
      throw error;
    }
  }

  private refuseIfSource(): void {
    if (this.readOnly) {
      throw new Error(
        `${this.fileName} is opened as a source workbook and is never written; write to another file.`
      );
    }
  }
}
