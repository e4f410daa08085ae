import { describe, expectTypeOf, it } from "vitest";
import {
  isTwinError,
  type OperationId,
  type ScenarioProblem,
  TwinError,
  type TwinErrorCode,
  type TwinErrorDetails,
  type TwinProblem,
} from "../../src/index.js";

declare const thrown: unknown;

describe("switch (error.code) narrows to each code's details", () => {
  it("after isTwinError", () => {
    if (!isTwinError(thrown)) return;
    expectTypeOf(thrown.code).toEqualTypeOf<TwinErrorCode>();
    expectTypeOf(thrown).toExtend<Error>();
    switch (thrown.code) {
      case "invalid-input":
        expectTypeOf<Pick<typeof thrown, "field" | "rule">>().toEqualTypeOf<{
          readonly field: string;
          readonly rule: string;
        }>();
        return expectTypeOf(thrown).not.toHaveProperty("status");
      case "api":
        expectTypeOf(thrown).not.toHaveProperty("timeoutMs");
        return expectTypeOf<
          Pick<typeof thrown, "operation" | "status" | "body" | "problems" | "response">
        >().toEqualTypeOf<{
          readonly operation: OperationId;
          readonly status: number;
          readonly body: unknown;
          readonly problems: TwinProblem[];
          readonly response: Response;
        }>();
      case "timeout":
        return expectTypeOf<Pick<typeof thrown, "operation" | "timeoutMs">>().toEqualTypeOf<{
          readonly operation: OperationId;
          readonly timeoutMs: number;
        }>();
      case "network":
        expectTypeOf(thrown.cause).toEqualTypeOf<unknown>();
        expectTypeOf(thrown).not.toHaveProperty("timeoutMs");
        return expectTypeOf(thrown.operation).toEqualTypeOf<OperationId>();
      case "handshake-refused":
      case "listener":
      case "history":
      case "closed":
      case "storage":
      case "unexpected":
        expectTypeOf<TwinErrorDetails[typeof thrown.code]>().toEqualTypeOf<Record<never, never>>();
        // @ts-expect-error operation belongs to the HTTP codes
        return void thrown.operation;
      case "port-in-use":
        return expectTypeOf<Pick<typeof thrown, "port">>().toEqualTypeOf<{ readonly port: number }>();
      case "invalid-scenario":
        expectTypeOf(thrown).not.toHaveProperty("port");
        return expectTypeOf<Pick<typeof thrown, "source" | "problems">>().toEqualTypeOf<{
          readonly source: string;
          readonly problems: ScenarioProblem[];
        }>();
      case "invalid-attribute":
        // @ts-expect-error rule belongs to invalid-input
        void thrown.rule;
        return expectTypeOf(thrown.attribute).toEqualTypeOf<string>();
      default:
        expectTypeOf(thrown).toBeNever();
    }
  });

  it("after instanceof TwinError, as after isTwinError", () => {
    if (thrown instanceof TwinError) {
      expectTypeOf(thrown).toEqualTypeOf<TwinError>();
      if (thrown.code === "api") expectTypeOf(thrown.status).toEqualTypeOf<number>();
    }
  });

  it("after isTwinError with a code, to that code only", () => {
    if (isTwinError(thrown, "timeout")) {
      expectTypeOf(thrown).toEqualTypeOf<TwinError<"timeout">>();
      expectTypeOf(thrown.timeoutMs).toEqualTypeOf<number>();
    }
    if (isTwinError(thrown, "api")) {
      // @ts-expect-error an api error is not a timeout
      void thrown.timeoutMs;
    }
  });
});

describe("TwinError", () => {
  it("is built with a known code only", () => {
    expectTypeOf(new TwinError("closed", "x").code).toEqualTypeOf<"closed">();
    // @ts-expect-error not a code of TwinErrorCode
    new TwinError("timed-out", "x");
  });

  it("lets a subclass carry its code's details, and refuses one that does not", () => {
    class PortTaken extends TwinError<"port-in-use"> {
      constructor(readonly port: number) {
        super("port-in-use", `port ${port} is taken`);
      }
    }
    expectTypeOf(new PortTaken(1)).toExtend<TwinError>();
    // @ts-expect-error a port-in-use error carries its port
    class NoPort extends TwinError<"port-in-use"> {}
    // @ts-expect-error nor does the bare class, for a code with details
    const bare: TwinError = new TwinError("port-in-use", "x");
    void [NoPort, bare];
  });
});
