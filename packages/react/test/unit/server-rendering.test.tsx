// @vitest-environment node
import { setImmediate } from "node:timers/promises";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TwinChatProvider, useConversation } from "../../src/index.js";
import { startConnectionCounter } from "../support/connection-counter.js";
import { fakeOpener } from "./fake-chat.js";

function Status() {
  const { status, messages } = useConversation({ chatId: "support" });
  return <p>{`${status} ${messages.length}`}</p>;
}

describe("server rendering", () => {
  it("renders the opening snapshot and opens no chat", () => {
    const fake = fakeOpener();
    const html = renderToString(
      <TwinChatProvider config={{ open: fake.open }}>
        <Status />
      </TwinChatProvider>,
    );
    expect(html).toBe("<p>opening 0</p>");
    expect(fake.opened).toHaveLength(0);
  });

  it("with the real openChat, connects to nothing: no request, no socket", async () => {
    const counter = await startConnectionCounter("http://127.0.0.1:9"); // nothing should ever be relayed
    try {
      const html = renderToString(
        <TwinChatProvider config={{ baseUrl: counter.url }}>
          <Status />
        </TwinChatProvider>,
      );
      await setImmediate();
      expect(html).toBe("<p>opening 0</p>");
      expect(counter.opened()).toBe(0);
    } finally {
      await counter.close();
    }
  });
});
