import type { OperationId } from "@twin-chat/api-types";
import type { components } from "../generated/control.js";

/** How the next calls of an operation fail or slow down: the control API's `FaultRequest`. */
export type FaultSpec = components["schemas"]["FaultRequest"];

/** A pending fault, with the calls it has left. */
export type Fault = components["schemas"]["Fault"];

/** The calls the mock is told to fail, per operation, consumed first come first served. */
export class FaultQueue {
  #next = 1;
  #faults: Fault[] = [];

  /** Adds a fault and returns it. */
  add(spec: FaultSpec): Fault {
    const fault: Fault = { ...spec, id: this.#next++, remaining: spec.times ?? 1 };
    this.#faults.push(fault);
    return fault;
  }

  /** Pending faults, oldest first. */
  list(): Fault[] {
    return this.#faults.map((fault) => ({ ...fault }));
  }

  /** Takes one call of the oldest fault that applies to a call of `operation` about `sessionId`. */
  take(operation: OperationId, sessionId: string | undefined): Fault | undefined {
    const fault = this.#faults.find(
      (f) => f.operation === operation && (f.sessionId === undefined || f.sessionId === sessionId),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining === 0) this.#faults.splice(this.#faults.indexOf(fault), 1);
    return fault;
  }

  /** Forgets every pending fault. */
  clear(): void {
    this.#faults = [];
  }
}
