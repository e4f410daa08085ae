import { defineConfig, mergeConfig } from "vitest/config";
import base, { packageTests } from "../../vitest.base.mjs";

export default mergeConfig(base, defineConfig({ test: { ...packageTests } }));
