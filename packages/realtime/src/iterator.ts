import type { ChatMessage } from "@twin-chat/api-types";

/**
 * What {@link messageIterator} reads of a session (a `RealtimeSession` is one): its status now, its messages and its
 * status changes. Declared here, not imported, so that the session module and this one do not import each other.
 */
export interface MessageSource {
  /** The connection status now; `closed` ends the iterator. */
  readonly status: string;
  /** Adds a listener of new messages; returns a function that removes it. */
  on(event: "message", listener: (message: ChatMessage) => void): () => void;
  /** Adds a listener of status changes; returns a function that removes it. */
  on(event: "status", listener: (status: string) => void): () => void;
}

type Result = IteratorResult<ChatMessage, undefined>;

const finished: Result = { value: undefined, done: true };

/**
 * The session's messages as an async iterator that ends when the session closes or the loop breaks. Every `next()`
 * settles, in call order, however many are pending at once; the pending ones settle `done` when it ends.
 */
export function messageIterator(session: MessageSource): AsyncIterableIterator<ChatMessage> {
  const queue: ChatMessage[] = [];
  const pending: ((result: Result) => void)[] = [];
  let done = session.status === "closed";
  const offMessage = done
    ? () => {}
    : session.on("message", (message) => {
        const settle = pending.shift();
        if (settle) settle({ value: message, done: false });
        else queue.push(message);
      });
  const offStatus = done ? () => {} : session.on("status", (status) => status === "closed" && finish());
  function finish(): void {
    done = true;
    offMessage();
    offStatus();
    for (const settle of pending.splice(0)) settle(finished);
  }
  return {
    next() {
      const message = queue.shift();
      if (message) return Promise.resolve({ value: message, done: false });
      if (done) return Promise.resolve(finished);
      return new Promise<Result>((resolve) => pending.push(resolve));
    },
    return() {
      queue.length = 0;
      finish();
      return Promise.resolve(finished);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
