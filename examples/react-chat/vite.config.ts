import { defineConfig } from "vite";

/** JSX through Vite's own esbuild (React's automatic runtime): no plugin needed for a build or a dev server. */
export default defineConfig({ esbuild: { jsx: "automatic" } });
