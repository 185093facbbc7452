// The Excel adapter, loaded when the pane first needs it. The adapter with the workbook plan is
// the largest part of the pane's code, and none of it is needed to draw the pane: deferring it
// keeps the first load within its budget (README, "Performance"). Every operation of the service
// is asynchronous already, so waiting for the module is invisible to the components.
import type { GoalWorkbookService } from "../excel/service";

/** A service whose operations load `load()` on first use (once) and then run on what it gave. */
export function lazyService(load: () => Promise<GoalWorkbookService>): GoalWorkbookService {
  let loading: Promise<GoalWorkbookService> | null = null;
  const real = (): Promise<GoalWorkbookService> => {
    loading ??= load().catch((error: unknown) => {
      // A failed download (network, blocked) may work on the next try.
      loading = null;
      throw error;
    });
    return loading;
  };
  return {
    previewLoad: async (structure, lang) => (await real()).previewLoad(structure, lang),
    applyLoad: async (structure, lang) => (await real()).applyLoad(structure, lang),
    validate: async () => (await real()).validate(),
    selectCell: async (address) => (await real()).selectCell(address),
    fixAll: async () => (await real()).fixAll(),
    applyFormatting: async () => (await real()).applyFormatting(),
    refreshSummary: async (lang) => (await real()).refreshSummary(lang),
    rollover: async (year, force, lang) => (await real()).rollover(year, force, lang),
    importHistory: async (source, unreadable) => (await real()).importHistory(source, unreadable),
    previewCollect: async (returned) => (await real()).previewCollect(returned),
    applyCollect: async (returned, stamp) => (await real()).applyCollect(returned, stamp),
    readSplitSource: async () => (await real()).readSplitSource(),
    fetchIndicators: async (fill) => (await real()).fetchIndicators(fill),
  };
}
