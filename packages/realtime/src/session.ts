import { type ChatMessage, realtimeDefaults, type ServerEventPayloads } from "@twin-chat/api-types";
import { io, type Socket } from "socket.io-client";
import { SafeEmitter } from "./emitter.js";
import { RealtimeError } from "./errors.js";
import { type ConnectOptions, checkOptions, eventNames } from "./options.js";
import { RecentIds } from "./recent-ids.js";

/** Where the connection stands: `connecting` at first, `reconnecting` after a drop, `closed` for good. */
export type SessionStatus = "connecting" | "connected" | "reconnecting" | "closed";

/** Where the messages stopped when a reconnect could not replay what was missed and no history reader was given. */
export interface Gap {
  /** The last message the app received, if any. */
  lastMessageId: string | undefined;
  /** Its `createdAt`; ask the history for messages from then on. */
  lastCreatedAt: string | undefined;
}

/** The events a {@link RealtimeSession} emits, and their payloads. */
export interface SessionEvents {
  /** A new message, once per id, in order (see {@link connectSession}). */
  message: ServerEventPayloads["message"];
  /** Someone started or stopped typing. */
  typing: ServerEventPayloads["typing"];
  /** A message was read. */
  read: ServerEventPayloads["messageRead"];
  /** The server closed the session; the connection closes after it. */
  closed: ServerEventPayloads["sessionClosed"];
  /** The connection status changed. */
  status: SessionStatus;
  /** Messages may have been missed and could not be recovered. */
  gap: Gap;
  /** Something went wrong that the app may want to know; the connection carries on unless `status` says otherwise. */
  error: RealtimeError;
}

/** A live connection to one chat session. Create it with {@link connectSession}. */
export interface RealtimeSession {
  /** The session followed. */
  readonly sessionId: string;
  /** The connection status now. */
  readonly status: SessionStatus;
  /** The underlying socket.io-client socket, for what this package does not cover. */
  readonly socket: Socket;
  /** Adds a listener; returns a function that removes it. */
  on<E extends keyof SessionEvents>(event: E, listener: (payload: SessionEvents[E]) => void): () => void;
  /** Adds a listener called once at most; returns a function that removes it. */
  once<E extends keyof SessionEvents>(event: E, listener: (payload: SessionEvents[E]) => void): () => void;
  /** Removes a listener. */
  off<E extends keyof SessionEvents>(event: E, listener: (payload: SessionEvents[E]) => void): void;
  /** The session's messages from now on, as an async iterator that ends when the session closes. */
  messages(): AsyncIterableIterator<ChatMessage>;
  /** Tells the session the client started or stopped typing. */
  typing(isTyping: boolean): void;
  /** Tells the session the client read `messageId`. */
  markRead(messageId: string): void;
  /** Disconnects and removes every listener and timer; the status becomes `closed`. */
  close(): void;
}

const byCreatedAt = (a: ChatMessage, b: ChatMessage) => Date.parse(a.createdAt) - Date.parse(b.createdAt);

/**
 * Connects to a chat session's realtime channel (spec/asyncapi.yaml) with socket.io-client.
 *
 * Messages reach the app once each (de-duplicated by `id`) and in order: live messages in the order the server
 * sent them; after a reconnect that Socket.IO could not recover, the missed messages are read from `history` in
 * `createdAt` order and delivered before any message that arrived meanwhile. Without `history`, a `gap` event says
 * where to resume.
 */
