import { startMockServer } from "./node-server.js";

/** The part of vitest's global-setup context this uses: `provide`, which hands a value to the tests' `inject`. */
export interface ProvideContext {
  /** Makes `value` readable in every test file as `inject(key)`. */
  provide(key: string, value: unknown): void;
}

/**
 * A vitest `globalSetup` (`globalSetup: ["@twin-chat/mock-server/global-setup"]`) that starts the whole mock,
 * HTTP and realtime, on a free port before the tests, and stops it after them. The tests read its URL as
 * `inject("twinMockUrl")` (or `process.env.TWIN_MOCK_URL`); `TWIN_MOCK_SCENARIO` picks its scenario (a bundled
 * name or a file). With MSW, answer through it with `twinHandlers({ mock: forwardTo(url) })`.
 */
export async function setup(context: ProvideContext): Promise<() => Promise<void>> {
  const mock = await startMockServer({ port: 0, scenario: process.env.TWIN_MOCK_SCENARIO || undefined });
  context.provide("twinMockUrl", mock.url);
  process.env.TWIN_MOCK_URL = mock.url;
  return () => mock.close();
}
