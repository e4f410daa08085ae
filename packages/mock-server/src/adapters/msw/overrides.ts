import type { OperationId, operations } from "@twin-chat/api-types";

type Responses<Op extends OperationId> = operations[Op]["responses"];

/** The statuses a `5XX` entry of the spec stands for. */
export type ServerErrorStatus = 500 | 501 | 502 | 503 | 504;

type StatusOf<Key> = Key extends "5XX" ? ServerErrorStatus : Key extends number ? Key : never;

/** Every status the spec documents for operation `Op` (a `5XX` entry as 500–504). */
export type DocumentedStatus<Op extends OperationId> = StatusOf<keyof Responses<Op>>;

/** The statuses of `Op` that are errors (4xx and 5xx). */
export type ErrorStatus<Op extends OperationId> = {
  [S in DocumentedStatus<Op>]: `${S}` extends `4${string}` | `5${string}` ? S : never;
}[DocumentedStatus<Op>];

type ResponseOf<Op extends OperationId, S> = S extends keyof Responses<Op>
  ? Responses<Op>[S]
  : Responses<Op>["5XX" & keyof Responses<Op>];

/** The JSON body the spec documents for status `S` of `Op`; `never` when that answer has no body. */
export type BodyOf<Op extends OperationId, S> =
  ResponseOf<Op, S> extends { content: { "application/json": infer B } } ? B : never;

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
