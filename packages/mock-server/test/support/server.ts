import { afterAll, beforeAll } from "vitest";
import { type MockServer, type MockServerOptions, startMockServer } from "../../src/index.js";

/** Starts a mock server on a free port for the tests of one file, and closes it after them. */
export function useMockServer(options: MockServerOptions = {}): { current: MockServer } {
  const holder = {} as { current: MockServer };
  beforeAll(async () => {
    holder.current = await startMockServer({ port: 0, ...options });
  });
  afterAll(() => holder.current.close());
  return holder;
}
