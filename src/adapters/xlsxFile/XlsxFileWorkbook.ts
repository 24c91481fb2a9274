/**
 * The workbook port over an .xlsx file on disk (Node: the CLI and tests). Reading and writing
 * bytes live in readXlsx/writeXlsx so the browser can reuse them; this class adds only the file.
 *
 * A source opened with `XlsxFileWorkbook.source(path)` can be read, never written. Any write goes
 * to a temporary file beside the target and is renamed over it, so the old file stays whole if
 * rendering or writing fails half-way, and `read()` never touches what it reads. Importing this
 * module switches SheetJS to Node's zlib (see useNativeInflate).
 */
import { randomBytes } from "node:crypto";
import { readFile, rename, unlink, writeFile } from "node:fs/promises";
import * as path from "node:path";
import type { WorkbookData, WorkbookPort } from "../../domain/ports/WorkbookPort";
import type { WorkbookDescription } from "../../domain/template/WorkbookDescription";
import { readWorkbookBytes } from "./readXlsx";
import { useNativeInflate } from "./useNativeInflate";
import { renderWorkbook } from "./writeXlsx";
import { WorkbookReadError } from "./WorkbookReadError";

// A damaged deflate stream must end in a refusal, not a spinning pure-JS inflate.
useNativeInflate();

export interface XlsxFileWorkbookOptions {
  /** Refuse every write: the file is someone's source workbook. */
  readonly readOnly?: boolean;
}

export class XlsxFileWorkbook implements WorkbookPort {
  readonly filePath: string;
  readonly readOnly: boolean;

  constructor(filePath: string, options: XlsxFileWorkbookOptions = {}) {
    this.filePath = path.resolve(filePath);
    this.readOnly = options.readOnly ?? false;
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
    return readWorkbookBytes(bytes, this.fileName);
  }

  async write(description: WorkbookDescription): Promise<void> {
    if (this.readOnly) {
      throw new Error(
        `${this.fileName} is opened as a source workbook and is never written; write to another file.`
      );
    }
    const bytes = await renderWorkbook(description);
    const dir = path.dirname(this.filePath);
    const temp = path.join(
      dir,
      `.${this.fileName}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
    );
    try {
      await writeFile(temp, bytes, { flag: "wx" });
      await rename(temp, this.filePath);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
  }
}
