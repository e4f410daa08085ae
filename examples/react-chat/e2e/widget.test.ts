import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type MockServer, startMockServer } from "@twin-chat/mock-server";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { launchChromium } from "../../browser-chat/e2e/browser.js";
import { serveStatic } from "../../browser-chat/e2e/static-server.js";

const GREETING = "Hello! I am the TWIN mock bot. Ask me anything.";
const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const shots = fileURLToPath(new URL("../../../test-results/", import.meta.url));
let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let mock: MockServer;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  [site, browser] = await Promise.all([serveStatic(dist), launchChromium()]);
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});
beforeEach(async () => {
  mock = await startMockServer({ port: 0 });
  page = await browser.newPage();
  pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${site.url}/?api=${encodeURIComponent(mock.url)}`);
  await expect.poll(texts).toEqual([GREETING]);
  expect(await page.textContent(".status")).toBe("online");
});
afterEach(async () => {
  expect(pageErrors).toEqual([]);
  await page?.close();
  await mock?.close();
});

/** A question and the default scenario's answer to it. */
const turn = (question: string) => [question, `You said: ${question}`];
const texts = () => page.locator(".chat li").allTextContents();
async function send(text: string) {
  await page.getByLabel("Message").fill(text);
  await page.getByRole("button", { name: "Send", exact: true }).click();
}

describe("the React widget in headless Chromium, against the mock", () => {
  it("sends a message and shows the bot's answer, each message once", async () => {
    await send("What are your opening hours?");
    await expect.poll(texts).toEqual([GREETING, ...turn("What are your opening hours?")]);
    expect(await page.getAttribute(".chat li:nth-child(2)", "class")).toBe("client");
    expect(await page.getByLabel("Message").inputValue()).toBe("");
    await page.screenshot({ path: `${shots}react-chat.png` });
  });

  it("offers the scenario's quick replies as buttons; a click sends one", async () => {
    const support = await startMockServer({ port: 0, scenario: "support-bot" });
    try {
      await page.goto(`${site.url}/?chat=support&api=${encodeURIComponent(support.url)}`); // a new session
      const replies = page.getByRole("navigation", { name: "Quick replies" }).getByRole("button");
      await expect.poll(() => replies.allTextContents()).toContain("Opening hours");
      await page.screenshot({ path: `${shots}react-chat-quick-replies.png` });
      await replies.filter({ hasText: "Opening hours" }).click();
      await expect.poll(texts).toContain("We are open 9:00–18:00, Monday to Friday.");
      expect((await texts()).slice(-2)).toEqual(["Opening hours", "We are open 9:00–18:00, Monday to Friday."]);
      expect(await replies.count()).toBe(0);
    } finally {
      await support.close();
    }
  });

  it("reloaded mid-conversation, resumes the same session whole", async () => {
    await send("First question");
    await expect.poll(texts).toEqual([GREETING, ...turn("First question")]);
    const session = () => page.evaluate(() => localStorage.getItem("twin-chat:demo-chat"));
    const before = await session();
    await page.reload();
    await expect.poll(() => page.textContent(".status")).toBe("online");
    await expect.poll(texts).toEqual([GREETING, ...turn("First question")]);
    expect(await session()).toBe(before);
    await send("Second question");
    await expect.poll(texts).toEqual([GREETING, ...turn("First question"), ...turn("Second question")]);
  });

  it("shows a send that cannot reach the server as queued; it goes out by itself, once", async () => {
    let posts = 0;
    // The fault, in the page's own network stack: sends are reset before they reach the mock, until unrouted.
    await page.route("**/api/v1/sessions/*/messages", (route) => {
      if (route.request().method() !== "POST") return route.continue();
      posts++;
      return route.abort("connectionreset");
    });
    await send("Did you get this?");
    const queued = page.locator('.chat li[data-state="queued"]');
    await expect.poll(() => queued.count()).toBe(1);
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/^Offline: 1 waiting/);
    await page.screenshot({ path: `${shots}react-chat-queued.png` });

    await page.unroute("**/api/v1/sessions/*/messages");
    await expect.poll(texts).toEqual([GREETING, ...turn("Did you get this?")]);
    expect(await queued.count()).toBe(0);
    expect(await page.getByRole("alert").count()).toBe(0);
    expect(posts).toBeGreaterThanOrEqual(1);
    const sessionId = await page.evaluate(() => localStorage.getItem("twin-chat:demo-chat"));
    const history = await (await fetch(`${mock.url}/api/v1/sessions/${sessionId}/messages`)).json();
    expect(history.items.filter((m: { body: string }) => m.body === "Did you get this?")).toHaveLength(1);
  });

  it("shows a send the server refused as failed with its error; Retry sends it, once", async () => {
    mock.control.fail({ operation: "createClientMessage", status: 400 });
    await send("Did you get this?");
    const failed = page.locator('.chat li[data-state="failed"]');
    await expect.poll(() => failed.count()).toBe(1);
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/^Your message was not sent: .*HTTP 400/);
    await page.screenshot({ path: `${shots}react-chat-failed.png` });

    await failed.getByRole("button", { name: "Retry" }).click();
    await expect.poll(texts).toEqual([GREETING, ...turn("Did you get this?")]);
    expect(await failed.count()).toBe(0);
    expect(await page.getByRole("alert").count()).toBe(0);
    const sessionId = await page.evaluate(() => localStorage.getItem("twin-chat:demo-chat"));
    const history = await (await fetch(`${mock.url}/api/v1/sessions/${sessionId}/messages`)).json();
    expect(history.items.filter((m: { body: string }) => m.body === "Did you get this?")).toHaveLength(1);
  });
});

describe("the <twin-chat> element of @twin-chat/widget, rendered by React 19", () => {
  it("shows the greeting and the bot's answer in the element", async () => {
    await page.goto(`${site.url}/?element&api=${encodeURIComponent(mock.url)}&chat=element-chat`);
    const chat = page.locator("twin-chat");
    const messages = () => chat.locator("li .message .text").allInnerTexts();
    await expect.poll(messages).toEqual([GREETING]);
    await chat.getByRole("textbox", { name: "Message" }).fill("From React");
    await chat.getByRole("button", { name: "Send", exact: true }).click();
    await expect.poll(messages).toEqual([GREETING, ...turn("From React")]);
    expect(await chat.getAttribute("base-url")).toBe(mock.url);
  });
});
