import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { io } from "socket.io-client";
import { describe, expect, it } from "vitest";
import { MockOptionError, type MockServer, type MockServerOptions, startMockServer } from "../src/index.js";
import { startSession } from "./support/chat.js";
import { runCli } from "./support/cli.js";

const EVIL = "https://evil.example";

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Sends one request over real HTTP with exactly these headers (`Host` included, which fetch would not let us set). */
function send(
  url: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: hostname.replace(/^\[(.*)\]$/, "$1"), port, path, method: init.method ?? "GET", headers: init.headers },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end(init.body);
  });
}

/** Runs `test` against a mock of its own on a free port, closed afterwards. */
async function withMock(options: MockServerOptions, test: (mock: MockServer) => Promise<void>): Promise<void> {
  const mock = await startMockServer({ port: 0, replyDelayMs: 0, ...options });
  try {
    await test(mock);
  } finally {
    await mock.close();
  }
}

/** The rule a refusal names for `header`, from its `{ error, details }` body. */
const ruleOf = (answer: Answer, header: string) => {
  expect(answer.status).toBe(403);
  const body = JSON.parse(answer.body) as { error: string; details: Record<string, string[]> };
  expect(Object.keys(body.details)).toEqual([header]);
  return body.details[header]![0]!;
};

const port = (mock: MockServer) => new URL(mock.url).port;

