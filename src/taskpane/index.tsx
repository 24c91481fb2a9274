import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { OfficeJsWorkbook } from "../adapters/officeJs/OfficeJsWorkbook";
import type { IsSetSupported, SkippableFeature } from "../adapters/officeJs/requirementSets";
import { App } from "./components/App";
import { createWorkerFileReading } from "./files/createWorkerFileReading";
import { type Language, STRINGS, languageFor } from "./i18n";
import { createPaneOperations } from "./operations/createPaneOperations";
import type { PaneOperations } from "./operations/PaneOperations";
import { missingFeatures } from "./presentation/features";
import { unavailableOperations } from "./unavailableOperations";

/** Office's UI language inside Office; the browser's when the pane is opened on its own. */
function uiLanguage(): Language {
  let tag: string | undefined;
  try {
    tag = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  } catch {
    // office.js loaded outside an Office host has no context to ask.
    tag = undefined;
  }
  return languageFor(tag ?? navigator.language);
}

interface Host {
  operations: PaneOperations;
  missing: readonly SkippableFeature[];
}

/** The workbook behind the operations when Excel is there; refusing operations otherwise. */
function connect(language: Language): Host {
  const requirements =
    typeof Office !== "undefined" && typeof Excel !== "undefined"
      ? Office.context?.requirements
      : undefined;
  if (!requirements) {
    return { operations: unavailableOperations(STRINGS[language].common.noExcel), missing: [] };
  }
  const isSetSupported: IsSetSupported = (set, version) =>
    requirements.isSetSupported(set, version);
  const workbook = new OfficeJsWorkbook((batch) => Excel.run(batch), isSetSupported);
  return {
    operations: createPaneOperations(workbook),
    missing: missingFeatures(isSetSupported),
  };
}

function render(container: HTMLElement): void {
  const language = uiLanguage();
  document.documentElement.lang = language;
  const { operations, missing } = connect(language);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App
        strings={STRINGS[language]}
        language={language}
        operations={operations}
        files={createWorkerFileReading()}
        missingFeatures={missing}
      />
    </FluentProvider>
  );
}

const container = document.getElementById("container");
if (container) {
  if (typeof Office === "undefined") {
    // office.js could not load (plain browser offline, tests): render without Office.
    render(container);
  } else {
    Office.onReady(() => render(container));
  }
}
