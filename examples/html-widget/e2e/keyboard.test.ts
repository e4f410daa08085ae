import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible, perTest, sessionOf, shots, useWidgetSite } from "./widget-page.js";

const site = useWidgetSite();
const GREETING = "Hi! I am the support bot. What can I help you with?";
// Each test its own mock: a test that counts the mock's sessions must not see another test's.
const tests = perTest(site);

/** What has focus, through the element's shadow root: its role-ish tag and its accessible text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return `${active?.tagName.toLowerCase()} ${active?.getAttribute("aria-label") ?? active?.textContent ?? ""}`.trim();
  });

/** Presses `key` until `target` has focus, at most `limit` times. */
async function tabTo(page: Page, target: string, key = "Tab", limit = 20) {
  for (let i = 0; i < limit && (await focused(page)) !== target; i++) await page.keyboard.press(key);
  expect(await focused(page)).toBe(target);
}

describe("<twin-chat> in launcher mode, by keyboard only", () => {
  it("opens the panel, sends a message, picks a quick reply and closes the panel with Escape, without a pointer", async () => {
    const { mock, page, chat, texts } = await tests.start(
      { scenario: "support-bot" },
      { mode: "launcher", storage: "none" },
    );
    const launcher = chat.locator("[part=launcher]");
    await expect.poll(() => launcher.getAttribute("aria-expanded")).toBe("false");
    expect(await chat.locator("[part=panel]").isVisible()).toBe(false);
    // the greeting arrives while the panel is closed: counted on the launcher
    await sessionOf(mock);
    await expect.poll(() => chat.locator("[part=badge]").textContent()).toBe("1");
    expect(await launcher.getAttribute("aria-label")).toBe("Open chat, 1 unread");
    await page.screenshot({ path: `${shots}launcher.png`, clip: { x: 800, y: 620, width: 100, height: 100 } });

    await tabTo(page, "button Open chat, 1 unread");
    await page.keyboard.press("Enter");
    expect(await focused(page)).toBe("textarea");
    expect(await launcher.getAttribute("aria-expanded")).toBe("true");
    await expect.poll(texts).toEqual([GREETING]);
    expect(await chat.locator("[part=badge]").isVisible()).toBe(false);

    await page.keyboard.type("Pricing, please");
    await page.keyboard.press("Enter");
    await expect.poll(texts).toContain("Plans start at 10 € a month. Pick one:");
    expect(await focused(page)).toBe("textarea");

    await tabTo(page, "button Basic", "Shift+Tab");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await texts()).slice(-2, -1)).toEqual(["Basic"]);
    expect(await focused(page)).toBe("textarea"); // the quick replies went away; focus did not
    await expectAccessible(page);

    await page.keyboard.press("Escape");
    expect(await launcher.getAttribute("aria-expanded")).toBe("false");
    expect(await chat.locator("[part=panel]").isVisible()).toBe(false);
    // (", 1 unread" follows when the bot's last answer closed the panel before it was seen)
    expect(await focused(page)).toMatch(/^button Open chat/);
  });

  it("in Russian, right to left: every label translated, the layout mirrored", async () => {
    const { page, chat, texts } = await tests.start(
      { scenario: "support-bot" },
      { lang: "ru", dir: "rtl", storage: "none" },
    );
    await expect.poll(texts).toEqual([GREETING]);
    expect(await chat.getByRole("button", { name: "Отправить" }).count()).toBe(1);
    expect(await chat.getByRole("textbox", { name: "Сообщение" }).getAttribute("placeholder")).toBe(
      "Введите сообщение…",
    );
    expect(await chat.locator("[part=status]").textContent()).toBe("В сети");
    const { send, field } = await chat.locator("form").evaluate((form) => ({
      send: form.querySelector(".send")!.getBoundingClientRect().x,
      field: form.querySelector("textarea")!.getBoundingClientRect().x,
    }));
    expect(send).toBeLessThan(field);
    await expectAccessible(page);
    await chat.locator(".panel").screenshot({ path: `${shots}rtl-ru.png` });
    // every string can be replaced by the page
    await chat.evaluate((el) => Object.assign(el, { strings: { title: "Поддержка", send: "Поехали" } }));
    expect(await chat.locator("[part=title]").textContent()).toBe("Поддержка");
    expect(await chat.getByRole("button", { name: "Поехали" }).count()).toBe(1);
  });
});
