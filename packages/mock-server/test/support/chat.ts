import { io, type Socket } from "socket.io-client";
import { afterEach } from "vitest";
import type { MockServer } from "../../src/index.js";

const sockets: Socket[] = [];
afterEach(() => {
  for (const s of sockets.splice(0)) s.disconnect();
});

/** One event a socket received: its name and its payload. */
export type Received = [name: string, payload: Record<string, unknown>];

/** A socket of one session that records what it receives and can wait for the next matching event. */
export interface Listener {
  socket: Socket;
  events: Received[];
  /** Resolves with the first event (already received or to come) named `name` that `test` accepts. */
  waitFor(name: string, test?: (payload: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
}

/** Connects to the session's room the way the banner says; closed after the test. */
export async function listen(mock: MockServer, sessionId: string): Promise<Listener> {
  const events: Received[] = [];
  const waiting = new Set<() => void>();
  const socket = io(mock.socketUrl, { path: mock.socketPath, auth: { sessionId }, transports: ["websocket"] });
  sockets.push(socket);
  socket.onAny((name: string, payload: Record<string, unknown>) => {
    events.push([name, payload]);
    for (const check of waiting) check();
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("connect_error", reject);
  });
  return {
    socket,
    events,
    waitFor: (name, test = () => true) =>
      new Promise((resolve) => {
        const check = () => {
          const found = events.find(([n, p]) => n === name && test(p));
          if (!found) return;
          waiting.delete(check);
          resolve(found[1]);
        };
        waiting.add(check);
        check();
      }),
  };
}

/** Sends a JSON request to the mock. */
export const request = (mock: MockServer, method: string, path: string, body?: unknown) =>
  fetch(`${mock.url}${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

/** Starts a session with `returnAnswerAsync` (the bot answers over realtime) and returns its id. */
export async function startSession(mock: MockServer, body: Record<string, unknown> = {}): Promise<string> {
  const response = await request(mock, "POST", "/api/chats/v1/chats/demo/sessions?x_widget=1", {
    returnAnswerAsync: true,
    ...body,
  });
  return ((await response.json()) as { id: string }).id;
}

/** Sends a client message into the session. */
export const say = (mock: MockServer, sessionId: string, text: string) =>
  request(mock, "POST", `/api/v1/sessions/${encodeURIComponent(sessionId)}/messages`, { body: text });

/** Whether a payload is a message of `authorType` (and `body`, when given). */
export const by =
  (authorType: string, body?: string) =>
  (payload: Record<string, unknown>): boolean =>
    payload.authorType === authorType && (body === undefined || payload.body === body);
