import { createTwinClient, TwinError } from "@twin-chat/client";
import { connectSession, type RealtimeSession } from "@twin-chat/realtime";

/** The API to talk to: `?api=` in the page's URL, else the local mock. */
const api = new URLSearchParams(location.search).get("api") ?? "http://127.0.0.1:4010";
const chatId = new URLSearchParams(location.search).get("chat") ?? "demo-chat";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const list = $<HTMLOListElement>("messages");
const status = $<HTMLSpanElement>("status");
const errorBox = $<HTMLParagraphElement>("error");
const form = $<HTMLFormElement>("composer");
const input = $<HTMLInputElement>("text");

const twin = createTwinClient({ baseUrl: api, timeoutMs: 8_000 });
const shown = new Set<string>();
let session: RealtimeSession | undefined;
let sessionId: string | undefined;

/** Shows a message once, by id. */
function show(id: string, author: string, text: string): void {
  if (shown.has(id)) return;
  shown.add(id);
  const item = document.createElement("li");
  item.className = author === "CLIENT" ? "client" : "bot";
  item.textContent = text;
  list.append(item);
  list.scrollTop = list.scrollHeight;
}

/** Shows `message` in the error bar, or hides it. */
function showError(message: string | undefined): void {
  errorBox.hidden = message === undefined;
  errorBox.textContent = message ?? "";
}

const describe = (error: unknown) => (error instanceof TwinError ? error.message : String(error));

async function start(): Promise<void> {
  try {
    const started = await twin.startSession(chatId, { returnAnswerAsync: true });
    sessionId = started.id;
    session = connectSession({ url: api, sessionId, history: (id, query) => twin.listMessages(id, query) });
    session.on("message", (m) => show(m.id, m.authorType, m.body ?? ""));
    session.on("status", (s) => {
      status.textContent = s === "connected" ? "online" : s;
      showError(s === "reconnecting" ? "Connection lost. Reconnecting…" : undefined);
    });
    session.on("error", (e) => showError(e.message));
  } catch (error) {
    status.textContent = "offline";
    showError(`Cannot reach the chat server: ${describe(error)}`);
  }
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text || !sessionId) return;
  input.value = "";
  try {
    const created = await twin.sendMessage(sessionId, { body: text });
    show(created.id, "CLIENT", text);
    showError(undefined);
  } catch (error) {
    input.value = text;
    showError(`Your message was not sent: ${describe(error)}`);
  }
});

void start();
