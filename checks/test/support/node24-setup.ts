import type { TestProject } from "vitest/node";
import { installNode24, type Node24 } from "./node24.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Node 24 from npm, installed once for every test file; or why it could not be. */
    node24: Node24;
  }
}

/** A vitest global setup: installs Node 24 once, before the files that use it run side by side. */
export async function setup(project: TestProject): Promise<void> {
  project.provide("node24", await installNode24());
}
