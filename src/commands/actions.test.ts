import { COMMANDS, commandFunction, registerCommands, setCommandHandlers, type CommandLog } from "./actions";
import { strings } from "../i18n";

function spyLog(): CommandLog & { warnings: string[]; errors: string[] } {
  const warnings: string[] = [];
  const errors: string[] = [];
  return { warnings, errors, warn: (m) => warnings.push(m), error: (m) => errors.push(m) };
}

function event() {
  const calls: string[] = [];
  return { calls, completed: jest.fn(() => calls.push("completed")) };
}

afterEach(() => setCommandHandlers({ validate: undefined, refreshSummary: undefined }));

describe("ribbon function commands", () => {
  it("registers exactly the manifest's function names", () => {
    const names: string[] = [];
    registerCommands((name) => names.push(name), spyLog());
    expect(names.sort()).toEqual(["refreshSummary", "validateGoals"]);
    expect(Object.keys(COMMANDS).sort()).toEqual(names);
  });

  it("without a handler, says so in both languages, changes nothing, and completes once", async () => {
    const log = spyLog();
    const e = event();
    await commandFunction("validateGoals", log)(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(log.errors).toEqual([]);
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toContain("validateGoals");
    expect(log.warnings[0]).toContain(
      strings.sv["ui.command.notReady"].split("{command}")[1].trim().slice(0, 20),
    );
    expect(log.warnings[0]).toContain(
      strings.en["ui.command.notReady"].split("{command}")[1].trim().slice(0, 20),
    );
  });

  it("runs the registered handler and completes only after it has finished", async () => {
    const e = event();
    setCommandHandlers({
      refreshSummary: async () => {
        await new Promise((r) => setTimeout(r, 5));
        e.calls.push("handler done");
      },
    });
    await commandFunction("refreshSummary", spyLog())(e);
    expect(e.calls).toEqual(["handler done", "completed"]);
  });

  it("calls each command's own handler", async () => {
    const ran: string[] = [];
    setCommandHandlers({ validate: async () => void ran.push("validate") });
    setCommandHandlers({ refreshSummary: async () => void ran.push("refresh") });
    await commandFunction("validateGoals", spyLog())(event());
    await commandFunction("refreshSummary", spyLog())(event());
    expect(ran).toEqual(["validate", "refresh"]);
  });

  it("when the handler fails, logs the reason and still completes once", async () => {
    const log = spyLog();
    const e = event();
    setCommandHandlers({
      validate: async () => {
        throw new Error("the goal table is missing");
      },
    });
    await commandFunction("validateGoals", log)(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(log.errors).toHaveLength(1);
    expect(log.errors[0]).toContain("the goal table is missing");
  });
});

describe("commands.ts (the registration the task pane's page runs first)", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it("associates both manifest function names with Office and calls Office.onReady", () => {
    const associated: string[] = [];
    const onReady = jest.fn();
    (globalThis as { Office?: unknown }).Office = {
      onReady,
      actions: { associate: (name: string) => associated.push(name) },
    };
    jest.isolateModules(() => {
      require("./commands");
    });
    expect(onReady).toHaveBeenCalledTimes(1);
    expect(associated.sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  it("does nothing (and does not throw) where office.js is missing", () => {
    expect(() =>
      jest.isolateModules(() => {
        require("./commands");
      }),
    ).not.toThrow();
  });
});
