// The pane's goal view ("Mål"): the goal of the row selected in the goal table, last year's
// assessment, its indicators (GoalIndicators.tsx), and the official's fields, saved to that row only. It follows Excel's selection (one
// read per move), keeps unsaved edits per goal ID (moving away loses nothing), and keeps its
// messages as keys, so switching the pane's language re-words them without losing anything.
// Loaded as a chunk of its own (LazyGoalView.tsx) with its string table.
import * as React from "react";
import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { statusLabel, trendLabel, type ColumnKey, type Lang } from "../../domain";
import type { GoalViewPort, SaveOutcome } from "../../excel/goalView";
import { changedKeys, type GoalShown, type GoalViewState } from "../../plan/goalView";
import { t, type GoalViewStringKey } from "../../i18n/goalViewStrings";
import type { Params } from "../../i18n";
import { GoalField } from "./GoalFields";
import { GoalIndicators } from "./GoalIndicators";
import { usePaneVisible } from "./paneVisibility";
import { Section } from "./Section";

export interface GoalViewProps {
  lang: Lang;
  port: GoalViewPort;
  /** Changes when the pane rewrote the goal table (a load, a new year): the view reads again. */
  revision?: number;
}

type Draft = Partial<Record<ColumnKey, string>>;

/** A message kept as its key, so it follows the pane's language. */
interface Message {
  key: GoalViewStringKey;
  params?: Params;
  tone: "success" | "warning" | "error";
}

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  wrap: { overflowWrap: "anywhere", whiteSpace: "pre-wrap", margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  terms: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "minmax(0, auto) minmax(0, 1fr)",
    columnGap: "8px",
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: "anywhere" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  message: {
    overflowWrap: "anywhere",
    borderLeft: `4px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: "8px",
  },
});

function reason(e: unknown): string {
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : e instanceof Error ? e.message : String(e);
}

export function GoalView({ lang, port, revision = 0 }: GoalViewProps): React.JSX.Element {
  const styles = useStyles();
  const [view, setView] = React.useState<GoalViewState | null>(null);
  const [drafts, setDrafts] = React.useState<Record<string, Draft>>({});
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<Message | null>(null);
  const heading = React.useRef<HTMLHeadingElement>(null);
  // Reads can overlap (a selection event while a navigation reads): the latest one wins.
  const sequence = React.useRef(0);
  const focusAfter = React.useRef(false);

  const show = React.useCallback(async (reading: () => Promise<GoalViewState>): Promise<void> => {
    const mine = ++sequence.current;
    try {
      const next = await reading();
      if (mine === sequence.current) setView(next);
    } catch (e) {
      if (mine === sequence.current)
        setMessage({ key: "gv.readFailed", params: { reason: reason(e) }, tone: "error" });
    }
  }, []);

  // Hidden (the pane closed in a shared runtime, or the ribbon's hidden page): no reads on every
  // selection change; shown again, it reads the selection anew and follows it.
  const visible = usePaneVisible();
  React.useEffect(() => {
    if (!visible) return;
    let stop: (() => Promise<void>) | null = null;
    let live = true;
    void show(() => port.read());
    port
      .watch(() => void show(() => port.read()))
      .then((s) => {
        if (live) stop = s;
        else void s();
      })
      .catch((e: unknown) =>
        setMessage({ key: "gv.readFailed", params: { reason: reason(e) }, tone: "error" }),
      );
    return () => {
      live = false;
      if (stop) void stop();
    };
  }, [port, show, visible]);

  const firstRevision = React.useRef(revision);
  React.useEffect(() => {
    if (revision !== firstRevision.current) void show(() => port.read());
  }, [revision, port, show]);

  // After moving to another goal from the view, focus its heading: a screen reader reads the new
  // goal, and Tab goes on into its fields.
  React.useEffect(() => {
    if (focusAfter.current && view?.kind === "goal") {
      focusAfter.current = false;
      heading.current?.focus();
    }
  }, [view]);

  const goal = view?.kind === "goal" ? view.goal : null;
  const draft: Draft = goal ? (drafts[goal.id] ?? {}) : {};
  const valueOf = (g: GoalShown, key: ColumnKey): string => draft[key] ?? g.cells[key] ?? "";

  function edit(id: string, key: ColumnKey, value: string): void {
    setDrafts((d) => ({ ...d, [id]: { ...d[id], [key]: value } }));
  }

  async function go(index: number | null): Promise<void> {
    if (index === null) return;
    focusAfter.current = true;
    setMessage(null);
    await show(() => port.go(index));
  }

  async function save(): Promise<void> {
    if (!goal || busy) return;
    setBusy(true);
    const shownGoal = goal;
    let out: SaveOutcome;
    try {
      out = await port.save(shownGoal, draft);
    } catch (e) {
      setMessage({ key: "gv.saveFailed", params: { reason: reason(e) }, tone: "error" });
      setBusy(false);
      return;
    }
    sequence.current += 1;
    const params = { id: shownGoal.id, row: shownGoal.excelRow };
    if (out.kind === "saved") {
      setDrafts((d) => {
        const rest = { ...d };
        delete rest[shownGoal.id];
        return rest;
      });
      setView(out.view);
      setMessage({
        key: out.cells === 1 ? "gv.savedOne" : "gv.saved",
        params: { ...params, cells: out.cells },
        tone: "success",
      });
    } else if (out.kind === "unchanged") {
      setMessage({ key: "gv.unchanged", params, tone: "success" });
    } else {
      setView(out.view);
      const row = out.view.kind === "goal" ? out.view.goal.excelRow : shownGoal.excelRow;
      setMessage({
        key: out.found ? "gv.moved" : "gv.gone",
        params: { id: shownGoal.id, row },
        tone: "warning",
      });
    }
    setBusy(false);
  }

  function onKeyDown(e: React.KeyboardEvent): void {
    if (view?.kind !== "goal" || !e.altKey) return;
    const target =
      e.key === "ArrowDown" && e.shiftKey
        ? view.nav.nextWithoutStatus
        : e.key === "ArrowDown"
          ? view.nav.next
          : e.key === "ArrowUp" && !e.shiftKey
            ? view.nav.previous
            : undefined;
    if (target === undefined) return;
    e.preventDefault();
    void go(target);
  }

  const others = Object.entries(drafts)
    .filter(([id, d]) => id !== goal?.id && Object.keys(d).length > 0)
    .map(([id]) => id);

  return (
    <Section id="goal" title={t(lang, "gv.title")} help={t(lang, "gv.help")}>
      <div className={styles.block} onKeyDown={onKeyDown} data-testid="goal-view">
        {view === null && <Spinner size="tiny" label={t(lang, "gv.loading")} />}
        {view !== null && view.kind !== "goal" && (
          <Text as="p" className={styles.wrap} data-testid="goal-view-hint">
            {view.kind === "no-table"
              ? t(lang, "gv.noTable")
              : view.kind === "no-columns"
                ? t(lang, "gv.noColumns", { sheet: view.sheet })
                : view.kind === "outside"
                  ? t(lang, "gv.outside", { sheet: view.sheet })
                  : t(lang, "gv.blankRow", { sheet: view.sheet, row: view.excelRow })}
          </Text>
        )}
        {view?.kind === "goal" && goal && (
          <>
            <h3 ref={heading} tabIndex={-1} className={styles.heading} data-testid="goal-id">
              {t(lang, "gv.goal", { id: goal.id })}
            </h3>
            <Text size={200} className={styles.muted}>
              {t(lang, "gv.position", {
                position: view.nav.position,
                count: view.nav.count,
                row: goal.excelRow,
                sheet: goal.sheet,
              })}
            </Text>
            <Text as="p" className={styles.wrap} data-testid="goal-text">
              {goal.cells.text || t(lang, "gv.empty")}
            </Text>
            <GoalFacts goal={goal} lang={lang} />
            <LastAssessment goal={goal} lang={lang} />
            <GoalIndicators goal={goal} lang={lang} />
            <h3 className={styles.heading}>{t(lang, "gv.edit.title")}</h3>
            {goal.fields.map((c) => (
              <GoalField
                key={c.key}
                column={c}
                lang={lang}
                workbookLang={goal.lang}
                value={valueOf(goal, c.key)}
                onChange={(v) => edit(goal.id, c.key, v)}
                disabled={false}
              />
            ))}
            {changedKeys(goal, draft).length > 0 && (
              <Text className={styles.muted} data-testid="goal-unsaved">
                {t(lang, "gv.unsaved")}
              </Text>
            )}
            <div className={styles.buttons}>
              <Button appearance="primary" disabledFocusable={busy} onClick={() => void save()}>
                {busy ? t(lang, "gv.saving") : t(lang, "gv.save")}
              </Button>
            </div>
            <div role="group" aria-label={t(lang, "gv.nav.label")} className={styles.buttons}>
              <Button
                disabledFocusable={view.nav.previous === null}
                aria-keyshortcuts="Alt+ArrowUp"
                onClick={() => void go(view.nav.previous)}
              >
                {t(lang, "gv.nav.previous")}
              </Button>
              <Button
                disabledFocusable={view.nav.next === null}
                aria-keyshortcuts="Alt+ArrowDown"
                onClick={() => void go(view.nav.next)}
              >
                {t(lang, "gv.nav.next")}
              </Button>
              <Button
                disabledFocusable={view.nav.nextWithoutStatus === null}
                aria-keyshortcuts="Alt+Shift+ArrowDown"
                onClick={() => void go(view.nav.nextWithoutStatus)}
              >
                {t(lang, "gv.nav.nextWithoutStatus")}
              </Button>
            </div>
            {view.nav.nextWithoutStatus === null && (
              <Text size={200} className={styles.muted}>
                {t(lang, "gv.nav.allAssessed")}
              </Text>
            )}
            {others.length > 0 && (
              <Text size={200} className={styles.muted} data-testid="goal-unsaved-others">
                {t(lang, "gv.unsavedOthers", { ids: others.join(", ") })}
              </Text>
            )}
          </>
        )}
        <div role="status" aria-live="polite" data-testid="goal-view-status">
          {message && (
            <Text as="p" className={styles.message}>
              {t(lang, message.key, message.params)}
            </Text>
          )}
        </div>
      </div>
    </Section>
  );
}

function GoalFacts({ goal, lang }: { goal: GoalShown; lang: Lang }): React.JSX.Element {
  const styles = useStyles();
  const facts: [GoalViewStringKey, string | undefined][] = [
    ["gv.program", goal.cells.program],
    ["gv.area", goal.cells.area],
    ["gv.responsible", goal.cells.responsible],
  ];
  return (
    <>
      <dl className={styles.terms}>
        {facts.map(([key, value]) => (
          <React.Fragment key={key}>
            <dt className={styles.term}>{t(lang, key)}</dt>
            <dd className={styles.value}>{value?.trim() ? value : t(lang, "gv.empty")}</dd>
          </React.Fragment>
        ))}
      </dl>
      <h3 className={styles.heading}>{t(lang, "gv.sdgs")}</h3>
      {goal.sdgs.length === 0 ? (
        <Text as="p" className={styles.wrap}>
          {t(lang, "gv.sdgs.none")}
        </Text>
      ) : (
        <ul className={styles.list} data-testid="goal-sdgs">
          {goal.sdgs.map((n) => (
            <li key={n}>{t(lang, "gv.sdg", { n, name: t(lang, `sdg.${n}` as GoalViewStringKey) })}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function LastAssessment({ goal, lang }: { goal: GoalShown; lang: Lang }): React.JSX.Element {
  const styles = useStyles();
  const last = goal.last;
  if (last === null)
    return (
      <Text as="p" className={styles.wrap} data-testid="goal-last">
        {t(lang, goal.hasHistory ? "gv.last.none" : "gv.last.noHistory")}
      </Text>
    );
  const none = t(lang, "gv.last.notAssessed");
  const status = last.status ? statusLabel(last.status, lang) : last.statusText || none;
  const trend = last.trend ? trendLabel(last.trend, lang) : last.trendText || none;
  return (
    <div className={styles.block} data-testid="goal-last">
      <h3 className={styles.heading}>{t(lang, "gv.last.title", { year: last.year })}</h3>
      <Text className={styles.wrap}>{t(lang, "gv.last.status", { value: status })}</Text>
      <Text className={styles.wrap}>{t(lang, "gv.last.trend", { value: trend })}</Text>
      {last.comment.trim() !== "" && (
        <Text className={styles.wrap}>{t(lang, "gv.last.comment", { value: last.comment })}</Text>
      )}
    </div>
  );
}
