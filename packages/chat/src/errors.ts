import { TwinError } from "@twin-chat/api-types";

/** What went wrong, for a {@link ChatError}. */
export type ChatErrorCode =
  /** A value given to {@link openChat} or to a method of the chat breaks a rule. */
  | "invalid-input"
  /** The chat was closed (by `close()` or by the server) before the call could do its work. */
  | "closed"
  /** Something that is not a {@link TwinError} was thrown: a bug; `cause` holds it. */
  | "unexpected";

/** The error this package throws itself, a {@link TwinError}; the client's and realtime's errors pass through as they are. */
export class ChatError extends TwinError<ChatErrorCode> {
  override name = "ChatError";
}

/** A {@link ChatError} with code `invalid-input` whose message names `field` and the `rule` it breaks. */
export const invalidInput = (field: string, rule: string): ChatError =>
  new ChatError("invalid-input", `${field} ${rule}`);

/** `error` when it is a {@link TwinError}; otherwise a {@link ChatError} with code `unexpected` around it. */
export const asTwinError = (error: unknown): TwinError =>
  error instanceof TwinError
    ? error
    : new ChatError("unexpected", `unexpected failure: ${String(error)}`, { cause: error });
