import { createTwinClient } from "@twin-chat/client";
import type { HistoryReader, RealtimeSession } from "../src/index.js";

/** Resolves once `check` holds, polling; rejects after `ms`. */
export async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A history reader over `@twin-chat/client`'s `listMessages`, as an app would pass it. */
export function historyFrom(baseUrl: string): HistoryReader {
  const twin = createTwinClient({ baseUrl });
  return (sessionId, query) => twin.listMessages(sessionId, query);
}

/** Resolves when the session is connected. */
export const connected = (session: RealtimeSession) => until(() => session.status === "connected");
