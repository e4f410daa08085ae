import { readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type MockServer, startMockServer } from "@twin-chat/mock-server";
import type { BrowserContext, Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GREETING, shots, useWidgetSite } from "./widget-site.js";

// The page comes from a route of the context, so that it loads while the browser is offline; Chromium counts such a
// page as public, and would refuse it the mock on loopback (Local Network Access) without this flag.
const env = useWidgetSite({ chromiumArgs: ["--disable-features=LocalNetworkAccessChecks"] });
let mock: MockServer;
let context: BrowserContext;
beforeEach(async () => {
  mock = await startMockServer({ port: 0 });
  context = await env.browser.newContext();
});
afterEach(async () => {
  await context.close();
  await mock.close();
});

const texts = (page: Page) =>
  page.$$eval("#messages li", (items) => items.map((li) => li.firstChild?.textContent ?? ""));
const states = (page: Page) => page.$$eval("#messages li.client", (items) => items.map((li) => li.dataset.state));

describe("the outbox in the browser", () => {
  it("offline, three messages typed, the page reloaded offline, back online: each sent once, in order, answered", async () => {
    // The page itself comes from the context's route, so that it loads while the browser is offline.
    const dist = fileURLToPath(new URL("../dist/", import.meta.url));
    await context.route(
      (url) => url.origin === env.site.url,
      (route) => {
        const path = new URL(route.request().url()).pathname;
        const file = join(dist, path === "/" ? "index.html" : path);
        const type = { ".js": "text/javascript", ".css": "text/css" }[extname(file)] ?? "text/html";
        return route.fulfill({ body: readFileSync(file), contentType: type });
      },
    );
    const page = await context.newPage();
    page.on("pageerror", (error) => expect.fail(`page error: ${error.message}`));
    await page.goto(`${env.site.url}/?api=${encodeURIComponent(mock.url)}`);
    await expect.poll(() => page.textContent("#status")).toBe("online");
    const [{ id }] = mock.control.sessions();
    await context.setOffline(true);
    for (const text of ["One", "Two", "Three"]) {
      await page.fill("#text", text);
      await page.press("#text", "Enter");
    }
    await expect.poll(() => states(page)).toEqual(["queued", "queued", "queued"]);
    await expect.poll(() => page.textContent("#error")).toMatch(/3 messages will be sent/);
    await page.screenshot({ path: `${shots}browser-chat-queued.png` });

    await page.reload();
    await expect.poll(() => texts(page)).toEqual(["One", "Two", "Three"]);
    expect(await states(page)).toEqual(["queued", "queued", "queued"]);
    expect(mock.control.conversation(id).filter((m) => m.authorType === "CLIENT")).toEqual([]);

    await context.setOffline(false);
    // the bot answers each as it comes: its answers may fall between the three, or after them
    const answered = [GREETING, "One", "Three", "Two", "You said: One", "You said: Three", "You said: Two"];
    await expect.poll(async () => (await texts(page)).sort()).toEqual(answered);
    expect((await texts(page)).filter((text) => !text.startsWith("You said") && text !== GREETING)).toEqual([
      "One",
      "Two",
      "Three",
    ]);
    const sent = mock.control.conversation(id).filter((m) => m.authorType === "CLIENT");
    expect(sent.map((m) => m.body)).toEqual(["One", "Two", "Three"]);
    expect(await states(page)).toEqual(["sent", "sent", "sent"]);
  });
});
