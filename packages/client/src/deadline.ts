/** A signal that aborts when the caller's signal does or when a timeout runs out, whichever comes first. */
export interface Deadline {
  /** Pass this to `fetch`. */
  readonly signal: AbortSignal;
  /** Rejects with the abort reason once the signal aborts; race the attempt against it so no `fetch` can hang a call. */
  readonly expired: Promise<never>;
  /** True once the timeout, not the caller, aborted the signal. */
  readonly timedOut: boolean;
  /** Clears the timer and detaches from the caller's signal; call it when the attempt settles. */
  dispose(): void;
}

/** Starts a per-attempt deadline of `timeoutMs`, tied to the caller's optional `parent` signal. */
export function startDeadline(timeoutMs: number, parent?: AbortSignal): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  let expire!: (reason: unknown) => void;
  const expired = new Promise<never>((_, reject) => (expire = reject));
  expired.catch(() => {}); // only observed through Promise.race
  const abort = (reason: unknown) => {
    controller.abort(reason);
    expire(reason);
  };
  const onAbort = () => abort(parent?.reason);
  if (parent?.aborted) onAbort();
  else parent?.addEventListener("abort", onAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    abort(new DOMException(`timed out after ${timeoutMs} ms`, "TimeoutError"));
  }, timeoutMs);
  return {
    signal: controller.signal,
    expired,
    get timedOut() {
      return timedOut;
    },
    dispose() {
      clearTimeout(timer);
      parent?.removeEventListener("abort", onAbort);
    },
  };
}
