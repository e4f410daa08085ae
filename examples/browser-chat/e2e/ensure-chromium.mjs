#!/usr/bin/env node
// The browser tests drive a system Chromium (no tool may download a browser of its own). Installs Debian's
// package when it is missing and this is a root shell with apt-get; otherwise says how to get one.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(path)) {
  const hasApt = existsSync("/usr/bin/apt-get");
  if (process.getuid?.() === 0 && hasApt) {
    console.log(`Chromium not found at ${path}; installing Debian's chromium package…`);
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  } else {
    console.error(
      `The browser tests need Chromium at ${path}. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
}
