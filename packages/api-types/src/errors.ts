import type { OperationId } from "./generated/operations.js";

/** One problem the server reported about a field of the request. */
export interface TwinProblem {
  /** Dotted path of the field, such as `sessionTtl` or `clientMetadata.var1`; `body` for the body as a whole. */
  field: string;
  /** What is wrong with it, in the server's words. */
  message: string;
}

/** One thing wrong in a scenario of the mock server: where (a JSON pointer such as `/rules/0/match`) and which rule it breaks. */
export interface ScenarioProblem {
  /** A JSON pointer to the value at fault, such as `/rules/0/match`; `""` for the whole scenario. */
  path: string;
  /** The rule it breaks. */
  message: string;
}

/**
 * What an error of each code carries besides `code`, `message` and `cause`, keyed by code: the one list of the codes
 * that any twin-chat package throws or reports. After `isTwinError(error)` (or `error instanceof TwinError`),
 * `switch (error.code)` narrows `error` to the fields listed here. Codes are stable across releases.
 */
export interface TwinErrorDetails {
  /** A value given to a function, an option or a body field breaks a rule; nothing was sent. */
  "invalid-input": {
    /** The option, argument or body field at fault, such as `timeoutMs` or `sessionId`. */
    readonly field: string;
    /** What the value must be, such as `must be a non-empty string`. */
    readonly rule: string;
  };
  /** The server answered with an error status, or with a success status but a body that is not the documented JSON. */
  api: {
    /** The operationId of the failed call. */
    readonly operation: OperationId;
    /** The HTTP status code. */
    readonly status: number;
    /** The parsed JSON body, or the raw text when it is not JSON (`""` when empty). */
    readonly body: unknown;
    /** Per-field problems read from the body's `details`, in the spec's `ErrorBody` shape (`{ error, details }`). */
    readonly problems: TwinProblem[];
    /** The response, for its headers. */
    readonly response: Response;
  };
  /** No complete response arrived within `timeoutMs`; the request may have reached the server. */
  timeout: {
    /** The operationId of the call that timed out. */
    readonly operation: OperationId;
    /** The timeout that ran out, per attempt. */
    readonly timeoutMs: number;
  };
  /** The request could not be sent or its response could not be read (DNS, refused or reset connection, CORS); `cause` holds what `fetch` threw. */
  network: {
    /** The operationId of the failed call. */
    readonly operation: OperationId;
  };
  /** The server refused the realtime handshake (no or bad session id); the session is closed and will not retry. */
  "handshake-refused": Record<never, never>;
  /** An app listener threw; the connection carries on; `cause` holds what it threw. */
  listener: Record<never, never>;
  /** Reading the HTTP history to catch up failed, retries included; `cause` holds why. A `gap` event follows. */
  history: Record<never, never>;
  /** The session or the chat closed (by `close()` or by the server) before the call could do its work. */
  closed: Record<never, never>;
  /**
   * The chat's `storage` threw (quota, private mode) or held something else, and the chat goes on without keeping
   * unsent messages; or a message kept across a reload lost its files, which were not uploaded yet.
   */
  storage: Record<never, never>;
  /** Something that is not a twin-chat error was thrown: a bug; `cause` holds it. */
  unexpected: Record<never, never>;
  /** The mock server's port is taken. */
  "port-in-use": {
    /** The port that is in use. */
    readonly port: number;
  };
  /** A mock-server scenario file cannot be read or breaks `scenario.schema.json`; the message names each field and its rule. */
  "invalid-scenario": {
    /** The file or bundled name. */
    readonly source: string;
    /** What is wrong, one entry per field. */
    readonly problems: ScenarioProblem[];
  };
  /** An attribute or property of the `<twin-chat>` element breaks a rule; the message names it and the rule. */
  "invalid-attribute": {
    /** The attribute at fault, such as `base-url`. */
    readonly attribute: string;
  };
}

/** The `code` of every error any twin-chat package throws or reports; {@link TwinErrorDetails} documents each one. */
export type TwinErrorCode = keyof TwinErrorDetails;

