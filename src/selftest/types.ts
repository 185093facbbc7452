// The self-test's vocabulary: a check, what it reports, and what it runs against. The same checks
// run in Excel (the pane's diagnostics view) and against the emulator (`npm run selftest`), so
// they reach Excel only through the `run` they are given, as the service does.
import type { ExcelRun } from "../excel/transport";
import type { IsSetSupported } from "../excel/requirements";
import type { Params } from "../i18n";
import type { SelftestStringKey } from "../i18n/selftestStrings";
import type { SettingsStore } from "../office/settings";
import type { CspViolation } from "../office/cspViolation";

/** A text in either language: a key of the self-test's table and its parameters. */
export interface Text {
  key: SelftestStringKey;
  params?: Params;
}

export interface CheckOutcome {
  ok: boolean;
  detail: Text;
  /** The check could not run here (e.g. the browser lacks the API it needs): neither passed nor failed. */
  skipped?: boolean;
}

/** Where the page's CSP refusals arrive: the document, in browsers that raise securitypolicyviolation. */
export type SecurityEvents = Pick<EventTarget, "addEventListener" | "removeEventListener">;

/** Where the checks run. */
export interface SelfTestHost {
  run: ExcelRun;
  isSetSupported: IsSetSupported;
  /** Office.context.document.settings; null outside Office (the settings check then fails). */
  settings: SettingsStore | null;
  /** Office.context.diagnostics, or what stands in for it. */
  diagnostics: { host: string; platform: string; version: string } | null;
  /** True against the emulator: the report says so, and each approximated check says how. */
  emulated: boolean;
  /** The document to hear CSP refusals on; null or absent where the browser reports none (the check is skipped). */
  securityEvents?: SecurityEvents | null;
  /**
   * The refusals heard since the page started, before the run (src/taskpane/blocked.ts): where
   * office.js's own hosts are refused, it happens while it loads, before anyone opens the test.
   */
  blockedBefore?: () => readonly CspViolation[];
}

/** The scratch sheet and the names the checks may use; all of it is removed at the end. */
export interface Scratch {
  /** The scratch sheet's name, unique for this run. */
  sheet: string;
  /** A prefix for table and defined names, unique for this run (tables must be unique workbook-wide). */
  prefix: string;
  /** The Document settings key the settings check uses. */
  settingKey: string;
}

export interface Check {
  id: string;
  description: Text;
  /** What the emulator only approximates about this check; null when it models it fully. */
  approximation: SelftestStringKey | null;
  /** Whether the check needs the scratch sheet (skipped when it could not be created). */
  needsSheet: boolean;
  run(host: SelfTestHost, scratch: Scratch): Promise<CheckOutcome>;
}

export interface CheckResult {
  id: string;
  description: Text;
  approximation: SelftestStringKey | null;
  ok: boolean;
  detail: Text;
  /** Could not run here: counted apart, never as passed. */
  skipped?: boolean;
}

export interface SelfTestReport {
  environment: {
    host: string;
    platform: string;
    version: string;
    /** "ExcelApi 1.7" → supported, for each version the add-in asks for. */
    sets: { name: string; supported: boolean }[];
    /** Highest ExcelApi 1.x the host says it supports, or null when it supports none. */
    highestExcelApi: string | null;
    emulated: boolean;
  };
  results: CheckResult[];
  passed: number;
  failed: number;
  skipped: number;
}
