import {
  mayBeRetried,
  type OperationId,
  type OperationRoute,
  type operations,
  type TwinError,
} from "@twin-chat/api-types";
import type { BodySerializer, Client, FetchResponse, ParamsOption, RequestBodyOption } from "openapi-fetch";
import { TwinApiError, TwinNetworkError, TwinTimeoutError, TwinValidationError } from "./errors.js";
import { type CallOptions, callConfig, type ResolvedOptions } from "./options.js";
import { retryAfterMs, retryDelay, sleep } from "./retry.js";
import { pathParam } from "./validate.js";

/**
 * The `params` and `body` of a call of the operation at `R`, typed by openapi-fetch from the spec's `operations`,
 * less the query the client always sends for it (`fixedQuery`, such as `x_widget`); and the `bodySerializer` of a
 * body that is not JSON.
 */
export type OperationInit<R extends OperationRoute> = (
  R extends { fixedQuery: infer Fixed }
    ? Omit<operations[R["id"]], "parameters"> & {
        parameters: Omit<operations[R["id"]]["parameters"], "query"> & {
          query?: Omit<NonNullable<operations[R["id"]]["parameters"]["query"]>, keyof Fixed>;
        };
      }
    : operations[R["id"]]
) extends infer Operation
  ? ParamsOption<Operation> & RequestBodyOption<Operation> & { bodySerializer?: BodySerializer<Operation> }
  : never;

/** What a call of the operation at `R` resolves to: openapi-fetch's response, whose `data` a 2xx answer fills. */
export type OperationResponse<R extends OperationRoute> = FetchResponse<
  operations[R["id"]],
  object,
  `${string}/${string}`
>;

/** Any operation, as openapi-fetch sees it when the route is only known when the call runs. */
interface AnyOperation {
  parameters: { path?: Record<string, string>; query?: Record<string, unknown> };
  requestBody?: { content: Record<string, unknown> };
}

/** Any operation's table, as {@link call} reads it: the query it always sends, if any. */
type AnyRoute = OperationRoute & { fixedQuery?: Record<string, unknown> };

/** The openapi-fetch client as the route tables drive it: any path with any method; {@link call} types each call. */
export type Transport = Client<
  Record<string, Record<"get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace", AnyOperation>>
>;

/**
 * The timeout signal and the request of each attempt in flight. Node 20 collects an `AbortSignal.timeout` that
 * nothing else holds, and its timer never fires; a `fetch` that holds no handle while it waits (a stub may not)
 * would then keep the call waiting for ever. Held here, the timeout fires, and the request passes it on.
 */
const inFlight = new Set<AbortSignal | Request>();

/**
 * The error of an attempt that threw: a timeout, a 2xx answer whose body is not JSON, or a network failure.
 */
function thrownError(
  operation: OperationId,
  thrown: unknown,
  timeout: AbortSignal,
  timeoutMs: number,
  response: Response | undefined,
): TwinError {
  if (timeout.aborted) return new TwinTimeoutError(operation, timeoutMs);
  if (response?.ok && thrown instanceof SyntaxError) {
    return new TwinApiError(operation, response.status, "", response, "the response body is not JSON");
  }
  return new TwinNetworkError(operation, thrown);
}

/**
 * Sends the operation at `route` with `init` through openapi-fetch, with its host, fixed query and bearer token,
 * the client's per-attempt timeout (`AbortSignal.timeout`, joined to the caller's signal) and retry policy, as
 * overridden by `options`; resolves to openapi-fetch's response when the status is 2xx, or rejects with a
 * {@link TwinError}, or with the reason of the caller's abort. Path parameters are checked first. After a 401, the
 * token is refreshed once, shared with every call that got the same 401. Host and token go in as openapi-fetch's
 * per-request `baseUrl` and `headers`, not as middleware: both depend on the operation, the token on the attempt,
 * and a middleware would have to be made per call (for the token, 20 B min+gz more); client-wide headers are its
 * `headers` option.
 */
export function call<R extends OperationRoute>(
  config: ResolvedOptions,
  api: Transport,
  route: R,
  init: OperationInit<R>,
  options?: CallOptions,
): Promise<OperationResponse<R>>;
export async function call(
  config: ResolvedOptions,
  api: Transport,
  route: AnyRoute,
  init: { params?: AnyOperation["parameters"]; body?: unknown },
  options: CallOptions = {},
): Promise<FetchResponse<AnyOperation, object, `${string}/${string}`>> {
  const { signal: caller, headers } = options;
  const { timeoutMs, retry: policy } = callConfig(config, options);
  const { id: operation, fixedQuery } = route;
  for (const [name, value] of Object.entries(init.params?.path ?? {})) pathParam(name, value);
  const params = { ...init.params, query: { ...init.params?.query, ...fixedQuery } };
  const attempts = policy.nonIdempotent || route.idempotent ? policy.attempts : 1;
  const auth = route.bearer ? config.auth : undefined;
  let token = auth && (await auth.token());
  let refreshed = false;
  for (let attempt = 1; ; attempt++) {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = caller ? AbortSignal.any([caller, timeout]) : timeout;
    let response: Response | undefined;
    let sent: Request | undefined;
    let error: TwinError;
    let retryAfter: number | undefined;
    inFlight.add(timeout);
    try {
      const result = await api.request(route.method, route.path, {
        ...init,
        params,
        baseUrl: config.baseUrls[route.host],
        headers: token === undefined ? headers : { ...headers, authorization: `Bearer ${token}` },
        signal,
        fetch: (request: Request) => {
          sent = request;
          inFlight.add(request);
          return config.fetch(request).then((answer) => (response = answer));
        },
      });
      if (result.response.ok) return result;
      const { status } = result.response;
      error = new TwinApiError(operation, status, result.error ?? "", result.response);
      retryAfter = retryAfterMs(result.response.headers.get("retry-after"));
    } catch (thrown) {
      if (caller?.aborted) throw caller.reason;
      if (!sent) throw new TwinValidationError("request", `could not be built: ${String(thrown)}`);
      error = thrownError(operation, thrown, timeout, timeoutMs, response);
    } finally {
      inFlight.delete(timeout);
      if (sent) inFlight.delete(sent);
    }
    if (auth?.refresh && !refreshed && error.code === "api" && error.status === 401) {
      refreshed = true;
      token = await auth.refresh(token);
      attempt--; // a refresh is not a retry
      continue;
    }
    const delay = mayBeRetried(error) && attempt < attempts ? retryDelay(policy, attempt, retryAfter) : undefined;
    if (delay === undefined) throw error;
    await sleep(delay, caller);
  }
}
