// The goal view's string table: every shared string (index.ts) plus the view's own (goalView.ts).
// A separate table so that the task pane's first load carries these only once the view loads.
import { fill, strings, type Params } from "./index";
import type { Lang } from "./lang";
import * as goalView from "./goalView";

export const goalViewStrings = {
  sv: { ...strings.sv, ...goalView.sv },
  en: { ...strings.en, ...goalView.en },
};

/** A key of this table: a shared key or one of goalView.ts. */
export type GoalViewStringKey = keyof typeof goalViewStrings.sv;

/** `t` of index.ts over this table. */
export function t(lang: Lang, key: GoalViewStringKey, params?: Params): string {
  return fill(goalViewStrings[lang][key], params, lang);
}
