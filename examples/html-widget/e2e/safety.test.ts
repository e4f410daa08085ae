import { type MockServer, startMockServer } from "@twin-chat/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../../browser-chat/e2e/static-server.js";
import { dist, expectAccessible, openWidget, send, shoot, shots, useWidgetSite } from "./widget-page.js";

const site = useWidgetSite();
const GREETING = "Hello! I am the TWIN mock bot. Ask me anything.";
let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ port: 0 });
});
afterAll(() => mock?.close());

const IMG = `<img src=x onerror="globalThis.pwned='img'">`;
const LINK = `<a href="javascript:globalThis.pwned='link'">click me</a>`;

describe("<twin-chat> with whatever the server sends, under a strict CSP, and with bad attributes", () => {
  it("shows markup in bodies, names and buttons as its literal text; opens only http(s) links, without opener", async () => {
    const { page, chat, texts, errors } = await openWidget(site, mock, { storage: "none" });
    await expect.poll(texts).toEqual([GREETING]);
    const sessionId = mock.control.sessions().at(-1)!.id;
    mock.control.say(sessionId, IMG);
    mock.control.say(sessionId, LINK, { as: "OPERATOR", name: `<b onmouseover="globalThis.pwned='name'">Eve</b>` });
    mock.control.say(sessionId, {
      body: "See https://example.com/help and javascript:alert(1)",
      answers: [IMG],
      actions: [
        { label: "Bad link", url: "javascript:globalThis.pwned='action'" },
        { label: "Good link", url: "https://example.com/pricing" },
      ],
    });
    await expect.poll(async () => (await texts()).length).toBe(4);
    expect((await texts()).slice(1, 3)).toEqual([IMG, LINK]);
    expect(await chat.locator(".author").allTextContents()).toContain(
      `<b onmouseover="globalThis.pwned='name'">Eve</b>`,
    );
    expect(await chat.locator(".message img, .message b, [part=answers] img").count()).toBe(0);
    expect(await chat.getByRole("button", { name: IMG }).count()).toBe(1);
    const links = await chat
      .locator("a")
      .evaluateAll((as) =>
        as.map((a) => ({ href: a.getAttribute("href"), rel: a.getAttribute("rel"), text: a.textContent })),
      );
    expect(links).toEqual([
      { href: "https://example.com/help", rel: "noopener noreferrer", text: "https://example.com/help" },
      { href: "https://example.com/pricing", rel: "noopener noreferrer", text: "Good link" },
    ]);
    await chat.getByRole("button", { name: "Bad link" }).click(); // a plain button: sends its label
    await chat.locator(".message .text").nth(2).click();
    expect(await page.evaluate(() => (globalThis as { pwned?: string }).pwned)).toBeUndefined();
    await expectAccessible(page);
    await shoot(chat, "literal-markup");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps the page responsive with a 100 kB message (rendered as text)", async () => {
    const { page, texts } = await openWidget(site, mock, { storage: "none" });
    await expect.poll(texts).toEqual([GREETING]);
    const sessionId = mock.control.sessions().at(-1)!.id;
    const long = `${"<b>long</b> ".repeat(9_000)}end`;
    mock.control.say(sessionId, long);
    await expect.poll(async () => (await texts()).at(-1)?.length).toBe(long.length);
    expect(await page.evaluate(() => 1 + 1)).toBe(2); // the page answers
    await page.close();
  });

  it("works on a page served with Content-Security-Policy: default-src 'self'; connect-src <the API>", async () => {
    const api = new URL(mock.url);
    const policy = `default-src 'self'; connect-src ${api.origin} ws://${api.host}`;
    const strict = await serveStatic(dist, { "content-security-policy": policy });
    const page = await site.browser.newPage();
    const violations: string[] = [];
    page.on("console", (m) => m.text().includes("Content Security Policy") && violations.push(m.text()));
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const loaded = await page.goto(`${strict.url}/?api=${encodeURIComponent(mock.url)}&mode=inline&storage=none`);
    expect(loaded?.headers()["content-security-policy"]).toBe(policy);
    const chat = page.locator("twin-chat");
    const texts = () => chat.locator("li .message .text").allInnerTexts();
    await expect.poll(texts).toEqual([GREETING]);
    await send(chat, "Under a strict CSP");
    await expect.poll(texts).toEqual([GREETING, "Under a strict CSP", "You said: Under a strict CSP"]);
    // styled by its constructed stylesheet, which the policy allows (no inline <style>)
    expect(await chat.locator("header").evaluate((e) => getComputedStyle(e).display)).toBe("flex");
    expect(await chat.locator("style").count()).toBe(0);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    // the policy is in force: an inline script of the page's own is refused
    const inline = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "globalThis.inlineRan = true";
      document.head.append(script);
      return (globalThis as { inlineRan?: boolean }).inlineRan;
    });
    expect(inline).toBeUndefined();
    await page.close();
    await strict.close();
  });

  it.each([
    ["base-url", { api: "/api" }, 'base-url must be an absolute http(s) URL, got "/api"'],
    ["chat-id", { chat: "" }, "chat-id must not be empty"],
  ])(
    "a bad %s shows a message naming it, in the element and on the console; nothing is sent",
    async (_, params, rule) => {
      const before = mock.control.sessions().length;
      const page = await site.browser.newPage();
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      const console: string[] = [];
      page.on("console", (m) => m.type() === "error" && console.push(m.text()));
      const query = new URLSearchParams({ api: mock.url, mode: "inline", ...params });
      await page.goto(`${site.url}/?${query}`);
      const alert = page.locator("twin-chat").getByRole("alert");
      await expect.poll(() => alert.textContent()).toBe(`The chat cannot start: ${rule}`);
      expect(console.some((line) => line.includes(`<twin-chat>: ${rule}`))).toBe(true);
      expect(requests.filter((url) => !url.startsWith(site.url))).toEqual([]);
      expect(mock.control.sessions()).toHaveLength(before);
      await expectAccessible(page);
      if ("api" in params) await page.locator("twin-chat").screenshot({ path: `${shots}bad-attribute.png` });
      await page.close();
    },
  );

  it("opens a session only once the attributes are right", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/?${new URLSearchParams({ api: "/api", mode: "inline", storage: "none" })}`);
    const chat = page.locator("twin-chat");
    await expect.poll(() => chat.getByRole("alert").count()).toBe(1);
    await chat.evaluate((el, url) => el.setAttribute("base-url", url), mock.url);
    await expect.poll(() => chat.locator("li .message .text").allInnerTexts()).toEqual([GREETING]);
    await page.close();
  });
});
