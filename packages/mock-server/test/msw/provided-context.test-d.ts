/// <reference path="../../src/adapters/vitest.d.ts" />
import { expectTypeOf, inject, it } from "vitest";

it("types the global setup's value: inject('twinMockUrl') is the mock's URL, a string", () => {
  expectTypeOf(inject("twinMockUrl")).toEqualTypeOf<string>();
  // @ts-expect-error the global setup provides no other key
  inject("twinMockUrl2");
});
