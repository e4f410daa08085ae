// @vitest-environment node
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TwinChatProvider, useConversation } from "../../src/index.js";
import { fakeOpener } from "./fake-chat.js";

function Status() {
  const { status, messages } = useConversation({ chatId: "support" });
  return <p>{`${status} ${messages.length}`}</p>;
}

describe("server rendering", () => {
  it("renders the opening snapshot and opens no chat (no socket)", () => {
    const fake = fakeOpener();
    const html = renderToString(
      <TwinChatProvider config={{ open: fake.open }}>
        <Status />
      </TwinChatProvider>,
    );
    expect(html).toBe("<p>opening 0</p>");
    expect(fake.opened).toHaveLength(0);
  });
});
