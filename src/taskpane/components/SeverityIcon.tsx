import type { Severity } from "../../domain/issues";
import { tokens } from "@fluentui/react-components";

/** A small icon beside the severity's text (decorative: the text says it). */
export function SeverityIcon({ severity }: { severity: Severity }) {
  return severity === "error" ? (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7" style={{ fill: tokens.colorStatusDangerForeground1 }} />
      <path
        d="M5.5 5.5l5 5M10.5 5.5l-5 5"
        style={{ stroke: tokens.colorNeutralForegroundInverted }}
        strokeWidth="1.6"
        strokeLinecap="round"
      />
    </svg>
  ) : (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M8 1.5L15 14.5H1z" style={{ fill: tokens.colorStatusWarningBorderActive }} />
      <path
        d="M8 6v4"
        style={{ stroke: tokens.colorNeutralForeground1 }}
        strokeWidth="1.6"
        strokeLinecap="round"
      />
      <circle cx="8" cy="12.2" r="0.9" style={{ fill: tokens.colorNeutralForeground1 }} />
    </svg>
  );
}
