import { describe, expect, it } from "vitest";
import { asTwinError, invalidInput } from "../../src/errors.js";
import { ChatError, isTwinError } from "../../src/index.js";

describe("ChatError", () => {
  it("carries the field and the rule of bad input, as every invalid-input error does", () => {
    const error = invalidInput("text", "must be a string");
    expect(error).toBeInstanceOf(ChatError);
    expect(error).toMatchObject({ code: "invalid-input", field: "text", rule: "must be a string" });
    expect(error.message).toBe("text must be a string");
  });

  it("wraps what is not a TwinError as unexpected, and passes a TwinError through", () => {
    const closed = new ChatError("closed", "the chat is closed");
    expect(asTwinError(closed)).toBe(closed);
    const wrapped = asTwinError(new TypeError("bug"));
    expect(isTwinError(wrapped, "unexpected") && wrapped.cause).toBeInstanceOf(TypeError);
  });
});