describe("control API and console: their own origin only", () => {
  it("refuses a GET of the sessions from another origin, with no CORS grant", async () => {
    await withMock({}, async (mock) => {
      await startSession(mock);
      const answer = await send(mock.url, "/__twin/api/sessions", { headers: { origin: EVIL } });
      expect(ruleOf(answer, "Origin")).toMatch(/own origin or one in controlOrigins \(--control-origin\)/);
      expect(answer.body).not.toContain(mock.control.sessions()[0]!.id);
      expect(answer.headers["access-control-allow-origin"]).toBeUndefined();
    });
  });

  it("refuses a POST /__twin/api/reset from another origin and forgets nothing", async () => {
    await withMock({}, async (mock) => {
      const id = await startSession(mock);
      const answer = await send(mock.url, "/__twin/api/reset", { method: "POST", headers: { origin: EVIL } });
      expect(ruleOf(answer, "Origin")).toContain(JSON.stringify(EVIL));
      expect(mock.control.sessions().map((s) => s.id)).toEqual([id]);
    });
  });

  it("refuses another origin's preflight, event stream and console page; a sandboxed page's `null` origin too", async () => {
    await withMock({}, async (mock) => {
      const preflight = await send(mock.url, "/__twin/api/reset", {
        method: "OPTIONS",
        headers: { origin: EVIL, "access-control-request-method": "POST" },
      });
      expect(ruleOf(preflight, "Origin")).toBeTruthy();
      expect(preflight.headers["access-control-allow-origin"]).toBeUndefined();
      for (const path of ["/__twin/api/events", "/__twin/", "/__twin/console.js"]) {
        expect(ruleOf(await send(mock.url, path, { headers: { origin: EVIL } }), "Origin")).toBeTruthy();
      }
      const sandboxed = await send(mock.url, "/__twin/api/sessions", { headers: { origin: "null" } });
      expect(ruleOf(sandboxed, "Origin")).toBeTruthy();
    });
  });

  it.each(["cross-site", "same-site"])(
    "refuses a request without Origin whose Sec-Fetch-Site is %s, and forgets nothing",
    async (site) => {
      await withMock({}, async (mock) => {
        const id = await startSession(mock);
        const reset = await send(mock.url, "/__twin/api/reset", {
          method: "POST",
          headers: { "sec-fetch-site": site },
        });
        expect(ruleOf(reset, "Sec-Fetch-Site")).toContain(`got "${site}"`);
        const read = await send(mock.url, "/__twin/api/sessions", {
          headers: { "sec-fetch-site": site, "sec-fetch-mode": "no-cors" },
        });
        expect(ruleOf(read, "Sec-Fetch-Site")).toBeTruthy();
        expect(mock.control.sessions().map((s) => s.id)).toEqual([id]);
      });
    },
  );

  it("opens the console from another site's link, but never inside another site's frame", async () => {
    await withMock({}, async (mock) => {
      const page = await send(mock.url, "/__twin/", {
        headers: { "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate", "sec-fetch-dest": "document" },
      });
      expect(page.status).toBe(200);
      expect(page.headers["content-security-policy"]).toBe("frame-ancestors 'none'");
      expect(page.headers["x-frame-options"]).toBe("DENY");
    });
  });

  it("answers its own origin, by address or as localhost, and tools without Origin (curl, tests)", async () => {
    await withMock({}, async (mock) => {
      await startSession(mock);
      const own = await send(mock.url, "/__twin/api/sessions", {
        headers: { origin: mock.url, "sec-fetch-site": "same-origin" },
      });
      expect(own.status).toBe(200);
      expect(JSON.parse(own.body).items).toHaveLength(1);
      const local = `localhost:${port(mock)}`;
      const viaLocalhost = await send(mock.url, "/__twin/api/faults", {
        method: "POST",
        headers: { host: local, origin: `http://${local}`, "content-type": "application/json" },
        body: JSON.stringify({ operation: "createClientMessage", status: 500 }),
      });
      expect(viaLocalhost.status).toBe(201);
      expect((await send(mock.url, "/__twin/api/reset", { method: "POST" })).status).toBe(204);
      expect(mock.control.sessions()).toEqual([]);
      expect(mock.control.faults()).toEqual([]);
    });
  });

  it("lets the origins of controlOrigins read and drive it, with CORS; no other", async () => {
    const tool = "http://localhost:7000";
    await withMock({ controlOrigins: [tool] }, async (mock) => {
      await startSession(mock);
      const read = await send(mock.url, "/__twin/api/sessions", {
        headers: { origin: tool, "sec-fetch-site": "same-site" },
      });
      expect(read.status).toBe(200);
      expect(read.headers["access-control-allow-origin"]).toBe(tool);
      const preflight = await send(mock.url, "/__twin/api/reset", {
        method: "OPTIONS",
        headers: { origin: tool, "access-control-request-method": "POST" },
      });
      expect([preflight.status, preflight.headers["access-control-allow-origin"]]).toEqual([204, tool]);
      expect((await send(mock.url, "/__twin/api/sessions", { headers: { origin: EVIL } })).status).toBe(403);
      expect((await send(mock.url, "/__twin/api/reset", { method: "POST", headers: { origin: tool } })).status).toBe(
        204,
      );
      expect(mock.control.sessions()).toEqual([]);
    });
  });

  it("applies the same rules in process (mock.handle)", async () => {
    await withMock({}, async (mock) => {
      const refused = await mock.handle(
        new Request(`${mock.url}/__twin/api/reset`, { method: "POST", headers: { origin: EVIL } }),
      );
      expect(refused.status).toBe(403);
      expect((await mock.handle(new Request(`${mock.url}/__twin/api/reset`, { method: "POST" }))).status).toBe(204);
    });
  });
});

