import { act, cleanup, render, screen } from "@testing-library/react";
import { StrictMode } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { type ConversationView, type TwinChatConfig, TwinChatProvider, useConversation } from "../../src/index.js";
import { fakeOpener, sentMessage } from "./fake-chat.js";

afterEach(cleanup);

/** Lets the release that the hook defers by a microtask happen. */
const settle = () => act(async () => {});

function Status({ chatId, sessionId }: { chatId?: string; sessionId?: string }) {
  const { status, messages } = useConversation({ chatId, sessionId });
  return (
    <p data-testid="status">
      {status}:{messages.map((m) => m.body).join(",")}
    </p>
  );
}

function Grab({ onRender }: { onRender: (view: ConversationView) => void }) {
  onRender(useConversation({ chatId: "support" }));
  return null;
}

const app = (config: TwinChatConfig, chatId = "support", strict = false) => {
  const tree = (
    <TwinChatProvider config={config}>
      <Status chatId={chatId} />
    </TwinChatProvider>
  );
  return strict ? <StrictMode>{tree}</StrictMode> : tree;
};

describe("useConversation: one chat per mounted component", () => {
  it("opens one chat under StrictMode's double mount, and closes it on unmount", async () => {
    const fake = fakeOpener();
    const view = render(app({ open: fake.open, baseUrl: "http://api.test" }, "support", true));
    await settle();
    expect(fake.opened).toHaveLength(1);
    expect(fake.live()).toHaveLength(1);
    expect(fake.opened[0]!.options).toEqual({ baseUrl: "http://api.test", chatId: "support", sessionId: undefined });

    view.unmount();
    await settle();
    expect(fake.live()).toHaveLength(0);
  });

  it("keeps the chat through re-renders with equal options and an equal provider configuration", async () => {
    const fake = fakeOpener();
    const config = () => ({ open: fake.open, baseUrl: "http://api.test", headers: { "x-app": "widget" } });
    const view = render(app(config()));
    await settle();
    view.rerender(app(config()));
    view.rerender(app(config()));
    await settle();
    expect(fake.opened).toHaveLength(1);
    expect(fake.live()).toHaveLength(1);
  });

  it("reopens when a nested value of the configuration changes", async () => {
    const fake = fakeOpener();
    const view = render(app({ open: fake.open, realtime: { socket: { transports: ["websocket"] } } }));
    await settle();
    view.rerender(app({ open: fake.open, realtime: { socket: { transports: ["polling"] } } }));
    await settle();
    expect(fake.opened.map((c) => [c.options.realtime?.socket?.transports, c.closed])).toEqual([
      [["websocket"], true],
      [["polling"], false],
    ]);
  });

  it("closes the chat and opens another when chatId or the provider's configuration changes", async () => {
    const fake = fakeOpener();
    const view = render(app({ open: fake.open, baseUrl: "http://a.test" }, "one"));
    await settle();
    view.rerender(app({ open: fake.open, baseUrl: "http://a.test" }, "two"));
    await settle();
    view.rerender(app({ open: fake.open, baseUrl: "http://b.test" }, "two"));
    await settle();
    expect(fake.opened.map((c) => [c.options.chatId, c.options.baseUrl, c.closed])).toEqual([
      ["one", "http://a.test", true],
      ["two", "http://a.test", true],
      ["two", "http://b.test", false],
    ]);
  });

  it("renders the opening snapshot first, then each snapshot the chat publishes", async () => {
    const fake = fakeOpener();
    render(app({ open: fake.open }));
    await settle();
    expect(screen.getByTestId("status").textContent).toBe("connecting:");
    act(() => fake.opened[0]!.emit({ status: "connected", messages: [sentMessage("m1", "Hello")] }));
    expect(screen.getByTestId("status").textContent).toBe("connected:Hello");
  });
});

describe("useConversation: actions", () => {
  it("forwards each action to the open chat, and throws a closed ChatError after unmount", async () => {
    const fake = fakeOpener();
    let view: ConversationView | undefined;
    const tree = render(
      <TwinChatProvider config={{ open: fake.open }}>
        <Grab onRender={(v) => (view = v)} />
      </TwinChatProvider>,
    );
    await settle();
    expect(view!.chat).toBe(fake.opened[0]);
    await expect(view!.send("hi")).resolves.toMatchObject({ key: "hi" });
    expect(view!.discard("k")).toBe(true);

    tree.unmount();
    await settle();
    expect(() => view!.setTyping(true)).toThrow(
      expect.objectContaining({ code: "closed", message: expect.stringMatching(/^setTyping: .*not open/) }),
    );
  });
});
