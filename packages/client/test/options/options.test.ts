import { describe, expect, it } from "vitest";
import { createTwinClient, type TwinClientOptions, TwinValidationError } from "../../src/index.js";

describe("client options", () => {
  it.each<[string, unknown, string]>([
    ["timeoutMs", -1, "timeoutMs"],
    ["timeoutMs", Number.NaN, "timeoutMs"],
    ["timeoutMs", Number.POSITIVE_INFINITY, "timeoutMs"],
    ["timeoutMs", 0, "timeoutMs"],
    ["baseUrl", "localhost:4010", "baseUrl"],
    ["baseUrl", "127.0.0.1:4010", "baseUrl"],
    ["baseUrl", "ftp://example.com", "baseUrl"],
    ["baseUrl", "http://example.com?x=1", "baseUrl"],
    ["baseUrls", { chats: "nope" }, "baseUrls.chats"],
    ["baseUrls", { mystery: "http://x" }, "baseUrls.mystery"],
    ["fetch", "fetch", "fetch"],
    ["retry", { attempts: -3 }, "retry.attempts"],
  ])("refuses %s = %j with a TwinValidationError naming %s", (key, value, field) => {
    let error: unknown;
    try {
      createTwinClient({ [key]: value } as TwinClientOptions);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TwinValidationError);
    expect(error).toMatchObject({ field });
    expect((error as Error).message).toMatch(new RegExp(`^${field.replace(".", "\\.")} must`));
  });

  it("refuses options that are not an object", () => {
    expect(() => createTwinClient(null as unknown as TwinClientOptions)).toThrow(TwinValidationError);
  });

  it("accepts a base URL with a path and a trailing slash", () => {
    expect(() => createTwinClient({ baseUrl: "https://proxy.example.com/twin/" })).not.toThrow();
  });
});
