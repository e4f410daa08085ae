import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type MockServer, startMockServer } from "@twin-chat/mock-server";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./browser.js";
import { serveStatic } from "./static-server.js";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const shots = fileURLToPath(new URL("../../../test-results/", import.meta.url));
let mock: MockServer;
let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  [mock, site, browser] = await Promise.all([startMockServer({ port: 0 }), serveStatic(dist), launchChromium()]);
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await mock?.close(); // closing twice is harmless: the last test stops it
});

describe("browser chat example in headless Chromium", () => {
  it("shows the bot's greeting, the message typed and the bot's reply; then an error once the server is gone", async () => {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`${site.url}/?api=${encodeURIComponent(mock.url)}`);
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

    await mock.close();
    await expect.poll(() => page.isVisible("#error")).toBe(true);
    await page.fill("#text", "Anyone there?");
    await page.click("button[type=submit]");
    await expect
      .poll(() => page.textContent("#error"))
      .toMatch(/^Your message was not sent: createClientMessage: network error/);
    await page.screenshot({ path: `${shots}browser-chat-offline.png` });
    expect(pageErrors).toEqual([]);
  });
});
