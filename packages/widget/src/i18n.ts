/** Every text the widget shows or announces; a page replaces any of them through the element's `strings`. */
export interface WidgetStrings {
  /** The panel's heading and accessible name. */
  title: string;
  /** The launcher button's label while the panel is closed. */
  open: string;
  /** The close button's label (launcher mode). */
  close: string;
  /** The unread count on the launcher, for a screen reader: `{count}` is replaced. */
  unread: string;
  /** Status line: opening or connecting. */
  connecting: string;
  /** Status line: connected. */
  online: string;
  /** Banner while the connection is down and being retried. */
  reconnecting: string;
  /** Banner when the chat could not open: `{error}` is replaced. */
  offline: string;
  /** Banner when the browser has no network. */
  noNetwork: string;
  /** Notice when the session was closed. */
  closed: string;
  /** Button that starts a new conversation after the session closed. */
  startAgain: string;
  /** The message list's accessible name. */
  messages: string;
  /** The message field's label. */
  message: string;
  /** The message field's placeholder. */
  placeholder: string;
  /** The send button. */
  send: string;
  /** The attach button. */
  attach: string;
  /** Remove a picked file before sending: `{name}` is replaced. */
  removeFile: string;
  /** Upload progress: `{percent}` is replaced. */
  uploading: string;
  /** Cancels an upload under way. */
  cancelUpload: string;
  /** Button that shows older messages. */
  older: string;
  /** Button that scrolls to messages that arrived while the user read above. */
  newMessages: string;
  /** Quick replies' group label. */
  quickReplies: string;
  /** Keyboard buttons' group label. */
  actions: string;
  /** The bot's name, shown above its messages. */
  bot: string;
  /** The operator's name when the server gives none. */
  operator: string;
  /** The user's own name, shown above their messages. */
  you: string;
  /** Typing indicator for the bot. */
  botTyping: string;
  /** Typing indicator for an operator. */
  operatorTyping: string;
  /** State of a message waiting for the connection to come back; it goes out by itself. */
  queued: string;
  /** State of a message still being sent. */
  sending: string;
  /** State of a message the server has. */
  sent: string;
  /** State of a message the other side read. */
  read: string;
  /** State of a message that was not sent: `{error}` is replaced. */
  failed: string;
  /** Sends a failed message again. */
  retry: string;
  /** Removes a failed or queued message. */
  discard: string;
  /** Announced for a new message: `{author}` and `{text}` are replaced. */
  announce: string;
  /** Shown instead of the chat when an attribute is wrong: `{error}` is replaced. */
  invalid: string;
}

/** The built-in languages. */
export type WidgetLanguage = "en" | "ru";

const en: WidgetStrings = {
  title: "Chat with us",
  open: "Open chat",
  close: "Close chat",
  unread: "{count} unread",
  connecting: "Connecting…",
  online: "Online",
  reconnecting: "Connection lost. Reconnecting…",
  offline: "The chat is unavailable: {error}",
  noNetwork: "You are offline. Messages will be sent when the network is back.",
  closed: "This conversation has ended.",
  startAgain: "Start again",
  messages: "Messages",
  message: "Message",
  placeholder: "Type a message…",
  send: "Send",
  attach: "Attach a file",
  removeFile: "Remove {name}",
  uploading: "Uploading… {percent}%",
  cancelUpload: "Cancel upload",
  older: "Show older messages",
  newMessages: "New messages",
  quickReplies: "Quick replies",
  actions: "Actions",
  bot: "Bot",
  operator: "Operator",
  you: "You",
  botTyping: "The bot is typing…",
  operatorTyping: "{name} is typing…",
  queued: "Waiting for connection",
  sending: "Sending…",
  sent: "Sent",
  read: "Read",
  failed: "Not sent: {error}",
  retry: "Retry",
  discard: "Discard",
  announce: "{author}: {text}",
  invalid: "The chat cannot start: {error}",
};

const ru: WidgetStrings = {
  title: "Напишите нам",
  open: "Открыть чат",
  close: "Закрыть чат",
  unread: "Непрочитанных: {count}",
  connecting: "Подключение…",
  online: "В сети",
  reconnecting: "Связь потеряна. Переподключаемся…",
  offline: "Чат недоступен: {error}",
  noNetwork: "Нет сети. Сообщения уйдут, когда она появится.",
  closed: "Разговор завершён.",
  startAgain: "Начать заново",
  messages: "Сообщения",
  message: "Сообщение",
  placeholder: "Введите сообщение…",
  send: "Отправить",
  attach: "Прикрепить файл",
  removeFile: "Убрать {name}",
  uploading: "Загрузка… {percent}%",
  cancelUpload: "Отменить загрузку",
  older: "Показать более ранние сообщения",
  newMessages: "Новые сообщения",
  quickReplies: "Быстрые ответы",
  actions: "Действия",
  bot: "Бот",
  operator: "Оператор",
  you: "Вы",
  botTyping: "Бот печатает…",
  operatorTyping: "{name} печатает…",
  queued: "Ждёт соединения",
  sending: "Отправляется…",
  sent: "Отправлено",
  read: "Прочитано",
  failed: "Не отправлено: {error}",
  retry: "Повторить",
  discard: "Удалить",
  announce: "{author}: {text}",
  invalid: "Чат не может начаться: {error}",
};

/** The built-in strings of each language. */
export const STRINGS: Readonly<Record<WidgetLanguage, Readonly<WidgetStrings>>> = { en, ru };

/** The strings of `lang` (English when it is neither `en` nor `ru`), with the page's `overrides` on top. */
export function stringsFor(lang: string, overrides: Partial<WidgetStrings> = {}): WidgetStrings {
  const base = lang.toLowerCase().startsWith("ru") ? ru : en;
  return { ...base, ...overrides };
}

/** `template` with each `{name}` replaced by `values[name]`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
