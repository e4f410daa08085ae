import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const besideBuild = new URL("./spec/openapi.yaml", import.meta.url);
const inRepository = new URL("../../../spec/openapi.yaml", import.meta.url);

/**
 * Path of the OpenAPI document the mock serves: the copy the build places in `dist/spec/`, or, when running
 * from the sources in the repository (tests), `spec/openapi.yaml` itself.
 */
export const openapiPath = fileURLToPath(existsSync(besideBuild) ? besideBuild : inRepository);
