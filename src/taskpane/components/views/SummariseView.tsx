import { type ChangeEvent, useRef, useState } from "react";
import { Body1, Button, makeStyles } from "@fluentui/react-components";
import type { Consolidation } from "../../../domain/consolidation/Consolidation";
import type { FileProgress, FileReading, PickedFile } from "../../operations/PaneOperations";
import { summariseConsolidation } from "../../presentation/consolidationSummary";
import { waitingFor } from "../../presentation/fileProgress";
import { ActionButton } from "../ActionButton";
import { FileProgressList } from "../FileProgressList";
import { ConsolidationPreview } from "../ConsolidationPreview";
import { StatusRegion, type StatusMessage } from "../StatusRegion";
import { readAndPreview } from "../readAndPreview";
import { failure, leftOut } from "../statusMessages";
import { useAction } from "../useAction";
import type { ViewProps } from "./ViewProps";
import { useViewStyles } from "../useViewStyles";

const useStyles = makeStyles({
  // Visually hidden but in the page: the button opens it, and browser tests set its files.
  fileInput: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

export interface SummariseViewProps extends ViewProps {
  files: FileReading;
}

type Phase = "idle" | "reading" | "previewing";

/** Sammanställ: read the förvaltningar's workbooks, preview the consolidation, then write it. */
export function SummariseView({ strings, language, operations, files }: SummariseViewProps) {
  const s = strings.summarise;
  const styles = useViewStyles();
  const own = useStyles();
  const inputRef = useRef<HTMLInputElement>(null);
  const abortRef = useRef<AbortController | null>(null);
  const [phase, setPhase] = useState<Phase>("idle");
  const [progress, setProgress] = useState<readonly FileProgress[]>([]);
  const [consolidation, setConsolidation] = useState<Consolidation | null>(null);
  const [readStatus, setReadStatus] = useState<readonly StatusMessage[]>([]);
  const [writeStatus, setWriteStatus] = useState<readonly StatusMessage[]>([]);
  const write = useAction();

  const summary = consolidation ? summariseConsolidation(consolidation, language, s) : null;

  async function consolidate(picked: readonly PickedFile[]) {
    const controller = new AbortController();
    abortRef.current = controller;
    setPhase("reading");
    setConsolidation(null);
    setReadStatus([]);
    setWriteStatus([]);
    setProgress(waitingFor(picked.map((p) => p.name)));
    try {
      const outcome = await readAndPreview({
        picked,
        files,
        operations,
        signal: controller.signal,
        // Copied: a reader that reports the same array, changed, would not re-render.
        onProgress: (p) => setProgress([...p]),
        onPreviewing: () => setPhase("previewing"),
      });
      switch (outcome.kind) {
        case "preview":
          setConsolidation(outcome.consolidation);
          setReadStatus(previewMessages(outcome.consolidation));
          break;
        case "cancelled":
          setReadStatus([{ intent: "info", text: s.cancelled }]);
          break;
        case "readFailed":
          setReadStatus([failure(outcome.error, s.readFailed, strings, language)]);
          break;
        case "previewFailed":
          setReadStatus([failure(outcome.error, s.previewFailed, strings, language)]);
          break;
      }
    } finally {
      abortRef.current = null;
      setPhase("idle");
    }
  }

  function previewMessages(result: Consolidation): StatusMessage[] {
    const counts = summariseConsolidation(result, language, s);
    if (counts.workbooks === 0) return [{ intent: "warning", text: s.nothingRead }];
    const text = [
      `${s.preview(counts.initiatives, counts.workbooks)}.`,
      counts.keptFromEarlier > 0 ? s.keptFromEarlier(counts.keptFromEarlier) : "",
      s.issues(counts.errors, counts.warnings),
    ];
    return [{ intent: "info", text: text.filter(Boolean).join(" ") }];
  }

  function onPicked(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const picked: PickedFile[] = Array.from(input.files ?? [], (file) => ({
      name: file.name,
      bytes: () => file.arrayBuffer(),
    }));
    // Cleared so that picking the same files again (new versions) reads them again.
    input.value = "";
    if (picked.length === 0 || abortRef.current) return;
    void consolidate(picked);
  }

  async function onWrite(current: Consolidation) {
    const outcome = await write.run(() => {
      setWriteStatus([]);
      return operations.writeConsolidation(current);
    });
    if (!outcome) return;
    setWriteStatus(
      outcome.ok
        ? [
            {
              intent: "success",
              text: s.written(outcome.value.sheets.join(", "), outcome.value.carriedOver),
            },
            ...leftOut(outcome.value.skipped, strings),
          ]
        : [failure(outcome.error, s.writeFailed, strings, language)]
    );
  }

  const busy = phase !== "idle";

  return (
    <div className={styles.view}>
      <Body1 as="p" className={styles.muted}>
        {s.intro}
      </Body1>
      <div className={styles.section}>
        <input
          ref={inputRef}
          className={own.fileInput}
          type="file"
          multiple
          accept=".xlsx,.xlsm"
          tabIndex={-1}
          aria-hidden="true"
          aria-label={s.pick}
          onChange={onPicked}
        />
        <ActionButton
          appearance="primary"
          running={busy}
          runningLabel={phase === "reading" ? s.reading : s.previewing}
          disabled={write.running}
          onClick={() => inputRef.current?.click()}
        >
          {s.pick}
        </ActionButton>
        {phase === "reading" && (
          <Button className={styles.start} onClick={() => abortRef.current?.abort()}>
            {s.cancel}
          </Button>
        )}
      </div>
      {progress.length > 0 && (
        <FileProgressList progress={progress} language={language} strings={strings} />
      )}
      <StatusRegion messages={readStatus} />
      {consolidation && summary && (
        <>
          <ConsolidationPreview
            consolidation={consolidation}
            summary={summary}
            strings={strings}
            language={language}
          />
          <div className={styles.section}>
            <ActionButton
              appearance="primary"
              running={write.running}
              runningLabel={s.writing}
              disabled={summary.workbooks === 0 || busy}
              onClick={() => void onWrite(consolidation)}
            >
              {s.write}
            </ActionButton>
            <StatusRegion messages={writeStatus} />
          </div>
        </>
      )}
    </div>
  );
}
