import type { UploadFile } from "@twin-chat/client/uploads";
import { ChatError } from "./errors.js";
import type { ConversationMessage } from "./messages.js";
import type { SessionStore } from "./options.js";

/** A message the user sent that the server has not confirmed yet. */
export interface Outgoing {
  /** Its key in the list, `local-<tab>-<n>`. */
  key: string;
  text: string;
  /** The files to attach, kept in memory only: a reloaded page has their `fileIds`, or has lost them. */
  files: readonly UploadFile[];
  /** The files' ids, once uploaded. */
  fileIds: string[] | undefined;
  /** The files' names, to show them after a reload. */
  names: string[];
  replyToMessageId: string | undefined;
  /** When the user sent it. */
  createdAt: string;
  /** Where the history stood when it was sent: a look-up for it starts there. */
  after: string | undefined;
  /** An attempt may have reached the server: look in the history before sending it again. */
  reached: boolean;
  /** Resolves the caller of `send` or `retry` waiting on it (not kept: storage drops functions). */
  done?: (message: ConversationMessage) => void;
}

/** An {@link Outgoing} as storage keeps it, with the tab that sends it. */
type Kept = Omit<Outgoing, "files"> & { owner: string };

/** The Web Lock a tab holds while it is open, so that another tab can tell whether the tab's messages are orphans. */
export const tabLock = (tab: string) => `twin-chat:tab:${tab}`;

const isKept = (value: unknown): value is Kept =>
  value instanceof Object &&
  ["key", "text"].every((field) => typeof Reflect.get(value, field) === "string") &&
  Array.isArray(Reflect.get(value, "names"));

/** The outbox as storage keeps it: see {@link keepOutbox}. */
export interface Outbox {
  /** Takes over the kept messages of tabs that are no longer open (every kept message, without Web Locks). */
  adopt(): Promise<Outgoing[]>;
  /** Keeps `jobs`, this tab's messages waiting now, beside the other tabs'. */
  save(jobs: Iterable<Outgoing>): void;
}

/**
 * The messages waiting to be sent, kept in `storage` under `key` (one list for every tab of the origin, each entry
 * marked with its tab), so that a reload, a crash or a closed tab does not lose them. Storage that throws, or
 * holds something else, is reported through `onError` and then left alone: the outbox goes on in memory.
 */
export function keepOutbox(
  storage: SessionStore | undefined,
  key: string,
  tab: string,
  onError: (error: ChatError<"storage">) => void,
): Outbox {
  /** Keys of the entries this tab took over from tabs that are gone: they are no longer the others'. */
  const adopted = new Set<string>();
  const fail = (reason: string, cause?: unknown) => {
    storage = undefined;
    onError(new ChatError("storage", `${key} ${reason}: queued messages are not kept`, { cause }));
  };
  const use = <T>(action: (storage: SessionStore) => T): T | undefined => {
    try {
      return storage && action(storage);
    } catch (error) {
      fail("refused by storage", error);
    }
  };
  const read = (): Kept[] => {
    const text = use((storage) => storage.getItem(key));
    try {
      const value: unknown = JSON.parse(text ?? "[]");
      if (Array.isArray(value) && value.every(isKept)) return value;
    } catch {}
    fail("holds something else");
    return [];
  };
  const others = (kept: Kept) => kept.owner !== tab && !adopted.has(kept.key);

  return {
    async adopt() {
      const held = (await globalThis.navigator?.locks?.query())?.held?.map((lock) => lock.name) ?? [];
      const orphans = read().filter((kept) => others(kept) && !held.includes(tabLock(kept.owner)));
      for (const kept of orphans) adopted.add(kept.key);
      return orphans.map(({ owner: _, ...job }) => ({ ...job, files: [] }));
    },
    save(jobs) {
      if (!storage) return;
      const all = read()
        .filter(others)
        .concat([...jobs].map(({ files: _, ...job }) => ({ ...job, owner: tab })));
      use((storage) => (all.length ? storage.setItem(key, JSON.stringify(all)) : storage.removeItem(key)));
    },
  };
}
