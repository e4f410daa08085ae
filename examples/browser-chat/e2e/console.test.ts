import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type MockServer, startMockServer } from "@twin-chat/mock-server";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./browser.js";
import { serveStatic } from "./static-server.js";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const shots = fileURLToPath(new URL("../../../test-results/", import.meta.url));
const GREETING = "Hello! I am the TWIN mock bot. Ask me anything.";
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
  await mock?.close();
});

describe("the mock's operator console in headless Chromium", () => {
  it("answers as an operator, and the answer arrives in the browser widget", async () => {
    const widget = await browser.newPage();
    const operator = await browser.newPage();
    const pageErrors: string[] = [];
    for (const page of [widget, operator]) page.on("pageerror", (e) => pageErrors.push(e.message));

    await widget.goto(`${site.url}/?api=${encodeURIComponent(mock.url)}`);
    const texts = () => widget.locator("#messages li").allTextContents();
    await expect.poll(texts).toEqual([GREETING]);
    await widget.fill("#text", "Can a human help me?");
    await widget.click("button[type=submit]");
    await expect.poll(texts).toEqual([GREETING, "Can a human help me?", "You said: Can a human help me?"]);

    await operator.goto(mock.consoleUrl);
    await expect.poll(() => operator.textContent("#status")).toBe("live");
    const [sessionId] = mock.control.sessions().map((s) => s.id);
    await operator.click(`#sessions li[data-session-id="${sessionId}"]`);
    await expect
      .poll(() => operator.locator("#conversation li[data-author=CLIENT]").allTextContents())
      .toEqual([expect.stringContaining("Can a human help me?")]);

    await operator.fill("#operator-name", "Anna");
    await operator.check("#typing-toggle");
    await operator.fill("#answer-text", "Hi, Anna here. How can I help?");
    await operator.click("#send");

    await expect
      .poll(texts)
      .toEqual([GREETING, "Can a human help me?", "You said: Can a human help me?", "Hi, Anna here. How can I help?"]);
    expect(mock.control.conversation(sessionId!).at(-1)).toMatchObject({ authorType: "OPERATOR", authorName: "Anna" });
    await expect
      .poll(() => operator.locator("#conversation li[data-author=OPERATOR]").allTextContents())
      .toEqual([expect.stringContaining("Hi, Anna here. How can I help?")]);
    await operator.screenshot({ path: `${shots}mock-console.png` });
    await widget.screenshot({ path: `${shots}mock-console-widget.png` });

    await operator.click("#close");
    await expect.poll(() => mock.control.sessions()[0]?.closedAt).not.toBeNull();
    await expect
      .poll(() => operator.getAttribute(`#sessions li[data-session-id="${sessionId}"]`, "class"))
      .toBe("closed");
    expect(pageErrors).toEqual([]);
  });
});
