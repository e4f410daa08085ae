import { hosts } from "@twin-chat/api-types";
import { describe, expect, it } from "vitest";
import { createTwinClient, type TwinClientOptions, TwinValidationError } from "../../src/index.js";
import { callConfig, resolveOptions } from "../../src/options.js";
import { RETRY_DEFAULTS } from "../../src/retry.js";

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

  it("exposes each host's resolved origin, frozen: the spec's, then baseUrls, then baseUrl over all", () => {
    const mixed = createTwinClient({ baseUrls: { chats: "http://chats.test/" } });
    expect(mixed.baseUrls).toEqual({ ...hosts, chats: "http://chats.test" });
    expect(Object.isFrozen(mixed.baseUrls)).toBe(true);
    const one = createTwinClient({ baseUrl: "http://127.0.0.1:9", baseUrls: { chats: "http://ignored" } });
    expect(Object.values(one.baseUrls)).toEqual(Object.keys(hosts).map(() => "http://127.0.0.1:9"));
  });

  it("resolves the options once, into a configuration whose defaults a call's options override", () => {
    const config = resolveOptions({ timeoutMs: 5 });
    expect(config).toMatchObject({ timeoutMs: 5, retry: RETRY_DEFAULTS });
    expect(callConfig(config, { timeoutMs: 7, retry: false })).toEqual({
      timeoutMs: 7,
      retry: { ...RETRY_DEFAULTS, attempts: 1 },
    });
    expect(() => callConfig(config, { timeoutMs: 0 })).toThrow("timeoutMs must be a whole number from 1");
  });
});
