// jest's global tear-down: removes the run's build folder (test/e2e/global-setup.ts).
import { rmSync } from "fs";
import { BUILD_CACHE_ENV } from "./build";

export default function globalTeardown(): void {
  const dir = process.env[BUILD_CACHE_ENV];
  if (dir) rmSync(dir, { recursive: true, force: true });
}
