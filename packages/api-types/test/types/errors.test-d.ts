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
        expectTypeOf(thrown.field).toEqualTypeOf<string>();
        expectTypeOf(thrown.rule).toEqualTypeOf<string>();
        // @ts-expect-error status belongs to api
        void thrown.status;
        break;
      case "api":
        expectTypeOf(thrown.operation).toEqualTypeOf<OperationId>();
        expectTypeOf(thrown.status).toEqualTypeOf<number>();
        expectTypeOf(thrown.body).toEqualTypeOf<unknown>();
        expectTypeOf(thrown.problems).toEqualTypeOf<TwinProblem[]>();
        expectTypeOf(thrown.response).toEqualTypeOf<Response>();
        // @ts-expect-error timeoutMs belongs to timeout
        void thrown.timeoutMs;
        break;
      case "timeout":
        expectTypeOf(thrown.operation).toEqualTypeOf<OperationId>();
        expectTypeOf(thrown.timeoutMs).toEqualTypeOf<number>();
        // @ts-expect-error status belongs to api
        void thrown.status;
        break;
      case "network":
        expectTypeOf(thrown.operation).toEqualTypeOf<OperationId>();
        expectTypeOf(thrown.cause).toEqualTypeOf<unknown>();
        // @ts-expect-error timeoutMs belongs to timeout
        void thrown.timeoutMs;
        break;
      case "handshake-refused":
      case "listener":
      case "history":
      case "closed":
      case "storage":
      case "unexpected":
        expectTypeOf<TwinErrorDetails[typeof thrown.code]>().toEqualTypeOf<Record<never, never>>();
        expectTypeOf(thrown.cause).toEqualTypeOf<unknown>();
        // @ts-expect-error operation belongs to the HTTP codes
        void thrown.operation;
        break;
      case "port-in-use":
        expectTypeOf(thrown.port).toEqualTypeOf<number>();
        // @ts-expect-error field belongs to invalid-input
        void thrown.field;
        break;
      case "invalid-scenario":
        expectTypeOf(thrown.source).toEqualTypeOf<string>();
        expectTypeOf(thrown.problems).toEqualTypeOf<ScenarioProblem[]>();
        // @ts-expect-error port belongs to port-in-use
        void thrown.port;
        break;
      case "invalid-attribute":
        expectTypeOf(thrown.attribute).toEqualTypeOf<string>();
        // @ts-expect-error rule belongs to invalid-input
        void thrown.rule;
        break;
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
