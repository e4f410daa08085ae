import type { FetchLike } from "../../src/index.js";

/** A recorded request: what the client would have put on the wire. */
export interface Sent {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
}

/** An answer: a Response, a function of the request, or an error to throw. */
export type Answer = Response | Error | ((request: Request) => Response | Promise<Response>);

/** A `fetch` that records each request and plays queued answers in order, the last one repeating. */
export function stubFetch(...answers: Answer[]): FetchLike & { sent: Sent[] } {
  const sent: Sent[] = [];
  const fetch = async (request: Request) => {
    if (request.signal.aborted) throw request.signal.reason; // as fetch does
    sent.push({
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: await request.clone().text(),
    });
    const answer = answers[Math.min(sent.length - 1, answers.length - 1)];
    if (answer instanceof Error) throw answer;
    if (typeof answer === "function") return answer(request);
    return answer!.clone();
  };
  return Object.assign(fetch, { sent });
}

/** A JSON response with the given status and headers. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

/** A fetch answer that never responds until the request's signal aborts, then rejects like fetch does. */
export function hang(request: Request): Promise<Response> {
  return new Promise((_, reject) => {
    request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true });
  });
}

export const CREATED_MESSAGE = { id: "bce7d22e-dde6-4427-b391-ebbdfda44de6", createdAt: "2018-10-31T11:56:07+00:00" };
