// `npm run selftest [-- --lang=sv]`: the self-test's checks against the emulator, a smoke test of
// the checks themselves (only a report from Excel shows Excel's behaviour), which its first line
// says; then one line per check and a closing count; exit code 1 when a check fails. English by
// default, the CI log's language; --lang=sv prints Swedish.
import { t } from "../../src/i18n/selftestStrings";
import { runOnEmulator } from "./emulator";

async function main(): Promise<number> {
  const lang = process.argv.includes("--lang=sv") ? "sv" : "en";
  const { lines, exitCode } = await runOnEmulator(lang);
  for (const line of [t(lang, "st.env.emulator"), ...lines]) process.stdout.write(`${line}\n`);
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);
