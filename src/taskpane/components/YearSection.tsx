// Job 5: close the follow-up year ("Nytt uppföljningsår") and import an earlier year's follow-up
// into the history. The service refuses a rollover while the validation finds errors; the pane
// then asks, with the service's own words (how many, which, what confirming means), and runs it
// again with the override only when the official confirms. The import takes a structure file
// (JSON) or last year's workbook (.xlsx, read by ../historyWorkbook.ts, loaded only then); a
// workbook whose validation finds errors is imported only when the official confirms, as the CLI
// imports one only with --force.
import * as React from "react";
import { Button, Field, Input, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Bilingual, Lang } from "../../domain/types";
import type { WorkbookConfirm } from "../historyWorkbook";
import { t } from "../../i18n";
import { MAX_YEAR, MIN_YEAR, isValidYear } from "../../office/settings";
import { countLabel } from "../../present";
import type { GoalWorkbookService, HistoryImportResult, RolloverResult } from "../../excel/service";
import type { Jobs, Notice } from "../state/useJobs";
import { JobStatus } from "./JobStatus";
import { readFileText, type StructureSource } from "./LoadSection";
import { Section } from "./Section";
import { HiddenFileInput, useFilePicker } from "./HiddenFileInput";

const useStyles = makeStyles({
  year: { maxWidth: "10em" },
  buttons: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  confirm: {
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    overflowWrap: "anywhere",
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  fileName: { minWidth: 0, overflowWrap: "anywhere" },
  noFile: { color: tokens.colorNeutralForeground3 },
  hint: { color: tokens.colorNeutralForeground2 },
});

export interface YearSectionProps {
  lang: Lang;
  service: GoalWorkbookService;
  jobs: Jobs;
  source: Pick<StructureSource, "parseText">;
  /** The follow-up year the document settings hold; the field proposes the year after it. */
  savedYear: number | null;
  /** After a rollover landed: the pane saves the new year and forgets the old validation. */
  onRolled(result: RolloverResult): void;
}

/** The refusal a confirmation overrides, duck-typed as the pane recognises every AddinError. */
function validationRefusal(e: unknown): { sv: string; en: string } | null {
  if (typeof e !== "object" || e === null) return null;
  const { code, messages } = e as { code?: unknown; messages?: { sv: string; en: string } };
  return code === "validation-errors" && messages !== undefined ? messages : null;
}

interface Confirm {
  year: number;
  messages: { sv: string; en: string };
}

/** An .xlsx goes to the workbook reader, anything else to the JSON parser. */
function isWorkbookFile(file: File): boolean {
  return /\.xlsx$/i.test(file.name) || file.type === XLSX_TYPE;
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A workbook whose validation finds errors, waiting for the official's word. */
interface ImportConfirm extends WorkbookConfirm {
  file: File;
}

export function YearSection(props: YearSectionProps): React.JSX.Element {
  const { lang, service, jobs, source, savedYear, onRolled } = props;
  const styles = useStyles();
  const [yearText, setYearText] = React.useState(savedYear === null ? "" : String(savedYear + 1));
  const [confirm, setConfirm] = React.useState<Confirm | null>(null);
  const [file, setFile] = React.useState<File | null>(null);
  const [importConfirm, setImportConfirm] = React.useState<ImportConfirm | null>(null);
  const picker = useFilePicker();
  const confirmRef = React.useRef<HTMLDivElement>(null);
  const runButton = React.useRef<HTMLButtonElement>(null);
  const importConfirmRef = React.useRef<HTMLDivElement>(null);
  const importButton = React.useRef<HTMLButtonElement>(null);
  const ids = {
    confirm: React.useId(),
    text: React.useId(),
    file: React.useId(),
    label: React.useId(),
    choose: React.useId(),
    importConfirm: React.useId(),
    importText: React.useId(),
  };

  React.useEffect(() => {
    if (savedYear !== null) setYearText(String(savedYear + 1));
  }, [savedYear]);
  React.useEffect(() => {
    if (confirm) confirmRef.current?.focus();
  }, [confirm]);
  React.useEffect(() => {
    if (importConfirm) importConfirmRef.current?.focus();
  }, [importConfirm]);

  const year = Number(yearText.trim());
  const yearInvalid = yearText.trim() === "" || !isValidYear(year);
  const disabled = jobs.busy !== null;

  function rolledNotice(r: RolloverResult): Notice {
    return {
      section: "year",
      intent:
        r.overriddenErrors > 0 || r.summarySheet === null || r.formattingIncomplete === true
          ? "warning"
          : "success",
      render: (l) => ({
        title: t(l, "tp.year.doneTitle", { closing: String(r.closing) }),
        lines: [
          t(l, "tp.year.done", {
            closing: String(r.closing),
            year: String(r.year),
            goals: countLabel(l, "tp.n.goals", r.goals),
          }),
          r.summarySheet !== null
            ? t(l, "tp.year.summary", { sheet: r.summarySheet })
            : t(l, "tp.year.noSummary"),
          ...(r.overriddenErrors > 0
            ? [t(l, "tp.year.overridden", { errors: countLabel(l, "tp.n.errors", r.overriddenErrors) })]
            : []),
          ...(r.formattingIncomplete === true ? [t(l, "tp.year.formattingIncomplete")] : []),
        ],
      }),
    };
  }

  async function rollover(target: number, force: boolean): Promise<void> {
    setConfirm(null);
    await jobs.run(
      "rollover",
      "year",
      async (): Promise<RolloverResult | Confirm> => {
        try {
          return await service.rollover(target, force, lang);
        } catch (e) {
          const messages = force ? null : validationRefusal(e);
          if (messages === null) throw e;
          return { year: target, messages };
        }
      },
      (r) => {
        if ("messages" in r) {
          setConfirm(r);
          return null;
        }
        onRolled(r);
        return rolledNotice(r);
      },
    );
  }

  /** `notes`: what the workbook reader adds (errors let through, entries kept). */
  function importedNotice(r: HistoryImportResult, notes: readonly Bilingual[] = []): Notice {
    return {
      section: "year",
      intent: r.unknownGoals.length > 0 || notes.length > 0 ? "warning" : "success",
      render: (l) => ({
        title: t(l, "tp.import.doneTitle"),
        lines: [
          r.years.length === 0
            ? t(l, "tp.import.nothing")
            : t(l, "tp.import.done", {
                years: r.years.join(", "),
                added: countLabel(l, "tp.n.historyAdded", r.added),
                replaced: countLabel(l, "tp.n.historyReplaced", r.replaced),
                unchanged: countLabel(l, "tp.n.unchanged", r.unchanged),
              }),
          ...notes.map((n) => n[l]),
          ...(r.unknownGoals.length > 0
            ? [t(l, "tp.import.unknown", { ids: r.unknownGoals.join(", ") })]
            : []),
        ],
      }),
    };
  }

  /** Last year's workbook: read, checked, and imported (with its errors only when `force`). */
  async function importWorkbook(chosen: File, force: boolean): Promise<Notice | ImportConfirm> {
    const reader = await import(/* webpackChunkName: "historyWorkbook" */ "../historyWorkbook");
    const read = await reader.readHistoryWorkbook(chosen);
    if (!read.ok) {
      const { title, messages } = read;
      return {
        section: "year",
        intent: "error",
        render: (l) => ({ title: title[l], lines: [messages[l], t(l, "tp.error.unchanged")] }),
      };
    }
    if (read.confirm !== null && !force) return { ...read.confirm, file: chosen };
    const r = await service.importHistory(read.structure, read.unreadable);
    return importedNotice(r, reader.importNotes(r, read.errors));
  }

  async function importHistory(chosen: File | null, force: boolean): Promise<void> {
    if (!chosen) return;
    setImportConfirm(null);
    await jobs.run(
      "historyImport",
      "year",
      async (): Promise<Notice | ImportConfirm> => {
        if (isWorkbookFile(chosen)) return importWorkbook(chosen, force);
        const parsed = source.parseText(await readFileText(chosen));
        if (!parsed.ok) {
          const errors = parsed.errors;
          return {
            section: "year",
            intent: "error",
            render: (l) => ({
              title: t(l, "tp.load.parseFailed", { file: chosen.name }),
              lines: errors.slice(0, 5).map((e) => `${e.path}: ${e.message[l]}`),
            }),
          };
        }
        return importedNotice(await service.importHistory(parsed.structure));
      },
      (n) => {
        if ("render" in n) return n;
        // Only the workbook reader asks; its confirmation carries its own words.
        setImportConfirm(n);
        return null;
      },
    );
  }

  return (
    <Section id="year" title={t(lang, "tp.year.title")} help={t(lang, "tp.year.help")}>
      <Field
        label={t(lang, "tp.year.field")}
        validationState={yearText.trim() !== "" && yearInvalid ? "error" : "none"}
        validationMessage={
          yearText.trim() !== "" && yearInvalid
            ? t(lang, "tp.load.yearInvalid", { min: MIN_YEAR, max: MAX_YEAR })
            : undefined
        }
      >
        <Input
          className={styles.year}
          type="number"
          inputMode="numeric"
          min={MIN_YEAR}
          max={MAX_YEAR}
          value={yearText}
          disabled={disabled}
          onChange={(_, data) => {
            setYearText(data.value);
            setConfirm(null);
          }}
        />
      </Field>
      <div>
        <Button
          ref={runButton}
          appearance="primary"
          disabledFocusable={disabled || yearInvalid}
          onClick={() => void rollover(year, false)}
        >
          {t(lang, "tp.year.run")}
        </Button>
      </div>
      {confirm && (
        <div
          ref={confirmRef}
          tabIndex={-1}
          role="alertdialog"
          aria-labelledby={ids.confirm}
          aria-describedby={ids.text}
          className={styles.confirm}
          onKeyDown={(e) => {
            if (e.key !== "Escape") return;
            setConfirm(null);
            runButton.current?.focus();
          }}
        >
          <h3 id={ids.confirm} className={styles.heading}>
            {t(lang, "tp.year.confirmTitle")}
          </h3>
          <div id={ids.text}>
            <Text as="p">{confirm.messages[lang]}</Text>
            <Text as="p">{t(lang, "tp.year.confirmIntro", { year: String(confirm.year) })}</Text>
          </div>
          <div className={styles.buttons}>
            <Button
              appearance="primary"
              disabledFocusable={disabled}
              onClick={() => void rollover(confirm.year, true)}
            >
              {t(lang, "tp.year.confirm")}
            </Button>
            <Button
              disabledFocusable={disabled}
              onClick={() => {
                setConfirm(null);
                runButton.current?.focus();
              }}
            >
              {t(lang, "tp.load.cancel")}
            </Button>
          </div>
        </div>
      )}

      <h3 id={ids.label} className={styles.heading}>
        {t(lang, "tp.import.title")}
      </h3>
      <Text size={200} className={styles.hint}>
        {t(lang, "tp.import.hint")}
      </Text>
      <div className={styles.buttons}>
        <Button
          id={ids.choose}
          // Named with the heading above: the load section has a "Choose file…" button too.
          aria-labelledby={`${ids.choose} ${ids.label}`}
          aria-describedby={ids.file}
          disabledFocusable={disabled}
          onClick={picker.choose}
        >
          {t(lang, "tp.load.chooseFile")}
        </Button>
        <Text
          id={ids.file}
          aria-live="polite"
          className={mergeClasses(styles.fileName, !file && styles.noFile)}
        >
          {file ? file.name : t(lang, "tp.load.noFileChosen")}
        </Text>
      </div>
      <HiddenFileInput
        picker={picker}
        accept={`.json,.xlsx,application/json,${XLSX_TYPE}`}
        disabled={disabled}
        testId="history-file-input"
        onFiles={([chosen]) => {
          setFile(chosen ?? null);
          setImportConfirm(null);
        }}
      />
      <div>
        <Button
          ref={importButton}
          disabledFocusable={disabled || file === null}
          onClick={() => void importHistory(file, false)}
        >
          {t(lang, "tp.import.run")}
        </Button>
      </div>
      {importConfirm && (
        <div
          ref={importConfirmRef}
          tabIndex={-1}
          role="alertdialog"
          aria-labelledby={ids.importConfirm}
          aria-describedby={ids.importText}
          className={styles.confirm}
          onKeyDown={(e) => {
            if (e.key !== "Escape") return;
            setImportConfirm(null);
            importButton.current?.focus();
          }}
        >
          <h3 id={ids.importConfirm} className={styles.heading}>
            {importConfirm.title[lang]}
          </h3>
          <Text as="p" id={ids.importText}>
            {importConfirm.text[lang]}
          </Text>
          <div className={styles.buttons}>
            <Button
              appearance="primary"
              disabledFocusable={disabled}
              onClick={() => void importHistory(importConfirm.file, true)}
            >
              {importConfirm.button[lang]}
            </Button>
            <Button
              disabledFocusable={disabled}
              onClick={() => {
                setImportConfirm(null);
                importButton.current?.focus();
              }}
            >
              {t(lang, "tp.load.cancel")}
            </Button>
          </div>
        </div>
      )}
      <JobStatus
        lang={lang}
        section="year"
        busy={jobs.busy}
        notice={jobs.notice}
        onDismiss={() => jobs.setNotice(null)}
      />
    </Section>
  );
}
