/**
 * Errors shaped like OfficeExtension.Error: `code`, `message`, `debugInfo`, name "RichApi.Error".
 * The adapter branches on `code`, so the codes are the strings Excel uses.
 */

/** Excel.ErrorCodes plus the OfficeExtension codes (ConnectionFailure, PropertyNotLoaded, …). */
export const ErrorCode = {
  accessDenied: "AccessDenied",
  activityLimitReached: "ActivityLimitReached",
  apiNotFound: "ApiNotFound",
  badPassword: "BadPassword",
  conflict: "Conflict",
  connectionFailure: "ConnectionFailure",
  dirtySupportingFormula: "DirtySupportingFormula",
  emptyChartSeries: "EmptyChartSeries",
  filteredRangeConflict: "FilteredRangeConflict",
  formulaLengthExceedsLimit: "FormulaLengthExceedsLimit",
  generalException: "GeneralException",
  inactiveWorkbook: "InactiveWorkbook",
  insertDeleteConflict: "InsertDeleteConflict",
  invalidArgument: "InvalidArgument",
  invalidBinding: "InvalidBinding",
  invalidObjectPath: "InvalidObjectPath",
  invalidOperation: "InvalidOperation",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  invalidReference: "InvalidReference",
  invalidRequestContext: "InvalidRequestContext",
  invalidSelection: "InvalidSelection",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  mergedRangeConflict: "MergedRangeConflict",
  nonBlankCellOffSheet: "NonBlankCellOffSheet",
  notImplemented: "NotImplemented",
  operationCellsExceedLimit: "OperationCellsExceedLimit",
  pivotTableRangeConflict: "PivotTableRangeConflict",
  propertyNotLoaded: "PropertyNotLoaded",
  rangeExceedsLimit: "RangeExceedsLimit",
  requestAborted: "RequestAborted",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  runMustReturnPromise: "RunMustReturnPromise",
  unsupportedFeature: "UnsupportedFeature",
  unsupportedOperation: "UnsupportedOperation",
  unsupportedSheet: "UnsupportedSheet",
  valueNotLoaded: "ValueNotLoaded",
} as const;

export interface DebugInfo {
  code: string;
  message: string;
  /** The failing statement, e.g. "Range.values" (Excel reports something similar). */
  errorLocation?: string;
  /** Emulator extra: index of the failing command within its batch, when known. */
  commandIndex?: number;
}

/** What `OfficeExtension.Error` is in the emulator; `instanceof` works against `OfficeExtension.Error`. */
export class EmulatorError extends Error {
  readonly code: string;
  readonly debugInfo: DebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: EmulatorError | null = null;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
    // Keep `instanceof` working when compiled to ES5-style classes.
    Object.setPrototypeOf(this, new.target.prototype);
  }

  override toString(): string {
    return `${this.name}: ${this.message} (${this.code})`;
  }
}

export function fail(code: string, message: string, location?: string): never {
  throw new EmulatorError(code, message, location);
}

export const messages = {
  protectedSheet:
    "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.",
  shape:
    "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
  propertyNotLoaded: (name: string) =>
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  valueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  unboundedWrite:
    "This operation is not permitted for the current object: cell properties cannot be set on an entire column or row.",
  requestTooLarge: "The request payload size has exceeded the limit.",
  responseTooLarge: "The response payload size has exceeded the limit.",
} as const;
