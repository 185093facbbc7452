// The comparison view, loaded when a summary first has one to show: most summaries have no
// history, and the pane's first load is kept within its budget (README, "Performance").
import * as React from "react";
import type { ComparisonViewProps } from "./ComparisonView";

const View = React.lazy(async () => ({ default: (await import("./ComparisonView")).ComparisonView }));

export function LazyComparisonView(props: ComparisonViewProps): React.JSX.Element | null {
  const h = props.history?.programs.find((x) => x.id === props.program.id);
  if (h === undefined || h.history.length === 0) return null;
  return (
    <React.Suspense fallback={null}>
      <View {...props} />
    </React.Suspense>
  );
}
