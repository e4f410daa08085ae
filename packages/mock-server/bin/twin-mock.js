#!/usr/bin/env node
// The `twin-mock` command. A committed file, so the bin exists when pnpm links the workspace before the build.
import "../dist/cli.js";
