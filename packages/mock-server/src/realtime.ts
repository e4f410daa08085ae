import type { Server as HttpServer } from "node:http";
import {
  type ChatMessage,
  type ClientToServerEvents,
  clientEvents,
  realtimeDefaults,
  type ServerToClientEvents,
  serverEvents,
} from "@twin-chat/api-types";
import { Server } from "socket.io";
import { newMessage, type SessionStore } from "./sessions.js";

/** Options of {@link attachRealtime}. */
export interface RealtimeOptions {
  /** Delay between the bot's typing event and its message. */
  replyDelayMs: number;
  /** Hold a new session's first answer until its first socket joins (see {@link RealtimeMock.botSays}). */
  holdAnswers: boolean;
}

/** The realtime side of the mock: the session rooms and the bot that answers into them. */
export interface RealtimeMock {
  /**
   * The bot types, then after the reply delay posts `text` into the session. With `hold`, the mock's `holdAnswers`
   * option on and no socket in the session yet (a session just started with `returnAnswerAsync`), it waits for the
   * session's first socket.
   */
  botSays(sessionId: string, text: string, hold?: boolean): void;
  /** Sends a message, already in the history, to its session's room (the client's own, for its other tabs). */
  publish(message: ChatMessage): void;
  /** Tells the session's room it was closed, then disconnects its sockets. */
  closeSession(sessionId: string, reason: string | undefined): void;
  /** Closes every connection, as a server going away would (clients reconnect), and cancels pending replies. */
  close(): Promise<void>;
}

/** Sessions whose held answer may wait for a socket at once; the oldest is dropped past this. */
const MAX_HELD = 1_000;

/**
 * Attaches a Socket.IO server to `server` that speaks spec/asyncapi.yaml: a handshake carries the session id in
 * `auth`, each socket joins its session's room, and every event carries its payload as its only argument.
 * Connection-state recovery is off: it would append an offset argument to every event, and a client catches up
 * from the HTTP history on every connect instead.
 */
export function attachRealtime(server: HttpServer, store: SessionStore, options: RealtimeOptions): RealtimeMock {
  const io = new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, { sessionId: string }>(
    server,
    { path: realtimeDefaults.path, serveClient: false, cors: { origin: true, credentials: true } },
  );
  const timers = new Set<NodeJS.Timeout>();
  /** Held answers waiting for the first socket of their session, oldest session first. */
  const waiting = new Map<string, string[]>();

  io.use((socket, next) => {
    const sessionId: unknown = socket.handshake.auth?.[realtimeDefaults.authKey];
    if (typeof sessionId !== "string" || sessionId.trim() === "") {
      return next(new Error(`auth.${realtimeDefaults.authKey} is required: pass the chat session id in the handshake`));
    }
    socket.data.sessionId = sessionId;
    next();
  });

  io.on("connection", (socket) => {
    const { sessionId } = socket.data;
    void socket.join(sessionId);
    socket.on(clientEvents.clientTyping, (payload: unknown) => {
      const isTyping = (payload as { isTyping?: unknown } | null)?.isTyping;
      if (typeof isTyping !== "boolean") return;
      socket.to(sessionId).emit(serverEvents.typing, { sessionId, authorType: "CLIENT", isTyping });
    });
    socket.on(clientEvents.clientRead, (payload: unknown) => {
      const messageId = (payload as { messageId?: unknown } | null)?.messageId;
      if (typeof messageId !== "string") return;
      const readAt = store.markRead(sessionId, messageId) ?? new Date().toISOString();
      io.to(sessionId).emit(serverEvents.messageRead, { sessionId, messageId, readAt });
    });
    for (const text of waiting.get(sessionId) ?? []) reply(sessionId, text);
    waiting.delete(sessionId);
  });

  function reply(sessionId: string, text: string): void {
    io.to(sessionId).emit(serverEvents.typing, { sessionId, authorType: "BOT", isTyping: true });
    const timer = setTimeout(() => {
      timers.delete(timer);
      const message: ChatMessage = store.add(newMessage(sessionId, "BOT", text));
      io.to(sessionId).emit(serverEvents.message, message);
      io.to(sessionId).emit(serverEvents.typing, { sessionId, authorType: "BOT", isTyping: false });
    }, options.replyDelayMs);
    timers.add(timer);
  }

  return {
    closeSession(sessionId, reason) {
      io.to(sessionId).emit(serverEvents.sessionClosed, {
        sessionId,
        closedAt: new Date().toISOString(),
        ...(reason ? { reason } : {}),
      });
      io.in(sessionId).disconnectSockets(true);
    },
    publish(message) {
      io.to(message.sessionId).emit(serverEvents.message, message);
    },
    botSays(sessionId, text, hold = false) {
      if (!hold || !options.holdAnswers || io.sockets.adapter.rooms.get(sessionId)?.size) return reply(sessionId, text);
      waiting.set(sessionId, [...(waiting.get(sessionId) ?? []), text]);
      if (waiting.size > MAX_HELD) waiting.delete(waiting.keys().next().value!);
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      // No DISCONNECT packet: clients see the transport close, as when a server goes away, and reconnect.
      await new Promise<void>((resolve) => io.close(() => resolve()));
    },
  };
}
