// Entry of the commands bundle (commands.html, the manifest's FunctionFile). It registers the
// ribbon's function commands with Office; what they do is plugged in with setCommandHandlers
// (src/commands/actions.ts) by the Excel code.
import { registerCommands } from "./actions";

// A function file must call Office.onReady (or set Office.initialize) or Office never runs its
// commands; there is nothing else to prepare here.
Office.onReady(() => undefined);

registerCommands((name, fn) => Office.actions.associate(name, fn));
