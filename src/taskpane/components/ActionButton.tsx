import type { ReactNode } from "react";
import { Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  button: {
    maxWidth: "100%",
    textAlign: "start",
  },
});

export interface ActionButtonProps {
  children: ReactNode;
  /** Shown beside the spinner while the action runs: "Kontrollerar arbetsboken…". */
  runningLabel: string;
  running: boolean;
  onClick: () => void;
  appearance?: "primary" | "secondary";
  /** Disabled for another reason than running (e.g. nothing to write). */
  disabled?: boolean;
}

/**
 * A button for an async action. While it runs the button stays focusable but disabled
 * (aria-disabled), so keyboard users keep their place, and a spinner says what is happening.
 */
export function ActionButton({
  children,
  runningLabel,
  running,
  onClick,
  appearance = "secondary",
  disabled = false,
}: ActionButtonProps) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Button
        className={styles.button}
        appearance={appearance}
        disabled={disabled && !running}
        disabledFocusable={running}
        onClick={onClick}
      >
        {children}
      </Button>
      {running && <Spinner size="tiny" label={runningLabel} />}
    </div>
  );
}
