import { type MockServer, startMockServer } from "@twin-chat/mock-server";
import { describe, expect, it } from "vitest";
import { GREETING, shots, useWidgetSite } from "./widget-site.js";

const env = useWidgetSite();

describe("browser chat example in headless Chromium", () => {
  it("shows the bot's greeting, the message typed and the bot's reply; then an error once the server is gone", async () => {
    const page = await env.browser.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`${env.site.url}/?api=${encodeURIComponent(env.mock.url)}`);
    const items = page.locator("#messages li");
    await expect.poll(() => page.textContent("#status")).toBe("online");
    await expect.poll(() => items.allTextContents()).toEqual(["Hello! I am the TWIN mock bot. Ask me anything."]);

    await page.fill("#text", "What are your opening hours?");
    await page.click("button[type=submit]");
    await expect
      .poll(() => items.allTextContents())
      .toEqual([
        "Hello! I am the TWIN mock bot. Ask me anything.",
        "What are your opening hours?",
        "You said: What are your opening hours?",
      ]);
    expect(await page.getAttribute("#messages li:nth-child(2)", "class")).toBe("client");
    await page.screenshot({ path: `${shots}browser-chat.png` });

    await env.mock.close();
    await expect.poll(() => page.isVisible("#error")).toBe(true);
    await page.fill("#text", "Anyone there?");
    await page.click("button[type=submit]");
    await expect.poll(() => page.getAttribute("#messages li:last-child", "data-state")).toBe("queued");
    await expect
      .poll(() => page.textContent("#error"))
      .toBe("Offline: 1 message will be sent when the connection is back.");
    await page.screenshot({ path: `${shots}browser-chat-offline.png` });
    expect(pageErrors).toEqual([]);
  });
});

describe("the widget on @twin-chat/chat, through reloads, restarts and failed sends", () => {
  /** Opens the widget on its own mock; returns the page and the texts of its messages. */
  async function widget(server: MockServer) {
    const page = await env.browser.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`${env.site.url}/?api=${encodeURIComponent(server.url)}`);
    const texts = () => page.locator("#messages li").allTextContents();
    await expect.poll(() => page.textContent("#status")).toBe("online");
    await expect.poll(texts).toEqual([GREETING]);
    return { page, texts, pageErrors };
  }
  async function send(page: Awaited<ReturnType<typeof widget>>["page"], text: string) {
    await page.fill("#text", text);
    await page.click("button[type=submit]");
  }
  /** Runs `test` on the widget opened on a mock of its own, closed after it; the page must raise no error meanwhile. */
  async function onOwnMock(test: (view: Awaited<ReturnType<typeof widget>>, own: MockServer) => Promise<void>) {
    const own = await startMockServer({ port: 0 });
    try {
      const view = await widget(own);
      await test(view, own);
      expect(view.pageErrors).toEqual([]);
    } finally {
      await own.close();
    }
  }

  it("reloaded mid-conversation, it comes back whole, each message once", async () => {
    await onOwnMock(async ({ page, texts }) => {
      await send(page, "First question");
      await expect.poll(texts).toEqual([GREETING, "First question", "You said: First question"]);
      await page.reload();
      await expect.poll(() => page.textContent("#status")).toBe("online");
      await expect.poll(texts).toEqual([GREETING, "First question", "You said: First question"]);
      await send(page, "Second question");
      await expect
        .poll(texts)
        .toEqual([
          GREETING,
          "First question",
          "You said: First question",
          "Second question",
          "You said: Second question",
        ]);
    });
  });

  it("shows the status while the mock is stopped, then recovers once it is back on the same port", async () => {
    let own = await startMockServer({ port: 0 });
    try {
      const { page, texts, pageErrors } = await widget(own);
      const port = Number(new URL(own.url).port);
      await own.close();
      await expect.poll(() => page.textContent("#status")).toBe("reconnecting…");
      await expect.poll(() => page.textContent("#error")).toBe("Connection lost. Reconnecting…");
      own = await startMockServer({ port });
      await expect.poll(() => page.textContent("#status"), { timeout: 30_000 }).toBe("online");
      expect(await page.isVisible("#error")).toBe(false);
      await send(page, "Still there?");
      await expect.poll(texts).toEqual([GREETING, "Still there?", "You said: Still there?"]);
      await page.screenshot({ path: `${shots}browser-chat-recovered.png` });
      expect(pageErrors).toEqual([]);
    } finally {
      await own.close();
    }
  });

  it("a send whose connection is reset waits as queued and goes out by itself, once", async () => {
    await onOwnMock(async ({ page, texts }, own) => {
      let posts = 0;
      // The fault, in the page's own network stack: the first send's connection is reset before it reaches the mock.
      await page.route("**/api/v1/sessions/*/messages", async (route) => {
        if (route.request().method() !== "POST") return route.continue();
        if (++posts === 1) return route.abort("connectionreset");
        return route.continue();
      });
      await send(page, "Did you get this?");
      await expect.poll(() => page.getAttribute("#messages li:nth-child(2)", "data-state")).toBe("queued");
      await expect.poll(() => page.getAttribute("#messages li:nth-child(2)", "data-state")).toBe("sent");
      await expect.poll(texts).toEqual([GREETING, "Did you get this?", "You said: Did you get this?"]);
      expect(posts).toBe(2);
      const sessionId = await page.evaluate(() => localStorage.getItem("twin-chat:demo-chat"));
      const history = await (await fetch(`${own.url}/api/v1/sessions/${sessionId}/messages`)).json();
      expect(history.items.filter((m: { body: string }) => m.body === "Did you get this?")).toHaveLength(1);
    });
  });

  it("shows a send the server refused as failed, with its error; Retry sends it, once", async () => {
    await onOwnMock(async ({ page, texts }, own) => {
      own.control.fail({ operation: "createClientMessage", status: 400 });
      await send(page, "Did you get this?");
      const failed = page.locator('#messages li[data-state="failed"]');
      await expect.poll(() => failed.count()).toBe(1);
      expect(await failed.locator("button.retry").isVisible()).toBe(true);
      await expect
        .poll(() => page.textContent("#error"))
        .toMatch(/^Your message was not sent: createClientMessage: HTTP 400/);
      await page.screenshot({ path: `${shots}browser-chat-failed.png` });

      await failed.locator("button.retry").click();
      await expect.poll(() => failed.count()).toBe(0);
      await expect.poll(() => page.getAttribute("#messages li:nth-child(2)", "data-state")).toBe("sent");
      await expect.poll(texts).toEqual([GREETING, "Did you get this?", "You said: Did you get this?"]);
      expect(await page.isVisible("#error")).toBe(false);
      const sessionId = await page.evaluate(() => localStorage.getItem("twin-chat:demo-chat"));
      const history = await (await fetch(`${own.url}/api/v1/sessions/${sessionId}/messages`)).json();
      expect(history.items.filter((m: { body: string }) => m.body === "Did you get this?")).toHaveLength(1);
    });
  });
});
