// The `maluppfoljning` command line: a table of subcommands. bin/maluppfoljning.js calls main()
// and uses the returned number as the exit code (0 ok, 1 validation errors, 2 unusable input or
// usage error). Every failure ends as one "fel/error: …" line on stderr, never a stack trace.
import { t, type CliStringKey } from "../i18n/cliStrings";
import type { Lang } from "../domain";
import packageJson from "../../package.json";
import { CliError, EXIT_OK, EXIT_UNREADABLE, parseArgs, peekLang, processIo, reason, report } from "./common";
import type { Command, Io } from "./common";
import { registerInputLoader } from "./input";

// Each command's module loads when the command runs: ExcelJS (about half a second to load) and
// docx stay out of `--help`, `--version` and the commands on JSON input.
function lazy(name: string, describeKey: CliStringKey, load: () => Promise<Command>): Command {
  return {
    name,
    describe: (lang) => t(lang, describeKey),
    run: async (args, io) => (await load()).run(args, io),
  };
}

registerInputLoader(".xlsx", async (file, lang) => (await import("./xlsx-input")).loadXlsxInput(file, lang));

/** The subcommands, in the order `--help` lists them. Add new commands here. */
export const COMMANDS: Command[] = [
  lazy("summary", "cli.command.summary", async () => (await import("./summary")).summaryCommand),
  lazy("report", "cli.command.report", async () => (await import("./report")).reportCommand),
  lazy("workbook", "wb.cli.command.workbook", async () => (await import("./workbook")).workbookCommand),
  lazy("validate", "wb.cli.command.validate", async () => (await import("./validate")).validateCommand),
  lazy("rollover", "cli.command.rollover", async () => (await import("./rollover")).rolloverCommand),
  lazy(
    "import-history",
    "cli.command.importHistory",
    async () => (await import("./import-history")).importHistoryCommand,
  ),
  lazy("kolada", "ind.cli.command", async () => (await import("./kolada")).koladaCommand),
  lazy("split", "cli.command.split", async () => (await import("./split")).splitCommand),
  lazy("collect", "cli.command.collect", async () => (await import("./collect")).collectCommand),
];

/** The package version, for `--version`. */
export const VERSION: string = packageJson.version;

function usage(lang: Lang): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const commands = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.describe(lang)}`).join("\n");
  return t(lang, "cli.usage", { commands });
}

/**
 * Takes `--lang sv|en` from before the command name (`maluppfoljning --lang en summary --help`),
 * so it can be given in either place. The commands read it; it is handed on as their first option
 * (one given after the command name still wins).
 */
function leadingLang(argv: readonly string[]): { langArgs: string[]; rest: string[] } {
  const langArgs: string[] = [];
  let i = 0;
  while (i < argv.length && (argv[i] === "--lang" || argv[i].startsWith("--lang="))) {
    const n = argv[i] === "--lang" && i + 1 < argv.length && !argv[i + 1].startsWith("-") ? 2 : 1;
    langArgs.push(...argv.slice(i, i + n));
    i += n;
  }
  // Checked as the commands check it: a missing or unknown value is a usage error.
  if (langArgs.length > 0) parseArgs(langArgs, { lang: { values: ["sv", "en"] } }, usage);
  return { langArgs, rest: argv.slice(i) };
}

/** Runs the CLI with the arguments after the program name; resolves to the exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const lang = peekLang(argv);
  try {
    const { langArgs, rest: afterLang } = leadingLang(argv);
    const [first, ...rest] = afterLang;
    if (first === undefined) throw new CliError(EXIT_UNREADABLE, reason("cli.error.noCommand"), usage);
    if (first === "--version" || first === "-v") {
      io.out(`${VERSION}\n`);
      return EXIT_OK;
    }
    if (first === "--help" || first === "-h" || first === "help") {
      io.out(`${usage(lang)}\n`);
      return EXIT_OK;
    }
    const command = COMMANDS.find((c) => c.name === first);
    if (command === undefined) {
      const key = first.startsWith("-") ? "cli.error.unknownOption" : "cli.error.unknownCommand";
      throw new CliError(EXIT_UNREADABLE, reason(key, { name: first }), usage);
    }
    return await command.run([...langArgs, ...rest], io);
  } catch (e) {
    return report(e, io, lang);
  }
}
