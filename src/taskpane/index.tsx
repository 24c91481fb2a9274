import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";
import { Language, STRINGS, languageFor } from "./i18n";

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

function render(container: HTMLElement): void {
  const language = uiLanguage();
  document.documentElement.lang = language;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App strings={STRINGS[language]} />
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
