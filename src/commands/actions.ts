// The ribbon's function commands (manifest.xml: ExecuteFunction validateGoals / refreshSummary).
// Office calls them on taskpane.html (the manifest's FunctionFile and shared Runtime), with or
// without the task pane open, and waits for
// `event.completed()`; until then the button shows as busy, so it is called exactly once on every
// path. What a command actually does is plugged in with setCommandHandlers by the code that talks
// to Excel; without a handler a command says so in the log and changes nothing.
import { t } from "../i18n";
import { COMMANDS, type FunctionName } from "./names";

export { COMMANDS, type FunctionName };

export type CommandHandler = () => Promise<void>;

export interface CommandHandlers {
  validate: CommandHandler;
  refreshSummary: CommandHandler;
}

/** What Office passes to a function command; only completed() is used. */
export interface CommandEvent {
  completed(): void;
}

/** Where commands report when they cannot run; console in production, a spy in tests. */
export interface CommandLog {
  warn(message: string): void;
  error(message: string): void;
}

let handlers: Partial<CommandHandlers> = {};

/** Plugs in (or, with undefined, removes) what the commands do. Later calls override earlier ones. */
export function setCommandHandlers(next: Partial<CommandHandlers>): void {
  handlers = { ...handlers, ...next };
}

/** Both languages at once: a function command has no UI that knows the user's language. */
function bilingual(message: (lang: "sv" | "en") => string): string {
  return `${message("sv")} / ${message("en")}`;
}

/** The function Office calls for `name`: runs its handler, logs why not, always completes. */
export function commandFunction(
  name: FunctionName,
  log: CommandLog = console,
): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      const handler = handlers[COMMANDS[name]];
      if (!handler) {
        log.warn(bilingual((lang) => t(lang, "ui.command.notReady", { command: name })));
        return;
      }
      await handler();
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      log.error(bilingual((lang) => t(lang, "ui.command.failed", { command: name, message })));
    } finally {
      event.completed();
    }
  };
}

/** Registers every command with Office.actions.associate (passed in so tests need no Office). */
export function registerCommands(
  associate: (name: string, fn: (event: CommandEvent) => Promise<void>) => void,
  log: CommandLog = console,
): void {
  for (const name of Object.keys(COMMANDS) as FunctionName[]) associate(name, commandFunction(name, log));
}
