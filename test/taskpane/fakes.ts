// Test doubles for the task pane: a service implementing the adapter contract with jest mocks,
// a settings store like Office.context.document.settings, and a small domain port.
import type {
  AddressedIssue,
  CollectApplied,
  CollectPreview,
  FixResult,
  FormatResult,
  GoalWorkbookService,
  HistoryImportResult,
  RolloverResult,
  SplitSource,
  LoadPreview,
  SummaryResult,
  ValidationResult,
} from "../../src/excel/service";
import type { GoalStructure, Lang, Status, Trend } from "../../src/domain/types";
import type { SettingsStore } from "../../src/office/settings";
import type { TaskPaneDomain } from "../../src/taskpane/components/TaskPane";

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export type MockedService = { [K in keyof GoalWorkbookService]: jest.Mock };

export const PREVIEW: LoadPreview = {
  mode: "merge",
  newGoals: 12,
  updatedGoals: 3,
  unchangedGoals: 40,
  orphanGoals: 1,
  sheetsToCreate: [],
  goalSheet: "Mina mål",
};

export function issue(
  severity: AddressedIssue["severity"],
  address: string,
  sv: string,
  en: string,
  suggestion: string | null = null,
): AddressedIssue {
  return {
    code:
      severity === "error"
        ? "unknown-status"
        : severity === "warning"
          ? "missing-status"
          : "normalisable-status",
    severity,
    row: 0,
    column: "status",
    value: "",
    suggestion,
    message: { sv, en },
    address,
  };
}

export function validationResult(issues: AddressedIssue[], goals = 66): ValidationResult {
  const count = (s: AddressedIssue["severity"]): number => issues.filter((i) => i.severity === s).length;
  return {
    issues,
    goals,
    counts: {
      error: count("error"),
      warning: count("warning"),
      info: count("info"),
      fixable: issues.filter((i) => i.suggestion !== null).length,
    },
  };
}

type Counts = SummaryResult["summary"]["total"];

function counts(
  status: Record<Status | "missing", number>,
  trend: Record<Trend | "missing", number>,
): Counts {
  const total = status.red + status.yellow + status.green + status.missing;
  const zero = { up: 0, flat: 0, down: 0, missing: 0 };
  return {
    total,
    status,
    trend,
    cross: { red: { ...zero }, yellow: { ...zero }, green: { ...zero }, missing: { ...zero } },
    done: 0,
  };
}

export function summaryResult(reportText = "Av de 42 mål som gäller ..."): SummaryResult {
  const eco = counts({ red: 9, yellow: 29, green: 4, missing: 0 }, { up: 17, flat: 24, down: 1, missing: 0 });
  const soc = counts({ red: 7, yellow: 15, green: 1, missing: 1 }, { up: 5, flat: 17, down: 2, missing: 0 });
  return {
    sheet: "Sammanfattning",
    goalSheet: "Mål",
    issues: [],
    counts: { error: 0, warning: 0, info: 0, fixable: 0 },
    reportText,
    summary: {
      total: counts({ red: 16, yellow: 44, green: 5, missing: 1 }, { up: 22, flat: 41, down: 3, missing: 0 }),
      programs: [
        {
          id: "eko",
          name: "Program för ekologisk hållbarhet",
          areas: [],
          reconciliation: { matches: true, differences: [] },
          ...eco,
        },
        {
          id: "soc",
          name: "Program för social hållbarhet",
          areas: [],
          reconciliation: {
            matches: false,
            differences: [
              { field: "status.yellow", reported: 16, actual: 15, diff: -1 },
              { field: "status.missing", reported: 0, actual: 1, diff: 1 },
            ],
          },
          ...soc,
        },
      ],
      responsible: [
        {
          name: "Kommunstyrelsen",
          key: "kommunstyrelsen",
          total: 40,
          status: { red: 10, yellow: 25, green: 5, missing: 0 },
          trend: { up: 12, flat: 26, down: 2, missing: 0 },
          done: 31,
        },
        {
          name: null,
          key: "",
          total: 26,
          status: { red: 6, yellow: 19, green: 0, missing: 1 },
          trend: { up: 10, flat: 15, down: 1, missing: 0 },
          done: 0,
        },
      ],
    },
  };
}

