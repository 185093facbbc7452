// What the ribbon's Validate and Refresh summary buttons do: the Excel adapter's validate and
// refreshSummary, run from the function file without the task pane, with the outcome shown in a
// small dialog and kept in the document settings for the task pane (see
// src/office/ribbonOutcome.ts for why both).
import { createService, type GoalWorkbookService } from "../excel/service";
import { officeSettingsStore } from "../office/settings";
import { runRibbonCommand, showOutcomeDialog, type RibbonDeps } from "../office/ribbonOutcome";
import type { CommandHandlers } from "./actions";

/** The handlers for setCommandHandlers, bound to the running Office host. */
export function excelCommandHandlers(
  service: GoalWorkbookService = createService((batch) => Excel.run(batch)),
): CommandHandlers {
  const deps = (): RibbonDeps => ({
    service,
    settings: officeSettingsStore(),
    displayLanguage: Office.context?.displayLanguage,
    show: (outcome, lang, timeoutMs) =>
      showOutcomeDialog(Office.context?.ui, window.location.href, outcome, lang, timeoutMs),
    log: (message) => console.warn(message),
  });
  return {
    validate: async () => {
      await runRibbonCommand("validateGoals", deps());
    },
    refreshSummary: async () => {
      await runRibbonCommand("refreshSummary", deps());
    },
  };
}
