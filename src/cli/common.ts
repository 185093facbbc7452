// Shared pieces of the CLI: the command shape, output streams, option parsing, and errors that
// end a command with an exit code and a one-line reason in both languages (never a stack trace).
import { t } from "../i18n/cliStrings";
import type { Params } from "../i18n";
import type { CliStringKey } from "../i18n/cliStrings";
import type { Bilingual, Lang } from "../domain";
import { LANGS } from "../domain";

/** Where a command writes; the process streams by default, a buffer in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => {
    process.stdout.write(text);
  },
  err: (text) => {
    process.stderr.write(text);
  },
};

/** A subcommand: `maluppfoljning <name> …`. `run` gets the arguments after the name. */
export interface Command {
  name: string;
  /** One line for the command list in `--help`. */
  describe(lang: Lang): string;
  run(args: string[], io: Io): Promise<number>;
}

/** Exit codes, as documented in `--help`. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_UNREADABLE = 2;

/** Ends a command: `exitCode` with `message` on one line of stderr, and optionally the usage text. */
export class CliError extends Error {
  constructor(
    readonly exitCode: number,
    readonly reason: Bilingual,
    readonly usage?: (lang: Lang) => string,
    /** Written to stdout before the reason, e.g. machine-readable errors for --format json. */
    readonly stdout?: string,
  ) {
    super(reason.en);
    this.name = "CliError";
  }
}

/** Every command reads at most one input file; more is a usage error, not a silent choice. */
export function atMostOneFile(positionals: readonly string[], usage: (lang: Lang) => string): void {
  if (positionals.length > 1)
    throw new CliError(
      EXIT_UNREADABLE,
      reason("cli.error.tooManyFiles", { count: positionals.length }),
      usage,
    );
}

/** A reason in both languages from an i18n key. */
export function reason(key: CliStringKey, params?: Params): Bilingual {
  return { sv: t("sv", key, params), en: t("en", key, params) };
}

const LINE_BREAKS = /[\r\n]+/g;

function isTerminalUnsafe(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f);
}

/**
 * Text for a terminal: C0 control characters (except tab and line feed), DEL and the C1 controls
 * are shown as visible symbols (ESC as ␛), so text from a file can never move the cursor, clear the
 * screen or retitle the window. Goal texts come from files other people wrote.
 */
export function terminalSafe(text: string): string {
  let out = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isTerminalUnsafe(c)) continue;
    const symbol = c < 0x20 ? String.fromCharCode(0x2400 + c) : c === 0x7f ? "\u2421" : "\ufffd";
    out += text.slice(start, i) + symbol;
    start = i + 1;
  }
  return start === 0 ? text : out + text.slice(start);
}

/**
 * JSON text with DEL and the C1 controls escaped too (JSON.stringify escapes only C0), so JSON
 * printed to a terminal is as safe as the text output. Such characters only occur inside strings.
 */
export function jsonSafe(json: string): string {
  let out = "";
  let start = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c < 0x7f || c > 0x9f) continue;
    out += `${json.slice(start, i)}\\u00${c.toString(16)}`;
    start = i + 1;
  }
  return start === 0 ? json : out + json.slice(start);
}

/** "fel/error: <svenska> / <english>" on one line. */
export function errorLine(r: Bilingual): string {
  const sv = terminalSafe(r.sv.replace(LINE_BREAKS, " "));
  const en = terminalSafe(r.en.replace(LINE_BREAKS, " "));
  const prefix = `${t("sv", "present.severity.error")}/${t("en", "present.severity.error")}`;
  return sv === en ? `${prefix}: ${sv}\n` : `${prefix}: ${sv} / ${en}\n`;
}

