import { describe, expect, it } from "vitest";
import type { TwinErrorCode, TwinErrorDetails } from "../src/index.js";
import { isTwinError, mayBeRetried, mayHaveReachedServer, TwinError } from "../src/index.js";

/** An error of `code` with its `details`, as a package's subclass makes it. */
const made = <Code extends TwinErrorCode>(code: Code, details: TwinErrorDetails[Code]) =>
  Object.assign(new TwinError(code, code), details);

const operation = "createClientMessage";
const network = () => made("network", { operation });
const timeout = () => made("timeout", { operation, timeoutMs: 10 });
const badInput = () => made("invalid-input", { field: "text", rule: "must be a string" });
const api = (status: number) =>
  made("api", { operation, status, body: "", problems: [], response: new Response(null, { status }) });

describe("TwinError", () => {
  it("is an Error with its code, message and cause, named TwinError", () => {
    const cause = new Error("reset");
    const error = new TwinError("network", "could not send", { cause });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: "TwinError", code: "network", message: "could not send", cause });
  });

  it("keeps its brand out of the error's own properties, so that it is not printed or serialised", () => {
    const error = new TwinError("closed", "x");
    expect(Object.getOwnPropertyNames(error).filter((key) => key.startsWith("twin-chat"))).toEqual([]);
    expect(Object.getOwnPropertySymbols(error)).toEqual([]);
  });

  it("checks a subclass by its prototype chain", () => {
    class Closed extends TwinError<"closed"> {}
    expect(new Closed("closed", "x")).toBeInstanceOf(Closed);
    expect(new TwinError("closed", "x")).not.toBeInstanceOf(Closed);
  });
});

describe("isTwinError", () => {
  it("tells a twin-chat error, and its code", () => {
    expect(isTwinError(timeout())).toBe(true);
    expect(isTwinError(timeout(), "timeout")).toBe(true);
    expect(isTwinError(timeout(), "network")).toBe(false);
    expect(isTwinError(Object.assign(new Error("x"), { code: "timeout" }))).toBe(false);
  });
});

describe("mayBeRetried", () => {
  it("is true for network errors and 429 or 503 answers only", () => {
    expect(mayBeRetried(network())).toBe(true);
    expect(mayBeRetried(api(429))).toBe(true);
    expect(mayBeRetried(api(503))).toBe(true);
    for (const status of [400, 401, 404, 422, 500, 502, 504]) expect(mayBeRetried(api(status))).toBe(false);
    for (const error of [timeout(), badInput(), made("closed", {}), made("unexpected", {})]) {
      expect(mayBeRetried(error)).toBe(false);
    }
  });
});

describe("mayHaveReachedServer", () => {
  it("is true for timeouts, network errors and 5xx answers only", () => {
    expect(mayHaveReachedServer(timeout())).toBe(true);
    expect(mayHaveReachedServer(network())).toBe(true);
    expect(mayHaveReachedServer(api(500))).toBe(true);
    expect(mayHaveReachedServer(api(502))).toBe(true);
    expect(mayHaveReachedServer(api(422))).toBe(false);
    expect(mayHaveReachedServer(api(429))).toBe(false);
    expect(mayHaveReachedServer(badInput())).toBe(false);
    expect(mayHaveReachedServer(made("closed", {}))).toBe(false);
    expect(mayHaveReachedServer(undefined)).toBe(false);
  });
});
