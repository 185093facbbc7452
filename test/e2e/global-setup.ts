// jest's global set-up: a folder for this run's build of the task pane (test/e2e/build.ts), so the
// e2e suites share one build. Nothing is built here: a run without e2e suites builds nothing.
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { BUILD_CACHE_ENV } from "./build";

export default function globalSetup(): void {
  // Set before jest starts its workers, which inherit it.
  process.env[BUILD_CACHE_ENV] = mkdtempSync(join(tmpdir(), "maluppfoljning-e2e-build-"));
}
