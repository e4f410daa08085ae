import { EventEmitter, once } from "node:events";
import { createServer, connect as tcpConnect } from "node:net";

/**
 * A TCP proxy in front of the mock that breaks connections as a network or a server would: resets without a close
 * frame, closes (FIN), and outages during which every new connection is reset. `accepted` and `refused` events say
 * when a connection came in, so that a fault waits for the client instead of a clock.
 */
/**
 * Resets a connection (RST). One whose write side is already shut (a FIN sent by {@link end}) is destroyed instead:
 * libuv refuses to reset a socket that is shutting down, and Node then never closes its handle, so the process spins
 * at exit (seen on Node 20 and 24 with SEED=274439569).
 */
function reset(socket) {
  if (socket.writableEnded) socket.destroy();
  else socket.resetAndDestroy();
}

export async function startProxy(targetPort) {
  const events = new EventEmitter();
  const pairs = new Set();
  let up = true;
  let target = targetPort;
  const server = createServer((client) => {
    if (!up) {
      reset(client);
      events.emit("refused");
      return;
    }
    const upstream = tcpConnect(target, "127.0.0.1");
    const pair = { client, upstream };
    pairs.add(pair);
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    for (const side of [client, upstream]) side.on("error", end).on("close", end);
    client.pipe(upstream).pipe(client);
    events.emit("accepted");
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    /** Sends the next connections to another port (a restarted server). */
    retarget(port) {
      target = port;
    },
    /** Resets every open connection: RST, no close frame. */
    reset() {
      for (const { client, upstream } of pairs) {
        reset(client);
        upstream.destroy();
      }
    },
    /** Closes every open connection with a FIN, as a server going away does. */
    end() {
      for (const { client, upstream } of pairs) {
        client.end();
        upstream.end();
      }
    },
    /** Starts an outage: open connections are reset and new ones too, until {@link up}. */
    down() {
      up = false;
      this.reset();
    },
    /** Ends an outage. */
    up() {
      up = true;
    },
    /** Resolves at the next connection reset by an outage: the client tried and failed. */
    nextRefused: () => once(events, "refused"),
    /** Resolves at the next connection let through. */
    nextAccepted: () => once(events, "accepted"),
    async close() {
      up = false;
      this.reset();
      server.close();
      await once(server, "close");
    },
  };
}
