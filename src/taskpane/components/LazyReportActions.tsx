// The summary's report actions (ReportActions.tsx), loaded once a summary is shown: their code,
// strings and the report model stay out of the pane's first load (README, "Performance"), and
// the docx library loads only when a report is made.
import * as React from "react";
import type { CopyTableProps, ReportButtonProps } from "./ReportActions";

const Copy = React.lazy(async () => ({ default: (await import("./ReportActions")).CopyTableButton }));
const Make = React.lazy(async () => ({ default: (await import("./ReportActions")).ReportButton }));

export function LazyCopyTableButton(props: CopyTableProps): React.JSX.Element {
  return (
    <React.Suspense fallback={null}>
      <Copy {...props} />
    </React.Suspense>
  );
}

export function LazyReportButton(props: ReportButtonProps): React.JSX.Element {
  return (
    <React.Suspense fallback={null}>
      <Make {...props} />
    </React.Suspense>
  );
}
