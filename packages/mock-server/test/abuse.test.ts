import { io, type Socket } from "socket.io-client";
import { describe, expect, it } from "vitest";
import { startMockServer } from "../src/index.js";
import { useMockServer } from "./support/server.js";

const server = useMockServer();
const post = (path: string, body: BodyInit, type = "application/json") =>
  fetch(`${server.current.url}${path}`, { method: "POST", headers: { "content-type": type }, body });

describe("the mock under abuse", () => {
  it("answers a wrong content type with a 4xx, not a crash", async () => {
    const response = await post("/api/v1/sessions/s/messages", "body=hi", "application/x-www-form-urlencoded");
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it.each([
    "/api/v1/sessions/..%2F..%2Fetc%2Fpasswd/messages",
    "/api/v1/sessions/%2e%2e/%2e%2e/x",
    "/%00",
    "/api/v1/sessions/%E0%A4%A/messages",
  ])("answers %s without crashing", async (path) => {
    const response = await fetch(`${server.current.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"body":"x"}',
    });
    expect(response.status).toBeLessThan(500);
    expect((await post("/api/v1/sessions/s/messages", '{"body":"still up"}')).status).toBe(201);
  });

  it("takes 1 000 sockets at once, refusing the ones without a session id, stays up, and gives the memory back", {
    timeout: 60_000,
  }, async () => {
    const heap = () => {
      (globalThis as { gc?: () => void }).gc!();
      return process.memoryUsage().heapUsed;
    };
    const before = heap();
    const sockets: Socket[] = [];
    const outcomes = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => {
        const socket = io(server.current.socketUrl, {
          path: server.current.socketPath,
          auth: i % 10 === 0 ? { sessionId: i % 20 === 0 ? "" : { $ne: 1 } } : { sessionId: `crowd-${i % 50}` },
          transports: ["websocket"],
          reconnection: false,
          forceNew: true,
        });
        sockets.push(socket);
        return new Promise<string>((resolve) => {
          socket.once("connect", () => resolve("connected"));
          socket.once("connect_error", () => resolve("refused"));
        });
      }),
    );
    expect(outcomes.filter((o) => o === "connected")).toHaveLength(900);
    expect(outcomes.filter((o) => o === "refused")).toHaveLength(100);
    const during = process.memoryUsage().heapUsed;
    // Each client's transport closes once the server has answered its close frame.
    await Promise.all(
      sockets.splice(0).map((socket) => {
        const { engine } = socket.io;
        socket.disconnect();
        return engine.readyState === "closed" || new Promise((resolve) => engine.once("close", resolve));
      }),
    );
    expect((await post("/api/v1/sessions/s/messages", '{"body":"still up"}')).status).toBe(201);
    // The server lets each socket go as its close reaches it, within a few turns of the event loop: look again
    // each turn (no clock); what is left after 100 turns has leaked. Near the baseline: within 10 MB.
    const limit = before + 10 * 1024 * 1024;
    let after = heap();
    for (let turn = 0; turn < 100 && after >= limit; turn++) {
      await new Promise((resolve) => setImmediate(resolve));
      after = heap();
    }
    expect(after, `heap ${before} → ${during} → ${after}`).toBeLessThan(limit);
  });

  it("logs method, path, status and time, and none of the personal data in the body or query", async () => {
    const lines: string[] = [];
    const mock = await startMockServer({ port: 0, log: (line) => lines.push(line) });
    try {
      await fetch(`${mock.url}/api/chats/v1/chats/demo/sessions?x_widget=1&email=q@example.com`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ clientPhone: "79991234567", clientEmail: "ann@example.com", messageBody: "my secret" }),
      });
    } finally {
      await mock.close();
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^POST \/api\/chats\/v1\/chats\/demo\/sessions \d{3} \d+\.\d ms$/);
    expect(lines.join("\n")).not.toMatch(/7999|example\.com|secret/);
  });
});