export function connectSession(options: ConnectOptions): RealtimeSession {
  checkOptions(options);
  const { sessionId, history, historyPageSize = 100 } = options;
  const names = eventNames(options.events);
  let reporting = false;
  const emitter: SafeEmitter<SessionEvents> = new SafeEmitter((error) => {
    if (reporting) return; // an error listener threw: nobody left to tell
    reporting = true;
    emitter.emit("error", error);
    reporting = false;
  });
  const socket = io(options.url, {
    path: options.path ?? realtimeDefaults.path,
    ...options.socket,
    auth: { ...options.auth, [options.authKey ?? realtimeDefaults.authKey]: sessionId },
  });
  const seen = new RecentIds();
  let status: SessionStatus = "connecting";
  let last: ChatMessage | undefined;
  let everConnected = false;
  /** Live messages held while the gap is being filled from the history. */
  let held: ChatMessage[] | undefined;
  let refill = false;

  const setStatus = (next: SessionStatus) => {
    if (status === next) return;
    status = next;
    emitter.emit("status", next);
  };
  const deliver = (message: ChatMessage) => {
    if (status === "closed" || typeof message?.id !== "string" || !seen.add(message.id)) return;
    last = message;
    emitter.emit("message", message);
  };

  async function fillGap(): Promise<void> {
    if (held) {
      refill = true;
      return;
    }
    const gap: Gap = { lastMessageId: last?.id, lastCreatedAt: last?.createdAt };
    if (!history) return emitter.emit("gap", gap);
    held = [];
    try {
      const missed: ChatMessage[] = [];
      for (let offset = 0; ; offset += historyPageSize) {
        const page = await history(sessionId, { from: gap.lastCreatedAt, limit: historyPageSize, offset });
        missed.push(...page.items);
        if (page.items.length < historyPageSize || offset + historyPageSize >= page.count) break;
      }
      missed.sort(byCreatedAt).forEach(deliver);
    } catch (error) {
      emitter.emit(
        "error",
        new RealtimeError("history", `could not read the history to fill a gap: ${(error as Error)?.message}`, error),
      );
      emitter.emit("gap", gap);
    } finally {
      const live = held;
      held = undefined;
      live.forEach(deliver);
    }
    if (refill) {
      refill = false;
      await fillGap();
    }
  }

  function shutdown(): void {
    if (status === "closed") return;
    setStatus("closed");
    socket.off();
    socket.offAny();
    socket.disconnect();
    emitter.clear();
  }

  socket.on("connect", () => {
    setStatus("connected");
    if (everConnected && !socket.recovered) void fillGap();
    everConnected = true;
  });
  socket.on("disconnect", (reason) => {
    if (reason === "io server disconnect")
      shutdown(); // the server ended it; Socket.IO will not reconnect
    else if (status !== "closed") setStatus("reconnecting");
  });
  socket.on("connect_error", (error) => {
    if (socket.active) return; // Socket.IO retries by itself; the status says so
    emitter.emit(
      "error",
      new RealtimeError("handshake-refused", `the server refused the session: ${error.message}`, error),
    );
    shutdown();
  });
  socket.on(names.message, (message: ChatMessage) => (held ? held.push(message) : deliver(message)));
  socket.on(names.typing, (payload: SessionEvents["typing"]) => emitter.emit("typing", payload));
  socket.on(names.messageRead, (payload: SessionEvents["read"]) => emitter.emit("read", payload));
  socket.on(names.sessionClosed, (payload: SessionEvents["closed"]) => {
    emitter.emit("closed", payload);
    shutdown();
  });

  const session: RealtimeSession = {
    sessionId,
    socket,
    get status() {
      return status;
    },
    on: (event, listener) => emitter.on(event, listener),
    off: (event, listener) => emitter.off(event, listener),
    once(event, listener) {
      const off = emitter.on(event, (payload) => {
        off();
        listener(payload);
      });
      return off;
    },
    messages: () => messageIterator(session),
    typing: (isTyping) => void socket.emit(names.clientTyping, { isTyping }),
    markRead: (messageId) => void socket.emit(names.clientRead, { messageId }),
    close: shutdown,
  };
  return session;
}

/** The session's messages as an async iterator that ends when the session closes or the loop breaks. */
function messageIterator(session: RealtimeSession): AsyncIterableIterator<ChatMessage> {
  const queue: ChatMessage[] = [];
  let done = session.status === "closed";
  let wake: (() => void) | undefined;
  const offMessage = session.on("message", (message) => {
    queue.push(message);
    wake?.();
  });
  const offStatus = session.on("status", (status) => {
    if (status === "closed") finish();
  });
  function finish() {
    done = true;
    offMessage();
    offStatus();
    wake?.();
  }
  return {
    async next() {
      while (queue.length === 0 && !done) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      if (queue.length > 0) return { value: queue.shift()!, done: false };
      finish();
      return { value: undefined, done: true };
    },
    async return() {
      finish();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