/** The fields every twin-chat error has: an `Error` with a stable `code`. */
export interface TwinErrorBase<Code extends TwinErrorCode> extends Error {
  /** The stable, machine-readable kind of error, such as `timeout` or `handshake-refused`. */
  readonly code: Code;
}

/**
 * An error of one of the twin-chat packages, typed as the union of its codes, each with its details: after
 * `isTwinError(error)` or `error instanceof TwinError`, `switch (error.code)` narrows (`case "api"` gives `status`,
 * `problems`…). `TwinError<"api" | "timeout">` is the union of those codes only.
 */
export type TwinError<Code extends TwinErrorCode = TwinErrorCode> = {
  [C in Code]: TwinErrorBase<C> & TwinErrorDetails[C];
}[Code];

/**
 * The `TwinError` class: each package extends it (`class TwinApiError extends TwinError<"api">`), giving its
 * errors their details. `instanceof TwinError` narrows to the union type `TwinError`; it checks the prototype chain,
 * so it holds for errors made by the same copy of this package. Where an ESM and a CommonJS copy may meet (an app
 * bundling one and a library requiring the other), use {@link isTwinError}, which holds across copies.
 */
export interface TwinErrorConstructor {
  /**
   * Makes an error of `code`; a subclass adds the details of its code (see {@link TwinErrorDetails}).
   *
   * @param code - The stable, machine-readable kind of error, such as `timeout` or `handshake-refused`.
   * @param message - What happened, for a person.
   * @param options - The underlying error, as `cause`.
   */
  new <Code extends TwinErrorCode>(code: Code, message: string, options?: ErrorOptions): TwinErrorBase<Code>;
  /** Typed as every error of the packages, so that `instanceof TwinError` narrows to the union of codes. */
  readonly prototype: TwinError;
}

/**
 * The key that marks every twin-chat error, whichever copy or build of this package made it: the ESM and the CommonJS
 * build, or two installed versions, each have their own `TwinError` class but share this key. A string key is as
 * shared as a `Symbol.for` one, and costs fewer bytes in every bundle.
 */
const brand = "twin-chat.error";

/**
 * Whether `value` is a twin-chat error (of `code`, when given), made by any copy of this package, ESM or CommonJS;
 * narrows it to the type `TwinError`, so that `switch (value.code)` gives each code's details.
 */
export function isTwinError<Code extends TwinErrorCode = TwinErrorCode>(
  value: unknown,
  code?: Code,
): value is TwinError<Code> {
  return (
    typeof value === "object" &&
    value !== null &&
    brand in value &&
    (code === undefined || ("code" in value && value.code === code))
  );
}

/**
 * The root of every error the twin-chat packages throw. `instanceof TwinError` narrows to the union type `TwinError`
 * for errors of the same copy of this package; across an ESM and a CommonJS copy, use {@link isTwinError}.
 */
export const TwinError: TwinErrorConstructor = class TwinError<Code extends TwinErrorCode> extends Error {
  override name = "TwinError";

  constructor(
    readonly code: Code,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }

  /** The brand {@link isTwinError} looks for: a method, so that it sits on the prototype, neither enumerated nor printed. */
  [brand](): void {}
};

/** HTTP statuses after which a request may be sent again: the server asks to wait (`429`) or is unavailable (`503`). */
const RETRYABLE_STATUS: readonly number[] = [429, 503];

/**
 * Whether a retry policy may send the request that failed with `error` again: a `network` error, or an `api` error
 * with status `429` or `503`. A `timeout` is not retried (the request may still be running on the server).
 */
export function mayBeRetried(error: TwinError): boolean {
  return error.code === "network" || (error.code === "api" && RETRYABLE_STATUS.includes(error.status));
}

/**
 * Whether the request that failed with `error` may still have reached the server (a `timeout`, a `network` error, an
 * `api` error with a 5xx status), so that a retry of a send must look for it first.
 */
export function mayHaveReachedServer(error: TwinError | undefined): boolean {
  return error?.code === "timeout" || error?.code === "network" || (error?.code === "api" && error.status >= 500);
}
