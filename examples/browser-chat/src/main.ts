import { type ChatSnapshot, type ConversationMessage, openChat } from "@twin-chat/chat";

// The API to talk to: `?api=` in the page's URL, else the local mock (`pnpm start`); the chat: `?chat=`.
const params = new URLSearchParams(location.search);
const chat = openChat({
  baseUrl: params.get("api") ?? "http://127.0.0.1:4010",
  chatId: params.get("chat") ?? "demo-chat",
  storage: localStorage, // a reload, or another tab, continues the same conversation and its unsent messages
  timeoutMs: 8_000,
});

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const list = $<HTMLOListElement>("messages");
const form = $<HTMLFormElement>("composer");
const input = $<HTMLInputElement>("text");
const STATUS: Record<ChatSnapshot["status"], string> = {
  opening: "connecting…",
  connecting: "connecting…",
  connected: "online",
  reconnecting: "reconnecting…",
  closed: "closed",
  failed: "offline",
};

/** What the error bar says: a chat that cannot open, a send the server refused, messages waiting, a lost connection. */
function problem({ status, error, messages, queued }: ChatSnapshot): string | undefined {
  if (status === "failed") return `Cannot reach the chat server: ${error?.message}`;
  const failed = messages.filter((m) => m.state === "failed").at(-1);
  if (failed) return `Your message was not sent: ${failed.error?.message}`;
  if (queued > 0) return `Offline: ${queued} message${queued > 1 ? "s" : ""} will be sent when the connection is back.`;
  if (status === "reconnecting") return "Connection lost. Reconnecting…";
  return undefined;
}

/** One message as a list item: its text; a failed send gets Retry and Discard, a queued one Discard. */
function item(message: ConversationMessage): HTMLLIElement {
  const li = document.createElement("li");
  li.className = message.authorType === "CLIENT" ? "client" : "bot";
  li.dataset.state = message.state;
  li.textContent = message.body ?? "";
  if (message.state === "failed" || message.state === "queued") {
    const actions = [
      ["Retry", () => chat.resend(message.key)],
      ["Discard", () => chat.discard(message.key)],
    ] as const;
    for (const [label, action] of message.state === "failed" ? actions : actions.slice(1)) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = label.toLowerCase();
      button.textContent = label;
      button.onclick = () => void action();
      li.append(button);
    }
  }
  return li;
}

const rendered = new WeakMap<ConversationMessage, HTMLLIElement>();
function render(): void {
  const snapshot = chat.getSnapshot();
  $("status").textContent = STATUS[snapshot.status];
  const text = problem(snapshot);
  $("error").hidden = text === undefined;
  $("error").textContent = text ?? "";
  $("typing").hidden = !snapshot.typing.some((who) => who !== "CLIENT");
  list.dataset.clientTyping = String(snapshot.typing.includes("CLIENT")); // the user, typing in another tab
  // Messages are immutable: an unchanged one keeps its object, so its element is reused as it is.
  list.replaceChildren(...snapshot.messages.map((m) => rendered.get(m) ?? rendered.set(m, item(m)).get(m)!));
  list.scrollTop = list.scrollHeight;
}
chat.subscribe(render);
render();

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text || chat.getSnapshot().status === "failed") return;
  input.value = "";
  void chat.send(text);
});
input.addEventListener("input", () => chat.setTyping(input.value !== ""));
