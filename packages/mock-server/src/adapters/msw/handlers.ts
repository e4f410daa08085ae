import { request as httpRequest, type IncomingMessage } from "node:http";
import { type HostName, hosts, type OperationId, operationRoutes, realtimeDefaults } from "@twin-chat/api-types";
import { delay, HttpResponse, type HttpResponseResolver, http, passthrough, type RequestHandler } from "msw";
import { withCors } from "../../http/access-rules.js";
import { operationIds } from "../../http/match-route.js";
import { createMockCore, type MockCore } from "../../http/mock-core.js";
import type { MockServer } from "../node-server.js";
import { errorExample } from "./error-examples.js";
import type { OperationOverride, OperationOverrides } from "./overrides.js";

/**
 * What answers the calls no override answers: anything with the mock's `handle(request)` — a running
 * {@link MockServer} (in-process: its sessions and sockets), a bare {@link MockCore}, or {@link forwardTo} a URL.
 */
export interface RequestAnswerer {
  /** Answers one request of the TWIN API as the mock server does. */
  handle(request: Request): Promise<Response>;
}

/** Where the app under test sends each host's calls: one base URL for all (as with the mock), or one per host. */
export type BaseUrls = string | Partial<Record<HostName, string>>;

/** Options of {@link twinHandlers}. */
export interface TwinHandlersOptions {
  /**
   * Answers every call no override answers, from the mock's own session store and scenario engine. Give the
   * {@link MockServer} your app's socket talks to, so that the bot's answers reach it. Default: a new
   * {@link MockCore} (HTTP only: no socket server).
   */
  mock?: RequestAnswerer;
  /** Base URL(s) the app calls, as given to its client. Default: the mock server's `url`, else the spec's hosts. */
  baseUrl?: BaseUrls;
  /** Per-operation answers that take precedence over the mock's. */
  overrides?: OperationOverrides;
}

/** An MSW path for `operation` under the app's base URL: `{sessionId}` becomes `:sessionId`. */
function operationUrl(operation: OperationId, baseUrl: BaseUrls | undefined): string {
  const route = operationRoutes[operation];
  const base = typeof baseUrl === "string" ? baseUrl : (baseUrl?.[route.host] ?? hosts[route.host]);
  return `${trim(base)}${route.path.replace(/\{(\w+)\}/g, ":$1")}`;
}

/** A handler of `operation` that answers with `resolver`. */
const handlerOf = (operation: OperationId, baseUrl: BaseUrls | undefined, resolver: HttpResponseResolver) =>
  http[operationRoutes[operation].method](operationUrl(operation, baseUrl), resolver);

/**
 * MSW request handlers for every operation of the TWIN API. Each call is answered by the mock itself (`mock`):
 * its session store, its scenario's bot and its checks of requests against the spec — not a second
 * implementation. `overrides` take precedence per operation. The realtime channel's requests (`/socket.io/…`
 * under each base URL) pass through to the network, to the mock server's Socket.IO side. Give them to
 * `setupServer` (Node) or `setupWorker` (browser).
 *
 * @example
 * ```ts
 * const mock = await startMockServer({ port: 0 });
 * const server = setupServer(...twinHandlers({ mock }));
 * server.use(overrideOperation("createClientMessage", { error: 500, times: 1 }, { baseUrl: mock.url }));
 * ```
 */
export function twinHandlers(options: TwinHandlersOptions = {}): RequestHandler[] {
  const { mock = createMockCore(), overrides = {} } = options;
  const baseUrl = options.baseUrl ?? ("url" in mock && typeof mock.url === "string" ? mock.url : undefined);
  const overriding = operationIds.flatMap((operation) => overridden(operation, overrides, baseUrl));
  const answering = operationIds.map((operation) =>
    handlerOf(operation, baseUrl, ({ request }) => mock.handle(request)),
  );
  // A page on another origin (jsdom, happy-dom, a browser) asks before a JSON POST: the mock answers its preflight.
  const preflights = [...new Set(operationIds.map((operation) => operationUrl(operation, baseUrl)))].map((url) =>
    http.options(url, ({ request }) => mock.handle(request)),
  );
  const bases = new Set(typeof baseUrl === "string" ? [baseUrl] : Object.values(baseUrl ?? hosts));
  const realtime = [...bases].map((base) => http.all(`${trim(base)}${realtimeDefaults.path}/*`, () => passthrough()));
  return [...overriding, ...answering, ...preflights, ...realtime];
}

