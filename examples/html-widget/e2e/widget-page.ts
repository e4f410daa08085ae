import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { type MockServer, type MockServerOptions, startMockServer } from "@twin-chat/mock-server";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { launchChromium } from "../../browser-chat/e2e/browser.js";
import { serveStatic } from "../../browser-chat/e2e/static-server.js";

/**
 * Where the screenshots go: `test-results/html-widget/`, or the guide's own folder with `SCREENSHOTS=docs`
 * (`SCREENSHOTS=docs pnpm --filter @twin-chat/example-html-widget test` renews the pictures of docs/guides/widget.md).
 */
export const shots = fileURLToPath(
  new URL(
    process.env.SCREENSHOTS === "docs" ? "../../../docs/guides/widget/" : "../../../test-results/html-widget/",
    import.meta.url,
  ),
);

/** The example page as built (`node build.mjs`): the HTML and the widget's one-file module. */
export const dist = fileURLToPath(new URL("../dist/", import.meta.url));

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** What a test file drives: Chromium and the example page built into `dist/`, served on a free port. */
export interface WidgetSite {
  browser: Browser;
  url: string;
}

/** Starts Chromium and serves the page before the file's tests, and stops both after them. */
export function useWidgetSite(chromiumArgs: string[] = []): WidgetSite {
  const env = {} as WidgetSite;
  let close = () => Promise.resolve();
  beforeAll(async () => {
    const [site, browser] = await Promise.all([serveStatic(dist), launchChromium(chromiumArgs)]);
    Object.assign(env, { browser, url: site.url });
    close = site.close;
    mkdirSync(shots, { recursive: true });
  });
  afterAll(async () => {
    await env.browser?.close();
    await close();
  });
  return env;
}

/** The page with its `<twin-chat>`, the texts of its messages, and the page's uncaught errors. */
export interface WidgetPage {
  page: Page;
  chat: Locator;
  texts(): Promise<string[]>;
  errors: string[];
}

/** Opens the example page against `mock`, with more query parameters (`mode`, `lang`, `theme`, `storage`…). */
export async function openWidget(
  site: WidgetSite,
  mock: MockServer,
  params: Record<string, string> = {},
): Promise<WidgetPage> {
  const page = await site.browser.newPage({ viewport: { width: 900, height: 720 } });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const query = new URLSearchParams({ api: mock.url, mode: "inline", ...params });
  await page.goto(`${site.url}/?${query}`);
  const chat = page.locator("twin-chat");
  return { page, chat, errors, texts: () => chat.locator("li .message .text").allInnerTexts() };
}

/** The one session the mock has, once the widget has opened it. */
export async function sessionOf(mock: MockServer): Promise<string> {
  await expect.poll(() => mock.control.sessions().length).toBe(1);
  return mock.control.sessions()[0]!.id;
}

/**
 * Runs axe-core in the page in both themes and expects no violation (WCAG 2.2 A and AA rules and best practices);
 * the element's `theme` is put back as it was.
 */
export async function expectAccessible(page: Page): Promise<void> {
  await page.evaluate(axeSource);
  for (const theme of ["light", "dark"]) {
    const violations = await page.evaluate(async (scheme) => {
      const element = document.querySelector("twin-chat")!;
      const before = element.getAttribute("theme");
      element.setAttribute("theme", scheme);
      const { axe } = globalThis as unknown as {
        axe: {
          run(
            context: Element,
            options: object,
          ): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      };
      const result = await axe.run(element, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
        rules: { region: { enabled: false } },
      });
      if (before === null) element.removeAttribute("theme");
      else element.setAttribute("theme", before);
      return result.violations.map(
        (v: { id: string; nodes: { target: unknown }[] }) =>
          `${scheme}: ${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`,
      );
    }, theme);
    expect(violations).toEqual([]);
  }
}

/** Saves a picture of the element (its panel in inline mode) as `name`.png. */
export async function shoot(chat: Locator, name: string): Promise<void> {
  await chat.locator(".panel").screenshot({ path: `${shots}${name}.png`, animations: "disabled", caret: "hide" });
}

/** Types `text` into the element's message field and presses its Send button. */
export async function send(chat: Locator, text: string): Promise<void> {
  await chat.getByRole("textbox", { name: "Message" }).fill(text);
  await chat.getByRole("button", { name: "Send", exact: true }).click();
}

/** The mock and the page of the test under way: a test sets them (a restart may replace the mock). */
export interface TestParts {
  mock: MockServer;
  widget: Pick<WidgetPage, "page" | "errors">;
}

/**
 * Per-test mocks and pages on `site`: `start()` starts a mock (with `options`) and opens the widget on it; after each
 * test, no uncaught error may be left in its page, and the page and the mock it set are closed.
 */
export function perTest(site: WidgetSite) {
  const parts = {} as TestParts;
  afterEach(async () => {
    expect(parts.widget?.errors ?? []).toEqual([]);
    await parts.widget?.page.close();
    await parts.mock?.close();
  });
  return {
    parts,
    async start(options: MockServerOptions = {}, params: Record<string, string> = {}) {
      const mock = await startMockServer({ port: 0, ...options });
      parts.mock = mock;
      const widget = await openWidget(site, mock, params);
      parts.widget = widget;
      return { mock, ...widget };
    },
  };
}