describe("TWIN API: every origin, unless corsOrigins lists them", () => {
  const start = (mock: MockServer, origin: string) =>
    send(mock.url, "/api/chats/v1/chats/demo/sessions?x_widget=1", {
      method: "POST",
      headers: { origin, "content-type": "application/json", "sec-fetch-site": "cross-site" },
      body: "{}",
    });

  it("answers another origin, cross-site, with CORS (as frontend work on localhost needs)", async () => {
    await withMock({}, async (mock) => {
      const answer = await start(mock, EVIL);
      expect(answer.status).toBe(201);
      expect(answer.headers["access-control-allow-origin"]).toBe(EVIL);
      const files = await send(mock.url, "/__twin/files/none/x.txt", { headers: { origin: EVIL } });
      expect(files.status).toBe(404); // the files messages attach are the app's: answered, not refused
      expect(files.headers["access-control-allow-origin"]).toBe(EVIL);
    });
  });

  it("with corsOrigins, answers the origins listed and its own, and refuses the rest, realtime included", async () => {
    const app = "http://localhost:5173";
    await withMock({ corsOrigins: [app] }, async (mock) => {
      const listed = await start(mock, app);
      expect([listed.status, listed.headers["access-control-allow-origin"]]).toEqual([201, app]);
      expect((await start(mock, mock.url)).status).toBe(201);
      expect(ruleOf(await start(mock, EVIL), "Origin")).toMatch(/corsOrigins \(--cors-origin\)/);
      const handshake = (origin: string) =>
        send(mock.url, "/socket.io/?EIO=4&transport=polling", { headers: { origin } });
      expect((await handshake(app)).status).toBe(200);
      const refused = await handshake(EVIL);
      expect(refused.status).toBe(403);
      expect(JSON.parse(refused.body).message).toMatch(/^Origin must be .* corsOrigins/);
    });
  });
});

