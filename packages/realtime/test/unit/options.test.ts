import { describe, expect, it } from "vitest";
import { type ConnectOptions, connectSession, RealtimeError } from "../../src/index.js";

describe("connectSession options", () => {
  it.each<[Partial<ConnectOptions>, string]>([
    [{ baseUrl: "localhost:4010" }, "baseUrl must be an absolute http(s) or ws(s) URL"],
    [{ baseUrl: "" }, "baseUrl must be"],
    [{ baseUrl: "ftp://x" }, "baseUrl must be"],
    [{ sessionId: "" }, "sessionId must be a non-empty string"],
    [{ sessionId: "   " }, "sessionId must be a non-empty string"],
    [{ sessionId: 7 as unknown as string }, "sessionId must be a non-empty string"],
    [{ historyPageSize: 0 }, "historyPageSize must be a whole number from 1 to 1000"],
  ])("refuses %j with a RealtimeError before connecting", (override, message) => {
    const options = { baseUrl: "http://127.0.0.1:1", sessionId: "s", ...override } as ConnectOptions;
    expect(() => connectSession(options)).toThrow(RealtimeError);
    expect(() => connectSession(options)).toThrow(message);
  });
});
