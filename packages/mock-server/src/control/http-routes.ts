import scenarioSchema from "../../scenario.schema.json" with { type: "json" };
import { consolePage, consoleScript } from "../console/assets.js";
import { messageOf } from "../error-message.js";
import type { paths } from "../generated/control.js";
import { errorResponse, type FieldDetails, groupDetails } from "../http/error-body.js";
import type { Scenario } from "../scenario/format.js";
import { type ControlBody, checkControlBody, controlOpenApiText, type SchemaProblem } from "../schemas/validator.js";
import type { Fault } from "../state/fault-queue.js";
import type { FileRegistry } from "../state/file-registry.js";
import type { SessionStore, StoreEvent } from "../state/session-store.js";
import type { MockControl } from "./mock-control.js";
import { CONTROL_PREFIX } from "./prefix.js";

/** What the control routes serve besides the control API. */
export interface ControlRoutesOptions {
  scenario: Scenario;
  store: SessionStore;
}

/** Answers a request of a route; `id` is the route's one path parameter, decoded (empty when it has none). */
type Handler = (request: Request, id: string) => Promise<Response> | Response;

/** Does `action`, then answers 204. */
function done(action: () => void): Response {
  action();
  return new Response(null, { status: 204 });
}

/** The problems grouped by field as the spec's `ErrorBody.details` names them: dotted (`steps.0.say`), `body` for the whole. */
const detailsOf = (problems: SchemaProblem[]): FieldDetails =>
  groupDetails(problems.map((p) => [p.path.slice(1).replaceAll("/", ".") || "body", p.message]));

/**
 * Reads a JSON body (`{}` when it is `optional` and empty) and checks it against the control document's schema for
 * `method` on `path`; or the error answer.
 */
async function jsonBody<P extends keyof paths, M extends keyof paths[P] & string>(
  request: Request,
  path: P,
  method: M,
  optional = false,
): Promise<ControlBody<P, M> | Response> {
  const text = await request.text();
  let body: unknown = {};
  try {
    if (text !== "" || !optional) body = JSON.parse(text);
  } catch (error) {
    return errorResponse(400, "Malformed JSON.", { body: [messageOf(error)] });
  }
  const checked = checkControlBody(path, method, body);
  return checked.ok ? checked.value : errorResponse(422, "The given data was invalid.", detailsOf(checked.problems));
}

/** A server-sent event line pair for one store event. */
function sseLine(event: StoreEvent, control: MockControl): string {
  const data =
    event.type === "session"
      ? control.sessions().find((s) => s.id === event.session.id)
      : event.type === "message"
        ? event.message
        : event.type === "typing"
          ? event.typing
          : event.type === "read"
            ? event.read
            : event.type === "closed"
              ? event.closed
              : event.type === "drop"
                ? { sessionId: event.sessionId }
                : {};
  return `event: ${event.type}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** Streams the store's events to one console until the request is aborted. */
function eventStream(request: Request, store: SessionStore, control: MockControl): Response {
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const encoder = new TextEncoder();
      controller.enqueue(encoder.encode(": connected\n\n"));
      stop = store.subscribe((event) => controller.enqueue(encoder.encode(sseLine(event, control))));
      request.signal.addEventListener("abort", () => {
        stop();
        controller.close();
      });
    },
    cancel: () => stop(),
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" },
  });
}

/**
 * The routes under `/__twin`: the console page, the control API's OpenAPI document, the scenario schema, the
 * files messages attach, and the control API itself under `/__twin/api/`.
 */
export function controlRoutes(control: MockControl, files: FileRegistry, options: ControlRoutesOptions) {
  const routes: [method: string, pattern: RegExp, handler: Handler][] = [
    [
      "GET",
      /^\/?$/,
      () => new Response(consolePage(options.scenario), { headers: { "content-type": "text/html; charset=utf-8" } }),
    ],
    [
      "GET",
      /^\/console\.js$/,
      async () =>
        new Response(await consoleScript(), { headers: { "content-type": "text/javascript; charset=utf-8" } }),
    ],
    [
      "GET",
      /^\/openapi\.yaml$/,
      () => new Response(controlOpenApiText(), { headers: { "content-type": "application/yaml" } }),
    ],
    ["GET", /^\/scenario\.schema\.json$/, () => Response.json(scenarioSchema)],
    [
      "GET",
      /^\/files\/([^/]+)\/[^/]+$/,
      async (_, id) => {
        const file = await files.read(id);
        if (!file) return errorResponse(404, "No such file.");
        return new Response(file.body, { headers: { "content-type": file.contentType } });
      },
    ],
    ["GET", /^\/api\/sessions$/, () => Response.json({ items: control.sessions() })],
    ["GET", /^\/api\/sessions\/([^/]+)\/messages$/, (_, id) => Response.json({ items: control.conversation(id) })],
    [
      "POST",
      /^\/api\/sessions\/([^/]+)\/messages$/,
      async (request, id) => {
        const body = await jsonBody(request, "/api/sessions/{sessionId}/messages", "post");
        if (body instanceof Response) return body;
        const { as, name, ...message } = body;
        return Response.json(control.say(id, message, { as, name }), { status: 201 });
      },
    ],
    [
      "POST",
      /^\/api\/sessions\/([^/]+)\/typing$/,
      async (request, id) => {
        const body = await jsonBody(request, "/api/sessions/{sessionId}/typing", "post");
        if (body instanceof Response) return body;
        return done(() => control.typing(id, body.isTyping, body));
      },
    ],
    [
      "POST",
      /^\/api\/sessions\/([^/]+)\/steps$/,
      async (request, id) => {
        const body = await jsonBody(request, "/api/sessions/{sessionId}/steps", "post");
        if (body instanceof Response) return body;
        void control.play(id, body.steps).catch(() => undefined);
        return new Response(null, { status: 202 });
      },
    ],
    [
      "POST",
      /^\/api\/sessions\/([^/]+)\/close$/,
      async (request, id) => {
        const body = await jsonBody(request, "/api/sessions/{sessionId}/close", "post", true);
        if (body instanceof Response) return body;
        return done(() => control.close(id, body.reason));
      },
    ],
    ["POST", /^\/api\/sessions\/([^/]+)\/drop$/, (_, id) => done(() => control.drop(id))],
    ["GET", /^\/api\/faults$/, () => Response.json({ items: control.faults() })],
    [
      "POST",
      /^\/api\/faults$/,
      async (request) => {
        const body = await jsonBody(request, "/api/faults", "post");
        if (body instanceof Response) return body;
        const fault: Fault = control.fail(body);
        return Response.json(fault, { status: 201 });
      },
    ],
    ["POST", /^\/api\/reset$/, () => done(() => control.reset())],
    ["GET", /^\/api\/events$/, (request) => eventStream(request, options.store, control)],
  ];

  return async function handle(request: Request, url: URL): Promise<Response> {
    const path = url.pathname.slice(CONTROL_PREFIX.length);
    const matching = routes.filter(([, pattern]) => pattern.test(path));
    const route = matching.find(([method]) => method === request.method);
    if (!route) {
      return matching.length > 0
        ? errorResponse(405, `${request.method} is not allowed on ${url.pathname}.`)
        : errorResponse(404, `No control route ${url.pathname}; see ${CONTROL_PREFIX}/openapi.yaml.`);
    }
    const [, id = ""] = route[1].exec(path) ?? [];
    return route[2](request, decodeURIComponent(id));
  };
}
