// TEMPORARY stand-in for @twin-chat/chat until it lands on main; replaced by imports from the package.
export interface ChatOptions {
  chatId?: string;
  sessionId?: string;
  baseUrl?: string;
  storage?: unknown;
}
export interface ChatSnapshot {
  readonly status: string;
  readonly sessionId: string | undefined;
  readonly messages: readonly { key: string; body?: string | null; state: string }[];
  readonly typing: readonly string[];
  readonly caughtUp: boolean;
  readonly error: Error | undefined;
}
export interface Chat {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getSnapshot: () => ChatSnapshot;
  ready(): Promise<ChatSnapshot>;
  send(text: string, options?: object): Promise<unknown>;
  retry(key: string): Promise<unknown>;
  discard(key: string): boolean;
  setTyping(isTyping: boolean): void;
  markRead(id: string): void;
  close(): void;
}
export declare function openChat(options: ChatOptions): Chat;
export class ChatError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
