// The self-test's report as text: one line per check (what `npm run selftest` prints) and the
// closing count, with the environment lines above them in the pane's copyable report.
import type { Lang } from "../i18n/lang";
import { t } from "../i18n/selftestStrings";
import type { Leftovers } from "./leftovers";
import type { CheckResult, SelfTestReport, Text } from "./types";

export function say(lang: Lang, text: Text): string {
  return t(lang, text.key, text.params);
}

/** "✓ text-equals — description — detail" (the emulator's approximation, when there is one, inside). */
export function checkLine(result: CheckResult, lang: Lang, emulated: boolean): string {
  const mark = result.skipped === true ? "–" : result.ok ? "✓" : "✗";
  const parts = [say(lang, result.description)];
  if (emulated && result.approximation)
    parts[0] += ` (${t(lang, "st.emulator", { text: t(lang, result.approximation) })})`;
  return `${mark} ${result.id} — ${parts[0]} — ${say(lang, result.detail)}`;
}

/** "N passed, N failed", and how many could not run when any could not. */
export function summaryLine(report: SelfTestReport, lang: Lang): string {
  const { passed, failed, skipped } = report;
  return skipped > 0
    ? t(lang, "st.summarySkipped", { passed, failed, skipped })
    : t(lang, "st.summary", { passed, failed });
}

/** The checks' lines and the closing count. */
export function checkLines(report: SelfTestReport, lang: Lang): string[] {
  const emulated = report.environment.emulated;
  return [...report.results.map((r) => checkLine(r, lang, emulated)), summaryLine(report, lang)];
}

export function environmentLines(env: SelfTestReport["environment"], lang: Lang): string[] {
  const unknown = t(lang, "st.env.unknown");
  const sets = env.sets.map((s) => `${s.name} ${s.supported ? "✓" : "✗"}`).join(", ");
  const lines = [
    t(lang, "st.reportTitle"),
    t(lang, "st.env.host", {
      host: env.host || unknown,
      platform: env.platform || unknown,
      version: env.version || unknown,
    }),
    `${t(lang, "st.env.sets", { sets })}; ${t(lang, "st.env.highest", { version: env.highestExcelApi ?? unknown })}`,
  ];
  if (env.emulated) lines.push(t(lang, "st.env.emulator"));
  return lines;
}

/** The whole report, to copy into an issue or a release checklist. */
export function reportText(report: SelfTestReport, lang: Lang): string {
  return [...environmentLines(report.environment, lang), "", ...checkLines(report, lang)].join("\n");
}

/** "the sheet MU-selftest-…, the name MU_Selftest_…" for the leftovers of earlier runs. */
export function leftoversText(leftovers: Leftovers, lang: Lang): string {
  return [
    ...leftovers.sheets.map((name) => t(lang, "st.leftovers.sheet", { name })),
    ...leftovers.names.map((name) => t(lang, "st.leftovers.name", { name })),
    ...leftovers.settings.map((name) => t(lang, "st.leftovers.setting", { name })),
  ].join(", ");
}
