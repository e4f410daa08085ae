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

/** The part of `bench/results/latest.json` the Performance page shows. */
interface Results {
  rows: {
    id: string;
    benchmark: string;
    unit: string;
    target: unknown;
    status: string;
    text: { median: string; spread: string; target: string; measured: string };
  }[];
}

it("shows the Performance page: a chart of every ratio against its target, and the table of the JSON it links", async () => {
  const page = await browser.newPage();
  await page.goto(`${site.url}/documents/Performance.html`);
  const raw = await page.getByRole("link", { name: "raw runs" }).getAttribute("href");
  const results = (await (await fetch(new URL(raw!, page.url()))).json()) as Results;
  expect(results.rows.length).toBeGreaterThan(5);

  const table = page.locator("table").filter({ hasText: "spread (max − min)" });
  const cells = await table
    .locator("tbody tr")
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent!.trim())));
  expect(cells).toEqual(
    results.rows.map((r) => [r.benchmark, r.text.median, r.text.spread, r.text.target, r.status, r.text.measured]),
  );

  const chart = page.locator('svg[data-chart="performance"]');
  expect((await chart.boundingBox())?.width).toBeGreaterThan(300);
  const bars = await chart.locator("g[data-row]").evaluateAll((gs) => gs.map((g) => g.getAttribute("data-row")));
  const ratios = results.rows.filter((r) => r.target && (r.unit === "ratio" || r.unit === "x"));
  expect(bars).toEqual(ratios.map((r) => r.id));
  expect(ratios.length).toBeGreaterThan(3);
});