/** Writes a CliError (or anything thrown) the way the CLI promises, and returns the exit code. */
export function report(error: unknown, io: Io, lang: Lang): number {
  if (error instanceof CliError) {
    if (error.stdout !== undefined) io.out(terminalSafe(error.stdout));
    io.err(errorLine(error.reason));
    if (error.usage) io.err(`\n${error.usage(lang)}\n`);
    return error.exitCode;
  }
  const detail = error instanceof Error ? error.message : String(error);
  io.err(errorLine(reason("cli.error.unexpected", { detail })));
  return EXIT_UNREADABLE;
}

export interface OptionSpec {
  /** Allowed values; the option then takes a value. */
  values?: readonly string[];
  /** Short alias such as "-h". */
  alias?: string;
}

/** The options every command takes: its output language and its help. */
export const COMMON_OPTIONS: Readonly<Record<"lang" | "help", OptionSpec>> = {
  lang: { values: LANGS },
  help: { alias: "-h" },
};

/**
 * The language of a help request (--help or -h before any "--"), whatever else the arguments
 * hold: an option that lacks its value must not keep the help from being shown. Null when no help
 * was asked for; the language is --lang's when it is one, else Swedish.
 */
export function helpRequested(args: readonly string[]): Lang | null {
  const end = args.indexOf("--");
  const before = end < 0 ? args : args.slice(0, end);
  if (!before.some((a) => a === "--help" || a === "-h")) return null;
  let lang: Lang = "sv";
  before.forEach((a, i) => {
    const value = a.startsWith("--lang=") ? a.slice(7) : a === "--lang" ? before[i + 1] : undefined;
    if ((LANGS as readonly string[]).includes(value ?? "")) lang = value as Lang;
  });
  return lang;
}

export interface ParsedArgs {
  options: Record<string, string | true>;
  positionals: string[];
}

/**
 * Parses `--name value`, `--name=value`, flags and positionals; `--` ends the options.
 * Unknown options and bad values are CliErrors with exit code 2 and the usage text.
 */
export function parseArgs(
  args: readonly string[],
  spec: Record<string, OptionSpec>,
  usage: (lang: Lang) => string,
): ParsedArgs {
  const options: Record<string, string | true> = {};
  const positionals: string[] = [];
  const aliases = new Map<string, string>();
  for (const [name, s] of Object.entries(spec)) if (s.alias) aliases.set(s.alias, name);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const written = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    const name = written.startsWith("--") ? written.slice(2) : aliases.get(written);
    const s = name === undefined ? undefined : spec[name];
    if (name === undefined || s === undefined) {
      throw new CliError(EXIT_UNREADABLE, reason("cli.error.unknownOption", { name: written }), usage);
    }
    if (s.values === undefined) {
      if (eq > 0 && written !== arg) {
        throw new CliError(EXIT_UNREADABLE, reason("cli.error.unknownOption", { name: arg }), usage);
      }
      options[name] = true;
      continue;
    }
    const allowed = s.values.join(", ");
    let value: string | undefined;
    if (written !== arg) value = arg.slice(eq + 1);
    else if (i + 1 < args.length && !args[i + 1].startsWith("--")) value = args[++i];
    if (value === undefined) {
      throw new CliError(
        EXIT_UNREADABLE,
        reason("cli.error.missingValue", { name: written, allowed }),
        usage,
      );
    }
    if (!s.values.includes(value)) {
      throw new CliError(
        EXIT_UNREADABLE,
        reason("cli.error.badValue", { name: written, value, allowed }),
        usage,
      );
    }
    options[name] = value;
  }
  return { options, positionals };
}

/** The --lang option's value, "sv" when absent. */
export function langOption(options: Record<string, string | true>): Lang {
  const v = options.lang;
  return typeof v === "string" && (LANGS as readonly string[]).includes(v) ? (v as Lang) : "sv";
}

/** Looks through raw args for --lang before full parsing, so even usage errors use that language. */
export function peekLang(args: readonly string[]): Lang {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const v = a.startsWith("--lang=") ? a.slice(7) : a === "--lang" ? args[i + 1] : undefined;
    if (v === "sv" || v === "en") return v;
  }
  return "sv";
}
