import { TwinError } from "@twin-chat/api-types";

/** The codes of a {@link RealtimeError}, documented with their details in `TwinErrorDetails`. */
export type RealtimeErrorCode = "handshake-refused" | "listener" | "history" | "closed" | "invalid-input";

/** The codes a session reports through its `error` event; the connection carries on unless `status` says otherwise. */
export type RealtimeReportedCode = "handshake-refused" | "listener" | "history";

/** The one error type of this package, a {@link TwinError}; `code` says what went wrong. */
export class RealtimeError<Code extends RealtimeErrorCode = RealtimeErrorCode> extends TwinError<Code> {
  override name = "RealtimeError";

  /**
   * @param code - What went wrong.
   * @param message - What happened, for a person; the cause's message, if any, is appended after a colon.
   * @param cause - The underlying error, if any.
   */
  constructor(code: Code, message: string, cause?: unknown) {
    super(code, cause === undefined ? message : `${message}: ${cause instanceof Error ? cause.message : cause}`, {
      cause,
    });
  }
}

/** A {@link RealtimeError} with code `invalid-input` whose message names `field` and the `rule` it breaks. */
export const invalidInput = (field: string, rule: string) =>
  Object.assign(new RealtimeError("invalid-input", `${field} ${rule}`), { field, rule });
