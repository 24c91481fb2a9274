/**
 * The parse worker's entry (see createWorkerFileReading): SheetJS runs here, off the pane's
 * thread, where a file that makes it spin can be stopped by terminating the worker.
 */
import { handleParseRequest, type ParseRequest } from "./parseProtocol";

// tsconfig types `self` as a Window (DOM lib); in a worker it is the worker's global scope, whose
// postMessage(message) sends to the pane.
self.onmessage = (event: MessageEvent<ParseRequest>) => {
  self.postMessage(handleParseRequest(event.data));
};
