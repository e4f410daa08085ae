import { type OperationId, TwinError, type TwinProblem } from "@twin-chat/api-types";
import { describeProblems } from "./problems.js";

/** The `code` of each error the client throws: `invalid-input`, `api`, `timeout` or `network`. */
export type TwinClientErrorCode = "invalid-input" | "api" | "timeout" | "network";

/** A value given to the client breaks a rule; thrown before any request is sent. */
export class TwinValidationError extends TwinError<"invalid-input"> {
  override name = "TwinValidationError";

  /**
   * @param field - The option, argument or body field at fault, such as `timeoutMs` or `sessionId`.
   * @param rule - What the value must be, such as `must be a non-empty string`.
   */
  constructor(
    readonly field: string,
    readonly rule: string,
  ) {
    super("invalid-input", `${field} ${rule}`);
  }
}

/** The server answered with an error status, or with a success status but a body that is not the documented JSON. */
export class TwinApiError extends TwinError<"api"> {
  override name = "TwinApiError";
  /** Per-field problems read from the body's `details`, in the spec's `ErrorBody` shape (`{ error, details }`). */
  declare readonly problems: TwinProblem[];

  /**
   * @param operation - The operationId of the failed call.
   * @param status - The HTTP status code.
   * @param body - The parsed JSON body, or the raw text when it is not JSON (`""` when empty).
   * @param response - The response, for its headers.
   * @param reason - What was wrong, when the status alone does not say it.
   */
  constructor(
    readonly operation: OperationId,
    readonly status: number,
    readonly body: unknown,
    readonly response: Response,
    reason?: string,
  ) {
    const problems = describeProblems(body);
    const detail = reason ?? problems.summary ?? (response.statusText || "request failed");
    super("api", `${operation}: HTTP ${status} — ${detail}`);
    this.problems = problems.list;
  }
}

/** No complete response arrived within `timeoutMs`. */
export class TwinTimeoutError extends TwinError<"timeout"> {
  override name = "TwinTimeoutError";

  /**
   * @param operation - The operationId of the call that timed out.
   * @param timeoutMs - The timeout that ran out, per attempt.
   */
  constructor(
    readonly operation: OperationId,
    readonly timeoutMs: number,
  ) {
    super("timeout", `${operation}: no complete response within ${timeoutMs} ms`);
  }
}

/** The request could not be sent or its response could not be read: DNS, refused or reset connection, CORS. */
export class TwinNetworkError extends TwinError<"network"> {
  override name = "TwinNetworkError";

  /**
   * @param operation - The operationId of the failed call.
   * @param cause - The error thrown by `fetch`.
   */
  constructor(
    readonly operation: OperationId,
    cause: unknown,
  ) {
    // undici hides the useful part (ECONNREFUSED…) in the cause's cause
    const inner = cause instanceof Error && cause.cause instanceof Error ? `: ${cause.cause.message}` : "";
    super("network", `${operation}: network error — ${cause instanceof Error ? cause.message : cause}${inner}`, {
      cause,
    });
  }
}
