// The goal view (GoalView.tsx) as a chunk of its own: its code, string table and the adapter's
// code load when the pane shows it, not in the pane's first load (README, "Performance").
import * as React from "react";
import type { GoalViewPort } from "../../excel/goalView";
import type { GoalViewProps } from "./GoalView";

const View = React.lazy(async () => ({
  default: (await import(/* webpackChunkName: "goalview" */ "./GoalView")).GoalView,
}));

export function LazyGoalView(props: GoalViewProps): React.JSX.Element {
  return (
    <React.Suspense fallback={null}>
      <View {...props} />
    </React.Suspense>
  );
}

/** A port whose calls load `load()` on first use (once; a failed download is tried again). */
export function lazyGoalViewPort(load: () => Promise<GoalViewPort>): GoalViewPort {
  let loading: Promise<GoalViewPort> | null = null;
  const real = (): Promise<GoalViewPort> =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
  return {
    read: async () => (await real()).read(),
    go: async (index) => (await real()).go(index),
    save: async (shown, draft) => (await real()).save(shown, draft),
    watch: async (onChange) => (await real()).watch(onChange),
  };
}
