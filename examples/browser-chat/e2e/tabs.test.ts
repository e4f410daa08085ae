import { type MockServer, startMockServer } from "@twin-chat/mock-server";
import type { BrowserContext, Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GREETING, shots, useWidgetSite } from "./widget-site.js";

const env = useWidgetSite();
let mock: MockServer;
let context: BrowserContext;
beforeEach(async () => {
  mock = await startMockServer({ port: 0 });
  context = await env.browser.newContext(); // its pages are tabs of one browser: one localStorage, locks, channels
});
afterEach(async () => {
  await context.close();
  await mock.close();
});

/** Opens the example in a new tab of the context and waits until it is online. */
async function tab(): Promise<Page> {
  const page = await context.newPage();
  page.on("pageerror", (error) => expect.fail(`page error: ${error.message}`));
  await page.goto(`${env.site.url}/?api=${encodeURIComponent(mock.url)}`);
  await expect.poll(() => page.textContent("#status")).toBe("online");
  return page;
}

/** The texts of a tab's messages, without their buttons' labels. */
const texts = (page: Page) =>
  page.$$eval("#messages li", (items) => items.map((li) => li.firstChild?.textContent ?? ""));
const states = (page: Page) => page.$$eval("#messages li.client", (items) => items.map((li) => li.dataset.state));

async function send(page: Page, text: string): Promise<void> {
  await page.fill("#text", text);
  await page.click("button[type=submit]");
}

/** The one session of the test and its open realtime connections, as the mock's control API reports them. */
function session() {
  const sessions = mock.control.sessions();
  expect(sessions).toHaveLength(1);
  return sessions[0]!;
}

describe("tabs of one browser share one realtime connection", () => {
  it("two tabs on one session open one socket; a message sent in either shows in both, once", async () => {
    const first = await tab();
    const second = await tab();
    await expect.poll(() => texts(second)).toEqual([GREETING]);
    expect(session().sockets).toBe(1);

    await send(first, "From the first tab");
    const one = [GREETING, "From the first tab", "You said: From the first tab"];
    await expect.poll(() => texts(first)).toEqual(one);
    await expect.poll(() => texts(second)).toEqual(one);
    await send(second, "From the second tab");
    const two = [...one, "From the second tab", "You said: From the second tab"];
    await expect.poll(() => texts(second)).toEqual(two);
    await expect.poll(() => texts(first)).toEqual(two);
    expect(await states(first)).toEqual(["sent", "sent"]);
    expect(session().sockets).toBe(1);
    await first.screenshot({ path: `${shots}browser-chat-tabs.png` });
  });

  it("typing in one tab shows in the other as the user typing elsewhere", async () => {
    const first = await tab();
    const second = await tab();
    const typingElsewhere = () => second.$eval("#messages", (list: HTMLElement) => list.dataset.clientTyping);
    await first.fill("#text", "half a thought");
    await expect.poll(typingElsewhere).toBe("true");
    await first.fill("#text", "");
    await expect.poll(typingElsewhere).toBe("false");
  });

  it("the tab holding the socket closes: another connects within 2 s, and what the bot wrote meanwhile shows", async () => {
    const first = await tab();
    const second = await tab();
    const { id } = session();
    // the second tab's first realtime request, held until the bot has written: the message falls in between
    let written!: () => void;
    const said = new Promise<void>((resolve) => (written = resolve));
    await second.route("**/socket.io/**", async (route) => {
      await said;
      await route.continue();
    });
    const connects = second.waitForRequest((request) => request.url().includes("/socket.io/"));
    await first.close();
    const closed = performance.now();
    await connects;
    const took = performance.now() - closed;
    console.info(`the other tab connected ${took.toFixed(0)} ms after the first closed`);
    mock.control.say(id, "Written while no tab held the connection");
    written();
    expect(took).toBeLessThan(2_000);
    await expect.poll(() => texts(second)).toEqual([GREETING, "Written while no tab held the connection"]);
    await expect.poll(() => second.textContent("#status")).toBe("online");
    expect(session().sockets).toBe(1);
    await send(second, "Still here");
    await expect.poll(() => texts(second)).toContain("You said: Still here");
  });
});
