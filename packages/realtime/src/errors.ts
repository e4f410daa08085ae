import { TwinError } from "@twin-chat/api-types";

/** What went wrong, for a {@link RealtimeError}. */
export type RealtimeErrorCode =
  /** The server refused the handshake (no or bad session id); the session is closed and will not retry. */
  | "handshake-refused"
  /** An app listener threw; the connection carries on. */
  | "listener"
  /** Reading the HTTP history to catch up failed, retries included; a `gap` event follows. */
  | "history"
  /** The session closed (by `close()` or the server) before what was awaited happened. */
  | "closed"
  /** A value given to {@link connectSession} breaks a rule. */
  | "invalid-input";

/** The one error type of this package, a {@link TwinError}; `code` says what went wrong. */
export class RealtimeError extends TwinError<RealtimeErrorCode> {
  override name = "RealtimeError";

  /**
   * @param code - What went wrong.
   * @param message - What happened, for a person.
   * @param cause - The underlying error, if any.
   */
  constructor(code: RealtimeErrorCode, message: string, cause?: unknown) {
    super(code, message, { cause });
  }
}
