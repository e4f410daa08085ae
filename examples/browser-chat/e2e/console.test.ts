import { describe, expect, it } from "vitest";
import { GREETING, shots, useWidgetSite } from "./widget-site.js";

const env = useWidgetSite();

describe("the mock's operator console in headless Chromium", () => {
  it("answers as an operator, and the answer arrives in the browser widget", async () => {
    const widget = await env.browser.newPage();
    const operator = await env.browser.newPage();
    const pageErrors: string[] = [];
    for (const page of [widget, operator]) page.on("pageerror", (e) => pageErrors.push(e.message));

    await widget.goto(`${env.site.url}/?api=${encodeURIComponent(env.mock.url)}`);
    const texts = () => widget.locator("#messages li").allTextContents();
    await expect.poll(texts).toEqual([GREETING]);
    await widget.fill("#text", "Can a human help me?");
    await widget.click("button[type=submit]");
    await expect.poll(texts).toEqual([GREETING, "Can a human help me?", "You said: Can a human help me?"]);

    await operator.goto(env.mock.consoleUrl);
    await expect.poll(() => operator.textContent("#status")).toBe("live");
    const [sessionId] = env.mock.control.sessions().map((s) => s.id);
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
    expect(env.mock.control.conversation(sessionId!).at(-1)).toMatchObject({
      authorType: "OPERATOR",
      authorName: "Anna",
    });
    await expect
      .poll(() => operator.locator("#conversation li[data-author=OPERATOR]").allTextContents())
      .toEqual([expect.stringContaining("Hi, Anna here. How can I help?")]);
    await operator.screenshot({ path: `${shots}mock-console.png` });
    await widget.screenshot({ path: `${shots}mock-console-widget.png` });

    await operator.click("#close");
    await expect.poll(() => env.mock.control.sessions()[0]?.closedAt).not.toBeNull();
    await expect
      .poll(() => operator.getAttribute(`#sessions li[data-session-id="${sessionId}"]`, "class"))
      .toBe("closed");
    expect(pageErrors).toEqual([]);
  });
});
