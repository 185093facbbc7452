// Job 1: load a goal structure (the bundled example or a JSON file), show what will be created or
// merged, then apply. Everything is parsed and previewed before the workbook changes, so a bad file
// never leaves a half-written table.
import * as React from "react";
import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { GoalStructure, Lang } from "../../domain/types";
import { t } from "../../i18n";
import { tn } from "../../office/i18n-lang";
import { MAX_YEAR, MIN_YEAR, isValidYear } from "../../office/settings";
import type { Jobs, Notice } from "../state/useJobs";
import type { GoalWorkbookService, LoadPreview, LoadResult } from "../../excel/service";
import { refocusIfLost } from "./focus";
import { JobStatus } from "./JobStatus";
import { JsonPathText } from "./JsonPathText";
import { Section } from "./Section";
import { HiddenFileInput, useFilePicker } from "./HiddenFileInput";

/** Parse failures shown to the user: JSON path and message in both languages. */
export interface StructureProblem {
  path: string;
  message: { sv: string; en: string };
}

export type StructureSourceResult =
  { ok: true; structure: GoalStructure } | { ok: false; errors: StructureProblem[] };

/** What the section needs from the domain; injected so tests can use small structures. */
export interface StructureSource {
  bundled(): GoalStructure | Promise<GoalStructure>;
  parseText(text: string): StructureSourceResult;
}

const MAX_ERRORS_SHOWN = 20;

const useStyles = makeStyles({
  // The native control's button speaks the browser's language, not the pane's: it stays in the
  // page, out of sight and out of the tab order, and our button opens it.
  fileRow: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalXS,
  },
  fileName: { minWidth: 0, overflowWrap: "anywhere" },
  noFile: { color: tokens.colorNeutralForeground3 },
  fileLabel: { display: "block", fontWeight: tokens.fontWeightSemibold },
  hint: { display: "block", color: tokens.colorNeutralForeground3 },
  preview: {
    marginTop: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  previewTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalS,
  },
  year: { maxWidth: "10em" },
  wrap: { overflowWrap: "anywhere" },
});

/** Reads a picked file as text; Blob.text where available, FileReader otherwise (older WebViews). */
export function readFileText(file: Blob): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsText(file);
  });
}

/**
 * The structure's note in one language. Notes in this project are written "Swedish / English"
 * (as the bundled example is); a note without that separator is shown whole.
 */
export function noteIn(note: string, lang: Lang): string {
  const parts = note.split(" / ");
  if (parts.length !== 2 || parts.some((p) => p.trim() === "")) return note;
  return (lang === "sv" ? parts[0] : parts[1]).trim();
}

/** The counts of a preview or result as one phrase: "12 nya mål, 3 uppdaterade, 40 oförändrade". */
export function loadCounts(lang: Lang, counts: LoadPreview): string {
  const parts = [tn(lang, "tp.n.newGoals", counts.newGoals), tn(lang, "tp.n.updated", counts.updatedGoals)];
  parts.push(tn(lang, "tp.n.unchanged", counts.unchangedGoals));
  if (counts.orphanGoals > 0) parts.push(tn(lang, "tp.n.orphans", counts.orphanGoals));
  return parts.join(", ");
}

interface Pending {
  structure: GoalStructure;
  preview: LoadPreview;
}

export interface LoadSectionProps {
  lang: Lang;
  service: GoalWorkbookService;
  jobs: Jobs;
  source: StructureSource;
  /** Year saved in the document, if any: preferred over the structure's own year. */
  savedYear: number | null;
  onApplied(result: LoadResult, structure: GoalStructure): void;
}

