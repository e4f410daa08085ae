import type { MockServer } from "@twin-chat/mock-server";
import { describe, expect, it } from "vitest";
import { expectAccessible, perTest, send, sessionOf, shoot, useWidgetSite, type WidgetPage } from "./widget-page.js";

const site = useWidgetSite();
const GREETING = "Hi! I am the support bot. What can I help you with?";
const tests = perTest(site);
let mock: MockServer;
let widget: WidgetPage;

/** A mock with `scenario`, and the widget opened on it. */
async function start(scenario: string) {
  ({ mock, ...widget } = await tests.start({ scenario }));
  return widget;
}

describe("<twin-chat> in Chromium against the mock's scenarios", () => {
  it("shows the greeting and its quick replies; a quick reply sends its text", async () => {
    const { chat, texts } = await start("support-bot");
    await expect.poll(texts).toEqual([GREETING]);
    await expect.poll(() => chat.locator("[part=status]").textContent()).toBe("Online");
    const replies = chat.getByRole("group", { name: "Quick replies" }).getByRole("button");
    await expect.poll(() => replies.allTextContents()).toContain("Opening hours");
    await expectAccessible(widget.page);
    await shoot(chat, "greeting");
    await widget.page.locator("twin-chat").evaluate((el) => el.setAttribute("theme", "dark"));
    await shoot(chat, "greeting-dark");
    await widget.page.locator("twin-chat").evaluate((el) => el.setAttribute("lang", "ru"));
    await expect.poll(() => chat.getByRole("button", { name: "Отправить" }).count()).toBe(1);
    await shoot(chat, "greeting-ru");
    await widget.page.locator("twin-chat").evaluate((el) => el.setAttribute("lang", "en"));

    await replies.filter({ hasText: "Opening hours" }).click();
    await expect.poll(texts).toEqual([GREETING, "Opening hours", "We are open 9:00–18:00, Monday to Friday."]);
    expect(await replies.count()).toBe(0);
    await expectAccessible(widget.page);
  });

  it("the handover scenario: the operator joins with a name, types and answers; then answers from the console", async () => {
    const { chat, texts } = await start("handover");
    await expect.poll(texts).toEqual(["Hi! I am the bot. Ask for a human at any time."]);
    await send(widget.chat, "I want a human");
    await expect.poll(() => chat.locator("[part=typing]").textContent()).toBe("Anna is typing…");
    await expect.poll(texts).toContain("Hi, Anna here. How can I help?");
    expect(await chat.locator(".author").allTextContents()).toEqual(["Bot", "You", "Bot", "Anna"]);
    await expect.poll(() => chat.locator("[part=typing]").textContent()).toBe("");
    await expectAccessible(widget.page);

    const sessionId = await sessionOf(mock);
    mock.control.say(sessionId, "Answered from the operator console.", { as: "OPERATOR" });
    await expect.poll(async () => (await texts()).at(-1)).toBe("Answered from the operator console.");
    // announced politely, once, by author
    await expect
      .poll(() => chat.locator("[aria-live=polite]").textContent())
      .toBe("Anna: Answered from the operator console.");
    await expectAccessible(widget.page);
    await shoot(chat, "operator");
    // the operator's messages were reported read as they came into view
    await expect
      .poll(() => mock.control.conversation(sessionId).filter((m) => m.authorType === "OPERATOR" && !m.readAt).length)
      .toBe(0);
  });

  it("uploads an attachment with progress, sends it, and can cancel another", async () => {
    const { chat, texts, page } = await start("support-bot");
    await expect.poll(texts).toEqual([GREETING]);
    mock.control.fail({ operation: "uploadFiles", delayMs: 60_000 }); // the first upload's answer is held: cancelled
    const file = { name: "report.txt", mimeType: "text/plain", buffer: Buffer.alloc(512 * 1024, "a") };
    await chat.locator("input[type=file]").setInputFiles(file);
    await expect.poll(() => chat.getByRole("button", { name: "Remove report.txt" }).count()).toBe(1);
    await send(widget.chat, "Here is the report");
    const progress = chat.locator("progress");
    await expect.poll(() => progress.getAttribute("value")).toBe("100");
    await expect.poll(() => chat.locator(".upload span").textContent()).toBe("Uploading… 100%");
    await expectAccessible(page);
    await shoot(chat, "upload");
    await chat.getByRole("button", { name: "Cancel upload" }).click();
    await expect.poll(texts).toEqual([GREETING]);
    expect(await progress.count()).toBe(0);

    const sends: { attachments?: string[] }[] = [];
    page.on("request", (r) => r.method() === "POST" && r.url().endsWith("/messages") && sends.push(r.postDataJSON()));
    await chat.locator("input[type=file]").setInputFiles(file);
    await send(widget.chat, "Here it is again");
    await expect.poll(() => chat.locator('li[data-author="CLIENT"][data-state="sent"]').count()).toBe(1);
    // sent with the uploaded file's id (the mock keeps no client attachments, so its echo shows none)
    expect(sends.map((body) => body.attachments?.length)).toEqual([1]);
  });

  it("shows a send the server refused as failed, with Retry and Discard; Retry sends it once", async () => {
    const { chat, texts, page } = await start("support-bot");
    await expect.poll(texts).toEqual([GREETING]);
    mock.control.fail({ operation: "createClientMessage", status: 400 });
    await send(widget.chat, "Did you get this?");
    const failed = chat.locator('li[data-state="failed"]');
    await expect.poll(() => failed.count()).toBe(1);
    expect(await failed.locator(".meta").textContent()).toMatch(/Not sent: .*400/);
    await expectAccessible(page);
    await shoot(chat, "failed");
    await failed.getByRole("button", { name: "Retry" }).click();
    await expect.poll(() => failed.count()).toBe(0);
    await expect.poll(() => chat.locator('li[data-author="CLIENT"][data-state="sent"]').count()).toBe(1);
    const sessionId = await sessionOf(mock);
    const sent = () => mock.control.conversation(sessionId).filter((m) => m.body === "Did you get this?");
    await expect.poll(() => sent().length).toBe(1);
    // focus went back to the message field, not lost with the Retry button
    expect(await page.evaluate(() => document.querySelector("twin-chat")!.shadowRoot!.activeElement?.tagName)).toBe(
      "TEXTAREA",
    );
  });

  it("shows the bot's attachment as a link to its http(s) URL, opened without opener", async () => {
    const { chat, texts } = await start("support-bot");
    await expect.poll(texts).toEqual([GREETING]);
    await chat.getByRole("button", { name: "Send me the manual" }).click();
    const file = chat.locator(".files a");
    await expect.poll(() => file.textContent()).toBe("manual.txt");
    expect(await file.getAttribute("href")).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    expect(await file.getAttribute("rel")).toBe("noopener noreferrer");
    const body = await (await fetch((await file.getAttribute("href"))!)).text();
    expect(body).toContain("TWIN widget manual");
  });

  it("shows the closed session, and Start again opens a new one", async () => {
    const { chat, texts, page } = await start("support-bot");
    await expect.poll(texts).toEqual([GREETING]);
    await chat.getByRole("button", { name: "Bye" }).click();
    await expect.poll(() => chat.locator("[part=closed]").isVisible()).toBe(true);
    expect(await chat.locator("[part=closed] p").textContent()).toBe("This conversation has ended.");
    expect(await chat.getByRole("textbox", { name: "Message" }).isDisabled()).toBe(true);
    await expectAccessible(page);
    await shoot(chat, "closed");
    await chat.getByRole("button", { name: "Start again" }).click();
    await expect.poll(() => mock.control.sessions().length).toBe(2);
    await expect.poll(texts).toEqual([GREETING]);
    expect(await chat.getByRole("textbox", { name: "Message" }).isDisabled()).toBe(false);
  });

  it("a reload resumes the same conversation, each message once", async () => {
    const { texts, page } = await start("support-bot");
    await expect.poll(texts).toEqual([GREETING]);
    await send(widget.chat, "Opening hours?");
    const conversation = [GREETING, "Opening hours?", "We are open 9:00–18:00, Monday to Friday."];
    await expect.poll(texts).toEqual(conversation);
    await page.reload();
    await expect.poll(texts).toEqual(conversation);
    expect(mock.control.sessions()).toHaveLength(1);
    await expectAccessible(page);
  });

  it("renders a window of a 10,000-message history; scrolling up shows older messages, and a mark tells of new ones", async () => {
    const { chat, texts, page } = await start("support-bot");
    await expect.poll(texts).toEqual([GREETING]);
    const sessionId = await sessionOf(mock);
    for (let i = 1; i <= 10_000; i++) mock.control.say(sessionId, `History message ${i}`);
    await page.reload();
    await expect.poll(async () => (await texts()).at(-1)).toBe("History message 10000");
    const rendered = () => chat.locator("li").count();
    const first = await rendered();
    expect(first).toBeLessThanOrEqual(100);
    await chat.locator(".log").evaluate((log) => log.scrollTo({ top: 0 }));
    await expect.poll(rendered).toBeGreaterThan(first);
    expect(await chat.locator("li").first().locator(".text").textContent()).not.toBe("History message 9950");
    await expectAccessible(page);

    // scrolled away from the bottom, a new message shows the mark instead of moving the view
    await chat.locator(".log").evaluate((log) => log.scrollTo({ top: 0 }));
    mock.control.say(sessionId, "Something new");
    const mark = chat.getByRole("button", { name: "New messages" });
    await expect.poll(() => mark.isVisible()).toBe(true);
    await shoot(chat, "new-messages");
    await mark.click();
    await expect.poll(() => mark.isVisible()).toBe(false);
    await expect.poll(async () => (await texts()).at(-1)).toBe("Something new");
  });
});
