import type { OperationId, operations } from "@twin-chat/api-types";

type Responses<Op extends OperationId> = operations[Op]["responses"];

/** The statuses a `5XX` entry of the spec stands for. */
export type ServerErrorStatus = 500 | 501 | 502 | 503 | 504;

type StatusOf<Key> = Key extends "5XX" ? ServerErrorStatus : Key extends number ? Key : never;

/** Every status the spec documents for operation `Op` (a `5XX` entry as 500–504). */
export type DocumentedStatus<Op extends OperationId> = StatusOf<keyof Responses<Op>>;

type ResponseOf<Op extends OperationId, S> = S extends keyof Responses<Op>
  ? Responses<Op>[S]
  : Responses<Op>["5XX" & keyof Responses<Op>];

/** The JSON body the spec documents for status `S` of `Op`; `never` when that answer has no body. */
export type BodyOf<Op extends OperationId, S> =
  ResponseOf<Op, S> extends { content: { "application/json": infer B } } ? B : never;

/** The JSON body of a successful (2xx) answer of `Op`; `never` when it has none. */
export type SuccessBodyOf<Op extends OperationId> = BodyOf<
  Op,
  Extract<DocumentedStatus<Op>, 200 | 201 | 202 | 203 | 206>
>;

/** The JSON request body the spec documents for `Op`: `undefined` when it is optional, `never` when it has none. */
export type RequestBodyOf<Op extends OperationId> = operations[Op] extends { requestBody?: infer Body }
  ?
      | (NonNullable<Body> extends { content: { "application/json": infer B } } ? B : never)
      | (undefined extends Body ? undefined : never)
  : never;
