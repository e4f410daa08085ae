#!/usr/bin/env node
// A terminal chat: starts a session, sends each line you type, prints the bot's and operators' answers as they
// arrive over the realtime channel. Against the local mock: `pnpm start` at the repository root, then
//   node examples/node-chat/chat.mjs            (or --base-url https://… for another server)
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { createTwinClient, TwinError } from "@twin-chat/client";
import { connectSession } from "@twin-chat/realtime";

const { values } = parseArgs({
  options: {
    "base-url": { type: "string", default: "http://127.0.0.1:4010" },
    chat: { type: "string", default: "demo-chat" },
    "wait-ms": { type: "string", default: "5000" },
  },
});
const baseUrl = values["base-url"];
const twin = createTwinClient({ baseUrl, timeoutMs: 10_000 });

try {
  const { id } = await twin.startSession(values.chat, {
    returnAnswerAsync: true,
    clientTimezone: -new Date().getTimezoneOffset(),
  });
  const session = connectSession({
    url: baseUrl,
    sessionId: id,
    history: (sessionId, query) => twin.listMessages(sessionId, query),
  });
  let awaitingReplies = 1; // the bot's first answer comes over the realtime channel (returnAnswerAsync)
  session.on("message", (message) => {
    if (message.authorType === "CLIENT") return; // our own lines, echoed to our other tabs
    awaitingReplies = Math.max(0, awaitingReplies - 1);
    console.log(`${message.authorName ?? message.authorType.toLowerCase()}: ${message.body ?? ""}`);
  });
  session.on("status", (status) => status === "reconnecting" && console.error("(connection lost, reconnecting…)"));
  session.on("closed", (event) => console.log(`(session closed${event.reason ? `: ${event.reason}` : ""})`));
  session.on("error", (error) => console.error(`(realtime: ${error.message})`));
  // Answers go to the sockets in the session's room: join it before sending anything.
  await new Promise((resolve, reject) => {
    session.on("status", (status) =>
      status === "connected" ? resolve() : status === "closed" && reject(new Error("realtime connection refused")),
    );
  });
  console.error(`Session ${id} started. Type a message and press Enter; Ctrl+D to quit.`);

  const lines = createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    if (!line.trim()) continue;
    awaitingReplies++;
    await twin.sendMessage(id, { body: line });
  }
  // Input ended (Ctrl+D or a pipe): wait a little for the answers still on their way.
  const deadline = Date.now() + Number(values["wait-ms"]);
  while (awaitingReplies > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  session.close();
} catch (error) {
  if (!(error instanceof TwinError)) throw error;
  console.error(`twin-chat: ${error.message}`);
  process.exitCode = 1;
}
