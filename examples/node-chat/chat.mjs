#!/usr/bin/env node
// A terminal chat: opens a conversation, sends each line you type, prints the bot's and operators' answers as they
// arrive. Against the local mock: `pnpm start` at the repository root, then
//   node examples/node-chat/chat.mjs            (or --base-url https://… for another server)
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { openChat, TwinError } from "@twin-chat/chat";

const { values } = parseArgs({
  options: {
    "base-url": { type: "string", default: "http://127.0.0.1:4010" },
    chat: { type: "string", default: "demo-chat" },
    "wait-ms": { type: "string", default: "5000" },
  },
});
const chat = openChat({
  baseUrl: values["base-url"],
  chatId: values.chat,
  timeoutMs: 10_000,
  start: { clientTimezone: -new Date().getTimezoneOffset() },
});

/** Prints each answer once, as the conversation grows, and says when the connection is lost. */
const printed = new Set();
let lastStatus;
function printAnswers() {
  const { messages, status } = chat.getSnapshot();
  for (const m of messages) {
    if (m.authorType === "CLIENT" || printed.has(m.id)) continue; // our own lines are on the screen already
    printed.add(m.id);
    console.log(`${m.authorName ?? m.authorType.toLowerCase()}: ${m.body ?? ""}`);
  }
  if (status === "reconnecting" && lastStatus !== status) console.error("(connection lost, reconnecting…)");
  lastStatus = status;
}
chat.subscribe(printAnswers);

try {
  const { sessionId } = await chat.ready();
  console.error(`Session ${sessionId} started. Type a message and press Enter; Ctrl+D to quit.`);
  let sent = 0;
  for await (const line of createInterface({ input: process.stdin, terminal: false })) {
    if (!line.trim()) continue;
    const message = await chat.send(line);
    if (message.state === "failed") console.error(`(not sent: ${message.error?.message})`);
    else sent++;
  }
  // Input ended (Ctrl+D or a pipe): wait a little for the answers still on their way (the greeting, then one each).
  await new Promise((resolve) => {
    const timer = setTimeout(resolve, Number(values["wait-ms"]));
    const check = () => {
      if (printed.size < 1 + sent) return;
      clearTimeout(timer);
      resolve();
    };
    chat.subscribe(check);
    check();
  });
} catch (error) {
  if (!(error instanceof TwinError)) throw error;
  console.error(`twin-chat: ${error.message}`);
  process.exitCode = 1;
} finally {
  chat.close();
}
