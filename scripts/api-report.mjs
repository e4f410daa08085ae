#!/usr/bin/env node
// The package's public API, one report per entry point in its `exports`, written by API Extractor to `api/*.api.md`.
// Run in a package folder after its build: `node ../../scripts/api-report.mjs` checks the committed reports and fails
// on any change of the surface; `--update` rewrites them (`pnpm api:update` at the root does every package).
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { Extractor, ExtractorConfig } from "@microsoft/api-extractor";

// API Extractor's own TSDoc dialect, not a package's tsdoc.json (which extends typedoc's, for the docs site).
const { TSDocConfigFile } = createRequire(import.meta.resolve("@microsoft/api-extractor"))("@microsoft/tsdoc-config");
const tsdocConfigFile = TSDocConfigFile.loadFile(ExtractorConfig._tsdocBaseFilePath);

const update = process.argv.includes("--update");
const dir = process.cwd();
const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
const reportFolder = join(dir, "api");
mkdirSync(reportFolder, { recursive: true });

/** `{ ".": "index", "./uploads": "uploads" }`: each code entry's subpath and its file's name in `dist/`. */
const entries = Object.entries(manifest.exports ?? {}).flatMap(([subpath, target]) => {
  const file = typeof target === "object" ? target.import : undefined;
  const name = /^\.\/dist\/(.+)\.js$/.exec(file ?? "")?.[1];
  return name ? [[subpath, name]] : [];
});

const short = manifest.name.split("/").pop();
let failed = 0;
for (const [subpath, name] of entries) {
  const reportName = subpath === "." ? short : `${short}-${subpath.slice(2).replaceAll("/", "-")}`;
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: dir,
      mainEntryPointFilePath: resolve(dir, "dist", `${name}.d.ts`),
      bundledPackages: [],
      compiler: { overrideTsconfig: { compilerOptions: { strict: true, skipLibCheck: true, lib: ["ES2022", "DOM"] } } },
      apiReport: {
        enabled: true,
        reportFolder,
        reportTempFolder: join(dir, "node_modules/.api-report"),
        reportFileName: reportName,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        compilerMessageReporting: { default: { logLevel: "warning" } },
        // Findings (an undocumented member, a dangling {@link}) go into the report, where a review sees them.
        extractorMessageReporting: {
          default: { logLevel: "none", addToApiReportFile: true },
          // Release tags (@public, @beta) are not used: what an entry exports is public.
          "ae-missing-release-tag": { logLevel: "none", addToApiReportFile: false },
          // tsup puts its imports above the entry's @packageDocumentation comment.
          "ae-misplaced-package-tag": { logLevel: "none", addToApiReportFile: false },
        },
        tsdocMessageReporting: { default: { logLevel: "none" } },
      },
    },
    configObjectFullPath: join(dir, "api-extractor.json"),
    packageJsonFullPath: join(dir, "package.json"),
    tsdocConfigFile,
  });
  const result = Extractor.invoke(config, { localBuild: update, showVerboseMessages: false, messageCallback: quiet });
  const file = join("api", `${reportName}.api.md`);
  if (result.errorCount > 0 || (!update && (!existsSync(join(dir, file)) || result.apiReportChanged))) {
    failed++;
    console.error(
      update
        ? `${manifest.name}: ${file} could not be written`
        : `${manifest.name}: the public API of "${subpath}" differs from ${file}; review the change, then run \`pnpm api:update\` and commit the report`,
    );
  }
}
process.exitCode = failed ? 1 : 0;

/** Keeps API Extractor's own chatter (its version, "analysis complete") out of the test log. */
function quiet(message) {
  if (message.logLevel !== "error" && message.logLevel !== "warning") message.handled = true;
  if (message.messageId.startsWith("console-api-report-")) message.handled = true;
}