describe("Host: the mock's own address, localhost and IP addresses only (DNS rebinding)", () => {
  const upgrade = (mock: MockServer, host: string) =>
    new Promise<number>((resolve, reject) => {
      const { hostname } = new URL(mock.url);
      const req = httpRequest({
        host: hostname,
        port: port(mock),
        path: "/socket.io/?EIO=4&transport=websocket",
        headers: {
          host,
          connection: "Upgrade",
          upgrade: "websocket",
          "sec-websocket-version": "13",
          "sec-websocket-key": "dGhlIHNhbXBsZSBub25jZQ==",
        },
      });
      req.on("upgrade", (res, socket) => {
        socket.destroy();
        resolve(res.statusCode!);
      });
      req.on("response", (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on("error", reject);
      req.end();
    });

  it("refuses a foreign Host on the TWIN API, the control API, the console and the realtime handshake", async () => {
    await withMock({}, async (mock) => {
      const host = `evil.example:${port(mock)}`;
      for (const path of ["/api/chats/v1/chats/demo/sessions?x_widget=1", "/__twin/api/sessions", "/__twin/"]) {
        expect(ruleOf(await send(mock.url, path, { headers: { host } }), "Host")).toContain('got "evil.example:');
      }
      const polling = await send(mock.url, "/socket.io/?EIO=4&transport=polling", { headers: { host } });
      expect(polling.status).toBe(403);
      expect(JSON.parse(polling.body).message).toMatch(/^Host must be the mock's own address/);
      expect(await upgrade(mock, host)).toBe(400); // refused before the upgrade: no WebSocket
      expect(await upgrade(mock, `localhost:${port(mock)}`)).toBe(101);
      const reset = await send(mock.url, "/__twin/api/reset", { method: "POST", headers: { host } });
      expect(reset.status).toBe(403);
    });
  });

  it("answers localhost, *.localhost and IP addresses", async () => {
    await withMock({}, async (mock) => {
      for (const name of ["localhost", "app.localhost", "127.0.0.1", "[::1]", "192.168.1.20", "LOCALHOST"]) {
        const answer = await send(mock.url, "/__twin/api/sessions", { headers: { host: `${name}:${port(mock)}` } });
        expect([name, answer.status]).toEqual([name, 200]);
      }
    });
  });

  it("answers the hosts of allowedHosts (a leading dot for subdomains), and every Host with true", async () => {
    await withMock({ allowedHosts: ["mock.test", ".dev.example"] }, async (mock) => {
      const status = async (host: string) =>
        (await send(mock.url, "/__twin/api/sessions", { headers: { host: `${host}:${port(mock)}` } })).status;
      expect(await status("mock.test")).toBe(200);
      expect(await status("dev.example")).toBe(200);
      expect(await status("a.dev.example")).toBe(200);
      expect(await status("a.mock.test")).toBe(403);
      expect(await status("evil.example")).toBe(403);
      const socket = io(mock.socketUrl, {
        path: mock.socketPath,
        auth: { sessionId: "s" },
        transports: ["websocket"],
        extraHeaders: { host: `mock.test:${port(mock)}` },
        reconnection: false,
      });
      try {
        await new Promise<void>((resolve, reject) => {
          socket.once("connect", resolve);
          socket.once("connect_error", reject);
        });
      } finally {
        socket.disconnect();
      }
    });
    await withMock({ allowedHosts: true }, async (mock) => {
      const answer = await send(mock.url, "/__twin/api/sessions", { headers: { host: "evil.example" } });
      expect(answer.status).toBe(200);
    });
  });

  it.each<[MockServerOptions, string]>([
    [{ corsOrigins: ["localhost:5173"] }, "corsOrigins"],
    [{ corsOrigins: ["http://localhost:5173/"] }, "corsOrigins"],
    [{ controlOrigins: ["http://localhost:7000/tool"] }, "controlOrigins"],
    [{ allowedHosts: ["http://mock.test"] }, "allowedHosts"],
    [{ allowedHosts: ["mock.test:4010"] }, "allowedHosts"],
  ])("refuses a bad option %j with a MockOptionError naming it and its rule", async (options, field) => {
    const error = await startMockServer({ port: 0, ...options }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MockOptionError);
    expect(error).toMatchObject({ code: "invalid-input", field, message: expect.stringMatching(/ must list .* got /) });
  });
});

describe("CLI", () => {
  it("warns in the banner when it listens on a non-loopback interface, naming what becomes reachable", async () => {
    const run = runCli(["--port", "0", "--host", "0.0.0.0"]);
    try {
      await run.started;
      const { stdout } = run.output();
      expect(stdout).toMatch(/WARNING {3}listening on 0\.0\.0\.0, not a loopback address/);
      for (const what of ["TWIN API", "control API", "operator console", "every conversation"]) {
        expect(stdout).toContain(what);
      }
    } finally {
      run.child.kill("SIGTERM");
      await run.exited;
    }
  });

  it("passes --cors-origin, --control-origin and --allowed-hosts to the server, with no warning on loopback", async () => {
    const run = runCli([
      "--port",
      "0",
      "--cors-origin",
      "http://localhost:5173",
      "--cors-origin",
      "http://localhost:5174",
      "--control-origin",
      "http://localhost:7000",
      "--allowed-hosts",
      "mock.test, .dev.example",
    ]);
    try {
      await run.started;
      const { stdout } = run.output();
      expect(stdout).not.toContain("WARNING");
      expect(stdout).toContain("CORS for http://localhost:5173, http://localhost:5174");
      const url = /HTTP\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)![1]!;
      const host = `a.dev.example:${new URL(url).port}`;
      expect(
        (await send(url, "/__twin/api/sessions", { headers: { host, origin: "http://localhost:7000" } })).status,
      ).toBe(200);
      expect((await send(url, "/__twin/api/sessions", { headers: { origin: "http://localhost:5173" } })).status).toBe(
        403,
      );
      const api = await send(url, "/api/chats/v1/chats/demo/sessions?x_widget=1", {
        method: "POST",
        headers: { origin: "http://localhost:5174", "content-type": "application/json" },
        body: "{}",
      });
      expect(api.status).toBe(201);
    } finally {
      run.child.kill("SIGTERM");
      await run.exited;
    }
  });

  it("--help lists the access options; a bad one exits 2 naming the flag and its rule", async () => {
    const help = runCli(["--help"]);
    expect(await help.exited).toBe(0);
    for (const flag of ["--cors-origin <origin>", "--control-origin <origin>", "--allowed-hosts <host,...>"]) {
      expect(help.output().stdout).toContain(flag);
    }
    const bad = runCli(["--port", "0", "--cors-origin", "localhost:5173"]);
    expect(await bad.exited).toBe(2);
    expect(bad.output().stderr.trim()).toMatch(
      /^twin-mock: --cors-origin must list origins such as .* got "localhost:5173"$/,
    );
  });
});