export function LoadSection(props: LoadSectionProps): React.JSX.Element {
  const { lang, service, jobs, source, savedYear, onApplied } = props;
  const styles = useStyles();
  const [kind, setKind] = React.useState<"bundled" | "file">("bundled");
  const [file, setFile] = React.useState<File | null>(null);
  const [yearText, setYearText] = React.useState<string>(savedYear !== null ? String(savedYear) : "");
  const [pending, setPending] = React.useState<Pending | null>(null);
  const fileId = React.useId();
  const fileLabelId = React.useId();
  const fileButtonId = React.useId();
  const fileNameId = React.useId();
  const fileHintId = React.useId();
  const picker = useFilePicker();
  const previewButton = React.useRef<HTMLButtonElement>(null);
  const disabled = jobs.busy !== null;

  const yearValue = yearText.trim() === "" ? null : Number(yearText.trim());
  const yearInvalid = yearValue !== null && !isValidYear(yearValue);

  // Any change to the input makes an open preview stale.
  const changed = (): void => setPending(null);

  const failure = (title: (l: Lang) => string, lines: (l: Lang) => string[]): Notice => ({
    section: "load",
    intent: "error",
    render: (l) => ({ title: title(l), lines: lines(l) }),
  });
  const errorTitle = (l: Lang): string => t(l, "tp.error.title");

  /** The structure to load, or a notice saying why there is none. */
  async function loadStructure(): Promise<GoalStructure | Notice> {
    if (kind === "bundled") return source.bundled();
    if (!file) return failure(errorTitle, (l) => [t(l, "tp.load.noFile")]);
    const name = file.name;
    let text: string;
    try {
      text = await readFileText(file);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return failure(errorTitle, (l) => [t(l, "tp.load.readFailed", { file: name, reason })]);
    }
    const parsed = source.parseText(text);
    if (parsed.ok) return parsed.structure;
    const errors = parsed.errors;
    return failure(
      (l) => t(l, "tp.load.parseFailed", { file: name }),
      (l) => {
        // The domain's messages name their path already; others get it in front.
        const lines = errors
          .slice(0, MAX_ERRORS_SHOWN)
          .map((e) => (e.message[l].includes(e.path) ? e.message[l] : `${e.path}: ${e.message[l]}`));
        if (errors.length > MAX_ERRORS_SHOWN)
          lines.push(t(l, "domain.structure.moreErrors", { count: errors.length - MAX_ERRORS_SHOWN }));
        return lines;
      },
    );
  }

  async function preview(): Promise<void> {
    if (yearInvalid) return;
    setPending(null);
    await jobs.run(
      "preview",
      "load",
      async (): Promise<Pending | Notice> => {
        const loaded = await loadStructure();
        if ("render" in loaded) return loaded;
        // The user's year wins; an empty field takes the structure's own year.
        const structure = yearValue !== null ? { ...loaded, year: yearValue } : loaded;
        return { structure, preview: await service.previewLoad(structure, lang) };
      },
      (outcome) => {
        if ("render" in outcome) return outcome;
        if (yearValue === null) setYearText(String(outcome.structure.year));
        setPending(outcome);
        return null;
      },
    );
  }

  async function apply(): Promise<void> {
    if (!pending) return;
    const { structure } = pending;
    const result = await jobs.run(
      "apply",
      "load",
      () => service.applyLoad(structure, lang),
      (r): Notice => ({
        section: "load",
        intent: r.formattingIncomplete === true ? "warning" : "success",
        render: (l) => ({
          title: t(l, "tp.load.appliedTitle"),
          lines: [
            t(l, "tp.load.applied", { counts: loadCounts(l, r) }),
            ...(r.formattingIncomplete === true ? [t(l, "tp.formattingIncomplete")] : []),
          ],
        }),
      }),
    );
    if (result) {
      setPending(null);
      onApplied(result, structure);
      refocusIfLost(previewButton);
    }
  }

  return (
    <Section id="load" title={t(lang, "tp.load.title")} help={t(lang, "tp.load.help")}>
      <Field label={t(lang, "tp.load.source")}>
        <RadioGroup
          value={kind}
          onChange={(_, data) => {
            setKind(data.value === "file" ? "file" : "bundled");
            changed();
          }}
        >
          <Radio value="bundled" label={t(lang, "tp.load.source.bundled")} disabled={disabled} />
          <Radio value="file" label={t(lang, "tp.load.source.file")} disabled={disabled} />
        </RadioGroup>
      </Field>
      {kind === "file" && (
        <div>
          <Text id={fileLabelId} className={styles.fileLabel}>
            {t(lang, "tp.load.file")}
          </Text>
          <Text size={200} id={fileHintId} className={styles.hint}>
            {t(lang, "tp.load.fileHint")}
          </Text>
          <div className={styles.fileRow}>
            <Button
              id={fileButtonId}
              aria-labelledby={`${fileButtonId} ${fileLabelId}`}
              aria-describedby={`${fileNameId} ${fileHintId}`}
              disabledFocusable={disabled}
              onClick={picker.choose}
            >
              {t(lang, "tp.load.chooseFile")}
            </Button>
            <Text
              id={fileNameId}
              aria-live="polite"
              className={mergeClasses(styles.fileName, !file && styles.noFile)}
              data-testid="chosen-file"
            >
              {file ? file.name : t(lang, "tp.load.noFileChosen")}
            </Text>
          </div>
          <HiddenFileInput
            picker={picker}
            id={fileId}
            accept=".json,application/json"
            disabled={disabled}
            testId="file-input"
            onFiles={([chosen]) => {
              setFile(chosen ?? null);
              changed();
            }}
          />
        </div>
      )}
      <Field
        label={t(lang, "tp.load.year")}
        hint={t(lang, "tp.load.yearHint")}
        validationState={yearInvalid ? "error" : "none"}
        validationMessage={
          yearInvalid ? t(lang, "tp.load.yearInvalid", { min: MIN_YEAR, max: MAX_YEAR }) : undefined
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
            changed();
          }}
        />
      </Field>
      <div className={styles.buttons}>
        <Button
          ref={previewButton}
          appearance={pending ? "secondary" : "primary"}
          disabledFocusable={disabled}
          onClick={preview}
        >
          {t(lang, "tp.load.preview")}
        </Button>
      </div>
      {pending && (
        <div className={styles.preview} role="region" aria-labelledby={`${fileId}-preview`}>
          <h3 id={`${fileId}-preview`} className={styles.previewTitle}>
            {t(lang, "tp.load.previewTitle")}
          </h3>
          <ul className={styles.list} data-testid="load-preview">
            <li>
              {t(lang, pending.preview.mode === "create" ? "tp.load.mode.create" : "tp.load.mode.merge")}
            </li>
            {pending.preview.sheetsToCreate.length > 0 && (
              <li className={styles.wrap}>
                {t(lang, "tp.load.sheets", { sheets: pending.preview.sheetsToCreate.join(", ") })}
              </li>
            )}
            <li>{loadCounts(lang, pending.preview)}</li>
            {(pending.preview.userRows ?? 0) > 0 && (
              <li>{tn(lang, "tp.n.userRows", pending.preview.userRows ?? 0)}</li>
            )}
            {(pending.preview.userColumns ?? []).length > 0 && (
              <li className={styles.wrap}>
                {t(lang, "tp.load.userColumns", { columns: (pending.preview.userColumns ?? []).join(", ") })}
              </li>
            )}
            {(pending.preview.duplicateRows ?? 0) > 0 && (
              <li>{tn(lang, "tp.n.duplicateRows", pending.preview.duplicateRows ?? 0)}</li>
            )}
            {pending.preview.workbookLang && pending.preview.workbookLang !== lang && (
              <li>
                {t(lang, "tp.load.workbookLang", {
                  language: t(lang, `domain.language.${pending.preview.workbookLang}`),
                })}
              </li>
            )}
            {pending.structure.note && (
              <li className={styles.wrap}>
                {t(lang, "tp.load.exampleNote", { note: noteIn(pending.structure.note, lang) })}
              </li>
            )}
          </ul>
          <div className={styles.buttons}>
            <Button appearance="primary" disabledFocusable={disabled} onClick={apply}>
              {t(lang, "tp.load.apply")}
            </Button>
            <Button
              disabledFocusable={disabled}
              onClick={() => {
                setPending(null);
                refocusIfLost(previewButton);
              }}
            >
              {t(lang, "tp.load.cancel")}
            </Button>
          </div>
        </div>
      )}
      <JobStatus
        lang={lang}
        section="load"
        busy={jobs.busy}
        notice={jobs.notice}
        onDismiss={() => jobs.setNotice(null)}
        formatLine={(line) => <JsonPathText text={line} />}
      />
    </Section>
  );
}
