/** "busy-loop-on-hang" only tests the time limit: it spins forever on a file named *hang*. */
export type ReaderName =
  | "adapter"
  | "adapter-js-inflate"
  | "sheetjs-lean"
  | "sheetjs-default"
  | "exceljs"
  | "busy-loop-on-hang";

export interface FileReadResult {
  readonly file: string;
  /** read; refused (a WorkbookReadError, or any error for the third-party readers); threw (the adapter threw anything else); crashed; hung. */
  readonly status: "read" | "refused" | "threw" | "crashed" | "hung";
  readonly ms: number;
  readonly sheets?: number;
  readonly reason?: string;
  readonly fileName?: string;
  readonly errorName?: string;
  readonly message?: string;
  readonly messageEn?: string;
}

export function readFilesInWorker(options: {
  reader: ReaderName;
  files: string[];
  timeoutMs?: number;
  maxOldGenerationSizeMb?: number;
}): Promise<FileReadResult[]>;
