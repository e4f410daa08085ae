import { type ConversationMessage, type ConversationView, useConversation } from "@twin-chat/react";
import { type FormEvent, useEffect, useRef, useState } from "react";

/** The status line: "connecting…" until connected. */
const STATUS: Partial<Record<ConversationView["status"], string>> = {
  connected: "online",
  reconnecting: "reconnecting…",
  closed: "closed",
  failed: "offline",
};

/** The banner's text: the chat cannot open, else the last failed send, else messages waiting, else a lost connection. */
function banner(chat: ConversationView): string | undefined {
  const failed = chat.messages.filter((m) => m.state === "failed").at(-1);
  if (chat.status === "failed") return `Cannot reach the chat server: ${chat.error?.message}`;
  if (failed) return `Your message was not sent: ${failed.error?.message}`;
  if (chat.queued > 0) return `Offline: ${chat.queued} waiting, sent when the connection is back.`;
  return chat.status === "reconnecting" ? "Connection lost. Reconnecting…" : undefined;
}

/** One message; a failed send offers Retry and Discard, a queued one Discard. */
function Message({ message, chat }: { message: ConversationMessage; chat: ConversationView }) {
  const { state, key } = message;
  return (
    <li className={message.authorType === "CLIENT" ? "client" : "bot"} data-state={state}>
      {message.body}
      {state === "failed" && (
        <button type="button" className="retry" onClick={() => void chat.resend(key)}>
          Retry
        </button>
      )}
      {(state === "failed" || state === "queued") && (
        <button type="button" className="discard" onClick={() => chat.discard(key)}>
          Discard
        </button>
      )}
    </li>
  );
}

/** The chat widget: the conversation, the bot's quick replies, typing, and a composer. */
export function ChatWidget({ chatId }: { chatId: string }) {
  const chat = useConversation({ chatId });
  const [text, setText] = useState("");
  const list = useRef<HTMLOListElement>(null);
  const count = chat.messages.length;
  useEffect(() => {
    if (count > 0) list.current?.scrollTo(0, list.current.scrollHeight); // (a promise in Chromium: no `return`)
  }, [count]);

  const last = chat.messages.at(-1);
  const answers = last && last.authorType !== "CLIENT" ? (last.answers ?? []) : [];
  const alert = banner(chat);
  const say = (body: string) => {
    setText("");
    chat.setTyping(false);
    void chat.send(body);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() && chat.status !== "failed") say(text.trim());
  };

  return (
    <main className="chat" aria-label="Chat">
      <header>
        <h1>Chat with us</h1>
        <span className="status">{STATUS[chat.status] ?? "connecting…"}</span>
      </header>
      {alert && <p role="alert">{alert}</p>}
      <ol ref={list} aria-live="polite">
        {chat.messages.map((m) => (
          <Message key={m.key} message={m} chat={chat} />
        ))}
      </ol>
      {chat.typing.some((who) => who !== "CLIENT") && <p className="typing">The bot is typing…</p>}
      {answers.length > 0 && (
        <nav className="answers" aria-label="Quick replies">
          {answers.map((answer) => (
            <button type="button" key={answer} onClick={() => say(answer)}>
              {answer}
            </button>
          ))}
        </nav>
      )}
      <form onSubmit={submit}>
        <input
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            chat.setTyping(event.target.value !== "");
          }}
          placeholder="Type a message…"
          aria-label="Message"
          autoComplete="off"
        />
        <button type="submit">Send</button>
      </form>
    </main>
  );
}
