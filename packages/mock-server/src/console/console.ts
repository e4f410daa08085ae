/**
 * The operator console, in the browser: live sessions and conversations from the control API's event stream,
 * and forms that answer as an operator, show typing, drop a connection, close a session and inject faults.
 */
import type { ChatMessage, TypingEvent } from "@twin-chat/api-types";
import type { SessionSummary } from "../control/mock-control.js";
import type { Fault } from "../state/fault-queue.js";

const api = new URL("./api/", location.href);
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

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
  ($("session-actions") as HTMLFieldSetElement).disabled = false;
  renderSessions();
  const { items } = (await (await call(`sessions/${encodeURIComponent(sessionId)}/messages`)).json()) as {
    items: ChatMessage[];
  };
  $("conversation").replaceChildren(...items.map(messageItem));
}

async function refreshSessions(): Promise<void> {
  const { items } = (await (await call("sessions")).json()) as { items: SessionSummary[] };
  sessions.clear();
  for (const s of items) sessions.set(s.id, s);
  renderSessions();
}

async function refreshFaults(): Promise<void> {
  const { items } = (await (await call("faults")).json()) as { items: Fault[] };
  $("faults").textContent = items.map((f) => `${f.operation} ×${f.remaining}`).join(", ");
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
  events.addEventListener("message", (event) => {
    const message = JSON.parse((event as MessageEvent<string>).data) as ChatMessage;
    const known = sessions.get(message.sessionId);
    if (known) known.messageCount += 1;
    renderSessions();
    if (message.sessionId === selected) {
      $("conversation").append(messageItem(message));
      $("conversation").lastElementChild?.scrollIntoView();
    }
  });
  events.addEventListener("typing", (event) => {
    const typing = JSON.parse((event as MessageEvent<string>).data) as TypingEvent;
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
$("typing-toggle").addEventListener("change", (event) => {
  if (!selected) return;
  const isTyping = (event.target as HTMLInputElement).checked;
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
