import { createTwinClient } from "@twin-chat/client";
import type { HistoryReader, RealtimeSession } from "../src/index.js";

/**
 * Resolves once `check` holds, looking again every 5 ms. It has no clock of its own: a condition that never holds
 * ends with the test's timeout, a guard against a hang that a busy machine does not reach.
 */
export async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 5));
}

/** A history reader over `@twin-chat/client`'s `listMessages`, as an app would pass it. */
export function historyFrom(baseUrl: string): HistoryReader {
  const twin = createTwinClient({ baseUrl });
  return (sessionId, query) => twin.listMessages(sessionId, query);
}

/** Resolves when the session is connected. */
export const connected = (session: RealtimeSession) => until(() => session.status === "connected");
