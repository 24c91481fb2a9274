/** The task pane's few UI strings, Swedish first; the domain's issue messages live elsewhere. */

export type Language = "sv" | "en";

/** The four views, in the order the user works through them. */
export const VIEW_KEYS = ["template", "check", "prioritise", "summarise"] as const;
export type ViewKey = (typeof VIEW_KEYS)[number];

export interface TaskpaneStrings {
  appTitle: string;
  intro: string;
  viewsLabel: string;
  views: Record<ViewKey, string>;
  comingLater: string;
}

export const STRINGS: Record<Language, TaskpaneStrings> = {
  sv: {
    appTitle: "Digiportfölj",
    intro:
      "Skapa standardmallen, kontrollera inlämnade initiativ, poängsätt och prioritera dem och gör en sammanställning för kommunen.",
    viewsLabel: "Vyer",
    views: {
      template: "Mall",
      check: "Kontrollera",
      prioritise: "Prioritera",
      summarise: "Sammanställ",
    },
    comingLater: "Den här vyn kommer i en senare version.",
  },
  en: {
    appTitle: "Digiportfölj",
    intro:
      "Create the standard template, check submitted initiatives, score and prioritise them, and compile a summary for the municipality.",
    viewsLabel: "Views",
    views: {
      template: "Template",
      check: "Check",
      prioritise: "Prioritise",
      summarise: "Summarise",
    },
    comingLater: "This view comes in a later version.",
  },
};

/** Swedish for any "sv" language tag (sv-SE, sv-FI, …), English for everything else. */
export function languageFor(tag: string | undefined | null): Language {
  return tag && /^sv(?:-|$)/i.test(tag) ? "sv" : "en";
}
