import { execFile, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { useMockServer } from "./support/server.js";

const SCRIPT = fileURLToPath(new URL("./protocol/speak.py", import.meta.url));
/** Debian's interpreter, where `apt-get install python3-socketio python3-requests` puts the modules (.ci/run does). */
const PYTHON = "/usr/bin/python3";
const importable = spawnSync(PYTHON, ["-c", "import socketio, requests"]).status === 0;
/** In CI the check must run; on a machine without the modules it is skipped, saying why. */
const required = process.env.CI !== undefined;
if (!importable && !required)
  console.log(
    `protocol check skipped: ${PYTHON} cannot import socketio and requests (apt-get install -y python3-socketio python3-requests)`,
  );

const mock = useMockServer();

describe("the protocol from outside TypeScript", () => {
  it.runIf(importable || required)(
    "a Python client written from the spec alone starts a session, gets the answer as one argument, and catches up with `from`",
    async () => {
      const { code, out } = await new Promise<{ code: number | null; out: string }>((resolve) => {
        execFile(PYTHON, [SCRIPT, mock.current.url], (error, stdout, stderr) =>
          resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, out: stdout + stderr }),
        );
      });
      expect(out, out).toMatch(/^ok: /);
      expect(code).toBe(0);
    },
    60_000, // python3 and its imports start slowly on a busy machine; the script's own waits end on events
  );
});
