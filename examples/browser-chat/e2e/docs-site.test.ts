import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { launchChromium } from "./browser.js";
import { serveStatic } from "./static-server.js";

const siteDir = fileURLToPath(new URL("../../../docs/site/", import.meta.url));
let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
beforeAll(async () => {
  [site, browser] = await Promise.all([serveStatic(siteDir), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

it("opens the docs site in Chromium, and every internal link of every page answers", async () => {
  const page = await browser.newPage();
  await page.goto(`${site.url}/index.html`);
  expect(await page.title()).toMatch(/twin-chat/);
  const nav = await page.locator("a").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(nav.some((href) => href.includes("documents/Getting_started.html"))).toBe(true);

  const seen = new Set<string>();
  const broken: string[] = [];
  const queue = [`${site.url}/index.html`];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const response = await fetch(url);
    if (!response.ok) {
      broken.push(`${url} → ${response.status}`);
      continue;
    }
    if (!url.endsWith(".html")) continue;
    const html = await response.text();
    for (const [, href] of html.matchAll(/(?:href|src)="([^"#]+)[^"]*"/g)) {
      const target = new URL(href!, url);
      if (target.origin === site.url && !seen.has(target.href)) queue.push(target.href);
    }
  }
  expect(broken).toEqual([]);
  expect(seen.size).toBeGreaterThan(50);
});
