// The protocol between bench/main.ts and one measurement, which runs in its own node process (a
// fresh heap for every timing, and a 50,000-goal emulator run cannot starve the others of memory).
// argv[2] is the file to write the JSON result to, argv[3] the JSON arguments. Progress goes to
// stderr; the result only to the file, so a stray console.log cannot corrupt it.
import { writeFileSync } from "fs";

export function log(message: string): void {
  process.stderr.write(`  ${message}\n`);
}

export function runMeasurement<A, R>(measure: (args: A) => Promise<R>): void {
  const [out, json] = process.argv.slice(2);
  if (!out) {
    process.stderr.write("usage: node <measurement.cjs> <result.json> [<args json>]\n");
    process.exit(2);
  }
  const args = (json ? JSON.parse(json) : {}) as A;
  measure(args).then(
    (result) => {
      writeFileSync(out, JSON.stringify(result));
      // Open handles (a browser, a server) must not keep a finished measurement alive.
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
