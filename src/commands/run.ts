// The ribbon's commands as they run, loaded on the first click (src/commands/commands.ts): the
// Excel adapter's validate and refresh summary (ribbon.ts) behind the event handling of actions.ts.
import { commandFunction, setCommandHandlers, type CommandEvent, type FunctionName } from "./actions";
import { excelCommandHandlers } from "./ribbon";

let wired = false;

export function runCommand(name: FunctionName, event: CommandEvent): Promise<void> {
  if (!wired) {
    setCommandHandlers(excelCommandHandlers());
    wired = true;
  }
  return commandFunction(name)(event);
}
