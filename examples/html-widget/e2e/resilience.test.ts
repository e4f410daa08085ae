import { startMockServer } from "@twin-chat/mock-server";
import { describe, expect, it } from "vitest";
import { expectAccessible, perTest, send, sessionOf, shoot, useWidgetSite } from "./widget-page.js";

const site = useWidgetSite();
const GREETING = "Hello! I am the TWIN mock bot. Ask me anything.";
const tests = perTest(site);

describe("<twin-chat> through a mock restart and a move in the page", () => {
  it("shows the reconnect banner while the mock is down, and loses nothing when it is back on the same port", async () => {
    const { page, chat, texts, ...started } = await tests.start();
    let mock = started.mock;
    await expect.poll(texts).toEqual([GREETING]);
    await send(chat, "Before the restart");
    const before = [GREETING, "Before the restart", "You said: Before the restart"];
    await expect.poll(texts).toEqual(before);

    const port = Number(new URL(mock.url).port);
    await mock.close();
    const banner = chat.locator("[part=banner]");
    await expect.poll(() => banner.textContent()).toBe("Connection lost. Reconnecting…");
    expect(await banner.getAttribute("role")).toBe("status");
    await expectAccessible(page);
    await shoot(chat, "reconnecting");

    mock = await startMockServer({ port });
    tests.parts.mock = mock;
    await expect.poll(() => banner.isVisible(), { timeout: 30_000 }).toBe(false);
    await expect.poll(() => chat.locator("[part=status]").textContent()).toBe("Online");
    await send(chat, "After the restart");
    await expect.poll(texts).toEqual([...before, "After the restart", "You said: After the restart"]);
  });

  it("says so while the browser is offline, and carries on when it is back", async () => {
    const { page, chat, texts } = await tests.start();
    await expect.poll(texts).toEqual([GREETING]);
    await page.context().setOffline(true);
    const banner = chat.locator("[part=banner]");
    await expect
      .poll(() => banner.textContent())
      .toBe("You are offline. Messages will be sent when the network is back.");
    await send(chat, "Typed offline");
    const queued = chat.locator('li[data-state="queued"]');
    await expect.poll(() => queued.count()).toBe(1);
    expect(await queued.locator(".meta").textContent()).toMatch(/Waiting for connection$/);
    expect(await queued.getByRole("button", { name: "Discard" }).isVisible()).toBe(true);
    await expectAccessible(page);
    await shoot(chat, "queued");
    await page.context().setOffline(false);
    await expect.poll(() => banner.isVisible()).toBe(false);
    await expect.poll(texts).toEqual([GREETING, "Typed offline", "You said: Typed offline"]);
    await send(chat, "Back online");
    await expect
      .poll(texts)
      .toEqual([GREETING, "Typed offline", "You said: Typed offline", "Back online", "You said: Back online"]);
  });

  it("removed and added back, it keeps its one socket; removed for good, it closes it", async () => {
    const mock = await startMockServer({ port: 0 });
    tests.parts.mock = mock;
    const page = await site.browser.newPage();
    tests.parts.widget = { page, errors: [] };
    // Counts the connections the page opens (each begins with an Engine.IO handshake: a polling request without a
    // `sid`) and the WebSockets they upgrade to.
    await page.addInitScript(() => {
      const Native = WebSocket;
      const counts = { handshakes: 0, sockets: [] as WebSocket[] };
      Object.assign(globalThis, { counts });
      globalThis.WebSocket = class extends Native {
        constructor(url: string | URL, protocols?: string | string[]) {
          super(url, protocols);
          counts.sockets.push(this);
        }
      };
      const open = XMLHttpRequest.prototype.open as (...args: unknown[]) => void;
      XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
        const url = String(args[1]);
        if (url.includes("/socket.io/") && !url.includes("sid=")) counts.handshakes++;
        return open.apply(this, args);
      } as typeof XMLHttpRequest.prototype.open;
    });
    type Counts = { handshakes: number; sockets: WebSocket[] };
    const counts = () =>
      page.evaluate(() => {
        const { handshakes, sockets } = (globalThis as unknown as { counts: Counts }).counts;
        return { handshakes, open: sockets.filter((s) => s.readyState <= 1).length };
      });
    await page.goto(`${site.url}/?api=${encodeURIComponent(mock.url)}&mode=inline`);
    const texts = () => page.locator("twin-chat li .message .text").allInnerTexts();
    await expect.poll(texts).toEqual([GREETING]);
    await expect.poll(counts).toEqual({ handshakes: 1, open: 1 });
    await page.evaluate(() => {
      const chat = document.querySelector("twin-chat")!;
      chat.remove();
      document.querySelector("main")!.append(chat);
    });
    await send(page.locator("twin-chat"), "Moved");
    await expect.poll(texts).toEqual([GREETING, "Moved", "You said: Moved"]);
    expect(await counts()).toEqual({ handshakes: 1, open: 1 });
    await sessionOf(mock);

    await page.evaluate(() => document.querySelector("twin-chat")!.remove());
    await expect.poll(counts).toEqual({ handshakes: 1, open: 0 });
    expect(mock.control.sessions()).toHaveLength(1);
  });
});
