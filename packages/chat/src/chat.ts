import {
  backoff,
  type ListSessionMessagesQuery,
  mayBeRetried,
  mayHaveReachedServer,
  type TwinError,
} from "@twin-chat/api-types";
import { type TwinClient, TwinNetworkError } from "@twin-chat/client";
import { allMessages } from "@twin-chat/client/paging";
import { continueSession } from "@twin-chat/client/sessions";
import { type UploadFile, uploadFiles } from "@twin-chat/client/uploads";
import { connectSession, type SessionStatus } from "@twin-chat/realtime";
import { asTwinError, ChatError, invalidInput } from "./errors.js";
import { type ConversationMessage, MessageList } from "./messages.js";
import { type ChatOptions, resolveChatOptions } from "./options.js";
import { keepOutbox, type Outgoing, tabLock } from "./outbox.js";
import { SnapshotStore } from "./store.js";
import { type Link, shareConnection } from "./tabs.js";

/** Where the chat stands: `opening` the session, then the realtime connection's status; `failed` if it never opened. */
export type ChatStatus = "opening" | SessionStatus | "failed";

/** Everything a view shows of the chat, at one moment. Immutable: a change makes a new snapshot. */
export interface ChatSnapshot {
  /** Where the chat stands. */
  readonly status: ChatStatus;
  /** The session, once open. */
  readonly sessionId: string | undefined;
  /** The conversation, history and live merged by id, in order, each message once. */
  readonly messages: readonly ConversationMessage[];
  /** Who is typing now, by author type (`BOT`, `OPERATOR`, or `CLIENT` in another tab). */
  readonly typing: readonly string[];
  /** True once the history since the last connect has been read: the list is whole. */
  readonly caughtUp: boolean;
  /** How many messages wait in the outbox (`queued`) for the connection to come back. */
  readonly queued: number;
  /** The last error that did not belong to one message: opening, the handshake, reading the history, storage. */
  readonly error: TwinError | undefined;
}

/** Options of {@link Chat.send}. */
export interface SendOptions {
  /** Files to upload with `uploadFiles` and attach; uploaded once, even when the send is retried. */
  attachments?: readonly UploadFile[];
  /** Id of the message this one replies to. */
  replyToMessageId?: string;
}

/**
 * One conversation: its messages, sends, typing, read receipts and connection, as one object. Create it with
 * {@link openChat}. Bind a view with `subscribe` and `getSnapshot`, which need no `this`
 * (`useSyncExternalStore(chat.subscribe, chat.getSnapshot)`).
 */
export interface Chat {
  /** Calls `listener` after every change of the snapshot; returns a function that stops it. */
  readonly subscribe: (listener: () => void) => () => void;
  /** The snapshot now; the same object until something changes. */
  readonly getSnapshot: () => ChatSnapshot;
  /** Resolves once the session is open, connected and its history read; rejects with the error if it cannot open. */
  ready(): Promise<ChatSnapshot>;
  /**
   * Sends `text`: the message shows at once as `sending`, or as `queued` while the server cannot be reached
   * (offline, reconnecting, a network error or a timeout); a queued message is kept in `storage` and goes out by
   * itself, in the order sent, once the connection is back, even after a reload. Resolves with the message once
   * it is `sent`, `queued` or `failed` (refused by the server: see its `error`); never rejects for a failed send.
   * Bad input throws a {@link ChatError} at once, before anything is shown.
   */
  send(text: string, options?: SendOptions): Promise<ConversationMessage>;
  /**
   * Sends the failed (or queued) message `key` again now. When an attempt may have reached the server (a
   * timeout, a reset), the session's history is read first, and the message is not sent twice.
   */
  resend(key: string): Promise<ConversationMessage>;
  /**
   * Removes the message `key` from the list and the outbox, and it is never sent: a failed or queued one, or one
   * still uploading its files or waiting its turn (not one already on its way to the server); returns whether it did.
   */
  discard(key: string): boolean;
  /** Tells the others the user started or stopped typing. */
  setTyping(isTyping: boolean): void;
  /** Tells the server the user read the message `id` (its `readAt` follows from the server's receipt). */
  markRead(id: string): void;
  /** Releases the socket, timers, requests and listeners; the server's session stays open for a later visit. */
  close(): void;
  /** The HTTP client the chat uses, for the rest of the API. */
  readonly client: TwinClient;
}

