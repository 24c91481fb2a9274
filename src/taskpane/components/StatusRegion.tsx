import { useId } from "react";
import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";

export interface StatusMessage {
  readonly intent: "info" | "success" | "warning" | "error";
  readonly text: string;
  /** Items listed under the text (e.g. the columns added). */
  readonly details?: readonly string[];
}

const useStyles = makeStyles({
  region: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  body: {
    overflowWrap: "anywhere",
  },
  details: {
    margin: `${tokens.spacingVerticalXS} 0 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
  },
});

function Message({ message }: { message: StatusMessage }) {
  const styles = useStyles();
  const bodyId = useId();
  // MessageBar names itself by a title this pane does not use: the text names it instead.
  return (
    <MessageBar intent={message.intent} layout="multiline" aria-labelledby={bodyId}>
      <MessageBarBody id={bodyId} className={styles.body}>
        {message.text}
        {message.details && message.details.length > 0 && (
          <ul className={styles.details}>
            {message.details.map((detail, i) => (
              <li key={i}>{detail}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * Where an action's result or error appears. The region is always in the page, so screen
 * readers announce what is put into it (politely: it never interrupts).
 */
export function StatusRegion({ messages }: { messages: readonly StatusMessage[] }) {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" className={styles.region}>
      {messages.map((message, index) => (
        <Message key={index} message={message} />
      ))}
    </div>
  );
}
