import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { errorResponse } from "../http/error-body.js";
import { MAX_BODY_BYTES } from "../http/mock-core.js";

/**
 * The WHATWG `Request` of a Node request, aborted if the connection closes before `res` is sent; undefined when its
 * body is larger than {@link MAX_BODY_BYTES}.
 */
export async function toRequest(
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
): Promise<Request | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += bytes.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(bytes);
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const v of [value ?? []].flat()) headers.append(name, v);
  }
  const controller = new AbortController();
  res.once("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  const method = req.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD" && size > 0;
  return new Request(new URL(req.url ?? "/", origin), {
    method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
    signal: controller.signal,
  });
}

/** Writes a WHATWG `Response` to a Node response, streaming its body. */
export async function sendResponse(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = name === "set-cookie" ? response.headers.getSetCookie() : value;
  });
  res.writeHead(response.status, headers);
  if (!response.body) return void res.end();
  // The global ReadableStream is typed by the DOM library here, Node's own type of the same class by @types/node.
  const body = Readable.fromWeb(response.body as import("node:stream/web").ReadableStream);
  res.once("close", () => body.destroy());
  body.pipe(res);
}

/** Answers a Node request with `handle`: 413 for a body over the limit (connection closed), 500 if it throws. */
export function nodeHandler(handle: (request: Request) => Promise<Response>, origin: () => string) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const request = await toRequest(req, res, origin());
      if (!request) {
        res.setHeader("connection", "close");
        return await sendResponse(errorResponse(413, `The request body is larger than ${MAX_BODY_BYTES} bytes.`), res);
      }
      await sendResponse(await handle(request), res);
    } catch {
      if (!res.headersSent) await sendResponse(errorResponse(500, "The mock failed."), res);
      else res.end();
    }
  };
}
