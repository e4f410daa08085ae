import { absoluteUrl, type HostName, hosts } from "@twin-chat/api-types";
import { TwinValidationError } from "./errors.js";
import { RETRY_DEFAULTS, type RetryOptions, type RetryPolicy, retryPolicy } from "./retry.js";
import { integerIn } from "./validate.js";

/** A `fetch` as openapi-fetch calls it: one `Request` in, a `Response` out. */
export type FetchLike = (input: Request) => Promise<Response>;

/**
 * Supplies the bearer token for the operations that take one. Called before such a request with
 * `refresh: false`; after a 401, once more with `refresh: true` for a fresh token, and the request is sent again.
 * Calls that get a 401 for the same token share one refresh.
 */
export type TokenProvider = (context: { refresh: boolean }) => string | Promise<string>;

/** Options of {@link createTwinClient}. Every one is optional; the defaults talk to the vendor's production hosts. */
export interface TwinClientOptions {
  /** One origin for every operation, such as the local mock `http://127.0.0.1:4010`. Wins over `baseUrls`. */
  baseUrl?: string;
  /** Base URL per API host (`widget`, `chats`, `files`), for hosts other than the spec's defaults. */
  baseUrls?: Partial<Record<HostName, string>>;
  /** The `fetch` to use. Default: `globalThis.fetch`. */
  fetch?: FetchLike;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Time allowed for one attempt, from sending the request to reading its whole body. Default `30000` ms. */
  timeoutMs?: number;
  /** Retry policy: `false` turns retries off; default retries idempotent calls only (see {@link RetryOptions}). */
  retry?: boolean | RetryOptions;
  /**
   * Bearer token for the operations that accept one (the vendor SDK's operator-side calls), or a function that
   * supplies it. The two calls of the vendor page never send it.
   */
  token?: string | TokenProvider;
}

/** Per-call options of every client method. */
export interface CallOptions {
  /** Aborts the call, retries included; the call then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Time allowed for each attempt of this call; overrides the client's `timeoutMs`. */
  timeoutMs?: number;
  /** Retry policy of this call, merged over the client's. */
  retry?: boolean | RetryOptions;
  /** Headers for this call, merged over the client's. */
  headers?: Record<string, string>;
}

/** Client options after validation, with every default filled in: read-only (its exposed `baseUrls` frozen), read by every call. */
export interface ResolvedOptions {
  readonly baseUrls: Readonly<Record<HostName, string>>;
  readonly fetch: FetchLike;
  readonly headers: Record<string, string> | undefined;
  readonly timeoutMs: number;
  readonly retry: RetryPolicy;
  readonly auth: Auth | undefined;
}

/** The bearer token of the operations that take one; `refresh` only when a provider can give a fresh one. */
export interface Auth {
  token(): string | Promise<string>;
  /** A fresh token in place of `stale`, which got a 401: one refresh for every call that used `stale`. */
  refresh?(stale: string | undefined): Promise<string>;
}

/**
 * Validates {@link TwinClientOptions} once, into the read-only configuration every call reads; throws
 * {@link TwinValidationError} that names the first bad option.
 */
export function resolveOptions(options: TwinClientOptions): ResolvedOptions {
  if (typeof options !== "object" || options === null) {
    throw new TwinValidationError("options", "must be an object");
  }
  const { baseUrl, fetch, token } = options;
  const baseUrls = { ...hosts, ...options.baseUrls };
  // Object.keys types its result string[]; a key that is not a HostName is refused just below
  for (const host of Object.keys(baseUrls) as HostName[]) {
    if (!(host in hosts)) {
      throw new TwinValidationError(`baseUrls.${host}`, `must be one of ${Object.keys(hosts)}`);
    }
    const given = baseUrl ?? options.baseUrls?.[host];
    if (given === undefined) continue;
    const url = absoluteUrl(given);
    const field = baseUrl === undefined ? `baseUrls.${host}` : "baseUrl";
    if (!url || url.search || url.hash) {
      throw new TwinValidationError(
        field,
        `must be an absolute http(s) URL without query, got ${JSON.stringify(given)}`,
      );
    }
    baseUrls[host] = url.href.replace(/\/+$/, ""); // a path, such as a proxy's prefix, is kept
  }
  if (fetch !== undefined && typeof fetch !== "function") {
    throw new TwinValidationError("fetch", `must be a function, got ${typeof fetch}`);
  }
  return {
    ...callConfig({ timeoutMs: 30_000, retry: RETRY_DEFAULTS }, options),
    baseUrls: Object.freeze(baseUrls),
    fetch: fetch ?? ((request: Request) => globalThis.fetch(request)),
    headers: options.headers,
    auth: token === undefined ? undefined : authOf(token),
  };
}

/**
 * The timeout and retry policy of one call: `options` (a call's, or the client's) over `base`, checked by the same
 * rules as the client's options, so that a per-call override is held to them too.
 */
export function callConfig(
  base: Pick<ResolvedOptions, "timeoutMs" | "retry">,
  { timeoutMs, retry }: Pick<CallOptions, "timeoutMs" | "retry">,
): { timeoutMs: number; retry: RetryPolicy } {
  return {
    timeoutMs: integerIn("timeoutMs", timeoutMs ?? base.timeoutMs, 1),
    retry: retryPolicy("retry", retry, base.retry),
  };
}

/** The {@link Auth} of the token option: a fixed non-empty string, or a provider whose refreshes are shared. */
function authOf(token: string | TokenProvider): Auth {
  if (typeof token === "function") {
    let last: { stale: string | undefined; fresh: Promise<string> } | undefined;
    return {
      token: () => token({ refresh: false }),
      refresh(stale) {
        if (last && last.stale === stale) return last.fresh;
        const fresh = Promise.resolve().then(() => token({ refresh: true }));
        fresh.catch(() => {
          if (last?.fresh === fresh) last = undefined; // a failed refresh is not kept
        });
        last = { stale, fresh };
        return fresh;
      },
    };
  }
  if (typeof token !== "string" || token.trim() === "")
    throw new TwinValidationError("token", "must be a non-empty string or a function");
  return { token: () => token };
}