/** Overlap of a retry's history look-up, so that a message stamped a little before the last one seen is found. */
const OVERLAP_MS = 1_000;

/** Whether the browser knows it is offline (Node always counts as online). */
const offline = () => globalThis.navigator?.onLine === false;

const earlier = (from: string | undefined) =>
  from === undefined ? undefined : new Date(Date.parse(from) - OVERLAP_MS).toISOString();

/**
 * Opens a conversation: starts a session in `chatId` or continues the stored one (or opens `sessionId`), then
 * follows it over the realtime channel, reading the history on every connect so that the list stays whole.
 * Returns at once; the snapshot's `status` tells how far it got, and `ready()` waits for it.
 *
 * @example
 * ```ts
 * const chat = openChat({ baseUrl: "http://127.0.0.1:4010", chatId: "demo-chat", storage: localStorage });
 * chat.subscribe(() => render(chat.getSnapshot()));
 * await chat.send("Hello");
 * ```
 */
export function openChat(options: ChatOptions): Chat {
  const config = resolveChatOptions(options);
  const { chatId, client } = config;
  const { start } = options;
  const tab = Math.random().toString(36).slice(2);
  const list = new MessageList();
  const typing = new Set<string>();
  /** The outbox: every message not confirmed yet, in the order sent. */
  const jobs = new Map<string, Outgoing>();
  const store = new SnapshotStore<ChatSnapshot>({
    status: "opening",
    sessionId: undefined,
    messages: list.view(),
    typing: [],
    caughtUp: false,
    queued: 0,
    error: undefined,
  });
  const outbox = keepOutbox(config.storage, `${config.storageKey}:outbox`, tab, (error) => store.set({ error }));
  const abort = new AbortController();
  const call = { signal: abort.signal };
  let session: Link | undefined;
  let sequence = 0;
  /** The passes of the outbox, one after another. */
  let line = Promise.resolve();
  let failures = 0;
  let wake: ReturnType<typeof setTimeout> | undefined;

  let settleReady!: (error?: TwinError) => void;
  const readyPromise = new Promise<ChatSnapshot>((resolve, reject) => {
    settleReady = (error) => (error ? reject(error) : resolve(store.get()));
  });
  readyPromise.catch(() => {}); // observed through ready()

  const isClosed = () => store.get().status === "closed" || store.get().status === "failed";
  const refuseClosed = () => {
    if (isClosed()) throw new ChatError("closed", "the chat is closed: open a new one to send");
  };
  const publish = () => {
    let queued = 0;
    for (const key of jobs.keys()) if (list.get(key)?.state === "queued") queued++;
    store.set({ messages: list.view(), typing: [...typing], queued });
  };
  const remember = (action: (storage: NonNullable<typeof config.storage>) => void) => {
    try {
      if (config.storage) action(config.storage);
    } catch {
      // a full or forbidden storage only costs the resume after a reload
    }
  };
  /** Tells the caller of `send` or `resend` waiting on `job` where its message stands. */
  const settle = (job: Outgoing | undefined) => {
    const message = job && list.get(job.key);
    if (message) job.done?.(message);
  };
  globalThis.addEventListener?.("online", () => pump(true), call);
  // While the chat is open, its tab's lock tells other tabs that its kept messages are not orphans.
  globalThis.navigator?.locks
    ?.request(
      tabLock(tab),
      { signal: abort.signal },
      () => new Promise((resolve) => abort.signal.addEventListener("abort", resolve)),
    )
    .catch(() => {});

  function fail(error: TwinError): void {
    if (isClosed()) return;
    store.set({ status: "failed", error });
    settleReady(error);
    release();
  }

  async function open(): Promise<string> {
    let id = config.sessionId;
    remember((s) => (id ??= s.getItem(config.storageKey) ?? undefined));
    const kept = await outbox.adopt();
    // what was typed before the reload goes out before what was typed since: the kept messages go first
    const typed = [...jobs.values()];
    jobs.clear();
    for (const job of kept) queue(job, "queued");
    for (const job of typed) jobs.set(job.key, job);
    while (chatId !== undefined) {
      const body = { returnAnswerAsync: true, ...start };
      try {
        const opened =
          id === undefined
            ? await client.startSession(chatId, body, call)
            : await continueSession(client, chatId, { ...body, sessionId: id }, call);
        id = opened.id;
        break;
      } catch (error) {
        if (!offline() || isClosed()) throw error;
        store.set({ error: asTwinError(error) }); // offline: try again when the browser is back online
        await new Promise((resolve) => globalThis.addEventListener?.("online", resolve, { once: true }));
      }
    }
    const sessionId = id;
    if (sessionId === undefined) throw invalidInput("chatId", "or sessionId is required"); // checked with the options
    remember((s) => s.setItem(config.storageKey, sessionId));
    if (isClosed()) throw new ChatError("closed", "the chat was closed while opening");
    store.set({ sessionId, status: "connecting" });
    follow(sessionId);
    return sessionId;
  }

  /** Follows the session over realtime, which reads the history on every connect; the list merges it all by id. */
  function follow(sessionId: string): void {
    const history = (id: string, query: ListSessionMessagesQuery) => client.listMessages(id, query, call);
    const connect = () => {
      try {
        return connectSession({ ...config.realtime, sessionId, history });
      } catch (error) {
        fail(asTwinError(error)); // bad realtime options: in another tab's lock, the throw would go unseen
        throw error;
      }
    };
    const rt = shareConnection(sessionId, connect, () => catchUp(sessionId), tab, config.shareConnection);
    session = rt;
    rt.on("status", (status) => {
      if (isClosed()) return;
      if (status === "closed") release();
      typing.clear();
      publish();
      store.set({ status, caughtUp: false });
      if (status === "connected") rt.ready().then(caughtUp, () => {});
    });
    rt.on("message", (message) => {
      typing.delete(message.authorType);
      if (list.merge(message)) publish();
    });
    rt.on("typing", (event) => {
      if (event.isTyping) typing.add(event.authorType);
      else typing.delete(event.authorType);
      publish();
    });
    rt.on("read", (event) => {
      if (list.markRead(event.messageId, event.readAt ?? new Date().toISOString())) publish();
    });
    rt.on("closed", () => remember((s) => s.removeItem(config.storageKey)));
    rt.on("error", (error) => (error.code === "handshake-refused" ? fail(error) : store.set({ error })));
  }

  /**
   * Reads the history from `after` (default: the last message shown) into the list: how a tab that does not hold
   * the connection catches up, and how a send that may have reached the server is found (its echo claims it).
   */
  async function catchUp(sessionId: string, after = list.cursor()): Promise<void> {
    const from = earlier(after);
    for await (const message of allMessages(client, sessionId, { ...(from && { from }) }, call)) list.merge(message);
    publish();
  }

  function caughtUp(): void {
    if (isClosed() || session?.status !== "connected") return;
    store.set({ caughtUp: true, error: undefined });
    settleReady();
    pump(true);
  }

  /** Puts `job` in the outbox and the list, as `state`. */
  function queue(job: Outgoing, state: "queued" | "sending"): void {
    jobs.set(job.key, job);
    list.addLocal(job.key, {
      sessionId: store.get().sessionId ?? "",
      authorType: "CLIENT",
      body: job.text,
      attachments: job.names.map((name) => ({ name })),
      readAt: null,
      createdAt: job.createdAt,
    });
    // a kept message whose attempt may have reached the server: an echo of it in the history claims it
    const error = job.reached ? new TwinNetworkError("createClientMessage", "page closed while sending") : undefined;
    if (state === "queued") list.setState(job.key, state, error);
    outbox.save(jobs.values());
    publish();
  }

  /**
   * Sends the outbox, one message at a time in the order sent, while the session is connected and caught up. A
   * failure worth retrying (the network, a timeout, a 5xx) queues the message again and waits for the connection
   * to come back, or a backoff; a refusal fails it, and the next one goes on.
   */
  function pump(now = false): void {
    if (now) {
      clearTimeout(wake);
      failures = 0;
    }
    line = line.then(drain);
  }

  /** One pass over the outbox; passes run one after another (`line`), so that one message is sent at a time. */
  async function drain(): Promise<void> {
    for (const [key, job] of jobs) {
      const { sessionId, caughtUp } = store.get();
      if (!sessionId || !caughtUp || offline() || isClosed()) return;
      if (list.get(key)?.state !== "failed" && !(await deliver(sessionId, key, job))) return;
    }
  }

  /** Sends the message `key`, unless an earlier attempt shows in the history; false when it is queued again. */
  async function deliver(sessionId: string, key: string, job: Outgoing): Promise<boolean> {
    list.setState(key, "sending");
    publish();
    try {
      if (!job.fileIds && job.names.length) {
        // a page keeps the files in memory only: after a reload, those not uploaded yet are gone
        if (!job.files.length) throw new ChatError("storage", "its files were lost with the page: attach them again");
        job.fileIds = (await uploadFiles(client, job.files, {}, call)).map((file) => file.id);
        outbox.save(jobs.values());
      }
      if (job.reached) await catchUp(sessionId, job.after);
      if (list.get(key)?.state === "sending") {
        // not claimed by its echo, nor discarded meanwhile
        const body = { body: job.text, attachments: job.fileIds, replyToMessageId: job.replyToMessageId };
        job.reached = true; // from now on, a reload must look in the history before sending it again
        outbox.save(jobs.values());
        list.confirm(key, await client.sendMessage(sessionId, body, call));
      }
      jobs.delete(key);
      failures = 0;
    } catch (thrown) {
      const error = asTwinError(thrown);
      const again = mayBeRetried(error) || mayHaveReachedServer(error); // the network, a timeout, a 5xx, a 429
      list.setState(key, again ? "queued" : "failed", error);
      if (again && !isClosed()) {
        clearTimeout(wake);
        wake = setTimeout(pump, backoff(failures++, 1_000, 30_000)); // 1 s, 2 s… 30 s at most
      }
    }
    outbox.save(jobs.values());
    publish();
    settle(job);
    return jobs.has(key) === false || list.get(key)?.state === "failed";
  }

  function release(): void {
    abort.abort(new ChatError("closed", "the chat was closed"));
    clearTimeout(wake);
    session?.close();
  }

  const opened = open();
  opened.catch((error) => fail(asTwinError(error)));

  /** Waits for `key` to be sent, queued or failed, and starts the outbox. */
  const outcome = (key: string) => {
    const job = jobs.get(key);
    const promise = new Promise<ConversationMessage>((resolve) => {
      if (job) job.done = resolve;
    });
    if (offline() || store.get().status === "reconnecting") {
      list.setState(key, "queued");
      publish();
      settle(job);
    }
    pump(true);
    return promise;
  };

  return {
    client,
    subscribe: (listener) => store.subscribe(listener),
    getSnapshot: () => store.get(),
    ready: () => readyPromise,
    send(text, sendOptions = {}) {
      refuseClosed();
      if (typeof text !== "string") throw invalidInput("text", "must be a string");
      const files = sendOptions.attachments ?? [];
      if (!Array.isArray(files)) throw invalidInput("attachments", "must be an array of files");
      if (text.trim() === "" && files.length === 0) throw invalidInput("text", "must not be empty without attachments");
      const key = `local-${tab}-${++sequence}`;
      const job: Outgoing = {
        key,
        text,
        files,
        fileIds: undefined,
        names: files.map((file) => file.name),
        replyToMessageId: sendOptions.replyToMessageId,
        createdAt: new Date().toISOString(),
        after: list.cursor(),
        reached: false,
      };
      queue(job, "sending");
      return outcome(key);
    },
    resend(key) {
      const message = list.get(key);
      if (!message) throw invalidInput("key", `must be the key of a message of this chat, got ${JSON.stringify(key)}`);
      if (message.state !== "failed" && message.state !== "queued") return Promise.resolve(message);
      refuseClosed();
      list.setState(message.key, "sending");
      publish();
      return outcome(message.key);
    },
    discard(key) {
      const message = list.get(key);
      const job = message && jobs.get(message.key);
      // a send on its way to the server cannot be called back; one still uploading or waiting can
      if (!job || (job.reached && message.state === "sending")) return false;
      settle(job);
      jobs.delete(message.key);
      list.remove(message.key);
      outbox.save(jobs.values());
      publish();
      return true;
    },
    setTyping: (isTyping) => session?.setTyping(isTyping === true),
    markRead(id) {
      if (list.has(id)) session?.markRead(id);
    },
    close() {
      release();
      for (const job of jobs.values()) settle(job); // a send still waiting resolves with its message as it stands
      store.set({ status: "closed", caughtUp: false });
      settleReady(new ChatError("closed", "the chat was closed before it was ready"));
      store.clear();
    },
  };
}
