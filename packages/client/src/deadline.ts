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
  const expired = new Promise<never>((_, reject) => {
    controller.signal.addEventListener("abort", () => reject(controller.signal.reason), { once: true });
  });
  expired.catch(() => {}); // only observed through Promise.race
  const onAbort = () => controller.abort(parent?.reason);
  if (parent?.aborted) onAbort();
  else parent?.addEventListener("abort", onAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, "TimeoutError"));
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
