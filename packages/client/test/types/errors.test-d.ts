import { describe, expectTypeOf, it } from "vitest";
import type {
  TwinApiError,
  TwinClientErrorCode,
  TwinError,
  TwinErrorCode,
  TwinNetworkError,
  TwinTimeoutError,
  TwinValidationError,
} from "../../src/index.js";

describe("client error types", () => {
  it("gives each class the code and details of the shared union", () => {
    expectTypeOf<TwinClientErrorCode>().toExtend<TwinErrorCode>();
    expectTypeOf<TwinValidationError>().toExtend<TwinError<"invalid-input">>();
    expectTypeOf<TwinApiError>().toExtend<TwinError<"api">>();
    expectTypeOf<TwinTimeoutError>().toExtend<TwinError<"timeout">>();
    expectTypeOf<TwinNetworkError>().toExtend<TwinError<"network">>();
  });

  it("narrows a caught client error by its code", () => {
    const reason = (error: TwinError<TwinClientErrorCode>) => {
      switch (error.code) {
        case "api":
          return error.status;
        case "timeout":
          return error.timeoutMs;
        case "invalid-input":
          return error.field;
        case "network":
          return error.operation;
      }
    };
    expectTypeOf(reason).returns.toEqualTypeOf<string | number>();
  });
});
