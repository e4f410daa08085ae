import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GREETING, useWidgetSite } from "./widget-site.js";

/** What the mock's `log` printed: method, path, status and time of each request it answered. */
const log: string[] = [];
/** `rebind.test` resolves to 127.0.0.1 in this browser, as a DNS-rebinding attacker's name would. */
const env = useWidgetSite({
  mock: { log: (line) => log.push(line) },
  chromiumArgs: ["--host-resolver-rules=MAP rebind.test 127.0.0.1"],
});

/** Another site: a page of its own on another port, so another origin than the widget's and the mock's. */
const other = { url: "", close: () => Promise.resolve() };
beforeAll(async () => {
  const server = createServer((_, res) => {
    res
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end("<!doctype html><title>another site</title>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  other.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  other.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
});
afterAll(() => other.close());

/** The lines of the mock's log for `method` and `path`, by status. */
const statuses = (method: string, path: string) =>
  log.filter((line) => line.startsWith(`${method} ${path} `)).map((line) => line.split(" ")[2]);

describe("in Chromium, no other site reads or drives the mock's control API", () => {
  it("a page of another origin can neither read the sessions nor reset the mock; the widget and the console still work", async () => {
    log.length = 0; // this test's requests only
    const pageErrors: string[] = [];
    const widget = await env.browser.newPage();
    widget.on("pageerror", (e) => pageErrors.push(e.message));
    await widget.goto(`${env.site.url}/?api=${encodeURIComponent(env.mock.url)}`);
    const texts = () => widget.locator("#messages li").allTextContents();
    await expect.poll(() => widget.textContent("#status")).toBe("online");
    await expect.poll(texts).toEqual([GREETING]);
    const [session] = env.mock.control.sessions();

    const site = await env.browser.newPage();
    await site.goto(other.url);
    const attempts = await site.evaluate(async (mock) => {
      const outcome = (call: Promise<Response>) =>
        call.then(
          (r) => `${r.type} ${r.status}`,
          (e: Error) => e.name,
        );
      const events = new Promise<string>((resolve) => {
        const source = new EventSource(`${mock}/__twin/api/events`);
        const end = (how: string) => {
          source.close();
          resolve(how);
        };
        source.onopen = () => end("open");
        source.onerror = () => end("error");
      });
      return {
        read: await outcome(fetch(`${mock}/__twin/api/sessions`)),
        readWithCookies: await outcome(fetch(`${mock}/__twin/api/sessions`, { credentials: "include" })),
        reset: await outcome(fetch(`${mock}/__twin/api/reset`, { method: "POST" })),
        resetNoCors: await outcome(fetch(`${mock}/__twin/api/reset`, { method: "POST", mode: "no-cors" })),
        events: await events,
      };
    }, env.mock.url);
    expect(attempts).toEqual({
      read: "TypeError",
      readWithCookies: "TypeError",
      reset: "TypeError",
      resetNoCors: "opaque 0", // sent, but the answer is hidden from the page; the mock refused it
      events: "error",
    });
    // The mock refused each one (not only the browser, which would hide an answer it had sent).
    expect(statuses("GET", "/__twin/api/sessions")).toEqual(["403", "403"]);
    expect(statuses("POST", "/__twin/api/reset")).toEqual(["403", "403"]);
    expect(statuses("GET", "/__twin/api/events")).toEqual(["403"]);

    // A form that site posts lands on the refusal, which names the rule.
    await site.evaluate((mock) => {
      const form = document.createElement("form");
      form.method = "post";
      form.action = `${mock}/__twin/api/reset`;
      document.body.append(form);
      form.submit();
    }, env.mock.url);
    await site.waitForURL(`${env.mock.url}/__twin/api/reset`);
    expect(await site.textContent("body")).toContain("must be the mock's own origin or one in controlOrigins");
    expect(statuses("POST", "/__twin/api/reset")).toEqual(["403", "403", "403"]);

    // Nothing was forgotten: the widget chats on, and the console lists its session.
    expect(env.mock.control.sessions().map((s) => s.id)).toEqual([session!.id]);
    await widget.fill("#text", "Still there?");
    await widget.click("button[type=submit]");
    await expect.poll(texts).toEqual([GREETING, "Still there?", "You said: Still there?"]);
    const operator = await env.browser.newPage();
    operator.on("pageerror", (e) => pageErrors.push(e.message));
    await operator.goto(env.mock.consoleUrl);
    await expect.poll(() => operator.textContent("#status")).toBe("live");
    await expect
      .poll(() => operator.locator(`#sessions li[data-session-id="${session!.id}"]`).textContent())
      .toContain("3 msg");
    expect(pageErrors).toEqual([]);
  });

  it("a DNS-rebinding page (another name for 127.0.0.1) is refused on the console, the control API and the handshake", async () => {
    const port = new URL(env.mock.url).port;
    const page = await env.browser.newPage();
    const consolePage = await page.goto(`http://rebind.test:${port}/__twin/`);
    expect(consolePage?.status()).toBe(403);
    expect(await page.textContent("body")).toContain("allowedHosts (--allowed-hosts)");
    const sameOrigin = await page.evaluate(async () =>
      Promise.all(
        ["/__twin/api/sessions", "/socket.io/?EIO=4&transport=polling"].map(async (path) => (await fetch(path)).status),
      ),
    );
    expect(sameOrigin).toEqual([403, 403]);
  });
});
