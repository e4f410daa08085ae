// @vitest-environment node
import { createServer, type Socket } from "node:net";
import { setImmediate } from "node:timers/promises";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ElementChat } from "../src/element-chat.js";

describe("the <twin-chat> element rendered on the server", () => {
  it("renders the tag with its attributes, throws nothing and connects to nothing", async () => {
    const sockets: Socket[] = [];
    const server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    try {
      expect(globalThis.customElements).toBeUndefined(); // Node: the import defined nothing, and did not throw
      const html = renderToString(<ElementChat baseUrl={`http://127.0.0.1:${port}`} chatId="demo-chat" />);
      await setImmediate();
      expect(html).toBe(
        `<twin-chat base-url="http://127.0.0.1:${port}" chat-id="demo-chat" mode="inline" storage="session"></twin-chat>`,
      );
      expect(sockets).toHaveLength(0);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
