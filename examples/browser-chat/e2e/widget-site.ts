import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type MockServer, type MockServerOptions, startMockServer } from "@twin-chat/mock-server";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./browser.js";
import { serveStatic } from "./static-server.js";

/** Where the end-to-end tests put their screenshots (`test-results/` at the repository root). */
export const shots = fileURLToPath(new URL("../../../test-results/", import.meta.url));

/** The mock bot's greeting, the first message of every session the widget opens. */
export const GREETING = "Hello! I am the TWIN mock bot. Ask me anything.";

/** What a test file of the widget drives: the mock on port 0, the built widget served over HTTP, and Chromium. */
export interface WidgetSite {
  mock: MockServer;
  site: Awaited<ReturnType<typeof serveStatic>>;
  browser: Browser;
}

/**
 * Starts a {@link WidgetSite} before the file's tests and closes all of it after them; its fields are set then.
 * `mock` adds options of the mock server, `chromiumArgs` flags of the browser.
 */
export function useWidgetSite(options: { mock?: MockServerOptions; chromiumArgs?: string[] } = {}): WidgetSite {
  const env = {} as WidgetSite;
  const dist = fileURLToPath(new URL("../dist/", import.meta.url));
  beforeAll(async () => {
    [env.mock, env.site, env.browser] = await Promise.all([
      startMockServer({ port: 0, ...options.mock }),
      serveStatic(dist),
      launchChromium(options.chromiumArgs),
    ]);
    mkdirSync(shots, { recursive: true });
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
    await env.mock?.close(); // closing twice is harmless: a test may have stopped it
  });
  return env;
}
