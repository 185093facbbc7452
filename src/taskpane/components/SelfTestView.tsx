// The self-test's view (the pane opened with "#selftest"): the host, platform, version and
// requirement sets, what earlier runs left behind with an offer to remove it, a button that runs
// every check on a scratch sheet, pass or fail per check as they finish, and the report as text
// to copy into an issue or the release checklist.
import * as React from "react";
import {
  Body1,
  Button,
  Field,
  Spinner,
  Subtitle1,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../i18n/lang";
import { t } from "../../i18n/selftestStrings";
import { pageBlocked } from "../blocked";
import {
  environmentLines,
  excelHost,
  findLeftovers,
  hostEnvironment,
  isEmpty,
  leftoversText,
  removeLeftovers,
  reportText,
  runSelfTest,
  say,
  summaryLine,
  type CheckResult,
  type Leftovers,
  type Removal,
  type SelfTestHost,
  type SelfTestReport,
} from "../../selftest";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  environment: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  pass: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  fail: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  skip: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  leftovers: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface SelfTestViewProps {
  lang: Lang;
  /** Excel's own by default; tests give the emulator's. */
  host?: SelfTestHost;
  /** navigator.clipboard by default. */
  clipboard?: { writeText(text: string): Promise<void> } | null;
}

function defaultClipboard(): SelfTestViewProps["clipboard"] {
  return typeof navigator !== "undefined" &&
    navigator.clipboard &&
    typeof navigator.clipboard.writeText === "function"
    ? navigator.clipboard
    : null;
}

function ResultItem({ result, lang }: { result: CheckResult; lang: Lang }): React.JSX.Element {
  const styles = useStyles();
  const skipped = result.skipped === true;
  return (
    <li data-check={result.id} data-ok={result.ok} data-skipped={skipped || undefined}>
      <Text className={skipped ? styles.skip : result.ok ? styles.pass : styles.fail}>
        {skipped ? "–" : result.ok ? "✓" : "✗"}{" "}
        {t(lang, skipped ? "st.skip" : result.ok ? "st.pass" : "st.fail")}
      </Text>{" "}
      <Text>{say(lang, result.description)}</Text>{" "}
      <Text size={200} className={styles.detail}>
        ({result.id}: {say(lang, result.detail)})
      </Text>
    </li>
  );
}

export function SelfTestView({ lang, host, clipboard }: SelfTestViewProps): React.JSX.Element {
  const styles = useStyles();
  const target = React.useMemo(() => host ?? { ...excelHost(), blockedBefore: pageBlocked }, [host]);
  const copyTo = clipboard === undefined ? defaultClipboard() : clipboard;
  const environment = React.useMemo(() => hostEnvironment(target), [target]);
  const [running, setRunning] = React.useState(false);
  const [results, setResults] = React.useState<CheckResult[]>([]);
  const [report, setReport] = React.useState<SelfTestReport | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [copied, setCopied] = React.useState<"yes" | "no" | null>(null);
  const [leftovers, setLeftovers] = React.useState<Leftovers | null>(null);
  const [removing, setRemoving] = React.useState(false);
  const [removal, setRemoval] = React.useState<Removal | null>(null);

  // Before a run and after it: a run cut off (pane closed, reloaded) or whose clean-up Excel
  // refused leaves its scratch objects, which no later run, with its own token, would remove.
  const look = React.useCallback(async (): Promise<void> => {
    try {
      const found = await findLeftovers(target);
      setLeftovers(isEmpty(found) ? null : found);
    } catch {
      // Outside Excel there is nothing to look at; the run then says why it cannot start.
      setLeftovers(null);
    }
  }, [target]);
  React.useEffect(() => {
    void look();
  }, [look]);

  const remove = async (listed: Leftovers): Promise<void> => {
    setRemoving(true);
    setRemoval(null);
    try {
      const done = await removeLeftovers(target, listed);
      setRemoval(done);
      setLeftovers(isEmpty(done.left) ? null : done.left);
    } finally {
      setRemoving(false);
    }
  };

  const run = async (): Promise<void> => {
    setRunning(true);
    setResults([]);
    setReport(null);
    setError(null);
    setCopied(null);
    try {
      const done = await runSelfTest(target, { onResult: (r) => setResults((list) => [...list, r]) });
      setReport(done);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setRunning(false);
      await look();
    }
  };

  const text = report ? reportText(report, lang) : "";
  const copy = async (): Promise<void> => {
    try {
      if (!copyTo) throw new Error("no clipboard");
      await copyTo.writeText(text);
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  };

  return (
    <main className={styles.root} lang={lang}>
      <Subtitle1 as="h1">{t(lang, "st.title")}</Subtitle1>
      <Body1 as="p">{t(lang, "st.intro")}</Body1>
      <div className={styles.environment} data-testid="selftest-environment">
        {environmentLines(environment, lang)
          .slice(1)
          .map((line) => (
            <Text key={line}>{line}</Text>
          ))}
      </div>
      {leftovers && (
        <div className={styles.leftovers} data-testid="selftest-leftovers">
          <Body1 as="p">{t(lang, "st.leftovers.found", { what: leftoversText(leftovers, lang) })}</Body1>
          <div className={styles.actions}>
            <Button disabled={running || removing} onClick={() => void remove(leftovers)}>
              {t(lang, "st.leftovers.remove")}
            </Button>
          </div>
        </div>
      )}
      {removal && (
        <Body1 as="p" role="status">
          {isEmpty(removal.left)
            ? t(lang, "st.leftovers.removed")
            : removal.errors.length === 0
              ? t(lang, "st.leftovers.stillThere", { what: leftoversText(removal.left, lang) })
              : t(lang, "st.leftovers.failed", {
                  what: leftoversText(removal.left, lang),
                  error: removal.errors.join("; "),
                })}
        </Body1>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={running || removing} onClick={() => void run()}>
          {t(lang, "st.run")}
        </Button>
      </div>
      {running && <Spinner size="tiny" label={t(lang, "st.running")} />}
      {error && (
        <Body1 as="p" role="alert">
          {t(lang, "st.failedToRun", { error })}
        </Body1>
      )}
      {results.length > 0 && (
        <ul className={styles.list} aria-live="polite">
          {results.map((r) => (
            <ResultItem key={r.id} result={r} lang={lang} />
          ))}
        </ul>
      )}
      {report && (
        <>
          <Body1 as="p" role="status" data-testid="selftest-summary">
            {summaryLine(report, lang)}
          </Body1>
          <Field label={t(lang, "st.reportLabel")}>
            <Textarea readOnly resize="vertical" rows={10} value={text} data-testid="selftest-report" />
          </Field>
          <div className={styles.actions}>
            <Button onClick={() => void copy()}>{t(lang, "st.copy")}</Button>
          </div>
          {copied && (
            <Body1 as="p" role="status">
              {t(lang, copied === "yes" ? "st.copied" : "st.copyFailed")}
            </Body1>
          )}
        </>
      )}
    </main>
  );
}
