import { type OperationId, operationRoutes } from "@twin-chat/api-types";
import { startDeadline } from "./deadline.js";
import { TwinApiError, TwinError, TwinNetworkError, TwinTimeoutError } from "./errors.js";
import type { CallOptions, ResolvedOptions } from "./options.js";
import { isRetryableStatus, mayRetry, retryAfterMs, retryDelay, retryPolicy, sleep } from "./retry.js";
import { timeoutValue } from "./validate.js";

/** What an openapi-fetch call with `parseAs: "text"` resolves to. */
export interface TextResult {
  data?: string;
  error?: unknown;
  response: Response;
}

/** One attempt of a call: sends the request with the given signal and, for operations that take one, bearer token. */
export type Attempt = (signal: AbortSignal, token: string | undefined) => Promise<TextResult>;

/** How one attempt ended when it did not succeed. */
interface Failure {
  error: TwinError;
  retryable: boolean;
  retryAfter?: number | undefined;
}

/** Reads a success body as JSON; an empty or non-JSON body is a {@link TwinApiError}, unless the spec documents none. */
function parseJson(operation: OperationId, response: Response, text: string | undefined): unknown {
  if (operationRoutes[operation].noContent) return undefined;
  if (!text)
    throw new TwinApiError(operation, response.status, "", response, "the response body is empty, expected JSON");
  try {
    return JSON.parse(text);
  } catch {
    throw new TwinApiError(operation, response.status, text, response, "the response body is not JSON");
  }
}

/** Runs one attempt under its own deadline; returns the parsed body or how it failed. Rethrows a caller's abort. */
async function attemptOnce(
  operation: OperationId,
  attempt: Attempt,
  token: string | undefined,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<{ value: unknown } | Failure> {
  const deadline = startDeadline(timeoutMs, signal);
  try {
    const { data, error, response } = await Promise.race([attempt(deadline.signal, token), deadline.expired]);
    if (response.ok) return { value: parseJson(operation, response, data) };
    return {
      error: new TwinApiError(operation, response.status, error ?? "", response),
      retryable: isRetryableStatus(response.status),
      retryAfter: retryAfterMs(response.headers.get("retry-after")),
    };
  } catch (thrown) {
    if (thrown instanceof TwinError) throw thrown;
    if (signal?.aborted) throw signal.reason;
    if (deadline.timedOut) return { error: new TwinTimeoutError(operation, timeoutMs), retryable: false };
    return { error: new TwinNetworkError(operation, thrown), retryable: true };
  } finally {
    deadline.dispose();
  }
}

/**
 * Calls `operation` through `attempt` with the per-attempt timeout and the retry policy of `config`
 * overridden by `init`, and the bearer token where the operation takes one (refreshed once after a 401);
 * resolves to the parsed JSON body (undefined where the spec documents none) or rejects with a {@link TwinError}.
 */
export async function execute(
  config: ResolvedOptions,
  operation: OperationId,
  attempt: Attempt,
  init: CallOptions = {},
): Promise<unknown> {
  const timeoutMs = init.timeoutMs === undefined ? config.timeoutMs : timeoutValue("timeoutMs", init.timeoutMs);
  const policy = init.retry === undefined ? config.retry : retryPolicy("retry", init.retry, config.retry);
  const route = operationRoutes[operation];
  const retries = mayRetry(policy, route.method.toUpperCase());
  const source = route.bearer ? config.token : undefined;
  const provider = typeof source === "function" ? source : undefined;
  let token = typeof source === "function" ? await source({ refresh: false }) : source;
  let refreshed = false;
  for (let attemptNo = 1; ; attemptNo++) {
    const outcome = await attemptOnce(operation, attempt, token, timeoutMs, init.signal);
    if ("value" in outcome) return outcome.value;
    if (provider && !refreshed && outcome.error instanceof TwinApiError && outcome.error.status === 401) {
      refreshed = true;
      token = await provider({ refresh: true });
      attemptNo--; // a refresh is not a retry
      continue;
    }
    const delay =
      retries && outcome.retryable && attemptNo < policy.attempts
        ? retryDelay(policy, attemptNo, outcome.retryAfter)
        : undefined;
    if (delay === undefined) throw outcome.error;
    await sleep(delay, init.signal);
  }
}
