// One job at a time: every action in the task pane goes through `run`, which marks the pane busy
// (all actions disabled, a labelled spinner where the job was started), and turns the outcome into
// a notice. Notices are rendered from the current language, so switching language re-renders them
// instead of leaving a message in the old one.
import { useCallback, useRef, useState } from "react";
import type { Lang } from "../../domain/types";
import { t } from "../../i18n";
import { isActionableError } from "../../office/errors";

export { isActionableError, type ActionableError } from "../../office/errors";

export type Section = "load" | "validate" | "format" | "summary" | "year" | "collect" | "kolada" | "language";
export type JobId =
  | "preview"
  | "apply"
  | "validate"
  | "fix"
  | "format"
  | "summary"
  | "rollover"
  | "historyImport"
  | "collectPreview"
  | "collectApply"
  | "split"
  | "kolada"
  | "select"
  | "language";

export type Intent = "success" | "error" | "warning" | "info";

export interface NoticeText {
  title: string;
  lines: string[];
}

export interface Notice {
  section: Section;
  intent: Intent;
  render(lang: Lang): NoticeText;
}

export interface Busy {
  job: JobId;
  section: Section;
}

/** Turns anything thrown into a notice that says what happened and what to do. */
export function errorNotice(section: Section, error: unknown): Notice {
  return {
    section,
    intent: "error",
    render(lang) {
      const title = t(lang, "tp.error.title");
      if (isActionableError(error)) {
        const lines = [error.messages[lang]];
        if (error.state === "unchanged") lines.push(t(lang, "tp.error.unchanged"));
        // For "unknown" the adapter's own message already says what may have changed and what to do.
        return { title, lines };
      }
      const message = error instanceof Error ? error.message : String(error);
      return { title, lines: [t(lang, "tp.error.unexpected", { message })] };
    },
  };
}

export interface RunOptions {
  /** Keep the current notice while this job runs and when it succeeds without one (selecting a cell). */
  keepNotice?: boolean;
}

export interface Jobs {
  busy: Busy | null;
  notice: Notice | null;
  setNotice(notice: Notice | null): void;
  /**
   * Runs `work` unless another job is running (then returns undefined without starting it: a
   * double click must not apply a structure twice). `done` turns the result into a notice.
   */
  run<T>(
    job: JobId,
    section: Section,
    work: () => Promise<T>,
    done?: (result: T) => Notice | null,
    options?: RunOptions,
  ): Promise<T | undefined>;
}

export function useJobs(): Jobs {
  const [busy, setBusy] = useState<Busy | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  // A ref, not state: two clicks in the same tick both see the state from before the first one.
  const running = useRef(false);

  const run = useCallback(
    async <T>(
      job: JobId,
      section: Section,
      work: () => Promise<T>,
      done?: (result: T) => Notice | null,
      options?: RunOptions,
    ): Promise<T | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      setBusy({ job, section });
      if (!options?.keepNotice) setNotice(null);
      try {
        const result = await work();
        const next = done ? done(result) : null;
        if (next || !options?.keepNotice) setNotice(next);
        return result;
      } catch (error) {
        setNotice(errorNotice(section, error));
        return undefined;
      } finally {
        running.current = false;
        setBusy(null);
      }
    },
    [],
  );

  return { busy, notice, setNotice, run };
}
