import { isTwinError } from "@twin-chat/api-types";
import { describe, expect, it } from "vitest";
import { connectSession, RealtimeError } from "../../src/index.js";

describe("RealtimeError", () => {
  it("carries the field and the rule of bad input, as every invalid-input error does", () => {
    let thrown: unknown;
    try {
      connectSession({ baseUrl: "http://127.0.0.1:1", sessionId: " " });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RealtimeError);
    expect(isTwinError(thrown, "invalid-input") && [thrown.field, thrown.rule]).toEqual([
      "sessionId",
      "must be a non-empty string",
    ]);
  });

  it("appends its cause's message to its own, and keeps the cause", () => {
    const cause = new Error("xhr poll error");
    const refused = new RealtimeError("handshake-refused", "the server refused the session", cause);
    expect(refused).toMatchObject({ message: "the server refused the session: xhr poll error", cause });
    expect(new RealtimeError("closed", "the session closed").message).toBe("the session closed");
  });
});
