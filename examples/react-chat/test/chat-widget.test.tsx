import { cleanup, configure, fireEvent, render, screen, within } from "@testing-library/react";
import { type MockServer, startMockServer } from "@twin-chat/mock-server";
import { overrideOperation, twinHandlers } from "@twin-chat/mock-server/msw";
import { TwinChatProvider } from "@twin-chat/react";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ChatWidget } from "../src/chat-widget.js";

// Waits end on what they wait for; the long ceiling only keeps a busy machine from failing them.
configure({ asyncUtilTimeout: 15_000 });

/** The mock in this process: MSW answers the widget's HTTP calls from its engine, its sockets carry the bot. */
let mock: MockServer;
const msw = setupServer();
beforeAll(() => msw.listen({ onUnhandledRequest: "error" }));
afterAll(() => msw.close());
beforeEach(async () => {
  mock = await startMockServer({ port: 0, scenario: "support-bot", replyDelayMs: 1 });
  msw.resetHandlers(...twinHandlers({ mock }));
});
afterEach(async () => {
  cleanup();
  await mock.close();
});

const GREETING = "Hi! I am the support bot. What can I help you with?";
const open = async () => {
  render(
    <TwinChatProvider config={{ baseUrl: mock.url }}>
      <ChatWidget chatId="demo-chat" />
    </TwinChatProvider>,
  );
  await screen.findByText(GREETING);
};
const send = (text: string) => {
  fireEvent.change(screen.getByLabelText("Message"), { target: { value: text } });
  fireEvent.click(screen.getByRole("button", { name: "Send" }));
};
const texts = () => screen.getAllByRole("listitem").map((li) => li.firstChild?.textContent);

describe("the chat widget, against the mock through MSW handlers (no server process)", () => {
  it("shows the bot's answer to a message, and its quick replies; HTTP never reaches the network", async () => {
    const bypassed: string[] = [];
    msw.events.on("response:bypass", ({ request }) => bypassed.push(new URL(request.url).pathname));
    await open();
    const replies = () => within(screen.getByRole("navigation", { name: "Quick replies" }));
    fireEvent.click(replies().getByRole("button", { name: "Opening hours" }));
    await screen.findByText("We are open 9:00–18:00, Monday to Friday.");
    send("What does it cost?");
    await screen.findByText("Plans start at 10 € a month. Pick one:");
    expect(texts()).toEqual([
      GREETING,
      "Opening hours",
      "We are open 9:00–18:00, Monday to Friday.",
      "What does it cost?",
      "Plans start at 10 € a month. Pick one:",
    ]);
    expect(
      replies()
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Basic", "Pro"]);
    expect(bypassed.filter((path) => !path.startsWith("/socket.io/"))).toEqual([]); // only the socket goes out
    msw.events.removeAllListeners();
  });

  it("shows a send answered 400 as failed, with Retry; the retry is sent once", async () => {
    await open();
    msw.use(overrideOperation("createClientMessage", { error: 400, times: 1 }, { baseUrl: mock.url }));
    send("Are you there?");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/^Your message was not sent: .*400/);
    const failed = screen.getByText("Are you there?").closest("li")!;
    expect(failed.dataset.state).toBe("failed");

    fireEvent.click(within(failed).getByRole("button", { name: "Retry" }));
    await screen.findByText("I did not get “Are you there?”. Try one of these:");
    expect(screen.queryByRole("alert")).toBeNull();
    const [session] = mock.control.sessions();
    expect(mock.control.conversation(session!.id).filter((m) => m.body === "Are you there?")).toHaveLength(1);
  });

  it("keeps a send answered 500 as queued, and the chat sends it again by itself, once", async () => {
    await open();
    msw.use(overrideOperation("createClientMessage", { error: 500, times: 1 }, { baseUrl: mock.url }));
    send("Are you there?");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/^Offline: 1 waiting/);
    expect(screen.getByText("Are you there?").closest("li")?.dataset.state).toBe("queued");

    await screen.findByText("I did not get “Are you there?”. Try one of these:");
    expect(screen.queryByRole("alert")).toBeNull();
    const [session] = mock.control.sessions();
    expect(mock.control.conversation(session!.id).filter((m) => m.body === "Are you there?")).toHaveLength(1);
  });

  it("shows the typing indicator while a slow bot writes", async () => {
    await open();
    expect(screen.queryByText("The bot is typing…")).toBeNull();
    send("Slow answer, please");
    await screen.findByText("The bot is typing…");
    expect(texts()).toEqual([GREETING, "Slow answer, please"]);
  });
});
