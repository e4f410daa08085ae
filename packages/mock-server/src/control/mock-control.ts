import type { ChatMessage } from "@twin-chat/api-types";
import type { components } from "../generated/control.js";
import { messageContent, type ScenarioEngine } from "../scenario/engine.js";
import type { MessageSpec, Steps } from "../scenario/format.js";
import type { Fault, FaultQueue, FaultSpec } from "../state/fault-queue.js";
import type { FileRegistry } from "../state/file-registry.js";
import { type Author, BOT_ID, newMessage, type SessionStore } from "../state/session-store.js";

/** A session as the control API lists it. */
export type SessionSummary = components["schemas"]["SessionSummary"];

/** Who speaks through the control API: the bot, or an operator (the one present, or `name`). */
export type SpeakAs = Pick<components["schemas"]["SayRequest"], "as" | "name">;

/**
 * Everything a test (or the console) can do to a running mock, in-process. The same operations are served over
 * HTTP under `/__twin/api/` (see the control API's OpenAPI document).
 */
export interface MockControl {
  /** Every session the mock has seen, most recently active last. */
  sessions(): SessionSummary[];
  /** The session's messages, oldest first; empty for a session the mock has not seen. */
  conversation(sessionId: string): ChatMessage[];
  /** Posts a message into the session at once, as the bot or an operator, and returns it. */
  say(sessionId: string, message: MessageSpec, as?: SpeakAs): ChatMessage;
  /** Shows or hides the bot's or an operator's typing indicator in the session. */
  typing(sessionId: string, isTyping: boolean, as?: SpeakAs): void;
  /** Plays scenario steps into the session (after what it is playing); resolves when they are done. */
  play(sessionId: string, steps: Steps): Promise<void>;
  /** Closes the session from the server's side: `session:closed`, then its sockets are disconnected. */
  close(sessionId: string, reason?: string): void;
  /** Drops the session's realtime connections without a goodbye, as a network failure would. */
  drop(sessionId: string): void;
  /** Makes the next calls of an operation fail, or answer late. */
  fail(fault: FaultSpec): Fault;
  /** The faults still pending. */
  faults(): Fault[];
  /** Forgets every session and fault and stops every step under way. */
  reset(): void;
}

/** What the control API acts on. */
export interface ControlContext {
  store: SessionStore;
  faults: FaultQueue;
  files: FileRegistry;
  engine: ScenarioEngine;
  origin: () => string;
}

/** The control API over the mock's store, faults and scenario engine. */
export function createControl(context: ControlContext): MockControl {
  const { store, faults, engine } = context;

  function author(sessionId: string, as: SpeakAs = {}): Author {
    if (as.as !== "OPERATOR") return { type: "BOT", id: BOT_ID, name: "Mock bot" };
    const operator = store.find(sessionId)?.operator;
    return { type: "OPERATOR", id: operator?.id ?? null, name: operator?.name ?? as.name ?? "Operator" };
  }

  return {
    sessions: () =>
      store.sessions().map((s) => ({
        id: s.id,
        chatId: s.chatId ?? null,
        startedAt: s.startedAt,
        closedAt: s.closedAt ?? null,
        operator: s.operator?.name ?? null,
        messageCount: s.messages.length,
        lastMessage: s.messages.at(-1)?.body ?? null,
        sockets: store.sockets(s.id),
      })),
    conversation: (sessionId) => [...(store.find(sessionId)?.messages ?? [])],
    say: (sessionId, message, as) =>
      store.add(newMessage(sessionId, author(sessionId, as), messageContent(message, context))),
    typing: (sessionId, isTyping, as) => store.typing({ sessionId, authorType: author(sessionId, as).type, isTyping }),
    play: (sessionId, steps) => engine.play(sessionId, steps),
    close: (sessionId, reason) => void store.close(sessionId, reason),
    drop: (sessionId) => store.drop(sessionId),
    fail: (fault) => faults.add(fault),
    faults: () => faults.list(),
    reset() {
      engine.cancel();
      faults.clear();
      store.reset();
    },
  };
}
