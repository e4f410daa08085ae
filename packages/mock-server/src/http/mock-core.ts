import type { IHttpRequest } from "@stoplight/prism-http";
import { operationRoutes } from "@twin-chat/api-types";
import { controlRoutes } from "../control/http-routes.js";
import { createControl, type MockControl } from "../control/mock-control.js";
import { CONTROL_PREFIX } from "../control/prefix.js";
import { messageOf } from "../error-message.js";
import { createScenarioEngine, type ScenarioEngine } from "../scenario/engine.js";
import { DEFAULT_SCENARIO, type Scenario } from "../scenario/format.js";
import { type Fault, FaultQueue } from "../state/fault-queue.js";
import { FileRegistry } from "../state/file-registry.js";
import { SessionStore } from "../state/session-store.js";
import { type Access, type AccessOptions, resolveAccess } from "./access-rules.js";
import { type AnyExchange, chatBehaviour } from "./chat-behaviour.js";
import { errorResponse, fieldDetails } from "./error-body.js";
import { matchRoute } from "./match-route.js";
import { createPrism, parsePreferences } from "./prism.js";

/** Largest request body the mock reads, as Prism's own server. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** Options of {@link createMockCore}. */
export interface MockCoreOptions extends Pick<AccessOptions, "corsOrigins" | "controlOrigins"> {
  /** How the bot, operators and faults behave. Default: greet, then echo. */
  scenario?: Scenario;
  /** Generate response data from the schemas instead of serving the spec's examples. Default `false`. */
  dynamic?: boolean;
  /** How long the bot or an operator types before each message. Default `25` ms. */
  replyDelayMs?: number;
  /** The base URL clients call, for the URLs of attachments. Default `http://localhost`. */
  origin?: () => string;
  /** Multiplies every `typing`, `delay` and fault `delayMs` of the scenario: `0.01` plays it 100 times faster. Default `1`. */
  timeScale?: number;
}

/**
 * The mock without a network: a WHATWG `fetch` handler over Prism's engine, the session store and the scenario
 * engine. The Node server, MSW handlers and the realtime adapter all sit on one of these.
 */
export interface MockCore {
  /** Answers one request of the TWIN API or of the control API (`/__twin/…`), as the mock server does. */
  handle(request: Request): Promise<Response>;
  /** The control API, in-process. */
  control: MockControl;
  /** The sessions and their messages; subscribe to carry its events elsewhere (as the realtime adapter does). */
  store: SessionStore;
  /** Resolves once Prism's engine is loaded (requests of the API wait for it anyway); rejects if it cannot be. */
  ready: Promise<void>;
  /** Stops every step under way. */
  close(): void;
}

/** The headers without those that describe a body (for an operation that takes none, whose body is ignored). */
function withoutBodyHeaders(headers: Headers): Headers {
  const kept = new Headers(headers);
  for (const name of ["content-type", "content-length", "transfer-encoding"]) kept.delete(name);
  return kept;
}

/** Reads the body up to {@link MAX_BODY_BYTES}: JSON parsed, other types as text; or the error answer. */
async function readBody(request: Request): Promise<{ body: unknown } | { error: Response }> {
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) {
    return { error: errorResponse(413, `The request body is larger than ${MAX_BODY_BYTES} bytes.`) };
  }
  if (text === "") return { body: undefined };
  if (!/json/i.test(request.headers.get("content-type") ?? "")) return { body: text };
  try {
    return { body: JSON.parse(text) };
  } catch (error) {
    return { error: errorResponse(400, "Malformed JSON.", { body: [messageOf(error)] }) };
  }
}

/** The answer of a fault that has a status, after its delay; undefined when it only delays. */
async function faultAnswer(fault: Fault): Promise<Response | undefined> {
  if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
  if (fault.status === undefined && fault.delayMs !== undefined) return undefined;
  const status = fault.status ?? 500;
  if (fault.body !== undefined) return Response.json(fault.body, { status });
  return errorResponse(status, `Injected failure (${status}) of ${fault.operation}.`);
}

/**
 * Creates the mock's core: Prism over spec/openapi.yaml, a session store and a scenario engine, answering each
 * site as `corsOrigins` and `controlOrigins` allow (a `MockOptionError` names a bad one).
 */
