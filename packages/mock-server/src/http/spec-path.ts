import { packageFile } from "../package-files.js";

/**
 * Path of the OpenAPI document the mock serves: the copy the build places in `dist/spec/`, or, when running
 * from the sources in the repository (tests), `spec/openapi.yaml` itself.
 */
export const openapiPath = packageFile("spec/openapi.yaml", "../../spec/openapi.yaml");
