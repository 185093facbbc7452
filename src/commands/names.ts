// The ribbon's function commands by name (manifest.xml: ExecuteFunction), apart from what they do,
// so that the task pane's first load can register them without carrying their code.

/** Manifest FunctionName → handler slot. test/manifest.test.ts checks both sides agree. */
export const COMMANDS = {
  validateGoals: "validate",
  refreshSummary: "refreshSummary",
} as const;

export type FunctionName = keyof typeof COMMANDS;
