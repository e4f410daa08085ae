import { act, cleanup, configure, fireEvent, render, screen } from "@testing-library/react";
import { type Chat, type ChatOptions, openChat } from "@twin-chat/chat";
import { type MockServer, startMockServer } from "@twin-chat/mock-server";
import { StrictMode } from "react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type TwinChatConfig, TwinChatProvider, useConversation } from "../../src/index.js";
import { startConnectionCounter } from "../support/connection-counter.js";

// Waits end on the awaited event (the text showing up); the long ceiling only keeps a busy machine from failing them.
configure({ asyncUtilTimeout: 15_000 });

const GREETING = "Hello! I am the TWIN mock bot. Ask me anything.";
let mock: MockServer;
let counter: Awaited<ReturnType<typeof startConnectionCounter>>;
let opened: Chat[];
beforeEach(async () => {
  opened = [];
  mock = await startMockServer({ port: 0, replyDelayMs: 1 });
  counter = await startConnectionCounter(mock.url);
});
afterEach(async () => {
  cleanup();
  await counter.close();
  await mock.close();
});

/**
 * A new, equal configuration object on every call: HTTP straight to the mock, the socket through the counter, and
 * every chat the hook opens (with the real `openChat`) kept in `opened`.
 */
const config = (): TwinChatConfig => ({
  open: record,
  baseUrl: mock.url,
  realtime: { baseUrl: counter.url, socket: { transports: ["websocket"] } },
});

const record = (options: ChatOptions) => {
  const chat = openChat(options);
  opened.push(chat);
  return chat;
};

function Conversation({ onChat }: { onChat?: (chat: Chat | undefined) => void }) {
  const { status, messages, send, chat } = useConversation({ chatId: "demo-chat" });
  onChat?.(chat);
  return (
    <>
      <p data-testid="status">{status}</p>
      <ol>
        {messages.map((m) => (
          <li key={m.key}>{m.body}</li>
        ))}
      </ol>
      <button type="button" onClick={() => void send("Hi there")}>
        Send
      </button>
    </>
  );
}

describe("useConversation over a real mock: one socket per mounted conversation", () => {
  it("opens one socket under StrictMode's double mount, talks over it, and closes it on unmount", async () => {
    const view = render(
      <StrictMode>
        <TwinChatProvider config={config()}>
          <Conversation />
        </TwinChatProvider>
      </StrictMode>,
    );
    await screen.findByText(GREETING);
    expect(screen.getByTestId("status").textContent).toBe("connected");
    expect([counter.opened(), counter.live()]).toEqual([1, 1]);
    expect(opened).toHaveLength(1);

    fireEvent.click(screen.getByRole("button", { name: "Send" }));
    await screen.findByText("You said: Hi there");
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      GREETING,
      "Hi there",
      "You said: Hi there",
    ]);

    view.unmount();
    await act(() => counter.until(() => counter.live() === 0));
    expect(counter.opened()).toBe(1);
    expect(opened[0]!.getSnapshot().status).toBe("closed");
  });

  it("keeps the same conversation and socket through re-renders with equal options", async () => {
    const seen = new Set<Chat>();
    const tree = () => (
      <TwinChatProvider config={config()}>
        <Conversation onChat={(chat) => chat && seen.add(chat)} />
      </TwinChatProvider>
    );
    const view = render(tree());
    await screen.findByText(GREETING);
    for (let i = 0; i < 3; i++) view.rerender(tree());
    fireEvent.click(screen.getByRole("button", { name: "Send" }));
    await screen.findByText("You said: Hi there");
    expect(seen).toEqual(new Set(opened));
    expect(opened).toHaveLength(1);
    expect([counter.opened(), counter.live()]).toEqual([1, 1]);
  });
});
