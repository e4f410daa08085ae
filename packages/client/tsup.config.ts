import { defineConfig } from "tsup";
import base from "../../tsup.base.js";

/**
 * The shared build, with the rarely used parts as entries of their own: `@twin-chat/client/uploads`, `/paging`
 * and `/sessions`.
 */
export default defineConfig({ ...base, entry: ["src/index.ts", "src/uploads.ts", "src/paging.ts", "src/sessions.ts"] });
