/**
 * Errors shaped like Office.js's OfficeExtension.Error (name, code, message, debugInfo), with the
 * codes and wording Excel uses, so adapter code that branches on `error.code` is exercised.
 */
export class ExcelDoubleError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

export const propertyNotLoaded = (property: string): ExcelDoubleError =>
  new ExcelDoubleError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

export const itemNotFound = (where: string): ExcelDoubleError =>
  new ExcelDoubleError("ItemNotFound", "The requested resource doesn't exist.", where);

export const invalidArgument = (where: string): ExcelDoubleError =>
  new ExcelDoubleError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", where);

export const itemAlreadyExists = (where: string): ExcelDoubleError =>
  new ExcelDoubleError("ItemAlreadyExists", "The resource already exists.", where);

export const invalidOperation = (where: string): ExcelDoubleError =>
  new ExcelDoubleError("InvalidOperation", "The operation attempted is invalid on the object.", where);

export const apiNotFound = (api: string, needs: string): ExcelDoubleError =>
  new ExcelDoubleError("ApiNotFound", `The API you are trying to use could not be found (${api} needs ExcelApi ${needs}).`, api);

export const generalException = (where: string): ExcelDoubleError =>
  new ExcelDoubleError("GeneralException", "There was an internal error while processing the request.", where);

export const payloadTooLarge = (kind: "Request" | "Response", bytes: number, limit: number): ExcelDoubleError =>
  new ExcelDoubleError(
    `${kind}PayloadSizeLimitExceeded`,
    `The ${kind.toLowerCase()} payload size has exceeded the limit (${bytes} > ${limit} bytes).`,
  );

export const invalidRequestContext = (): ExcelDoubleError =>
  new ExcelDoubleError("InvalidRequestContext", "Cannot use the object across different request contexts.");
