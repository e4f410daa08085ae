/**
 * Types `inject("twinMockUrl")` in tests run with `@twin-chat/mock-server/global-setup`: add
 * `/// <reference types="@twin-chat/mock-server/vitest" />` to a file of the tests (or list it in `compilerOptions.types`).
 *
 * @packageDocumentation
 */
export {};

declare module "vitest" {
  /** What the mock's global setup hands to the tests. */
  export interface ProvidedContext {
    /** The running mock's URL, such as `http://127.0.0.1:41234`. */
    twinMockUrl: string;
  }
}