export function createMockCore(options: MockCoreOptions = {}): MockCore {
  return createCore(options, resolveAccess(options));
}

/** {@link createMockCore} with access rules already resolved (the server resolves them once, for all its parts). */
export function createCore(options: MockCoreOptions, access: Access): MockCore {
  const { scenario = DEFAULT_SCENARIO, replyDelayMs = 25, origin = () => "http://localhost", timeScale } = options;
  const store = new SessionStore();
  const faults = new FaultQueue();
  const files = new FileRegistry(`${CONTROL_PREFIX}/files`);
  const engine: ScenarioEngine = createScenarioEngine(scenario, {
    store,
    faults,
    files,
    replyDelayMs,
    origin,
    timeScale,
  });
  const control = createControl({ store, faults, files, engine, origin });
  // The operations load while the server starts listening; requests of the API wait for them.
  const prism = createPrism({ dynamic: options.dynamic ?? false });
  prism.catch(() => undefined); // reported to each request that needs it
  const afterPrism = chatBehaviour(store, engine);
  const controlHandler = controlRoutes(control, files, { scenario, store });

  async function answer(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === CONTROL_PREFIX || url.pathname.startsWith(`${CONTROL_PREFIX}/`)) {
      return controlHandler(request, url);
    }
    try {
      decodeURIComponent(url.pathname);
    } catch {
      return errorResponse(400, "Malformed URL.", { path: ["has a malformed percent-encoding"] });
    }
    const route = matchRoute(request.method.toLowerCase(), url.pathname);
    const fault = route && faults.take(route.operation, route.params.sessionId);
    const injected = fault && (await faultAnswer(fault));
    if (injected) return injected;
    const ignoresBody = route !== undefined && !(await prism).takesBody(route.operation);
    const read = ignoresBody ? { body: undefined } : await readBody(request);
    if ("error" in read) return read.error;
    if (read.body === null && route && operationRoutes[route.operation].method !== "get") {
      return errorResponse(422, "The given data was invalid.", { body: ["must be an object, not null"] });
    }
    let preferences: ReturnType<typeof parsePreferences>;
    try {
      preferences = parsePreferences(request.headers.get("prefer"));
    } catch (error) {
      return errorResponse(400, "Invalid Prefer header.", { Prefer: [messageOf(error)] });
    }
    const query: Record<string, string | string[]> = {};
    for (const key of new Set(url.searchParams.keys())) {
      const values = url.searchParams.getAll(key);
      const [only] = values;
      query[key] = values.length === 1 && only !== undefined ? only : values;
    }
    const input: IHttpRequest = {
      // Prism's type names the methods of OpenAPI; it answers any other with 405 (404 on an unknown path), as it should.
      method: request.method.toLowerCase() as IHttpRequest["method"],
      url: { path: url.pathname, query },
      headers: Object.fromEntries(ignoresBody ? withoutBodyHeaders(request.headers) : request.headers),
      body: read.body,
    };
    const result = await (await prism).answer(input, preferences);
    if (!result.ok) return errorResponse(result.status, `${result.title}: ${result.detail}`);
    if (result.violations.length > 0 && result.statusCode >= 400) {
      return errorResponse(result.statusCode, "The given data was invalid.", fieldDetails(result.violations));
    }
    if (route && result.statusCode < 300) {
      const exchange = { ...route, body: read.body, query, answer: result };
      // Prism checked the request against the spec (a violation is answered above) and made the answer from it.
      afterPrism(exchange as AnyExchange);
    }
    const headers = new Headers(result.headers);
    const { statusCode: status, body } = result;
    if (body === undefined) return new Response(null, { status, headers });
    const type = headers.get("content-type");
    if (typeof body === "string" && !/json/i.test(type ?? "")) return new Response(body, { status, headers });
    headers.set("content-type", type ?? "application/json");
    return new Response(JSON.stringify(body), { status, headers });
  }

  return {
    control,
    store,
    ready: prism.then(() => undefined),
    handle: (request) => access.guard(request, answer),
    close: () => engine.cancel(),
  };
}
