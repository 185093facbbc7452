// Entry of the commands bundle (commands.html, the manifest's FunctionFile). It registers the
// ribbon's function commands with Office; what they do is plugged in with setCommandHandlers
// (src/commands/actions.ts) by the Excel code.
import { registerCommands, setCommandHandlers } from "./actions";
import { excelCommandHandlers } from "./ribbon";

// Only Office loads this page; if office.js did not load (the page opened in a plain browser, or
// the CDN unreachable) there is nothing to register with.
if (typeof Office !== "undefined") {
  // A function file must call Office.onReady (or set Office.initialize) or Office never runs its
  // commands; there is nothing else to prepare here.
  Office.onReady(() => undefined);
  setCommandHandlers(excelCommandHandlers());
  registerCommands((name, fn) => Office.actions.associate(name, fn));
}
