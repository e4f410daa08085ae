import { mayBeRetried, type OperationId, operationCalls, type TwinError } from "@twin-chat/api-types";
import { TwinApiError, TwinNetworkError, TwinTimeoutError, TwinValidationError } from "./errors.js";
import type { CallOptions, ResolvedOptions } from "./options.js";
import { retryAfterMs, retryDelay, retryPolicy, sleep } from "./retry.js";
import { integerIn } from "./validate.js";

/** What the client adds to each openapi-fetch call it makes: the host, the deadline, the headers and the `fetch`. */
export interface AttemptInit {
  baseUrl: string;
  signal: AbortSignal;
  headers: Record<string, string> | undefined;
  fetch: (request: Request) => Promise<Response>;
}

/** What an openapi-fetch call resolves to. */
export interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** Sends one attempt of an operation through openapi-fetch, spreading `init` into its options. */
export type Send<R extends FetchResult> = (init: AttemptInit) => Promise<R>;

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
 * Calls `operation` through `send` with the client's per-attempt timeout (`AbortSignal.timeout`, joined to the
 * caller's signal), retry policy and bearer token, as overridden by `init`; resolves to openapi-fetch's result when
 * the status is 2xx, or rejects with a {@link TwinError}, or with the reason of the caller's abort. After a 401,
 * the token is refreshed once, shared with every call that got the same 401.
 */
export async function call<R extends FetchResult>(
  config: ResolvedOptions,
  operation: OperationId,
  init: CallOptions | undefined,
  send: Send<R>,
): Promise<R> {
  const { timeoutMs = config.timeoutMs, retry, signal: caller, headers } = init ?? {};
  if (timeoutMs !== config.timeoutMs) integerIn("timeoutMs", timeoutMs, 1);
  const policy = retry === undefined ? config.retry : retryPolicy("retry", retry, config.retry);
  const route = operationCalls[operation];
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
      const result = await send({
        baseUrl: config.baseUrls[route.host],
        headers: token === undefined ? headers : { ...headers, authorization: `Bearer ${token}` },
        signal,
        fetch: (request) => {
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

/** The JSON body of a 2xx result; an empty body is a {@link TwinApiError}, as the spec documents one. */
export function bodyOf<D>(operation: OperationId, { data, response }: { data?: D; response: Response }): D {
  if (data === undefined) {
    throw new TwinApiError(operation, response.status, "", response, "the response body is empty, expected JSON");
  }
  return data;
}
