import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

setFlagsFromString("--expose-gc");
/** A full garbage collection, available without `node --expose-gc` (in vitest workers too). */
const gc = runInNewContext("gc");

/** Bytes of JS heap in use after a full garbage collection. */
export async function heapAfterGc() {
  // Twice, with a turn of the event loop between: what the first frees may hold more (sockets, finalizers).
  gc();
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  return process.memoryUsage().heapUsed;
}
