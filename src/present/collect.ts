// What `collect` and the pane's "Samla in svar" say about a merge (src/domain/collect.ts): one
// line per value taken, conflict and file or goal not applied, grouped per returned file, and the
// counts. Composed once, so the CLI's text output and the pane's preview say the same.
import type { ColumnKey, Lang } from "../domain";
import type { CollectResult, Conflict, Rejected, Taken } from "../domain/collect";
import { t, type CollectStringKey } from "../i18n/collectStrings";
import { goalHeader } from "../plan/layout";

export type CollectLineKind = "taken" | "conflict" | "rejected";

export interface CollectLine {
  kind: CollectLineKind;
  text: string;
}

export interface CollectFileLines {
  file: string;
  lines: CollectLine[];
}

/** A value on one line: quoted, line breaks shown as ↵, "(tom)" for an empty cell. */
export function shownValue(value: string, lang: Lang): string {
  if (value === "") return t(lang, "collect.empty");
  return `”${value.replace(/\r\n?|\n/g, " ↵ ")}”`;
}

/** Why a file or goal was not applied, as a sentence part. */
export function rejectedReason(r: Rejected, lang: Lang): string {
  const detail =
    r.reason === "structure-changed" && r.detail !== undefined
      ? goalHeader(r.detail as ColumnKey, lang).toLocaleLowerCase(lang)
      : r.reason === "indicator-not-number"
        ? shownValue(r.detail ?? "", lang)
        : (r.detail ?? "");
  return t(lang, `collect.reason.${r.reason}` as CollectStringKey, {
    detail,
    indicator: r.indicator ?? "",
    year: r.year === undefined ? "" : String(r.year),
  });
}

/** A merged cell's column: the goal table's header, or "Indikator <name> <year>". */
export function collectColumnLabel(x: Pick<Taken | Conflict, "column" | "indicator">, lang: Lang): string {
  if (x.indicator !== undefined)
    return t(lang, "collect.indicatorColumn", { name: x.indicator.name, year: x.indicator.year });
  return goalHeader(x.column as ColumnKey, lang);
}

function lines(result: CollectResult, lang: Lang): { file: string; line: CollectLine }[] {
  const column = (x: Taken | Conflict): string => collectColumnLabel(x, lang);
  const out: { file: string; line: CollectLine }[] = [];
  for (const x of result.taken) {
    const text = t(lang, "collect.taken", {
      file: x.file,
      goal: x.goalId,
      column: column(x),
      from: shownValue(x.from, lang),
      to: shownValue(x.to, lang),
    });
    out.push({ file: x.file, line: { kind: "taken", text } });
  }
  for (const c of result.conflicts) {
    const text = t(lang, "collect.conflict", {
      file: c.file,
      goal: c.goalId,
      column: column(c),
      sent: shownValue(c.sent, lang),
      main: shownValue(c.main, lang),
      returned: shownValue(c.returned, lang),
    });
    out.push({ file: c.file, line: { kind: "conflict", text } });
  }
  for (const r of result.rejected) {
    const key = r.goalId === undefined ? "collect.rejectedFile" : "collect.rejectedGoal";
    const text = t(lang, key, { file: r.file, goal: r.goalId ?? "", reason: rejectedReason(r, lang) });
    out.push({ file: r.file, line: { kind: "rejected", text } });
  }
  return out;
}

/** Every line, taken first, then conflicts, then what was not applied. */
export function collectLines(result: CollectResult, lang: Lang): string[] {
  return lines(result, lang).map((l) => l.line.text);
}

/** The lines grouped per file, files in the order they first occur. */
export function collectLinesByFile(result: CollectResult, lang: Lang): CollectFileLines[] {
  const groups = new Map<string, CollectLine[]>();
  for (const { file, line } of lines(result, lang)) {
    const list = groups.get(file);
    if (list) list.push(line);
    else groups.set(file, [line]);
  }
  return [...groups].map(([file, l]) => ({ file, lines: l }));
}

/** "3 värden förda in, 1 konflikt, …". */
export function collectCounts(result: CollectResult, lang: Lang): string {
  return t(lang, "collect.summary", {
    taken: result.taken.length,
    conflicts: result.conflicts.length,
    rejected: result.rejected.length,
    unchanged: result.unchanged,
  });
}
