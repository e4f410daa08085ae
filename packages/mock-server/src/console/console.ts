/**
 * The operator console, in the browser: live sessions and conversations from the control API's event stream,
 * and forms that answer as an operator, show typing, drop a connection, close a session and inject faults.
 */
import type { ChatMessage, TypingEvent } from "@twin-chat/api-types";
import type { SessionSummary } from "../control/mock-control.js";
import type { Fault } from "../state/fault-queue.js";

const api = new URL("./api/", location.href);
/** The page's element with `id`, of type `T` (the page is console/assets.ts's, which has every id this script uses). */
function $<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.querySelector<T>(`#${id}`);
  if (!element) throw new Error(`The console page has no #${id}.`);
  return element;
}

/** The control API's answer to a GET of `path`: the list it holds under `items`. */
async function items<T>(path: string): Promise<T[]> {
  const body: { items: T[] } = await (await call(path)).json();
  return body.items;
}

/** Calls `handler` with the JSON data of each `name` event of `events`. */
function onData<T>(events: EventSource, name: string, handler: (data: T) => void): void {
  events.addEventListener(name, (event) => {
    if (event instanceof MessageEvent && typeof event.data === "string") handler(JSON.parse(event.data));
  });
}

const sessions = new Map<string, SessionSummary>();
let selected: string | undefined;

async function call(path: string, init?: { method: string; body?: unknown }): Promise<Response> {
  const response = await fetch(new URL(path, api), {
    method: init?.method ?? "GET",
    headers: init?.body === undefined ? {} : { "content-type": "application/json" },
    body: init?.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!response.ok) $("status").textContent = `error ${response.status}: ${(await response.json()).error}`;
  return response;
}

function renderSessions(): void {
  const list = $("sessions");
  list.replaceChildren(
    ...[...sessions.values()].reverse().map((s) => {
      const item = document.createElement("li");
      item.dataset.sessionId = s.id;
      item.className = s.closedAt ? "closed" : "";
      item.setAttribute("aria-selected", String(s.id === selected));
      item.textContent = `${s.chatId ?? "session"} · ${s.id.slice(0, 8)} · ${s.messageCount} msg`;
      item.addEventListener("click", () => void select(s.id));
      return item;
    }),
  );
}

function messageItem(message: ChatMessage): HTMLLIElement {
  const item = document.createElement("li");
  item.dataset.author = message.authorType;
  item.dataset.messageId = message.id;
  const who = document.createElement("b");
  who.textContent = `${message.authorName ?? message.authorType} · ${new Date(message.createdAt).toLocaleTimeString()}`;
  item.append(who, message.body ?? "");
  if (message.answers?.length) item.append(` [${message.answers.join(" | ")}]`);
  return item;
}

async function select(sessionId: string): Promise<void> {
  selected = sessionId;
  $<HTMLFieldSetElement>("session-actions").disabled = false;
  renderSessions();
  const messages = await items<ChatMessage>(`sessions/${encodeURIComponent(sessionId)}/messages`);
  $("conversation").replaceChildren(...messages.map(messageItem));
}

async function refreshSessions(): Promise<void> {
  const summaries = await items<SessionSummary>("sessions");
  sessions.clear();
  for (const s of summaries) sessions.set(s.id, s);
  renderSessions();
}

async function refreshFaults(): Promise<void> {
  const faults = await items<Fault>("faults");
  $("faults").textContent = faults.map((f) => `${f.operation} ×${f.remaining}`).join(", ");
}

function listen(): void {
  const events = new EventSource(new URL("events", api));
  events.addEventListener("open", () => {
    $("status").textContent = "live";
  });
  events.addEventListener("error", () => {
    $("status").textContent = "reconnecting…";
  });
  events.addEventListener("session", () => void refreshSessions());
  events.addEventListener("reset", () => void refreshSessions());
  events.addEventListener("closed", () => void refreshSessions());
  onData<ChatMessage>(events, "message", (message) => {
    const known = sessions.get(message.sessionId);
    if (known) known.messageCount += 1;
    renderSessions();
    if (message.sessionId === selected) {
      $("conversation").append(messageItem(message));
      $("conversation").lastElementChild?.scrollIntoView();
    }
  });
  onData<TypingEvent>(events, "typing", (typing) => {
    if (typing.sessionId === selected)
      $("typing").textContent = typing.isTyping ? `${typing.authorType} is typing…` : "";
  });
}

$("answer").addEventListener("submit", (event) => {
  event.preventDefault();
  const input = $<HTMLInputElement>("answer-text");
  if (!selected || input.value.trim() === "") return;
  const name = $<HTMLInputElement>("operator-name").value || "Operator";
  void call(`sessions/${encodeURIComponent(selected)}/messages`, {
    method: "POST",
    body: { body: input.value, as: "OPERATOR", name },
  });
  input.value = "";
});
const typingToggle = $<HTMLInputElement>("typing-toggle");
typingToggle.addEventListener("change", () => {
  if (!selected) return;
  const isTyping = typingToggle.checked;
  void call(`sessions/${encodeURIComponent(selected)}/typing`, { method: "POST", body: { isTyping, as: "OPERATOR" } });
});
$("drop").addEventListener("click", () => {
  if (selected) void call(`sessions/${encodeURIComponent(selected)}/drop`, { method: "POST" });
});
$("close").addEventListener("click", () => {
  if (selected)
    void call(`sessions/${encodeURIComponent(selected)}/close`, {
      method: "POST",
      body: { reason: "closed from the console" },
    });
});
$("fault").addEventListener("submit", (event) => {
  event.preventDefault();
  const delay = $<HTMLInputElement>("fault-delay").value;
  const body = {
    operation: $<HTMLSelectElement>("fault-operation").value,
    status: Number($<HTMLInputElement>("fault-status").value),
    times: Number($<HTMLInputElement>("fault-times").value),
    ...(delay ? { delayMs: Number(delay) } : {}),
  };
  void call("faults", { method: "POST", body }).then(refreshFaults);
});

listen();
void refreshSessions().then(refreshFaults);
