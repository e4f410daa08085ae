import {
  allItems,
  backoff,
  type ChatMessage,
  type ClientEventPayloads,
  type ClientToServerEvents,
  Emitter,
  realtimeDefaults,
  type ServerEventPayloads,
  type ServerToClientEvents,
} from "@twin-chat/api-types";
import { io, type Socket } from "socket.io-client";
import { RealtimeError, type RealtimeReportedCode } from "./errors.js";
import { MessageFeed } from "./feed.js";
import { messageIterator } from "./iterator.js";
import { type ConnectOptions, checkOptions, eventNames, type HistoryReader } from "./options.js";

/** Where the connection stands: `connecting` at first, `reconnecting` after a drop, `closed` for good. */
export type SessionStatus = "connecting" | "connected" | "reconnecting" | "closed";

/** Where the messages stopped when a connect could not catch up: no history reader was given, or it kept failing. */
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
  error: RealtimeError<RealtimeReportedCode>;
}

/** A live connection to one chat session. Create it with {@link connectSession}. */
export interface RealtimeSession {
  /** The session followed. */
  readonly sessionId: string;
  /** The connection status now. */
  readonly status: SessionStatus;
  /** The underlying socket.io-client socket, typed with the spec's event names, for what this package does not cover. */
  readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  /** Adds a listener; returns a function that removes it. */
  on<E extends keyof SessionEvents>(event: E, listener: (payload: SessionEvents[E]) => void): () => void;
  /** Adds a listener called once at most; returns a function that removes it. */
  once<E extends keyof SessionEvents>(event: E, listener: (payload: SessionEvents[E]) => void): () => void;
  /** Removes a listener. */
  off<E extends keyof SessionEvents>(event: E, listener: (payload: SessionEvents[E]) => void): void;
  /**
   * Resolves once the session is connected and caught up: the history read and the held live messages delivered.
   * Rejects with a {@link RealtimeError} if the session closes first: `handshake-refused` when the server refused
   * it, else `closed`.
   */
  ready(): Promise<void>;
  /** The session's messages from now on, as an async iterator that ends when the session closes. */
  messages(): AsyncIterableIterator<ChatMessage>;
  /** Tells the session the client started or stopped typing. */
  setTyping(isTyping: boolean): void;
  /** Tells the session the client read `messageId`. */
  markRead(messageId: string): void;
  /** Disconnects and removes every listener and timer; the status becomes `closed`. */
  close(): void;
}

/** Failed history reads retried, while connected, before the catch-up gives up with a `history` error and a `gap`. */
const HISTORY_RETRIES = 3;

/**
 * Connects to a chat session's realtime channel (spec/asyncapi.yaml) with socket.io-client.
 *
 * On every connect, the first included, it catches up: it reads the HTTP `history` from the last message delivered
 * (or `since`), holding live messages until the read is done, and reads again while reconnects open new gaps.
 * Messages reach the app once each (by `id`) and in order; events of other sessions are ignored. Without
 * `history`, a `gap` event says where to resume after a reconnect.
 */
