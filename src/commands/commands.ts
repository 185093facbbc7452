// The ribbon's function commands, registered from the task pane's own page: webpack puts this
// module first in the taskpane entry (webpack.config.js), and manifest.xml names taskpane.html as
// both the shared Runtime (lifetime="long") and the FunctionFile. Where the host has SharedRuntime
// 1.1 the commands run in the pane's runtime, whether the pane is open or not, on the same copy of
// the document settings; where it has not, Office loads the same page hidden as a function file
// and the commands run there, refreshing the settings before reading or saving them
// (src/office/settings.ts). What a command does loads on its first click (the "commands" chunk),
// so the pane's first load carries only these lines.
import { t } from "../i18n";
import { COMMANDS, type FunctionName } from "./names";

/** What Office passes to a function command; only completed() is used. */
export interface CommandEventLike {
  completed(): void;
}

/** Runs a command to its end, completing its event (src/commands/run.ts). */
export type CommandRunner = (name: FunctionName, event: CommandEventLike) => Promise<void>;

/**
 * The function Office calls for `name`: loads the commands' code, then runs it. A chunk that does
 * not load (network, CSP) is logged and the event completed, so the button does not stay busy.
 */
export function lazyCommand(
  name: FunctionName,
  load: () => Promise<CommandRunner>,
  log: Pick<Console, "error"> = console,
): (event: CommandEventLike) => Promise<void> {
  return async (event) => {
    let run: CommandRunner;
    try {
      run = await load();
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      log.error(
        `${t("sv", "ui.command.failed", { command: name, message })} / ${t("en", "ui.command.failed", { command: name, message })}`,
      );
      event.completed();
      return;
    }
    await run(name, event);
  };
}

/** Associates every command with Office (passed in so tests need no Office); the names, in order. */
export function registerLazyCommands(
  associate: (name: string, fn: (event: CommandEventLike) => Promise<void>) => void,
  load: () => Promise<CommandRunner>,
): FunctionName[] {
  const names = Object.keys(COMMANDS) as FunctionName[];
  for (const name of names) associate(name, lazyCommand(name, load));
  return names;
}

const loadRunner = (): Promise<CommandRunner> =>
  import(/* webpackChunkName: "commands" */ "./run").then((m) => m.runCommand);

// Outside Office (a plain browser, office.js blocked) there is nothing to register with, and a host
// without Office.actions must not keep the pane from opening.
if (typeof Office !== "undefined") {
  try {
    // Office runs no command on a page that has not called Office.onReady (the pane does too).
    void Office.onReady(() => undefined);
    registerLazyCommands((name, fn) => Office.actions.associate(name, fn), loadRunner);
  } catch (e) {
    console.warn(e);
  }
}
