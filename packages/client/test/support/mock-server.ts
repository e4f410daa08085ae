import { startMockServer } from "@twin-chat/mock-server";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    mockUrl: string;
  }
}

/** Starts the toolkit's mock server (Prism on spec/openapi.yaml, plus realtime) for the integration tests. */
export default async function setup(project: TestProject) {
  const mock = await startMockServer({ port: 0 });
  project.provide("mockUrl", mock.url);
  return () => mock.close();
}