/** The handler of `operation`'s override, if `overrides` has one. */
function overridden<Op extends OperationId>(operation: Op, overrides: OperationOverrides, baseUrl?: BaseUrls) {
  const override = overrides[operation];
  return override ? [overrideOperation(operation, override, { baseUrl })] : [];
}

const trim = (url: string) => url.replace(/\/$/, "");

/**
 * One handler that answers `operation` as `override` says, for tests that change a single call:
 * `server.use(overrideOperation("createClientMessage", { error: 500 }))`. Once its `times` are used up, or when it
 * only delays, the next handler (the mock's) answers.
 */
export function overrideOperation<Op extends OperationId>(
  operation: Op,
  override: OperationOverride<Op>,
  options: { baseUrl?: BaseUrls } = {},
): RequestHandler {
  let calls = 0;
  return handlerOf(operation, options.baseUrl, async ({ request }) => {
    if (override.times !== undefined && calls >= override.times) return undefined;
    calls += 1;
    if (override.delayMs !== undefined) await delay(override.delayMs);
    if (override.respond) {
      const { status, body } = override.respond;
      const response = body === undefined ? new HttpResponse(null, { status }) : HttpResponse.json(body, { status });
      return withCors(request, response);
    }
    if (override.error !== undefined) {
      const example = (await errorExample(operation, override.error)) ?? null;
      return withCors(request, HttpResponse.json(example, { status: override.error }));
    }
    return undefined;
  });
}

/**
 * A {@link RequestAnswerer} that sends each call on to a running mock server at `url` (past MSW), for when the
 * mock runs in another process, such as a vitest `globalSetup`. It speaks Node's own HTTP, not the global `fetch`:
 * in jsdom or happy-dom that is the page's, which would treat the call as a cross-origin request of its own.
 */
export function forwardTo(url: string): RequestAnswerer & { url: string } {
  return {
    url,
    handle: async (request) => {
      const { pathname, search } = new URL(request.url);
      const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
      const headers = new Headers(request.headers);
      // What msw's `bypass()` adds, so that MSW lets the call through. MSW cannot take it off a Node request again,
      // so the mock sees it too: beside `*/*` when the call named no type, lest it read as the only type accepted.
      headers.set("accept", `${headers.get("accept") ?? "*/*"}, ${PASSTHROUGH}`);
      return new Promise<Response>((resolve, reject) => {
        const outgoing = httpRequest(
          `${trim(url)}${pathname}${search}`,
          { method: request.method, headers: Object.fromEntries(headers) },
          (incoming) => {
            const chunks: Buffer[] = [];
            incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
            incoming.on("error", reject);
            incoming.on("end", () => resolve(toResponse(incoming, Buffer.concat(chunks))));
          },
        );
        outgoing.on("error", reject);
        outgoing.end(body === undefined ? undefined : Buffer.from(body));
      });
    },
  };
}

/** The `accept` value by which MSW recognises a request that must go to the network (as `bypass()` marks it). */
const PASSTHROUGH = "msw/passthrough";

/** A fetch `Response` of a Node response and its whole body (none for the statuses that cannot have one). */
function toResponse(incoming: IncomingMessage, body: Buffer): Response {
  const headers = new Headers();
  for (let i = 0; i < incoming.rawHeaders.length; i += 2) {
    headers.append(incoming.rawHeaders[i]!, incoming.rawHeaders[i + 1]!);
  }
  const status = incoming.statusCode ?? 502;
  const empty = status === 204 || status === 304 || body.length === 0;
  return new Response(empty ? null : new Uint8Array(body), { status, statusText: incoming.statusMessage, headers });
}
