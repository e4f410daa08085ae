import { EventEmitter, once } from "node:events";
import { connect, createServer, type Socket } from "node:net";

/**
 * A TCP relay on a free loopback port in front of `target` (an `http://host:port` origin) that counts the
 * connections it carries. With socket.io-client on the `websocket` transport, one connection is one socket.
 */
export async function startConnectionCounter(target: string) {
  const { hostname, port } = new URL(target);
  const events = new EventEmitter();
  const live = new Set<Socket>();
  let opened = 0;
  const server = createServer((client) => {
    opened++;
    live.add(client);
    const upstream = connect(Number(port), hostname);
    client.pipe(upstream).pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      if (live.delete(client)) events.emit("change");
    };
    client.on("close", end).on("error", end);
    upstream.on("close", end).on("error", end);
    events.emit("change");
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port: own } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${own}`,
    /** Connections opened so far. */
    opened: () => opened,
    /** Connections open now. */
    live: () => live.size,
    /** Resolves once `check` holds, tested after every connection opened or closed. */
    until(check: () => boolean): Promise<void> {
      return new Promise((resolve) => {
        const test = () => {
          if (!check()) return;
          events.off("change", test);
          resolve();
        };
        events.on("change", test);
        test();
      });
    },
    close(): Promise<void> {
      for (const socket of live) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