export function fakeService(): MockedService {
  return {
    previewLoad: jest.fn(async (): Promise<LoadPreview> => PREVIEW),
    applyLoad: jest.fn(async () => PREVIEW),
    validate: jest.fn(async (): Promise<ValidationResult> => validationResult([])),
    selectCell: jest.fn(async (): Promise<void> => undefined),
    fixAll: jest.fn(async (): Promise<FixResult> => ({ fixed: 0, after: validationResult([]) })),
    applyFormatting: jest.fn(async (): Promise<FormatResult> => ({ validations: 2, conditionalFormats: 6 })),
    refreshSummary: jest.fn(async (): Promise<SummaryResult> => summaryResult()),
    rollover: jest.fn(async (year: number): Promise<RolloverResult> => ({
      closing: year - 1,
      year,
      goals: 66,
      overriddenErrors: 0,
      summarySheet: "Sammanfattning",
    })),
    importHistory: jest.fn(async (): Promise<HistoryImportResult> => ({
      years: [2022],
      added: 60,
      replaced: 2,
      unchanged: 4,
      unknownGoals: ["GAMMAL-1"],
      kept: [],
    })),
    previewCollect: jest.fn(async (): Promise<CollectPreview> => EMPTY_COLLECT),
    applyCollect: jest.fn(async (): Promise<CollectApplied> => ({
      applied: true,
      result: EMPTY_COLLECT.result,
      cells: 0,
    })),
    readSplitSource: jest.fn(async (): Promise<SplitSource> => {
      throw new Error("readSplitSource: no workbook in this fake");
    }),
    fetchIndicators: jest.fn(async (): Promise<never> => {
      throw new Error("fetchIndicators: no workbook in this fake");
    }),
  };
}

/** A collect that finds nothing to do. */
export const EMPTY_COLLECT: CollectPreview = {
  result: { taken: [], conflicts: [], rejected: [], unchanged: 0 },
  cells: 0,
  stamp: "[[],{}]",
};

/** Like Office.context.document.settings: values only persist when saveAsync succeeds. */
export class FakeSettings implements SettingsStore {
  values = new Map<string, unknown>();
  persisted = new Map<string, unknown>();
  failNextSave = false;
  get(name: string): unknown {
    return this.values.has(name) ? this.values.get(name) : null;
  }
  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void {
    const failed = this.failNextSave;
    this.failNextSave = false;
    if (!failed) this.persisted = new Map(this.values);
    const result = {
      status: failed ? "failed" : "succeeded",
      error: failed ? { message: "Settings could not be saved", name: "SaveFailed", code: 5001 } : undefined,
      value: undefined,
    } as unknown as Office.AsyncResult<void>;
    setTimeout(() => callback?.(result), 0);
  }
}

export const SMALL_STRUCTURE: GoalStructure = {
  organisation: "Testkommun",
  year: 2023,
  note: "Måltexterna är exempel.",
  programs: [{ id: "p", name: "Program P", areas: [{ id: "a", name: "Område A", sdgs: [], goals: [] }] }],
};

const STATUS: Record<Lang, Record<Status, string>> = {
  sv: { red: "Röd", yellow: "Gul", green: "Grön" },
  en: { red: "Red", yellow: "Yellow", green: "Green" },
};
const TREND: Record<Lang, Record<Trend, string>> = {
  sv: { up: "Uppåt", flat: "Oförändrad", down: "Nedåt" },
  en: { up: "Up", flat: "Flat", down: "Down" },
};

export function fakeDomain(): TaskPaneDomain & { parseText: jest.Mock; reportText: jest.Mock } {
  return {
    bundled: () => SMALL_STRUCTURE,
    parseText: jest.fn((text: string) => {
      try {
        const value = JSON.parse(text) as GoalStructure;
        return { ok: true as const, structure: value };
      } catch {
        return {
          ok: false as const,
          errors: [{ path: "$", message: { sv: "Ogiltig JSON", en: "Invalid JSON" } }],
        };
      }
    }),
    statusLabel: (s: Status, lang: Lang) => STATUS[lang][s],
    trendLabel: (tr: Trend, lang: Lang) => TREND[lang][tr],
    reportText: jest.fn((_summary: unknown, lang: Lang) =>
      lang === "en" ? "English report text" : "Svensk rapporttext",
    ),
  };
}
