import type { OperationId } from "@twin-chat/api-types";
import type { BodyOf, DocumentedStatus } from "../../http/operation-types.js";

/** The statuses of `Op` that are errors (4xx and 5xx). */
export type ErrorStatus<Op extends OperationId> = {
  [S in DocumentedStatus<Op>]: `${S}` extends `4${string}` | `5${string}` ? S : never;
}[DocumentedStatus<Op>];

/** A fixed answer for `Op`: one of its documented statuses, with the body the spec gives that status (none for 204). */
export type FixedAnswer<Op extends OperationId> = {
  [S in DocumentedStatus<Op>]: [BodyOf<Op, S>] extends [never]
    ? { status: S; body?: undefined }
    : { status: S; body: BodyOf<Op, S> };
}[DocumentedStatus<Op>];

/**
 * How the handlers answer one operation instead of (or before) the mock. Fields combine: `{ error: 500, times: 2 }`
 * fails the next two calls, then the mock answers again; `{ delayMs: 3000 }` alone slows the mock's own answer.
 */
export interface OperationOverride<Op extends OperationId> {
  /** Wait this long before answering. */
  delayMs?: number;
  /** Answer this instead of the mock: a documented status and its body, typed from the spec. */
  respond?: FixedAnswer<Op>;
  /** Answer this documented error status, with the spec's example body for it. */
  error?: ErrorStatus<Op>;
  /** Apply to the next `times` calls only, then let the mock answer. Default: every call. */
  times?: number;
}

/** One {@link OperationOverride} per operationId of the spec. */
export type OperationOverrides = { [Op in OperationId]?: OperationOverride<Op> };
