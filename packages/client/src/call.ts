import { type OperationId, operationRoutes } from "@twin-chat/api-types";
import { TwinApiError, type TwinError, TwinNetworkError, TwinTimeoutError, TwinValidationError } from "./errors.js";
import type { CallOptions, ResolvedOptions } from "./options.js";
import { retryAfterMs, retryDelay, retryPolicy, sleep } from "./retry.js";
import { timeoutValue } from "./validate.js";

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

const RETRYABLE_STATUS = [429, 503];
const IDEMPOTENT = ["get", "head", "put", "delete", "options"];

/** How one attempt failed: the error to throw, and whether another attempt may help (after `retryAfter` ms). */
interface Failure {
  error: TwinError;
  retryable: boolean;
  retryAfter?: number | undefined;
}

/**
 * Runs `send` once, under a deadline of `timeoutMs` (`AbortSignal.timeout`, joined to the caller's signal), and
 * returns its result when the status is 2xx, or how it failed. Rethrows the caller's abort.
 */
async function attempt<R extends FetchResult>(
  operation: OperationId,
  send: Send<R>,
  init: Omit<AttemptInit, "signal" | "fetch">,
  timeoutMs: number,
  base: (request: Request) => Promise<Response>,
  caller: AbortSignal | undefined,
): Promise<{ result: R } | Failure> {
  const timeout = AbortSignal.timeout(timeoutMs);
  let response: Response | undefined;
  let sent = false;
  const fetch = (request: Request) => {
    sent = true;
    return base(request).then((answer) => (response = answer));
  };
  try {
    const result = await send({ ...init, signal: caller ? AbortSignal.any([caller, timeout]) : timeout, fetch });
    const { status, headers } = result.response;
    if (result.response.ok) return { result };
    return {
      error: new TwinApiError(operation, status, result.error ?? "", result.response),
      retryable: RETRYABLE_STATUS.includes(status),
      retryAfter: retryAfterMs(headers.get("retry-after")),
    };
  } catch (thrown) {
    if (caller?.aborted) throw caller.reason;
    if (!sent) throw new TwinValidationError("request", `could not be built: ${String(thrown)}`);
    if (timeout.aborted) return { error: new TwinTimeoutError(operation, timeoutMs), retryable: false };
    if (response?.ok && thrown instanceof SyntaxError) {
      return {
        error: new TwinApiError(operation, response.status, "", response, "the response body is not JSON"),
        retryable: false,
      };
    }
    return { error: new TwinNetworkError(operation, thrown), retryable: true };
  }
}

/**
 * Calls `operation` through `send` with the client's per-attempt timeout, retry policy and bearer token, as
 * overridden by `init`; resolves to openapi-fetch's result when the status is 2xx, or rejects with a
 * {@link TwinError}. After a 401, the token is refreshed once, shared with every call that got the same 401.
 */
export async function call<R extends FetchResult>(
  config: ResolvedOptions,
  operation: OperationId,
  init: CallOptions | undefined,
  send: Send<R>,
): Promise<R> {
  const { timeoutMs, retry, signal, headers } = init ?? {};
  const timeout = timeoutMs === undefined ? config.timeoutMs : timeoutValue("timeoutMs", timeoutMs);
  const policy = retry === undefined ? config.retry : retryPolicy("retry", retry, config.retry);
  const route = operationRoutes[operation];
  const attempts = policy.nonIdempotent || IDEMPOTENT.includes(route.method) ? policy.attempts : 1;
  const auth = route.bearer ? config.auth : undefined;
  let token = await auth?.token();
  let refreshed = false;
  for (let attemptNo = 1; ; attemptNo++) {
    const outcome = await attempt(
      operation,
      send,
      {
        baseUrl: config.baseUrls[route.host],
        headers: token === undefined ? headers : { ...headers, authorization: `Bearer ${token}` },
      },
      timeout,
      config.fetch,
      signal,
    );
    if ("result" in outcome) return outcome.result;
    const { error, retryable, retryAfter } = outcome;
    if (auth?.refresh && !refreshed && error instanceof TwinApiError && error.status === 401) {
      refreshed = true;
      token = await auth.refresh(token);
      attemptNo--; // a refresh is not a retry
      continue;
    }
    const delay = retryable && attemptNo < attempts ? retryDelay(policy, attemptNo, retryAfter) : undefined;
    if (delay === undefined) throw error;
    await sleep(delay, signal);
  }
}

/** The JSON body of a 2xx result; an empty body is a {@link TwinApiError}, as the spec documents one. */
export function bodyOf<D>(operation: OperationId, { data, response }: { data?: D; response: Response }): D {
  if (data === undefined) {
    throw new TwinApiError(operation, response.status, "", response, "the response body is empty, expected JSON");
  }
  return data;
}

/** Like {@link call}, resolving to the JSON body of the answer (see {@link bodyOf}). */
export async function callJson<D>(
  config: ResolvedOptions,
  operation: OperationId,
  init: CallOptions | undefined,
  send: Send<{ data?: D; error?: unknown; response: Response }>,
): Promise<D> {
  return bodyOf(operation, await call(config, operation, init, send));
}