export function connectSession(options: ConnectOptions): RealtimeSession {
  checkOptions(options);
  const { sessionId, history, historyPageSize = 100 } = options;
  const names = eventNames(options.events);
  let reporting = false;
  const emitter: Emitter<SessionEvents> = new Emitter((error, event) => {
    if (reporting) return; // an error listener threw: nobody left to tell
    reporting = true;
    emitter.emit("error", new RealtimeError("listener", `a "${event}" listener threw`, error));
    reporting = false;
  });
  // The events go by the wire names in force (`options.events`), so this side of the socket is typed per name below.
  const wire = io(options.baseUrl, {
    path: options.path ?? realtimeDefaults.path,
    ...options.socket,
    auth: { ...options.auth, [options.authKey ?? realtimeDefaults.authKey]: sessionId },
  });
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = wire;
  /** Listens to the server event `key` of the spec under its wire name. */
  const listen = <K extends keyof ServerEventPayloads>(key: K, listener: (payload: ServerEventPayloads[K]) => void) => {
    const name: string = names[key];
    wire.on(name, listener);
  };
  /** Sends the client event `key` of the spec under its wire name. */
  const send = <K extends keyof ClientEventPayloads>(key: K, payload: ClientEventPayloads[K]) =>
    void wire.emit(names[key], payload);
  let status: SessionStatus = "connecting";
  let caughtUp = false;
  let closedBy: RealtimeError | undefined;
  const waiters: { resolve: () => void; reject: (error: RealtimeError) => void }[] = [];
  const feed = new MessageFeed((message) => emitter.emit("message", message), options.since);
  /** A catch-up is reading; `again` asks it to read once more, as a connect happened meanwhile. */
  let reading = false;
  let again = false;
  let failures = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const setStatus = (next: SessionStatus) => {
    if (status === next) return;
    status = next;
    emitter.emit("status", next);
  };
  const gap = () => emitter.emit("gap", { lastMessageId: feed.cursor?.id, lastCreatedAt: feed.cursor?.createdAt });
  const markCaughtUp = () => {
    caughtUp = true;
    for (const waiter of waiters.splice(0)) waiter.resolve();
  };

  /** Starts (or extends) a catch-up: hold live messages, read the history until no connect happened meanwhile. */
  function catchUp(first: boolean): void {
    clearTimeout(retry);
    if (!history) {
      if (!first || options.since !== undefined) gap();
      markCaughtUp();
    } else {
      feed.hold();
      again = true;
      if (!reading) void read(history);
    }
  }

  async function read(reader: HistoryReader): Promise<void> {
    reading = true;
    try {
      while (again) {
        again = false;
        try {
          const from = feed.cursor?.createdAt;
          const page = (offset: number, limit: number) => reader(sessionId, { ...(from && { from }), limit, offset });
          const messages: ChatMessage[] = [];
          for await (const message of allItems(page, historyPageSize)) messages.push(message);
          feed.caughtUp(messages);
          failures = 0;
        } catch (error) {
          if (status === "closed" || again || !socket.connected) continue; // the next connect reads again
          if (++failures <= HISTORY_RETRIES) {
            const manager = socket.io; // its reconnection delay, doubled per failure, at most its longest
            const wait = backoff(failures - 1, manager.reconnectionDelay(), manager.reconnectionDelayMax());
            retry = setTimeout(() => catchUp(false), wait);
            return;
          }
          failures = 0;
          emitter.emit("error", new RealtimeError("history", "could not read the history to catch up", error));
          gap();
        }
      }
      if (status === "closed" || !socket.connected) return; // held until the next connect has read
      feed.release();
      markCaughtUp();
    } finally {
      reading = false;
    }
  }

  function shutdown(reason: RealtimeError): void {
    if (status === "closed") return;
    closedBy = reason;
    clearTimeout(retry);
    for (const waiter of waiters.splice(0)) waiter.reject(reason);
    setStatus("closed");
    socket.off();
    socket.offAny();
    socket.disconnect();
    emitter.clear();
  }
  const closed = () => new RealtimeError("closed", "the session closed");

  let connects = 0;
  socket.on("connect", () => {
    setStatus("connected");
    failures = 0; // each connect's catch-up gets its own retries
    catchUp(++connects === 1);
  });
  socket.on("disconnect", (reason) => {
    caughtUp = false;
    clearTimeout(retry); // the next connect reads again
    if (reason === "io server disconnect")
      shutdown(closed()); // Socket.IO will not reconnect
    else if (status !== "closed") setStatus("reconnecting");
  });
  socket.on("connect_error", (error) => {
    if (socket.active) return; // Socket.IO retries by itself; the status says so
    const refused = new RealtimeError("handshake-refused", "the server refused the session", error);
    emitter.emit("error", refused);
    shutdown(refused);
  });
  /** Whether a payload belongs to this session; events of another session are ignored. */
  const ours = (payload: { sessionId?: unknown } | undefined) => payload?.sessionId === sessionId;
  listen("message", (message) => ours(message) && feed.live(message));
  listen("typing", (payload) => ours(payload) && emitter.emit("typing", payload));
  listen("messageRead", (payload) => ours(payload) && emitter.emit("read", payload));
  listen("sessionClosed", (payload) => {
    if (!ours(payload)) return;
    emitter.emit("closed", payload);
    shutdown(closed());
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
    ready() {
      if (closedBy) return Promise.reject(closedBy);
      if (caughtUp) return Promise.resolve();
      return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
    },
    messages: () => messageIterator(session),
    setTyping: (isTyping) => send("clientTyping", { isTyping }),
    markRead: (messageId) => send("clientRead", { messageId }),
    close: () => shutdown(closed()),
  };
  return session;
}
