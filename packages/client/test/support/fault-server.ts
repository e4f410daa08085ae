import { EventEmitter, once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { test as base } from "vitest";

/** How the server misbehaves for one request; picked by the session id in `/api/v1/sessions/{fault}/messages`. */
export type Fault = (req: IncomingMessage, res: ServerResponse, attempt: number) => void;

const CREATED = JSON.stringify({ id: "bce7d22e-dde6-4427-b391-ebbdfda44de6", createdAt: "2018-10-31T11:56:07+00:00" });

/** The faults the hardening tests inject. */
export const faults: Record<string, Fault> = {
  "reset-before-headers": (req) => req.socket.destroy(),
  "reset-during-body": (_req, res) => {
    res.writeHead(201, { "content-type": "application/json", "content-length": "1000" });
    res.write('{"id":"bce7d22e', () => res.socket?.destroy()); // once the first bytes are out
  },
  "no-headers": () => {},
  "stalled-body": (_req, res) => {
    res.writeHead(201, { "content-type": "application/json" });
    res.write('{"id":');
  },
  "truncated-json": (_req, res) => {
    res.writeHead(201, { "content-type": "application/json" });
    res.end(CREATED.slice(0, 20));
  },
  "html-502": (_req, res) => {
    res.writeHead(502, "Bad Gateway", { "content-type": "text/html" });
    res.end("<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>");
  },
  "empty-201": (_req, res) => res.writeHead(201).end(),
  "empty-204": (_req, res) => res.writeHead(204).end(),
  "body-chunked-1mib": (_req, res) => {
    // 1 MiB of padding in 16 writes of 64 KiB: the body arrives in many chunks that the client must join.
    const chunk = "x".repeat(64 * 1024);
    res.writeHead(201, { "content-type": "application/json" });
    res.write('{"id":"bce7d22e-dde6-4427-b391-ebbdfda44de6","createdAt":"2018-10-31T11:56:07+00:00","padding":"');
    for (let i = 0; i < 16; i++) res.write(chunk);
    res.end('"}');
  },
  "429-then-ok": (_req, res, attempt) => {
    if (attempt === 1) res.writeHead(429, { "retry-after": "0" }).end();
    else res.writeHead(201, { "content-type": "application/json" }).end(CREATED);
  },
  "503-always": (_req, res) => res.writeHead(503, { "content-type": "application/json" }).end('{"error":"busy"}'),
  ok: (_req, res) => res.writeHead(201, { "content-type": "application/json" }).end(CREATED),
};

/** A running fault server, as {@link startFaultServer} returns it. */
export type FaultServer = Awaited<ReturnType<typeof startFaultServer>>;

/** A loopback HTTP server on a free port that records raw request paths, counts attempts per fault, injects faults. */
export async function startFaultServer() {
  const paths: string[] = [];
  const attempts = new Map<string, number>();
  const sockets = new Set<Socket>();
  const received = new EventEmitter();
  const server = createServer((req, res) => {
    paths.push(req.url ?? "");
    const name = /^\/api\/v1\/sessions\/([^/]+)\/messages$/.exec(req.url ?? "")?.[1] ?? "ok";
    const attempt = (attempts.get(name) ?? 0) + 1;
    attempts.set(name, attempt);
    req.resume();
    received.emit(name);
    (Object.hasOwn(faults, name) ? faults[name]! : faults.ok!)(req, res, attempt);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** Raw request targets as received, undecoded. */
    paths,
    /** How many requests each fault got. */
    attempts,
    /** Resolves when the next request for `fault` arrives. */
    nextRequest: (fault: string) => once(received, fault).then(() => undefined),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** `test` with a `server` of its own for each test: its own port, counters and faults, closed after the test. */
export const test = base.extend<{ server: FaultServer }>({
  // biome-ignore lint/correctness/noEmptyPattern: vitest fixtures take their dependencies by destructuring
  server: async ({}, use) => {
    const server = await startFaultServer();
    await use(server);
    await server.close();
  },
});
