import type { IncomingMessage, ServerResponse } from "node:http";
import { createLogger } from "@stoplight/prism-core";
import { createInstance, getHttpOperationsFromSpec, type IHttpConfig, type IHttpRequest } from "@stoplight/prism-http";
import { getHttpConfigFromRequest } from "@stoplight/prism-http-server/dist/getHttpConfigFromRequest.js";

/** Largest request body the mock reads, as Prism's own server. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** A response as Prism produced it, which a hook may change before it is sent. */
export interface MockResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: unknown;
}

/** Called after Prism answers and before the answer is sent; may change `response.body`. */
export type ResponseHook = (request: IHttpRequest, response: MockResponse) => void;

/** Options of {@link createPrismHandler}. */
export interface PrismHandlerOptions {
  /** Generate response data from the schemas instead of serving the spec's examples. */
  dynamic: boolean;
  /** Called for every answer Prism produced. */
  onResponse?: ResponseHook;
}

/** A problem+json error response, as Prism itself sends them; `close` ends the connection (body left unread). */
function sendProblem(res: ServerResponse, status: number, title: string, detail: string, close = false): void {
  const body = JSON.stringify({ type: "about:blank", title, status, detail });
  res.writeHead(status, {
    "content-type": "application/problem+json",
    "content-length": Buffer.byteLength(body),
    ...(close ? { connection: "close" } : {}),
  });
  res.end(body);
}

/** Reads the request body up to {@link MAX_BODY_BYTES}; JSON is parsed, anything else kept as text. */
async function readBody(
  req: IncomingMessage,
): Promise<{ body: unknown } | { status: number; title: string; detail: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      return {
        status: 413,
        title: "Payload Too Large",
        detail: `The request body is larger than ${MAX_BODY_BYTES} bytes.`,
      };
    }
    chunks.push(chunk);
  }
  if (size === 0) return { body: undefined };
  const text = Buffer.concat(chunks).toString("utf8");
  if (!/json/i.test(req.headers["content-type"] ?? "")) return { body: text };
  try {
    return { body: JSON.parse(text) };
  } catch {
    return { status: 400, title: "Malformed JSON", detail: "The request body is not valid JSON." };
  }
}

/** Sets Prism's CORS headers: any origin, credentials, every header allowed and exposed. */
export function setCorsHeaders(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader("access-control-allow-origin", req.headers.origin ?? "*");
  res.setHeader("access-control-allow-headers", req.headers["access-control-request-headers"] ?? "*");
  res.setHeader("access-control-allow-credentials", "true");
  res.setHeader("access-control-expose-headers", "*");
  if (req.headers.origin) res.setHeader("vary", "origin");
}

/**
 * Loads the spec and returns a Node request handler that answers with Prism's engine, as `prism mock` does:
 * request validation, `sl-violations` header, `Prefer` header, CORS, static examples or dynamic data.
 */
export async function createPrismHandler(specPath: string, options: PrismHandlerOptions) {
  const operations = await getHttpOperationsFromSpec(specPath);
  const config: IHttpConfig = {
    validateRequest: true,
    validateResponse: true,
    checkSecurity: true,
    errors: false,
    isProxy: false,
    upstreamProxy: undefined,
    mock: { dynamic: options.dynamic },
  };
  const prism = createInstance(config, { logger: createLogger("TWIN-MOCK", { level: "silent" }) });

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setCorsHeaders(req, res);
    if (req.method === "OPTIONS" && req.headers["access-control-request-method"]) {
      res.writeHead(204, {
        "access-control-allow-methods": req.headers["access-control-request-method"],
        "content-length": "0",
      });
      res.end();
      return;
    }
    const read = await readBody(req);
    if (!("body" in read)) return sendProblem(res, read.status, read.title, read.detail, read.status === 413);
    const url = new URL(req.url ?? "/", "http://mock");
    try {
      decodeURIComponent(url.pathname);
    } catch {
      return sendProblem(res, 400, "Malformed URL", "The request path has a malformed percent-encoding.");
    }
    const query: Record<string, string | string[]> = {};
    for (const key of new Set(url.searchParams.keys())) {
      const values = url.searchParams.getAll(key);
      query[key] = values.length === 1 ? values[0]! : values;
    }
    const input: IHttpRequest = {
      method: (req.method ?? "GET").toLowerCase() as IHttpRequest["method"],
      url: { path: url.pathname, query },
      headers: req.headers as Record<string, string>,
      body: read.body,
    };
    const preferences = getHttpConfigFromRequest(input);
    if (preferences._tag === "Left")
      return sendProblem(res, 422, "Invalid Prefer header", String(preferences.left.message));
    // Only the preferences the request states: an absent one must not override `dynamic` with undefined.
    const stated = Object.fromEntries(Object.entries(preferences.right).filter(([, value]) => value !== undefined));
    const result = await prism.request(input, operations, { ...config, mock: { ...config.mock, ...stated } })();
    if (result._tag === "Left") {
      const error = result.left as Error & {
        status?: number;
        detail?: string;
        additional?: { headers?: Record<string, string> };
      };
      for (const [name, value] of Object.entries(error.additional?.headers ?? {})) res.setHeader(name, value);
      return sendProblem(res, error.status ?? 500, error.name, error.detail ?? error.message);
    }
    const { output, validations } = result.right;
    const violations = validations.input.map((v) => ({
      location: ["request", ...(v.path ?? [])],
      severity: ["Error", "Warning", "Information", "Hint"][v.severity] ?? "Error",
      code: v.code,
      message: v.message,
    }));
    if (violations.length > 0) res.setHeader("sl-violations", JSON.stringify(violations).slice(0, 8000));
    // Prism hands out its static examples by reference: copy before a hook changes them.
    const body = options.onResponse && typeof output.body === "object" ? structuredClone(output.body) : output.body;
    const response: MockResponse = {
      statusCode: output.statusCode,
      headers: { ...(output.headers as Record<string, string>) },
      body,
    };
    options.onResponse?.(input, response);
    const contentType = Object.entries(response.headers).find(([k]) => k.toLowerCase() === "content-type")?.[1] ?? "";
    const payload =
      response.body === undefined
        ? undefined
        : /json/i.test(contentType) || typeof response.body !== "string"
          ? JSON.stringify(response.body)
          : response.body;
    res.writeHead(response.statusCode, response.headers);
    res.end(payload);
  };
}
