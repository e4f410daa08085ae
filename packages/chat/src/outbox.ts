import type { UploadFile } from "@twin-chat/client/uploads";
import { ChatError } from "./errors.js";
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
}

/** An {@link Outgoing} as storage keeps it, with the tab that sends it. */
type Kept = Omit<Outgoing, "files"> & { owner: string };

/** The Web Lock a tab holds while it is open, so that another tab can tell whether the tab's messages are orphans. */
export const tabLock = (tab: string) => `twin-chat:tab:${tab}`;

const isKept = (value: unknown): value is Kept =>
  typeof value === "object" &&
  value !== null &&
  ["key", "text", "owner", "createdAt"].every((field) => typeof Reflect.get(value, field) === "string") &&
  Array.isArray(Reflect.get(value, "names")) &&
  (Reflect.get(value, "fileIds") === undefined || Array.isArray(Reflect.get(value, "fileIds")));

/**
 * The messages waiting to be sent, kept in `storage` under `key` (one list for every tab of the origin, each entry
 * marked with its tab), so that a reload, a crash or a closed tab does not lose them. Storage that throws, or
 * holds something else, is reported through `onError` and then left alone: the outbox goes on in memory.
 */
export class Outbox {
  #storage: SessionStore | undefined;
  readonly #key: string;
  readonly #tab: string;
  readonly #onError: (error: ChatError<"storage">) => void;
  /** Keys of the entries this tab took over from tabs that are gone: they are no longer the others'. */
  readonly #adopted = new Set<string>();

  constructor(
    storage: SessionStore | undefined,
    key: string,
    tab: string,
    onError: (error: ChatError<"storage">) => void,
  ) {
    this.#storage = storage;
    this.#key = key;
    this.#tab = tab;
    this.#onError = onError;
  }

  /** Takes over the kept messages of tabs that are no longer open (every kept message, without Web Locks). */
  async adopt(): Promise<Outgoing[]> {
    const locks = globalThis.navigator?.locks;
    const open = new Set(locks ? (await locks.query()).held?.map((lock) => lock.name) : []);
    const orphans = this.#read().filter((kept) => kept.owner !== this.#tab && !open.has(tabLock(kept.owner)));
    for (const kept of orphans) this.#adopted.add(kept.key);
    return orphans.map(({ owner: _, ...job }) => ({ ...job, files: [] }));
  }

  /** Keeps `jobs`, this tab's messages waiting now, beside the other tabs'. */
  save(jobs: Iterable<Outgoing>): void {
    if (!this.#storage) return;
    const others = this.#read().filter((kept) => kept.owner !== this.#tab && !this.#adopted.has(kept.key));
    const mine = [...jobs].map(({ files: _, ...job }): Kept => ({ ...job, owner: this.#tab }));
    const all = others.concat(mine);
    this.#use((storage) =>
      all.length === 0 ? storage.removeItem(this.#key) : storage.setItem(this.#key, JSON.stringify(all)),
    );
  }

  #read(): Kept[] {
    const text = this.#use((storage) => storage.getItem(this.#key));
    if (!text) return [];
    try {
      const value: unknown = JSON.parse(text);
      if (Array.isArray(value) && value.every(isKept)) return value;
    } catch {}
    this.#fail(
      new ChatError("storage", `storage item ${this.#key} holds something else: unsent messages are not kept`),
    );
    return [];
  }

  #use<T>(action: (storage: SessionStore) => T): T | undefined {
    if (!this.#storage) return undefined;
    try {
      return action(this.#storage);
    } catch (error) {
      this.#fail(new ChatError("storage", `storage refused the outbox: ${String(error)}`, { cause: error }));
      return undefined;
    }
  }

  #fail(error: ChatError<"storage">): void {
    this.#storage = undefined;
    this.#onError(error);
  }
}
