import { isTwinError, TwinError } from "@twin-chat/api-types";

/** The codes of a {@link ChatError}, documented with their details in `TwinErrorDetails`. */
export type ChatErrorCode = "invalid-input" | "closed" | "storage" | "unexpected";

/** The error this package throws itself, a {@link TwinError}; the client's and realtime's errors pass through as they are. */
export class ChatError<Code extends ChatErrorCode = ChatErrorCode> extends TwinError<Code> {
  override name = "ChatError";
}

/** A {@link ChatError} with code `invalid-input` whose message names `field` and the `rule` it breaks. */
export const invalidInput = (field: string, rule: string) =>
  Object.assign(new ChatError("invalid-input", `${field} ${rule}`), { field, rule });

/** `error` when it is a {@link TwinError}; otherwise a {@link ChatError} with code `unexpected` around it. */
export const asTwinError = (error: unknown): TwinError =>
  isTwinError(error) ? error : new ChatError("unexpected", `unexpected failure: ${String(error)}`, { cause: error });
