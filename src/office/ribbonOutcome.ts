// What the ribbon's function commands (Validate, Refresh summary) do and how they report back.
//
// Excel has no notification API for add-ins (Outlook's notificationMessages does not exist there),
// and a function command has no UI of its own. So a command reports its outcome twice:
//  1. in a small Office dialog opened from the function file (the dialog API allows a function
//     file as host page; https://learn.microsoft.com/office/dev/add-ins/develop/dialog-best-practices),
//     which the user closes; and
//  2. in the document settings, which the task pane shows the next time it opens (so the outcome
//     is not lost when dialogs are blocked or the user closed it without reading).
// No cell is written for reporting: the goal table belongs to the officials.
//
// Used by src/commands (no React here, so the commands bundle stays small).
import type { Lang } from "../i18n/lang";
import { t } from "../i18n";
import type { GoalWorkbookService } from "../excel/service";
import { countLabel, validationOutcome } from "../present";
import { initialLang } from "./i18n-lang";
import {
  readSettings,
  refreshSettingsInTurn,
  saveSettings,
  type CommandOutcome,
  type SettingsStore,
} from "./settings";
import { isActionableError } from "./errors";

export type RibbonCommand = CommandOutcome["command"];

export interface RibbonDeps {
  service: GoalWorkbookService;
  settings: SettingsStore | null;
  displayLanguage: string | null | undefined;
  /**
   * Shows the outcome to the user; resolves when they have dismissed it, when it cannot be shown,
   * or after `timeoutMs`, when it closes it.
   */
  show(outcome: CommandOutcome, lang: Lang, timeoutMs: number): Promise<void>;
  /** Where failures to report go (e.g. console); reporting must never make the command fail. */
  log?: (message: string) => void;
  now?: () => Date;
}

async function outcomeText(
  command: RibbonCommand,
  service: GoalWorkbookService,
  lang: Lang,
): Promise<string> {
  if (command === "validateGoals") {
    return validationOutcome(lang, await service.validate());
  }
  const r = await service.refreshSummary(lang);
  const done = t(lang, "tp.command.summarized", {
    sheet: r.sheet,
    goals: countLabel(lang, "tp.n.goals", r.summary.total.total),
  });
  return r.formattingIncomplete === true ? `${done} ${t(lang, "tp.formattingIncomplete")}` : done;
}

/**
 * How long a ribbon command may take from click to `event.completed()`, its outcome dialog
 * included. Excel closes a function command after about 5 minutes and queues further clicks on
 * the same button until then, so the dialog closes itself well before: the outcome is in the
 * document settings by then, and the task pane shows it when it opens.
 */
export const COMMAND_BUDGET_MS = 3 * 60_000;

/** Below this, the dialog would vanish before it could be read: the settings carry the outcome. */
export const MIN_DIALOG_MS = 10_000;

/**
 * Runs a ribbon command and reports its outcome. Never rejects: the caller completes the Office
 * event afterwards, and a thrown error would only reach a console nobody sees.
 */
export async function runRibbonCommand(command: RibbonCommand, deps: RibbonDeps): Promise<CommandOutcome> {
  const log = deps.log ?? (() => undefined);
  // The budget runs from the click, so the settings refresh below counts against it too.
  const now = deps.now ?? (() => new Date());
  const started = now();
  const at = started.toISOString();
  // The function file's copy dates from when it started; the pane may have changed the language since.
  await refreshSettingsInTurn(deps.settings);
  const lang = initialLang(readSettings(deps.settings).lang, deps.displayLanguage);
  let outcome: CommandOutcome;
  try {
    outcome = { command, ok: true, text: await outcomeText(command, deps.service, lang), at };
  } catch (error) {
    const message = isActionableError(error)
      ? error.messages[lang]
      : error instanceof Error
        ? error.message
        : String(error);
    outcome = { command, ok: false, text: t(lang, "tp.command.failed", { message }), at };
  }
  try {
    await saveSettings(deps.settings, { lastCommand: outcome });
  } catch (error) {
    log(`Could not save the command outcome: ${error instanceof Error ? error.message : String(error)}`);
  }
  const left = COMMAND_BUDGET_MS - (now().getTime() - started.getTime());
  if (left < MIN_DIALOG_MS) {
    log(`No outcome dialog: the command took ${Math.round((COMMAND_BUDGET_MS - left) / 1000)} s.`);
    return outcome;
  }
  try {
    await deps.show(outcome, lang, left);
  } catch (error) {
    log(`Could not show the command outcome: ${error instanceof Error ? error.message : String(error)}`);
  }
  return outcome;
}

/** The query string the outcome dialog page reads (text is shown as text, never as HTML). */
export function outcomeQuery(outcome: CommandOutcome, lang: Lang): string {
  const params = new URLSearchParams({ lang, ok: outcome.ok ? "1" : "0", text: outcome.text });
  return params.toString();
}

/** Reads what outcomeQuery wrote; unknown values fall back to safe defaults. */
export function parseOutcomeQuery(search: string): { lang: Lang; ok: boolean; text: string } {
  const params = new URLSearchParams(search);
  return {
    lang: params.get("lang") === "sv" ? "sv" : "en",
    ok: params.get("ok") === "1",
    text: params.get("text") ?? "",
  };
}

/** The part of Office.context.ui the function file uses to show an outcome. */
export interface DialogUi {
  displayDialogAsync(
    url: string,
    options: Office.DialogOptions,
    callback: (result: Office.AsyncResult<Office.Dialog>) => void,
  ): void;
}

/**
 * Shows the outcome in a small dialog (outcome.html next to the function file) and resolves when
 * the user closes it, when it cannot be opened (e.g. another dialog is open, or the host has no
 * dialog support), or after `timeoutMs` (what is left of COMMAND_BUDGET_MS). The function file must stay alive while the dialog
 * is open, which is why the command completes its event only after this resolves.
 */
export function showOutcomeDialog(
  ui: DialogUi | null | undefined,
  pageHref: string,
  outcome: CommandOutcome,
  lang: Lang,
  timeoutMs: number,
): Promise<void> {
  return new Promise((resolve) => {
    if (!ui || typeof ui.displayDialogAsync !== "function") {
      resolve();
      return;
    }
    const url = new URL(`outcome.html?${outcomeQuery(outcome, lang)}`, pageHref).href;
    let dialog: Office.Dialog | null = null;
    let settled = false;
    const done = (): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve();
    };
    const close = (): void => {
      try {
        dialog?.close();
      } catch {
        // already closed by the user
      }
      done();
    };
    const timer = setTimeout(close, timeoutMs);
    ui.displayDialogAsync(url, { height: 30, width: 35, displayInIframe: true }, (result) => {
      if (String(result.status) === "failed" || !result.value) {
        done();
        return;
      }
      dialog = result.value;
      // The page's Close button sends a message; the dialog's own × raises an event (12006).
      // The string values of Office.EventType, so this module needs no Office global in tests.
      dialog.addEventHandler("dialogMessageReceived" as unknown as Office.EventType, close);
      dialog.addEventHandler("dialogEventReceived" as unknown as Office.EventType, done);
    });
  });
}
