import { Emitter, throwLater } from "@twin-chat/api-types";
import type { RealtimeSession, SessionEvents, SessionStatus } from "@twin-chat/realtime";

/** What the chat follows its session through: a realtime connection of its own, or the one another tab holds. */
export type Link = Pick<RealtimeSession, "status" | "on" | "ready" | "setTyping" | "markRead" | "close">;

/** What tabs tell each other: an event of the shared connection, or a request to the tab that holds it. */
type Note =
  | { event: Exclude<keyof SessionEvents, "error">; payload: unknown; from?: string }
  | { ask: "typing"; isTyping: boolean; from: string }
  | { ask: "read"; id: string }
  | { ask: "status" };

/**
 * The events the holding tab passes on to the others. Its errors stay its own: a refused handshake fails that tab,
 * which lets the connection go, and the next tab meets the refusal in turn; each tab reads its own history.
 */
const RELAYED = ["status", "message", "typing", "read", "closed"] as const;

/**
 * Follows `sessionId` over one realtime connection for every tab of the origin: the tab holding the Web Lock
 * `twin-chat:<sessionId>` connects and passes what it hears to the others through a `BroadcastChannel`; they send
 * typing and reads through it. When that tab goes, the lock passes to another, which connects in turn. Where the
 * two APIs are missing, or `share` is false, the chat connects by itself, as `connect()` does.
 *
 * @param catchUp - How a tab that does not hold the connection reads what it missed (the HTTP history).
 * @param tab - This tab's id, so that it does not show its own typing as another tab's.
 */
export function shareConnection(
  sessionId: string,
  connect: () => RealtimeSession,
  catchUp: () => Promise<void>,
  tab: string,
  share = true,
): Link {
  const locks = globalThis.navigator?.locks;
  if (!share || !locks || !globalThis.BroadcastChannel) return connect();
  const channel = new BroadcastChannel(`twin-chat:${sessionId}`);
  let status: SessionStatus = "connecting";
  /** The events of the shared connection, as this tab hears them (payloads are as the holding tab posted them). */
  const events = new Emitter<Record<keyof SessionEvents, unknown>>(throwLater);
  events.on("status", (next: SessionStatus) => (status = next));
  const stop = new AbortController();
  let own: RealtimeSession | undefined;
  let release: (() => void) | undefined;

  const post = (note: Note) => channel.postMessage(note);
  /** Shows typing of this browser's user in another tab, as the server would show it from another connection. */
  const typedElsewhere = (isTyping: boolean, from: string) => {
    const payload = { sessionId, authorType: "CLIENT", isTyping };
    if (from !== tab) events.emit("typing", payload);
    post({ event: "typing", payload, from });
  };

  channel.onmessage = ({ data }: MessageEvent<Note>) => {
    if (own) {
      if ("ask" in data) answer(own, data);
    } else if ("event" in data && data.from !== tab) events.emit(data.event, data.payload);
  };

  /** What the tab holding the connection does for another tab: typing, a read, or its status. */
  function answer(own: RealtimeSession, data: Extract<Note, { ask: string }>): void {
    if (data.ask === "typing") {
      own.setTyping(data.isTyping);
      typedElsewhere(data.isTyping, data.from);
    } else if (data.ask === "read") own.markRead(data.id);
    else post({ event: "status", payload: own.status });
  }

  locks
    .request(`twin-chat:${sessionId}`, { signal: stop.signal }, () => {
      own = connect();
      for (const event of RELAYED) {
        own.on(event, (payload) => {
          if (stop.signal.aborted) return;
          events.emit(event, payload);
          post({ event, payload });
        });
      }
      own.on("error", (error) => stop.signal.aborted || events.emit("error", error));
      events.emit("status", own.status);
      return new Promise<void>((resolve) => (release = resolve));
    })
    .catch(() => {}); // aborted by close() while waiting
  post({ ask: "status" });

  return {
    get status() {
      return status;
    },
    on: (event, listener) => events.on(event, listener),
    ready: () => (own ? own.ready() : catchUp()),
    setTyping(isTyping) {
      if (own) {
        own.setTyping(isTyping);
        typedElsewhere(isTyping, tab);
      } else post({ ask: "typing", isTyping, from: tab });
    },
    markRead: (id) => (own ? own.markRead(id) : post({ ask: "read", id })),
    close() {
      stop.abort();
      events.clear();
      own?.close();
      release?.();
      channel.close();
    },
  };
}
