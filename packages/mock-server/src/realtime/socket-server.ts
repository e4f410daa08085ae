import type { Server as HttpServer, IncomingMessage } from "node:http";
import {
  type ClientToServerEvents,
  clientEvents,
  evictOldest,
  realtimeDefaults,
  type ServerToClientEvents,
  serverEvents,
} from "@twin-chat/api-types";
import { Server } from "socket.io";
import type { SessionStore, StoreEvent } from "../state/session-store.js";

/** Options of {@link attachRealtime}. */
export interface RealtimeOptions {
  /**
   * Hold what a new session receives until its first socket joins, for clients that do not catch up from the
   * history. Default `false`: events go out at once, as a real server's would.
   */
  holdAnswers?: boolean;
  /** Why a handshake is refused (the header and the rule it breaks), or undefined to let it in. Default: none is. */
  refusal?: (request: IncomingMessage) => string | undefined;
}

/** Sessions whose events may be held at once; the oldest is released (dropped) past this. */
const MAX_HELD = 1_000;

/** The realtime side of the mock: a Socket.IO server that carries the store's events to the sessions' rooms. */
export interface RealtimeMock {
  /** Closes every connection, as a server going away would (clients reconnect). */
  close(): Promise<void>;
}

/**
 * Attaches a Socket.IO server to `server` that speaks spec/asyncapi.yaml: a handshake carries the session id in
 * `auth`, each socket joins its session's room, and every event carries its payload as its only argument. It is
 * an adapter over `store`: what happens there (messages, typing, reads, closes, drops) reaches the sockets, and
 * what clients send (typing, reads) goes into the store. Connection-state recovery is off: it would append an
 * offset argument to every event, and a client catches up from the HTTP history on every connect instead.
 */
export function attachRealtime(server: HttpServer, store: SessionStore, options: RealtimeOptions = {}): RealtimeMock {
  const io = new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, { sessionId: string }>(
    server,
    {
      path: realtimeDefaults.path,
      serveClient: false,
      cors: { origin: true, credentials: true },
      allowRequest: (request, callback) => {
        const refusal = options.refusal?.(request);
        callback(refusal ?? null, refusal === undefined);
      },
    },
  );

  io.use((socket, next) => {
    const sessionId: unknown = socket.handshake.auth?.[realtimeDefaults.authKey];
    if (typeof sessionId !== "string" || sessionId.trim() === "") {
      return next(new Error(`auth.${realtimeDefaults.authKey} is required: pass the chat session id in the handshake`));
    }
    socket.data.sessionId = sessionId;
    next();
  });

  /** Events of new sessions that no socket joined yet, with `holdAnswers`. */
  const held = new Map<string, StoreEvent[]>();

  io.on("connection", (socket) => {
    const { sessionId } = socket.data;
    void socket.join(sessionId);
    store.countSocket(sessionId, 1);
    socket.on("disconnect", () => store.countSocket(sessionId, -1));
    const waiting = held.get(sessionId) ?? [];
    held.delete(sessionId);
    for (const event of waiting) deliver(event);
    socket.on(clientEvents.clientTyping, (payload: unknown) => {
      const isTyping = typeof payload === "object" && payload !== null && "isTyping" in payload && payload.isTyping;
      if (typeof isTyping !== "boolean") return;
      store.typing({ sessionId, authorType: "CLIENT", isTyping }, socket.id);
    });
    socket.on(clientEvents.clientRead, (payload: unknown) => {
      const messageId = typeof payload === "object" && payload !== null && "messageId" in payload && payload.messageId;
      if (typeof messageId === "string") store.markRead(sessionId, messageId);
    });
  });

  /** The session an event is for, when it is held while no socket joined. */
  const heldFor = (event: StoreEvent) =>
    event.type === "message" ? event.message.sessionId : event.type === "typing" ? event.typing.sessionId : undefined;

  const unsubscribe = store.subscribe((event) => {
    if (options.holdAnswers && event.type === "session" && !io.sockets.adapter.rooms.get(event.session.id)?.size) {
      held.set(event.session.id, []);
      evictOldest(held, MAX_HELD);
      return;
    }
    const waiting = held.get(heldFor(event) ?? "");
    if (waiting) waiting.push(event);
    else deliver(event);
  });

  /** Carries one store event to the sockets of its session. */
  function deliver(event: StoreEvent): void {
    switch (event.type) {
      case "message":
        io.to(event.message.sessionId).emit(serverEvents.message, event.message);
        return;
      case "typing": {
        const room = io.to(event.typing.sessionId);
        (event.origin ? room.except(event.origin) : room).emit(serverEvents.typing, event.typing);
        return;
      }
      case "read":
        io.to(event.read.sessionId).emit(serverEvents.messageRead, event.read);
        return;
      case "closed":
        io.to(event.closed.sessionId).emit(serverEvents.sessionClosed, event.closed);
        io.in(event.closed.sessionId).disconnectSockets(true);
        return;
      case "drop":
        // The transport closes without a DISCONNECT packet: clients see a network failure and reconnect.
        for (const socket of io.sockets.adapter.rooms.get(event.sessionId) ?? []) {
          io.sockets.sockets.get(socket)?.conn.close();
        }
        return;
      default:
        return;
    }
  }

  return {
    async close() {
      unsubscribe();
      // No DISCONNECT packet: clients see the transport close, as when a server goes away, and reconnect.
      await new Promise<void>((resolve) => io.close(() => resolve()));
    },
  };
}
